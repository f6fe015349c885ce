"""WeChat Official Account channel: the protocol (signatures, crypto, messages, replies) in plain modules, and
the Rasa input channel in `channel.py` (credentials.yml names its capped subclass, `bot.channels.capped`)."""
