"""The three answers in the Classify view: a fruit, 'Not sure', 'Not one of mine' — list, detail pane and CSV."""

from __future__ import annotations

import csv

from fruitclassifier.gui.classify.jobs import write_results_csv
from fruitclassifier.gui.classify.result_detail import ResultDetail
from fruitclassifier.gui.widgets.result_list import BADGES, ResultItem

SURE = ResultItem("a", "a.jpg", top=[("Banana 1", 0.93)], known_probability=0.97)
UNSURE = ResultItem("b", "b.jpg", top=[("Lemon 1", 0.41), ("Banana 1", 0.35)], unsure=True, known_probability=0.9)
UNKNOWN = ResultItem("c", "c.jpg", top=[("Strawberry 1", 0.08)], unknown=True, known_probability=0.12)
BROKEN = ResultItem("d", "d.jpg", error="truncated or damaged image")


def test_each_state_has_its_own_badge():
    assert [i.state for i in (SURE, UNSURE, UNKNOWN, BROKEN)] == ["sure", "unsure", "unknown", "error"]
    assert BADGES[UNSURE.state] == "Not sure" and BADGES[UNKNOWN.state] == "Not one of mine"
    assert SURE.state not in BADGES


def test_detail_pane_headlines_say_which_answer(qtbot):
    detail = ResultDetail()
    qtbot.addWidget(detail)
    detail.show_item(SURE)
    assert detail.title.text() == "Banana"
    detail.show_item(UNSURE)
    assert detail.title.text() == "Not sure — maybe Lemon"
    detail.show_item(UNKNOWN)
    assert detail.title.text() == "Not one of my fruits (closest: Strawberry)"


def test_csv_export_has_answer_and_known_probability(tmp_path):
    path = tmp_path / "out.csv"
    assert write_results_csv([SURE, UNSURE, UNKNOWN, BROKEN], path) == 4
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["answer"] for r in rows] == ["sure", "unsure", "unknown", "error"]
    assert rows[2]["label"] == "Strawberry 1"  # ids, not display names, in files
    assert rows[2]["known_probability"] == "0.120000" and rows[3]["known_probability"] == ""


def test_copied_results_read_display_names_and_files_keep_ids(tmp_path):
    from fruitclassifier.gui.classify.jobs import results_text

    rows = list(csv.DictReader(results_text([SURE, UNSURE, UNKNOWN]).splitlines(), delimiter="\t"))
    assert [r["name"] for r in rows] == ["Banana", "Lemon", "Not one of my fruits"]
    assert rows[1]["top3"] == "Lemon:0.4100; Banana:0.3500"  # a person pastes this: no "Banana 1"
    assert rows[0]["label"] == "Banana 1"  # the id stays beside it for a program
    path = tmp_path / "out.csv"
    write_results_csv([UNSURE], path)
    assert next(csv.DictReader(path.open(encoding="utf-8")))["top3"] == "Lemon 1:0.4100; Banana 1:0.3500"


def test_a_narrow_row_keeps_the_answer_whole_and_shortens_only_the_file_name(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from fruitclassifier.gui.widgets.result_list import title_texts

    font = QFont()
    font.setBold(True)
    fm = QFontMetrics(font)
    long_name = ResultItem("x", "Apple_Red_Delicious_from_the_market_001.jpg", top=[("Apple Golden 1", 0.9)])
    answer, rest = title_texts(long_name, fm, 200)
    assert answer == "Golden apple" and "…" in rest and fm.horizontalAdvance(answer + rest) <= 200
    refused = ResultItem("m", "Milk_001.jpg", top=[("Pineapple 1", 0.2)], unknown=True)
    assert title_texts(refused, fm, 200) == ("Milk_001.jpg", "")  # the badge says "Not one of mine"
