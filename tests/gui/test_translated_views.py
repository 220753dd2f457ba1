"""The Classify and Teach views and the core messages they show follow a loaded catalogue (issue 32).

A small German catalogue is compiled here with PySide6's own lrelease, so the test needs no finished
translation: it proves the wiring (contexts, placeholders, %n plurals, nested core messages, fruit
names), while the English path is checked to be what ``errors.user_message`` and the old wording said.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
import subprocess

from PySide6.QtCore import QCoreApplication, QTranslator
import pytest

from fruitclassifier.core.data.images import ImageError, image_from_bytes
from fruitclassifier.core.teach.errors import TeachCancelled
from fruitclassifier.core.teach.teaching_set import TeachError, resolve_class_name
from fruitclassifier.errors import user_message
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.base.wording import counted, join, user_text
from fruitclassifier.gui.classify.page import ClassifyPage
from fruitclassifier.gui.classify.result_detail import ResultDetail
from fruitclassifier.gui.teach.jobs import score_line
from fruitclassifier.gui.teach.panel import TeachPanel
from fruitclassifier.gui.widgets.result_list import ResultItem

#: (context, source, translation or [plural forms]) of the German test catalogue.
GERMAN = [
    ("ClassifyPage", "Open Images…", "Bilder öffnen…"),
    ("ClassifyPage", "There is no model to classify with yet: train one on the Train page, or import a .keras "
                     "file on the Models page.", "Noch kein Modell: trainiere eines oder importiere eine Datei."),
    ("ResultDetail", "Not sure — maybe {label}", "Nicht sicher — vielleicht {label}"),
    ("Fruit", "Banana", "Banane"),
    ("core", "{name}: {reason}", "{name}: {reason}"),
    ("core", "empty file (0 bytes)", "leere Datei (0 Bytes)"),
    ("core", "Teaching was cancelled; nothing was saved.", "Das Lehren wurde abgebrochen; nichts wurde gespeichert."),
    ("core", "{name} cannot be a class name.", "{name} kann kein Klassenname sein。"),
    ("core", "Type a name without / \\ : * ? \" < > | that does not start with a dot.",
     "Gib einen Namen ohne Sonderzeichen ein."),
    ("TeachPanel", "%n photo(s): {classes}", ["%n Foto: {classes}", "%n Fotos: {classes}"]),
    ("TeachScore", "Held-back photos: {before} → {after} right (%n photo(s)).",
     ["Zurückgehaltene Fotos: {before} → {after} richtig (%n Foto).",
      "Zurückgehaltene Fotos: {before} → {after} richtig (%n Fotos)."]),
]


def _ts(entries: list) -> str:
    by_context: dict[str, list] = {}
    for context, source, translation in entries:
        by_context.setdefault(context, []).append((source, translation))
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', '<TS version="2.1" language="de_DE">']
    for context, messages in by_context.items():
        parts.append(f"<context><name>{escape(context)}</name>")
        for source, translation in messages:
            if isinstance(translation, list):
                forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
                parts.append(f'<message numerus="yes"><source>{escape(source)}</source>'
                             f"<translation>{forms}</translation></message>")
            else:
                parts.append(f"<message><source>{escape(source)}</source>"
                             f"<translation>{escape(translation)}</translation></message>")
        parts.append("</context>")
    return "\n".join([*parts, "</TS>"])


@pytest.fixture
def german(qapp, tmp_path):
    import PySide6

    lrelease = next(p for folder in PySide6.__path__ for p in Path(folder).glob("lrelease*") if p.is_file())
    (tmp_path / "test_de.ts").write_text(_ts(GERMAN), encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "test_de.ts"), "-qm", str(tmp_path / "test_de.qm")],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "test_de.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_classify_page_and_its_detail_pane_speak_the_loaded_language(german, qtbot):
    tasks = TaskManager()
    page = ClassifyPage(tasks, TfLoader(tasks))
    qtbot.addWidget(page)
    assert page.open_button.text() == "Bilder öffnen…"
    assert page.notice.text() == "Noch kein Modell: trainiere eines oder importiere eine Datei."
    detail = ResultDetail()
    qtbot.addWidget(detail)
    detail.show_item(ResultItem("k", "b.jpg", top=[("Banana 1", 0.4), ("Lemon 1", 0.3)], unsure=True))
    assert detail.title.text() == "Nicht sicher — vielleicht Banane"  # the fruit name translated in the sentence


def test_core_messages_are_translated_part_by_part(german):
    with pytest.raises(ImageError) as unreadable:
        image_from_bytes(b"", "leer.png")
    assert user_text(unreadable.value) == "leer.png: leere Datei (0 Bytes)"  # a Text inside a Text
    assert user_text(TeachCancelled()) == "Das Lehren wurde abgebrochen; nichts wurde gespeichert."
    with pytest.raises(TeachError) as refused:
        resolve_class_name(".hidden", {})
    # the message ends with a full-width stop: the next step follows without ". " or "; "
    assert user_text(refused.value) == "'.hidden' kann kein Klassenname sein。Gib einen Namen ohne Sonderzeichen ein."
    assert str(refused.value).startswith("'.hidden' cannot be a class name. Type a name")  # the CLI's English


def test_counts_take_the_language_plural_forms(german, qtbot):
    assert score_line({"before": 0.4, "after": 0.8, "held_back": 10}) == \
        "Zurückgehaltene Fotos: 40% → 80% richtig (10 Fotos)."
    panel = TeachPanel()
    qtbot.addWidget(panel)
    entries = [type("Entry", (), {"class_name": "Banana 1", "path": Path(f"/t/{i}.png"), "source": ""})()
               for i in range(1)]
    panel.set_entries(entries, {})
    assert panel.counts.text() == "1 Foto: Banane 1"


def test_without_a_catalogue_the_window_says_what_the_command_line_says(qapp):
    with pytest.raises(ImageError) as unreadable:
        image_from_bytes(b"", "empty.png")
    with pytest.raises(TeachError) as refused:
        resolve_class_name("a/b", {})
    for exc in (unreadable.value, refused.value, TeachCancelled(), FileNotFoundError(2, "No such file", "x.jpg")):
        assert user_text(exc) == user_message(exc)
    assert user_text(ValueError("boom")) == user_message(ValueError("boom")) == \
        "unexpected error: ValueError: boom (details are in the log)"
    assert [counted(QCoreApplication.translate("TeachPanel", "%n photo(s): {classes}", None, n), n)
            for n in (1, 3)] == ["1 photo: {classes}", "3 photos: {classes}"]
    assert join("Could not read it", "Try another file.") == "Could not read it. Try another file."
