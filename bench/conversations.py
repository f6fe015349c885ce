"""`python -m bench.conversations [--subset ci] [--only ID] [--tag KIND]`: the conversation corpus
(tests/conversations/) played through the REST channel of the real stack, judged by the cases it filed.

A conversation is "all right" when nothing crashed, the expected number of cases was filed, every expected
field of each case is right and the reply phrases it names appear (or not). Prints a table and writes
results/conversations.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.conversation_corpus import CASE_FIELDS, Conversation, field_matches, load_corpus, said
from bench.conversation_play import Played, Player, case_rows, log_errors
from bench.stack import ROOT, Stack, running_stack

OUT = ROOT / "results" / "conversations.json"
TARGET_ALL_RIGHT = 0.95


@dataclass
class Verdict:
    id: str
    tags: tuple[str, ...]
    all_right: bool
    cases_expected: int
    cases_filed: int
    wrong_fields: list[str] = field(default_factory=list)  # "case 1 phone: expected … got …"
    phrase_problems: list[str] = field(default_factory=list)
    fields_checked: dict[str, int] = field(default_factory=dict)
    fields_right: dict[str, int] = field(default_factory=dict)
    played: Played | None = None


def judge(conv: Conversation, played: Played, rows: list[dict[str, Any]], today: date) -> Verdict:
    verdict = Verdict(conv.id, conv.tags, False, len(conv.cases), len(rows), played=played)
    for index, expected in enumerate(conv.cases):
        if index >= len(rows):  # the fields of a case never filed are not counted field by field
            verdict.wrong_fields.append(f"case {index + 1} not filed")
            continue
        row = rows[index]
        for name, want in expected.items():
            if name not in row:  # e.g. route_variant before the case store records it
                continue
            verdict.fields_checked[name] = verdict.fields_checked.get(name, 0) + 1
            if field_matches(name, want, row.get(name), today):
                verdict.fields_right[name] = verdict.fields_right.get(name, 0) + 1
            else:
                verdict.wrong_fields.append(
                    f"case {index + 1} {name}: expected {want!r}, got {row.get(name)!r}"
                )
    replies = played.all_replies
    verdict.phrase_problems += [f"never said {p!r}" for p in conv.say if not said(p, replies)]
    verdict.phrase_problems += [f"said {p!r}" for p in conv.never_say if said(p, replies)]
    verdict.phrase_problems += played.failed_turn_checks
    for row in rows:  # a question must never end up in the case
        for turn in conv.turns:
            if (
                turn.question
                and turn.say
                and any(turn.say.strip("？?") in str(row.get(f) or "") for f in CASE_FIELDS if f != "route")
            ):
                played.questions_stored.append(f"{turn.say!r} filed in the case")
    verdict.all_right = (
        not played.crashes
        and not played.stuck  # a citizen who gave up was not served, whatever got filed
        and len(rows) == len(conv.cases)
        and not verdict.wrong_fields
        and not verdict.phrase_problems
    )
    return verdict


def local_today() -> date:
    """The citizens' date, as the bot reads '昨天' (Asia/Shanghai by default), not the runner's."""
    from bot.ops.settings import get_settings

    return datetime.now(ZoneInfo(get_settings().timezone)).date()


def play_all(stack: Stack, conversations: list[Conversation], progress: bool = False) -> list[Verdict]:
    verdicts = []
    for number, conv in enumerate(conversations, 1):
        played = Player(stack, conv).play()
        rows = case_rows(stack.database_url, *played.earlier_senders, played.sender)
        verdict = judge(conv, played, rows, local_today())
        verdicts.append(verdict)
        if progress:
            mark = "ok" if verdict.all_right else "--"
            print(f"[{number}/{len(conversations)}] {mark} {conv.id}", file=sys.stderr)
    return verdicts


def share(verdicts: list[Verdict]) -> float:
    return sum(v.all_right for v in verdicts) / len(verdicts) if verdicts else 0.0


def summarise(verdicts: list[Verdict], seconds: float, log_tracebacks: int) -> dict[str, Any]:
    by_kind: dict[str, list[Verdict]] = defaultdict(list)
    by_tag: dict[str, list[Verdict]] = defaultdict(list)
    checked: dict[str, int] = defaultdict(int)
    right: dict[str, int] = defaultdict(int)
    for v in verdicts:
        by_kind[v.tags[0]].append(v)
        for tag in v.tags[1:]:
            by_tag[tag].append(v)
        for name, n in v.fields_checked.items():
            checked[name] += n
            right[name] += v.fields_right.get(name, 0)
    played = [v.played for v in verdicts if v.played]
    return {
        "conversations": len(verdicts),
        "all_right": sum(v.all_right for v in verdicts),
        "all_right_share": round(share(verdicts), 4),
        "cases_as_expected": sum(v.cases_filed == v.cases_expected for v in verdicts),
        "by_kind": _shares(by_kind),
        "by_tag": _shares(by_tag),
        "fields": {n: {"checked": checked[n], "right": right[n]} for n in CASE_FIELDS if checked[n]},
        "crashes": sum(len(p.crashes) for p in played),
        "messages": sum(len(p.messages) for p in played),
        "questions_stored": sum(len(p.questions_stored) for p in played),
        "corrections_damaging": sum(len(p.corrections_damaging) for p in played),
        "stuck": sum(bool(p.stuck) for p in played),
        "asked_again": sum(len(p.asked_again) for p in played),
        "log_tracebacks": log_tracebacks,
        "seconds": round(seconds, 1),
    }


def _shares(groups: dict[str, list[Verdict]]) -> dict[str, dict[str, Any]]:
    return {
        name: {"n": len(vs), "all_right": sum(v.all_right for v in vs), "share": round(share(vs), 4)}
        for name, vs in sorted(groups.items())
    }


def table(summary: dict[str, Any]) -> str:
    lines = [
        f"all right: {summary['all_right']}/{summary['conversations']} = {summary['all_right_share']:.1%}"
        f" (target {TARGET_ALL_RIGHT:.0%}) · crashes {summary['crashes']} in {summary['messages']} messages"
        f" · questions stored {summary['questions_stored']} · corrections damaging"
        f" {summary['corrections_damaging']} · questions asked again {summary['asked_again']}"
        f" · stuck {summary['stuck']} · tracebacks in logs"
        f" {summary['log_tracebacks']} · {summary['seconds']:.0f} s",
        "",
        "| kind | n | all right | share |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {t} | {k['n']} | {k['all_right']} | {k['share']:.0%} |" for t, k in summary["by_kind"].items()
    ]
    lines += ["", "| tag (5 or more) | n | all right | share |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {t} | {k['n']} | {k['all_right']} | {k['share']:.0%} |"
        for t, k in summary["by_tag"].items()
        if k["n"] >= 5
    ]
    lines += [
        "",
        f"filed the expected number of cases (none for a consultation): {summary['cases_as_expected']}"
        f"/{summary['conversations']}; fields of the cases filed:",
        "",
        "| field | checked | right | share |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {n} | {f['checked']} | {f['right']} | {f['right'] / f['checked']:.0%} |"
        for n, f in summary["fields"].items()
    ]
    return "\n".join(lines)


def details(verdicts: list[Verdict]) -> list[dict[str, Any]]:
    out = []
    for v in verdicts:
        p = v.played
        item = {
            k: val for k, val in asdict(v).items() if k not in ("played", "fields_checked", "fields_right")
        }
        if p:
            item.update(
                sender=p.sender,
                crashes=p.crashes,
                questions_stored=p.questions_stored,
                corrections_damaging=p.corrections_damaging,
                unscripted=p.unscripted,
                asked_again=p.asked_again,
                stuck=p.stuck,
                transcript=[{"said": m["said"], "replies": m["replies"]} for m in p.messages],
            )
        out.append(item)
    return out


def select(conversations: list[Conversation], subset: str | None, only: list[str], tag: str | None):
    chosen = [c for c in conversations if subset != "ci" or c.ci]
    if only:
        chosen = [c for c in chosen if c.id in only]
    if tag:
        chosen = [c for c in chosen if tag in c.tags]
    return chosen


def run(subset: str | None = None, only: list[str] | None = None, tag: str | None = None,
        out: Path | None = OUT, progress: bool = True) -> dict[str, Any]:  # fmt: skip
    """Starts the stack, plays the chosen conversations, writes `out`; returns the summary."""
    conversations = select(load_corpus(), subset, only or [], tag)
    # what the repository ships: no imported department model, as in the tests
    os.environ["CATEGORY_MODEL_PATH"] = str(ROOT / "var" / "bench" / "no-imported-model.joblib")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    with (
        tempfile.TemporaryDirectory(prefix="bench-conversations-") as tmp,
        running_stack(Path(tmp)) as stack,
    ):
        started = time.perf_counter()
        verdicts = play_all(stack, conversations, progress)
        seconds = time.perf_counter() - started
        tracebacks = log_errors(stack.log_dir)
    summary = summarise(verdicts, seconds, tracebacks)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        document = {"summary": summary, "conversations": details(verdicts)}
        out.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.conversations")
    parser.add_argument("--subset", choices=["ci"], help="only the conversations tagged `ci: true`")
    parser.add_argument(
        "--only", action="append", default=[], metavar="ID", help="one conversation (repeatable)"
    )
    parser.add_argument("--tag", help="only the conversations of this kind")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    summary = run(args.subset, args.only, args.tag, args.out)
    print(table(summary))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
