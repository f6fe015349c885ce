"""Archive import: every row used or rejected with a reason, mappings, the command end to end."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.category_model import load_model
from bot.category_model.own_data import NO_MATTER
from bot.domain.category import CATEGORIES
from bot.ops.archive_import import format_report, main, own_complement, read_archive, read_mapping

GOOD = [
    ("工地老板拖欠我们农民工工资三个月了", "劳动和社会保障"),
    ("公司一直不给交社保，我想问怎么办", "劳动和社会保障"),
    ("26路公交车班次太少，早高峰等半小时", "交通运输"),
    ("出租车司机拒载還繞路😡", "交通运输"),
    ("孩子上小学划片不合理，学区离家太远", "教育文体"),
    ("学校强制学生买教辅资料，还乱收补课费", "教育文体"),
]


def write_csv(path: Path, header: list[str], rows: list[list[str]], bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def archive(tmp_path) -> Path:
    rows = [[t, c] for t, c in GOOD]
    rows += [
        ["", "交通运输"],  # line 8: empty text
        ["求助", "民政"],  # line 9: too short
        ["小区门口的路灯坏了一个月", ""],  # line 10: no category
        ["网上买的手机是假货", "消费投诉"],  # line 11: label unknown without a mapping
        [GOOD[0][0], "劳动和社会保障"],  # line 12: duplicate, same label
        [GOOD[2][0], "城乡建设"],  # line 13: duplicate, other label
        ["多了一列的行，写得很长很长", "交通运输", "多余"],  # line 14: malformed
        ["ＡＢ１", "交通运输"],  # line 15: too short after all
    ]
    return write_csv(tmp_path / "archive.csv", ["text", "category"], rows)


def test_every_row_is_used_or_rejected_with_a_reason(archive) -> None:
    result = read_archive(archive, progress=False)
    assert result.read == 14
    assert len(result.used) + len(result.rejected) == result.read
    assert [e.text for e in result.used] == [t for t, _ in GOOD]
    reasons = {r.line: r.reason for r in result.rejected}
    assert reasons[8] == "empty text"
    assert reasons[9].startswith("text too short")
    assert reasons[10] == "empty category"
    assert reasons[11].startswith("unknown category: '消费投诉'")
    assert reasons[12] == "duplicate: same text as line 2, same category"
    assert reasons[13] == "duplicate: same text as line 4, different (交通运输) category"
    assert reasons[14].startswith("malformed row")
    assert reasons[15].startswith("text too short")


def test_report_lists_counts_and_each_rejected_row(archive) -> None:
    report = format_report(read_archive(archive, progress=False))
    assert "read 14 rows, used 6, rejected 8" in report
    assert "劳动和社会保障 2" in report and "duplicate 2" in report
    assert "line 11: unknown category" in report and "'网上买的手机是假货'" in report


def test_mapping_in_category_map_format_translates_department_labels(tmp_path) -> None:
    mapping_file = write_csv(
        tmp_path / "map.csv",
        ["category", "dept"],
        [["城乡建设", "城建"], ["国土资源", "城建"], ["商贸旅游", "消费投诉"], ["政法", ""]],
    )
    mapping = read_mapping(mapping_file)
    assert mapping == {"城建": "城乡建设", "消费投诉": "商贸旅游"}
    rows = [["网上买的手机是假货，商家不退", "消费投诉"], ["小区路灯坏了一个月没人修", "城建"]]
    result = read_archive(write_csv(tmp_path / "a.csv", ["text", "category"], rows), mapping, progress=False)
    assert [e.category for e in result.used] == ["商贸旅游", "城乡建设"] and not result.rejected


def test_same_name_wins_when_reading_the_board_mapping_backwards(tmp_path) -> None:
    mapping_file = write_csv(
        tmp_path / "map.csv",
        ["category", "board_label"],
        [["国土资源", "城乡建设"], ["城乡建设", "城乡建设"]],
    )
    assert read_mapping(mapping_file) == {"城乡建设": "城乡建设"}


@pytest.mark.parametrize(
    ("header", "rows"),
    [(["category", "a", "b"], []), (["cat", "label"], []), (["category", "label"], [["不存在的类", "x"]])],
)
def test_bad_mapping_files_are_refused(tmp_path, header, rows) -> None:
    with pytest.raises(ValueError):
        read_mapping(write_csv(tmp_path / "m.csv", header, rows))


def test_other_column_names_and_bom(tmp_path) -> None:
    rows = [[str(i), t, c] for i, (t, c) in enumerate(GOOD)]
    path = write_csv(tmp_path / "a.csv", ["id", "内容", "分类"], rows, bom=True)
    result = read_archive(path, text_column="内容", category_column="分类", progress=False)
    assert len(result.used) == len(GOOD)
    with pytest.raises(ValueError, match="no column"):
        read_archive(path, progress=False)


@pytest.mark.slow
def test_command_trains_with_own_examples_and_writes_the_model(archive, tmp_path, capsys) -> None:
    out, rejected = tmp_path / "model.joblib", tmp_path / "rejected.csv"
    code = main([str(archive), "--output", str(out), "--rejected-csv", str(rejected), "--no-progress"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "used 6, rejected 8" in printed and f"written to {out}" in printed
    model = load_model(out)
    assert model.info["sources"]["archive.csv"] == 6 and model.info["sources"]["lexicon"] > 500
    # the project's own examples keep every class, and "no matter" for greetings and answers
    assert set(model.classes) == set(CATEGORIES) | {NO_MATTER}
    # a class the archive labels is learned from the archive alone: its boundaries are the department's
    assert model.info["per_class"]["交通运输"] == 2 and model.info["per_class"]["教育文体"] == 2
    assert model.info["per_class"]["城乡建设"] > 50 and model.info["per_class"][NO_MATTER] > 100
    with rejected.open(encoding="utf-8") as fh:
        assert len(list(csv.reader(fh))) == 1 + 8


def test_own_complement_leaves_out_the_classes_the_archive_labels(archive) -> None:
    result = read_archive(archive, progress=False)
    extra = own_complement(result)
    assert extra and not {e.category for e in extra} & {"劳动和社会保障", "交通运输", "教育文体"}
    assert {"城乡建设", "商贸旅游", "政法", NO_MATTER} <= {e.category for e in extra}
    assert all(e.source not in ("archive.csv", "letters") for e in extra)


def test_command_exit_codes(tmp_path, capsys) -> None:
    only_bad = write_csv(tmp_path / "bad.csv", ["text", "category"], [["", "民政"]])
    assert main([str(only_bad), "--output", str(tmp_path / "m.joblib"), "--no-progress"]) == 1
    assert not (tmp_path / "m.joblib").exists()
    assert main([str(only_bad), "--text-column", "正文", "--no-progress"]) == 2
    assert main([str(tmp_path / "missing.csv"), "--no-progress"]) == 2
    assert "error:" in capsys.readouterr().err
