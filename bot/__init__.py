"""信访智能受理助手: the shared Python package (parsers, gazetteer, case store, channels, web app)."""
