"""The data files are read with libyaml's safe loader: the same values, no Python objects."""

from __future__ import annotations

import pytest
import yaml

from bot.domain.knowledge import DEFAULT_PATH
from bot.domain.yaml_read import SAFE_LOADER, safe_load


def test_libyaml_is_used_where_pyyaml_has_it() -> None:
    assert yaml.__with_libyaml__ and SAFE_LOADER is yaml.CSafeLoader


def test_the_knowledge_file_reads_the_same_as_with_the_pure_python_loader() -> None:
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)


def test_no_python_objects() -> None:
    with pytest.raises(yaml.YAMLError):
        safe_load("!!python/object/apply:os.system ['true']")
