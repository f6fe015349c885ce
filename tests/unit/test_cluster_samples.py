"""bench.cluster.samples reads py-spy's raw stacks into shares by function and by step."""

from __future__ import annotations

from pathlib import Path

from bench.cluster.samples import render, summary

ROOT = "/work/x"
RAW = "\n".join(
    [
        # the process and the thread are not functions; frames run outermost first, the count ends the line
        'process 12:"python -m actions";thread (0x7f01);run (sanic/app.py:1204);'
        "run (actions/validate_intake.py:40);read_turn (actions/intake_logic.py:41);"
        "proba (bot/category_model/model.py:44) 30",
        'process 12:"python -m actions";thread (0x7f01);run (sanic/app.py:1204);'
        "run (actions/validate_intake.py:40);read_turn (actions/intake_logic.py:41) 10",
        'process 12:"python -m actions";thread (0x7f01);run (sanic/app.py:1204);'
        "file_case (bot/cases/repository.py:80);_execute_context (.venv/lib/python3.10/site-packages/"
        "sqlalchemy/engine/base.py:1800) 20",
        "a line that is not a stack",
    ]
)


def _samples(tmp_path: Path):
    path = tmp_path / "raw.txt"
    path.write_text(RAW, encoding="utf-8")
    return summary(path)


def test_counts_own_and_with_callees(tmp_path: Path) -> None:
    samples = _samples(tmp_path)
    assert samples.total == 60
    assert samples.own["bot/category_model/model.py:proba"] == 30
    assert samples.own["actions/intake_logic.py:read_turn"] == 10
    assert samples.inclusive["actions/intake_logic.py:read_turn"] == 40
    assert samples.inclusive["sanic/app.py:run"] == 60


def test_a_stack_goes_to_the_step_of_its_innermost_known_frame(tmp_path: Path) -> None:
    steps = _samples(tmp_path).steps
    assert steps["category model"] == 30
    assert steps["reading the turn"] == 10
    assert steps["database"] == 20


def test_render_gives_ms_per_message_from_the_process_cpu(tmp_path: Path) -> None:
    text = render(_samples(tmp_path), messages=10, cpu_ms_per_message=6.0)
    assert "| category model | 50.0% | 3.00 |" in text
    assert "| database | 33.3% | 2.00 |" in text
