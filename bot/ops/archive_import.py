"""Import a department's labelled archive and train the category model with it and the project's own data.

    python -m bot.ops.archive_import ARCHIVE.csv [--mapping MAP.csv] [--text-column text]
        [--category-column category] [--output var/category_model.joblib] [--rejected-csv FILE]

The archive is a CSV with a header; its category column holds either one of the 17 first-level classes
(docs/legal.md §6) or the department's own label translated by `--mapping`. The mapping is a CSV in the format
of the dataset's category-map.csv: a `category` column with one of the 17 classes and a second column with
the department's label (blank = none). Read backwards, a department label becomes the class of the same
name if that class lists it, else the first class listing it. Every row not used is reported with its line
number and reason; nothing is dropped silently. Rows are only read at run time, never stored elsewhere.
The model learns the archive's classes from the archive alone (classes balanced) and the classes it lacks,
plus "no matter" for greetings and bare answers, from the project's own examples.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from bot.category_model import own_examples, save_model, train_model
from bot.category_model.augment import SOURCE as LETTERS
from bot.category_model.own_data import LabelledText, weight_of
from bot.domain.category import CATEGORIES

MIN_CHARS = 4
# chosen on a body-only 80/20 split of archive.csv: C 0.5 with classes balanced 0.900, C 1 unbalanced 0.894
ARCHIVE_C = 0.5


@dataclass(frozen=True)
class Rejected:
    line: int
    reason: str
    preview: str


@dataclass
class ArchiveRead:
    source: str
    read: int = 0
    used: list[LabelledText] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def per_class(self) -> Counter:
        return Counter(e.category for e in self.used)

    def reasons(self) -> Counter:
        return Counter(r.reason.split(":")[0] for r in self.rejected)


def read_mapping(path: Path) -> dict[str, str]:
    """Department label → one of the 17 classes, from a category-map.csv style file."""
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = reader.fieldnames or []
        if "category" not in columns or len(columns) != 2:
            raise ValueError(f"{path}: expected two columns, `category` and the department's label")
        label_col = next(c for c in columns if c != "category")
        mapping: dict[str, str] = {}
        for row in reader:
            target, label = (row.get("category") or "").strip(), (row.get(label_col) or "").strip()
            if not label:
                continue
            if target not in CATEGORIES:
                raise ValueError(f"{path}: {target!r} is not one of the 17 classes")
            if label not in mapping or target == label:
                mapping[label] = target
    return mapping


def _resolve(label: str, mapping: dict[str, str] | None) -> str | None:
    if mapping and label in mapping:
        return mapping[label]
    return label if label in CATEGORIES else None


def _content(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def read_archive(
    path: Path,
    mapping: dict[str, str] | None = None,
    text_column: str = "text",
    category_column: str = "category",
    progress: bool = True,
) -> ArchiveRead:
    """Read and check every row; `used` keeps the good ones, `rejected` says why each other one was left out."""

    csv.field_size_limit(sys.maxsize)
    result = ArchiveRead(source=Path(path).name)
    seen: dict[str, tuple[int, str]] = {}
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in (text_column, category_column) if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: no column {missing} (columns: {reader.fieldnames})")
        rows = tqdm(reader, desc="reading", unit=" rows", disable=not progress, file=sys.stderr)
        for row in rows:
            result.read += 1
            line = reader.line_num
            text = (row.get(text_column) or "").strip()
            label = (row.get(category_column) or "").strip()
            preview = text[:30]
            reason = None
            if None in row or any(v is None for v in row.values()):
                reason = "malformed row: wrong number of fields"
            elif not text:
                reason = "empty text"
            elif _content(text) < MIN_CHARS:
                reason = f"text too short: fewer than {MIN_CHARS} letters or digits"
            elif not label:
                reason = "empty category"
            elif (category := _resolve(label, mapping)) is None:
                reason = f"unknown category: {label!r} is not one of the 17 classes nor in the mapping"
            elif text in seen:
                first, first_cat = seen[text]
                same = "same" if first_cat == category else f"different ({first_cat})"
                reason = f"duplicate: same text as line {first}, {same} category"
            if reason:
                result.rejected.append(Rejected(line, reason, preview))
                continue
            seen[text] = (line, category)
            result.used.append(LabelledText(text, category, result.source))
    return result


def own_complement(archive: ArchiveRead, own: Sequence[LabelledText] | None = None) -> list[LabelledText]:
    """The project's own examples for the classes the archive lacks (and "no matter").

    The department's labels draw its boundaries (e.g. lifts under 商贸旅游): our examples of the classes it
    uses would blur them (measured on an archive.csv split: 0.878 with all own examples, 0.894 with
    these only), but the other classes must still exist in the model.
    """

    covered = set(archive.per_class())
    own = own_examples() if own is None else own
    return [e for e in own if e.category not in covered and e.source != LETTERS]


def balanced_weights(archive: ArchiveRead) -> list[float]:
    """Archive rows weighted inversely to their class's size (mean 1): a small class counts as much for
    macro-F1 as a large one."""
    counts = archive.per_class()
    mean = len(archive.used) / len(counts) if counts else 1.0
    return [mean / counts[e.category] for e in archive.used]


def train_import(archive: ArchiveRead, complement: Sequence[LabelledText] = ()):
    """The model of the archive's good rows (classes balanced) plus `complement` (own examples)."""
    examples = list(archive.used) + list(complement)
    model = train_model(
        [e.text for e in examples],
        [e.category for e in examples],
        balanced_weights(archive) + [weight_of(e) for e in complement],
        c=ARCHIVE_C,
    )
    model.info["sources"] = dict(Counter(e.source for e in examples))
    return model


def train_and_save(archive: ArchiveRead, output: Path | None = None, with_own: bool = True):
    """Train on the archive's good rows plus own examples of the classes it lacks; returns (model, path)."""
    model = train_import(archive, own_complement(archive) if with_own else ())
    return model, save_model(model, output)


def format_report(archive: ArchiveRead, list_rejected: bool = True) -> str:
    lines = [
        f"{archive.source}: read {archive.read} rows, used {len(archive.used)}, "
        f"rejected {len(archive.rejected)}",
        "used per class: " + ", ".join(f"{c} {n}" for c, n in archive.per_class().most_common()),
    ]
    if archive.rejected:
        lines.append(
            "rejected by reason: " + ", ".join(f"{r} {n}" for r, n in archive.reasons().most_common())
        )
    if list_rejected:
        lines += [f"  line {r.line}: {r.reason} — {r.preview!r}" for r in archive.rejected]
    return "\n".join(lines)


def write_rejected(archive: ArchiveRead, path: Path) -> None:
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["line", "reason", "text_start"])
        writer.writerows((r.line, r.reason, r.preview) for r in archive.rejected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.ops.archive_import", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("csv", type=Path, help="the department's labelled archive (CSV with a header)")
    parser.add_argument("--mapping", type=Path, help="category-map.csv style file for department labels")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--category-column", default="category")
    parser.add_argument("--output", type=Path, help="model file (default: CATEGORY_MODEL_PATH or var/)")
    parser.add_argument("--rejected-csv", type=Path, help="write rejected rows here instead of listing them")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    try:
        mapping = read_mapping(args.mapping) if args.mapping else None
        archive = read_archive(
            args.csv, mapping, args.text_column, args.category_column, progress=not args.no_progress
        )
    except (OSError, ValueError, csv.Error) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_report(archive, list_rejected=args.rejected_csv is None))
    if args.rejected_csv:
        write_rejected(archive, args.rejected_csv)
        print(f"all {len(archive.rejected)} rejected rows with their reasons: {args.rejected_csv}")
    if not archive.used:
        print("error: no usable rows, model not trained", file=sys.stderr)
        return 1
    started = time.perf_counter()
    print("training (archive + own examples of the classes it lacks) …", file=sys.stderr)
    model, path = train_and_save(archive, args.output)
    print(
        f"trained on {model.info['rows']} rows ({model.info['sources']}) in "
        f"{time.perf_counter() - started:.1f} s, temperature {model.temperature}; written to {path}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
