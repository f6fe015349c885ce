"""Running the project: settings, the command line (`python -m bot`), the process orchestrator behind `make run`, logging, archive import."""
