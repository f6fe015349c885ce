"""The cluster's own section of docs/benchmarks.md, between markers, so `make bench` (which writes the rest of
the file) and `python -m bench.cluster.load` never overwrite each other's figures."""

from __future__ import annotations

from pathlib import Path

BEGIN = "<!-- cluster-load: written by python -m bench.cluster.load -->"
END = "<!-- /cluster-load -->"
TITLE = "## Cluster: citizens served with 1 and 2 Rasa servers"


def section(text: str) -> str:
    """The marked section of a document, markers included ('' when it has none)."""
    start, end = text.find(BEGIN), text.find(END)
    return text[start : end + len(END)] if 0 <= start < end else ""


def with_section(document: str, body_or_section: str) -> str:
    """`document` with its marked section replaced (or appended) by `body_or_section`."""
    block = (
        body_or_section
        if body_or_section.startswith(BEGIN)
        else f"{BEGIN}\n{TITLE}\n\n{body_or_section}{END}"
    )
    old = section(document)
    if old:
        return document.replace(old, block)
    return document.rstrip("\n") + "\n\n" + block + "\n"


def write_section(path: Path, body: str) -> None:
    document = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(with_section(document, body), encoding="utf-8")
