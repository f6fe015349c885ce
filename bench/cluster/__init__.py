"""make cluster measured: faults while citizens file (soak) and citizens served per Rasa server count (load)."""
