"""Category figures on the held-out eval.csv (message body only), through `bot.domain.category.classify_category`.

Scored over the board's 7 labels via category-map.csv; a class with no board label counts as wrong.
Three runs: the keyword lexicon alone (`lexicon=`), what the repository ships with no imported model (the
lexicon mixed with the model built from the project's own examples, bot.category_model.own_model), and the
model the archive import trains (archive.csv + own examples of the classes it lacks), mixed with the own-data
model and the lexicon as a conversation mixes them. The last two go through
exactly the path a conversation takes. Models go to var/bench/ (gitignored).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from bot.category_model.own_model import build
from bot.category_model.store import _cached
from bot.domain.category import classify_category, is_confident, load_lexicon
from bot.ops.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
DATASET = Path(
    os.environ.get("CITIZEN_MESSAGES_DIR", ROOT.parent / "shared" / "datasets" / "citizen-messages")
)
BENCH_VAR = ROOT / "var" / "bench"


@dataclass(frozen=True)
class CategoryFigure:
    name: str
    accuracy: float
    macro_f1: float
    confident_share: float  # share of messages is_confident() would fill without asking
    confident_accuracy: float  # accuracy on those
    seconds: float


def board_map() -> dict[str, str]:
    with (DATASET / "category-map.csv").open(encoding="utf-8") as fh:
        return {r["category"]: r["board_label"] for r in csv.DictReader(fh)}


def eval_rows() -> tuple[list[str], list[str]]:
    """Bodies and gold labels; only the body is given to the classifier (scoring only, never training)."""
    csv.field_size_limit(sys.maxsize)
    with (DATASET / "eval.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def _use_model(path: Path | None) -> None:
    os.environ["CATEGORY_MODEL_PATH"] = str(path or BENCH_VAR / "no-model.joblib")
    os.environ["CATEGORY_OWN_MODEL_PATH"] = str(BENCH_VAR / "category_own.joblib")
    get_settings.cache_clear()  # the settings read the new paths
    _cached.cache_clear()


def score(name: str, model_path: Path | None, lexicon_only: bool = False) -> CategoryFigure:
    _use_model(model_path)
    lexicon = load_lexicon() if lexicon_only else None
    mapping = board_map()
    texts, gold = eval_rows()
    labels = sorted(set(gold))
    started = time.perf_counter()
    # matter=True as the intake form classifies its issue_text (actions/intake_lookups.read_category)
    results = [classify_category(t, lexicon=lexicon, matter=True) for t in texts]
    seconds = time.perf_counter() - started
    pred = [mapping.get(r[0].name) or "(unmapped)" for r in results]
    sure = [i for i, r in enumerate(results) if is_confident(r)]
    sure_acc = sum(pred[i] == gold[i] for i in sure) / len(sure) if sure else 0.0
    return CategoryFigure(
        name=name,
        accuracy=accuracy_score(gold, pred),
        macro_f1=f1_score(gold, pred, labels=labels, average="macro"),
        confident_share=len(sure) / len(texts),
        confident_accuracy=sure_acc,
        seconds=seconds,
    )


def train_own_only(path: Path) -> float:
    """Build the own-data model as `python -m bot.category_model.own_model` does, into var/bench/."""
    started = time.perf_counter()
    build(path, force=True)
    return time.perf_counter() - started


def import_archive(path: Path) -> tuple[float, str]:
    """Run the import command as a department would; returns (seconds, its report's first lines)."""
    started = time.perf_counter()
    cmd = [
        sys.executable, "-m", "bot.ops.archive_import", str(DATASET / "archive.csv"),
        "--mapping", str(DATASET / "category-map.csv"), "--output", str(path),
        "--rejected-csv", str(BENCH_VAR / "archive_rejected.csv"), "--no-progress",
    ]  # fmt: skip
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - started, "\n".join(out.splitlines()[:3])


def run() -> tuple[list[CategoryFigure], dict]:
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    own_path, imported_path = BENCH_VAR / "category_own.joblib", BENCH_VAR / "category_imported.joblib"
    figures = [score("keyword lexicon alone", None, lexicon_only=True)]
    own_s = train_own_only(own_path)  # _use_model points CATEGORY_OWN_MODEL_PATH here
    figures.append(score("shipped, own examples only (lexicon + own-data model)", None))
    import_s, report = import_archive(imported_path)
    figures.append(score("model after archive import", imported_path))
    extra = {
        "own_train_s": own_s,
        "import_s": import_s,
        "import_report": report,
        "model_bytes": imported_path.stat().st_size,
    }
    return figures, extra


if __name__ == "__main__":
    figs, info = run()
    for f in figs:
        print(f)
    print(info)
