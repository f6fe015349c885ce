"""Rasa plug-ins named in config.yml and endpoints.yml: NLU components, policies, the tracker store, the event broker, and the one place Rasa's internals are patched."""
