"""Place extraction on bench/places.yml through `bot.gazetteer.resolve`: share with the exact division code."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.gazetteer import get_gazetteer

CASES = Path(__file__).resolve().parent / "places.yml"


@dataclass
class PlaceFigure:
    total: int
    exact: int  # code expected and found exactly
    expected_codes: int
    ambiguous_ok: int  # bot asks (ambiguous) where it should, with the right candidates among them
    expected_ambiguous: int
    seconds: float
    misses: list[str] = field(default_factory=list)

    @property
    def exact_share(self) -> float:
        return self.exact / self.expected_codes if self.expected_codes else 0.0


def load_cases(path: Path = CASES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["places"]


def run(path: Path = CASES) -> PlaceFigure:
    gazetteer = get_gazetteer()
    cases = load_cases(path)
    gazetteer.resolve("预热")  # load the data outside the timing
    fig = PlaceFigure(len(cases), 0, 0, 0, 0, 0.0)
    started = time.perf_counter()
    for case in cases:
        got = gazetteer.resolve(case["text"])
        if case.get("expect") == "ambiguous":
            fig.expected_ambiguous += 1
            found = {c.code for c in got.candidates}
            ok = got.status == "ambiguous" and len(found & set(case["candidates"])) >= 2
            fig.ambiguous_ok += ok
            detail = f"{got.status} {sorted(found)}"
        else:
            fig.expected_codes += 1
            ok = got.location_code == case["code"]
            fig.exact += ok
            detail = f"{got.status} {got.location_code} {got.location}"
        if not ok:
            fig.misses.append(f"{case['text']} → {detail} (expected {case.get('code') or 'ambiguous'})")
    fig.seconds = time.perf_counter() - started
    return fig


if __name__ == "__main__":
    result = run()
    print(
        f"{result.exact}/{result.expected_codes} exact, {result.ambiguous_ok}/{result.expected_ambiguous} asked"
    )
    print("\n".join(result.misses))
