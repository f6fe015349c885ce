"""Rasa input channels of our own (the built-in REST and socket.io channels need no code)."""
