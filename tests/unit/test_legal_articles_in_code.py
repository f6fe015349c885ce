"""Every article the code can say is in the table of what each article says (test_legal_articles.ARTICLES).

The route model's reasons (staff read them on the case), the staff console's messages and the consultation
answers are string constants in the Python code; a citation in one of them of an article the table does not
know is an article nobody checked. Docstrings are the developers' notes and are not walked.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.unit.test_legal_articles import ARTICLES, citations_in_text

ROOT = Path(__file__).resolve().parents[2]


def said_strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are no docstring, with their line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def code_citations() -> list[tuple[str, str, str]]:
    found = []
    for folder in ("bot", "actions"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for line, text in said_strings(path):
                where = f"{path.relative_to(ROOT)}:{line}"
                found += [(where, c.law, c.article) for c in citations_in_text(where, text)]
    return found


def test_the_walk_reaches_the_route_reasons() -> None:
    wheres = {where.split(":")[0] for where, _, _ in code_citations()}
    assert "bot/route_model/law_rules_offices.py" in wheres
    assert "bot/route_model/law_acts.py" in wheres
    assert "actions/service_offices.py" in wheres


def test_every_article_the_code_cites_is_in_the_table() -> None:
    unknown = [
        f"{where}: {law} {article}"
        for where, law, article in code_citations()
        if (law, article) not in ARTICLES
    ]
    assert unknown == []


def test_a_law_missing_from_the_table_is_caught() -> None:
    """A citation of an article the table lacks, of a law it knows or of one it does not, is reported."""
    assert ("行政复议法", "第99条") not in ARTICLES
    cited = {(c.law, c.article) for c in citations_in_text("x", "理由（行政复议法第99条）")}
    assert cited == {("行政复议法", "第99条")}
