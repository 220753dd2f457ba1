"""Nothing the Classify page, its detail and teaching panes, the live view, the settings form, About, the
shortcuts list and the crash dialog show bypasses translation (issue 32).

Every string lupdate finds in the code is "translated" into ⟦itself⟧ (a pseudo-language compiled with
PySide6's own lupdate and lrelease), the views are built and filled, and each text they show must carry
⟦…⟧, or be data: numbers, file names, proper names, the test model's and its classes' names. A string
shown without going through tr() (or one lupdate cannot see: a variable in tr(), a wrong context) shows
without the brackets and fails the test by name.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator
from gui_helpers import WORK_TIMEOUT_MS, drop_files
import pytest

import fruitclassifier
from fruitclassifier.config import TrainConfig
from fruitclassifier.gui.about import AboutDialog, ShortcutsDialog
from fruitclassifier.gui.crash_dialog import CrashDialog
from fruitclassifier.gui.translation_audit import excepted, widget_texts
from fruitclassifier.gui.widgets.config_form import ConfigForm

OPEN, CLOSE = "⟦", "⟧"


def _tool(name: str) -> Path:
    import PySide6

    return next(p for folder in PySide6.__path__ for p in Path(folder).glob(f"{name}*") if p.is_file())


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory) -> Path:
    """Every source string of the package, translated as ⟦source⟧ (each plural form too)."""
    folder = tmp_path_factory.mktemp("pseudo")
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    subprocess.run([str(_tool("lupdate")), "-extensions", "py", "-locations", "none", "-silent", "-target-language",
                    "de_DE", str(Path(fruitclassifier.__file__).parent), "-ts", str(ts)], check=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source, translation = message.find("source").text or "", message.find("translation")
        translation.attrib.pop("type", None)
        pseudo = f"{OPEN}{source}{CLOSE}"
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo
        else:
            translation.text = pseudo
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_every_config_help_text_is_marked_for_translation():
    """The settings form's tooltips come from config.py's help texts, marked in gui/widgets/config_help.py."""
    import dataclasses

    from fruitclassifier.config import AugmentConfig, TuneConfig
    from fruitclassifier.gui.widgets.config_help import HELP_TEXTS

    helps = {f.metadata["help"] for cls in (TrainConfig, AugmentConfig, TuneConfig) for f in dataclasses.fields(cls)
             if f.metadata.get("help")}
    assert sorted(helps - set(HELP_TEXTS)) == []


def test_every_count_in_these_views_is_a_plural_the_translators_can_fill(pseudo_catalogue):
    """lupdate marks a "%n" message as a plural only for ``self.tr(text, "", n)`` (or a literal count): one
    filed as a plain message gets a single translation, and Russian needs three forms."""
    mine = {"CrashDialog", "TeachController", "TeachPanel", "TeachScore", "ThisIsDialog", "LiveView"}
    tree = ET.parse(pseudo_catalogue.with_suffix(".ts"))
    counts = [(context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes")
              for context in tree.iter("context") for message in context.iter("message")
              if context.findtext("name") in mine and "%n" in message.findtext("source")]
    assert len(counts) >= 9 and [c for c in counts if not c[2]] == []


@pytest.fixture
def pseudo(qapp, pseudo_catalogue):
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _bypassing(texts: list[str], names: set[str]) -> list[str]:
    return sorted({t for t in texts if OPEN not in t and not excepted(t, names) and t not in names})


def test_the_classify_teach_and_live_views_show_no_untranslated_text(pseudo, window, qtbot, tiny_folder, tmp_path):
    page = window.page("classify")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture")
    with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS):
        drop_files(page.drop_zone, [tiny_folder / "kiwi", broken])
    broken_row = page.results.row_of(str(broken))
    page.view.setCurrentIndex(page.results.index(broken_row))  # the detail pane says why it could not be read
    reason = page.detail.subtitle.text()
    assert reason.count(OPEN) == 2, reason  # "Could not read: {reason}" and the core's reason, each translated
    page.view.setCurrentIndex(page.results.index(1 - min(broken_row, 1)))
    page.teacher.teach_selected_as("kiwi")  # the teaching set's counts, a thumbnail and the added line
    from fruitclassifier.gui.live import attach

    live = attach.open_for(window, start=False)
    live.open_video(str(tmp_path / "missing.mp4"))  # a video that cannot be played: the live view says why
    with qtbot.waitSignal(live.failed, timeout=WORK_TIMEOUT_MS):
        pass
    names = {"tiny cnn", "Apple", "Banana", "Kiwi", "apple", "banana", "kiwi", "missing.mp4"}
    shown = widget_texts(page) + widget_texts(live)
    assert page.results.rowCount() >= 10 and any(OPEN in t for t in shown)
    assert _bypassing(shown, names) == []


def test_dialogs_and_the_settings_form_show_no_untranslated_text(pseudo, qtbot):
    crash = CrashDialog("/tmp/fruitclassifier.log")
    crash.add("Traceback (most recent call last):\nValueError: boom")
    assert crash.details.toPlainText().startswith("Traceback")  # the details keep the traceback itself
    widgets = [AboutDialog({}), ShortcutsDialog([]), crash, ConfigForm(TrainConfig())]
    texts = []
    for widget in widgets:
        qtbot.addWidget(widget)
        texts += widget_texts(widget)
    # the crash's own words and the versions table are data; the training settings' choices are names; a
    # standard button's "Close" is Qt's own (qtbase's catalogue, which the app loads beside ours)
    names = {"Close", "ValueError: boom", "custom_cnn", "compact_cnn", "efficientnet_lite0", "vgg16", "resnet50",
             "tensorflow", "torch", "tpe", "gp", "fruitclassifier"}
    assert _bypassing([t for t in texts if not t.startswith("Traceback")], names) == []


def test_the_pseudo_catalogue_covers_the_core_messages_the_views_show(pseudo):
    from fruitclassifier.core.teach.errors import TeachCancelled
    from fruitclassifier.gui.base.wording import user_text

    assert user_text(TeachCancelled()) == f"{OPEN}Teaching was cancelled; nothing was saved.{CLOSE}"
    assert escape(OPEN) == OPEN  # the brackets survive the rich-text labels unchanged
