"""The window's language (issue 32): which one it starts in, loading the catalogues, numbers and dates in it,
View › Language, and ``gui --self-test --lang`` counting what still shows in English."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
import pytest

from fruitclassifier.gui.base import i18n, settings

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("fc_translations", ROOT / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context><name>MainWindow</name>
<message><source>Classify</source><translation>Erkennen</translation></message>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
<message numerus="yes"><source>Copied %n result(s)</source>
<translation><numerusform>%n Ergebnis kopiert</numerusform><numerusform>%n Ergebnisse kopiert</numerusform>
</translation></message>
</context>
<context><name>LanguageMenu</name>
<message><source>Restart Now</source><translation>Jetzt neu starten</translation></message>
</context>
<context><name>Fruit</name>
<message><source>Banana</source><translation>Banane</translation></message>
<message><source>Kiwi</source><translation>Kiwi</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path, monkeypatch, qapp):
    """A small German catalogue compiled into a temporary translations folder, installed; English after."""
    (tmp_path / "fruitclassifier_de.ts").write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run([translations.qt_tool("lrelease"), "-silent", tmp_path / "fruitclassifier_de.ts",
                    "-qm", tmp_path / "fruitclassifier_de.qm"], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("de", qapp)
    yield tmp_path
    i18n.uninstall(qapp)


# --- which language -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("de", "de"), ("de_AT", "de"), ("de-DE", "de"), ("fr-CA", "fr"), ("ru_RU", "ru"), ("es_MX", "es"),
    ("zh_CN", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_TW", None), ("zh-Hant-HK", None),
    ("en_GB", "en"), ("C", None), ("pt_BR", None), ("", None), (None, None),
])
def test_codes_map_to_the_languages_we_ship(code, expected):
    assert i18n.normalise(code) == expected


def test_the_language_is_the_flag_then_the_saved_choice_then_the_system(monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.choose_language("ru", "de", QLocale("fr_FR")) == "ru"
    assert i18n.choose_language(None, "de", QLocale("fr_FR")) == "de"
    assert i18n.choose_language(None, "", QLocale("fr_FR")) == "fr"  # "System default"
    assert i18n.choose_language(None, "", QLocale("pt_BR")) == "en"  # not shipped: English
    assert i18n.choose_language(None, "", QLocale("C")) == "en"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "es")
    assert i18n.choose_language(None, "de", QLocale("fr_FR")) == "es"


def test_the_cli_and_the_build_name_the_same_languages_as_the_window():
    from fruitclassifier.cli.gui import LANGUAGE_CODES

    assert tuple(i18n.LANGUAGES) == LANGUAGE_CODES
    assert set(translations.LANGUAGES) == set(i18n.LANGUAGES) - {i18n.SOURCE_LANGUAGE}
    assert all(translations.ts_path(code).exists() for code in translations.LANGUAGES)


# --- loading ------------------------------------------------------------------------------------------


def test_an_installed_catalogue_translates_plurals_fruit_and_qt_s_own_buttons(german):
    assert i18n.current_language() == "de"
    assert QCoreApplication.translate("MainWindow", "Classify") == "Erkennen"
    assert QCoreApplication.translate("MainWindow", "Copied %n result(s)", None, 1) == "1 Ergebnis kopiert"
    assert QCoreApplication.translate("MainWindow", "Copied %n result(s)", None, 3) == "3 Ergebnisse kopiert"
    assert i18n.class_name("Banana") == "Banane"
    assert i18n.class_name("My own pear") == "My own pear"  # a user's class: as named
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de.qm from PySide6


def test_the_window_is_built_in_the_installed_language(german, qtbot):
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.sidebar.item(0).text() == "Erkennen"
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.sidebar.item(1).text() == "Train"  # not in this small catalogue: English shows


def test_numbers_percentages_and_dates_follow_the_language(german):
    import datetime

    assert i18n.number(1234.5, 1) == "1.234,5"
    assert i18n.number(3) == "3"
    assert i18n.percent(0.875) == "88\u00a0%"
    assert i18n.percent(0.8756, 1) == "87,6\u00a0%"
    assert i18n.date_time(datetime.datetime(2026, 3, 4, 15, 7)) == "04.03.26 15:07"
    assert i18n.join(["a", "b", "c"]) == "a, b und c"
    i18n.install("zh_CN")
    assert i18n.percent(0.5) == "50%" and i18n.join(["a", "b"]) == "a和b"
    i18n.install("fr")
    assert i18n.percent(0.5) == "50\u202f%" and i18n.number(1234.5, 1) == "1\u202f234,5"
    i18n.install("en")
    assert i18n.percent(0.5) == "50%" and i18n.number(1234.5, 1) == "1,234.5"


def test_a_missing_catalogue_leaves_the_window_in_english(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        assert not i18n.install("ru", qapp)
        assert QCoreApplication.translate("MainWindow", "Classify") == "Classify"
    finally:
        i18n.uninstall(qapp)


# --- View › Language -----------------------------------------------------------------------------------


def _language_menu(window):
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "Language")


def test_the_language_menu_names_each_language_in_itself_and_ticks_the_choice(qtbot):
    from fruitclassifier.gui.main_window import MainWindow

    settings.set_language("fr")
    window = MainWindow()
    qtbot.addWidget(window)
    actions = [a for a in _language_menu(window).actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["System default", "English", "Deutsch", "Español", "Français",
                                          "Русский", "简体中文"]
    assert [a.text() for a in actions if a.isChecked()] == ["Français"]
    assert all(a.isCheckable() for a in actions)


def test_choosing_a_language_remembers_it_and_asks_for_a_restart_only_when_it_changes(qtbot, monkeypatch):
    from fruitclassifier.gui import language_menu
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda win, code: asked.append(code))
    monkeypatch.setattr(i18n, "system_language", lambda system=None: "en")
    language = next(a for a in _language_menu(window).actions() if a.text() == "Deutsch")
    language.trigger()
    assert settings.language() == "de" and asked == ["de"]
    assert not language_menu.choose(window, "en")  # the window speaks English already: nothing to restart
    assert not language_menu.choose(window, "")  # the system's language is English here
    assert settings.language() == "" and asked == ["de"]


def test_the_restart_question_speaks_the_new_language(german, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fruitclassifier.gui import language_menu

    i18n.install("en")  # the window speaks English; German was just chosen
    shown = {}

    def fake_exec(box):
        shown["buttons"] = [b.text() for b in box.buttons()]
        shown["text"] = box.text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    language_menu.ask_restart(None, "de")
    assert "Jetzt neu starten" in shown["buttons"] and "Later" in shown["buttons"]  # "Later" not in the catalogue
    assert "Deutsch" in shown["text"]


def test_a_restart_runs_the_same_command_without_its_lang_flag():
    from fruitclassifier.gui import language_menu

    program, args = language_menu.restart_command(["-m", "fruitclassifier", "gui", "--lang", "de", "a.jpg"],
                                                  frozen=False)
    assert program == sys.executable and args == ["-m", "fruitclassifier", "gui", "a.jpg"]
    assert language_menu.restart_command(["gui", "--lang=ru"], frozen=True)[1] == ["gui"]


# --- the self-test's count --------------------------------------------------------------------------------


def test_the_audit_counts_english_left_in_a_window(german, qtbot):
    from fruitclassifier.gui import translation_audit as audit
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    shown = audit.window_texts(window)
    assert "Erkennen" in shown and "Datei" in shown and "Train" in shown
    i18n.install("en")
    english_window = MainWindow()
    qtbot.addWidget(english_window)
    english = audit.window_texts(english_window)
    missing = audit.untranslated(shown + ["Kiwi", "Banana", "photo_1.jpg", "TensorFlow 2.20 · CPU", "87 %"],
                                 english, "de")
    assert "Train" in missing and "Banana" in missing  # still English
    assert not {"Erkennen", "Datei", "Kiwi", "photo_1.jpg", "TensorFlow 2.20 · CPU", "87 %"} & set(missing)
    assert {"Classify", "File"} <= set(english)
    assert audit.excepted("Fruit & veg (default) · efficientnet_lite0 · 160 px", ["Fruit & veg (default)"])
    assert audit.excepted("Deutsch") and audit.excepted("tensorflow") and not audit.excepted("Custom CNN")


def test_the_qm_reader_sees_sources_contexts_and_translations(german):
    from fruitclassifier.gui import translation_audit as audit

    messages = audit.read_qm(german / "fruitclassifier_de.qm")
    assert ("Fruit", "Banana", ["Banane"]) in messages
    assert ("MainWindow", "Copied %n result(s)", ["%n Ergebnis kopiert", "%n Ergebnisse kopiert"]) in messages
    assert audit.same_on_purpose("de") == {"Kiwi"}


@pytest.mark.slow
def test_gui_self_test_with_lang_reports_what_is_still_english(tmp_path):
    """The real catalogues (built by the install, or here) and the real window: the keys are there."""
    translations.release(stale_only=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(i18n.LANGUAGE_ENV, None)
    done = subprocess.run([sys.executable, "-m", "fruitclassifier", "gui", "--self-test", "--lang", "de"],
                          capture_output=True, text=True, timeout=240, env=env, cwd=ROOT)
    line = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 0, (line, done.stderr[-3000:])
    assert line["language"] == "de" and line["font_for_language"] is True
    assert isinstance(line["untranslated"], int) and isinstance(line["untranslated_texts"], list)
    assert len(line["untranslated_texts"]) == min(line["untranslated"], 50)
    assert line["classified"] > 0 and line["errors"] == 0


@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_every_language_leaves_nothing_in_english(code, qapp, qtbot):
    """The self-test's count, in-process and without the photos: every page in ``code`` against English."""
    from fruitclassifier.gui import translation_audit as audit
    from fruitclassifier.gui.main_window import MainWindow

    translations.release(stale_only=True)
    english_window = MainWindow()
    qtbot.addWidget(english_window)
    english = audit.window_texts(english_window)
    try:
        assert i18n.install(code, qapp)
        window = MainWindow()
        qtbot.addWidget(window)
        missing = audit.untranslated(audit.window_texts(window), english, code)
    finally:
        i18n.uninstall(qapp)
    assert not missing, f"{len(missing)} texts still in English: {missing[:30]}"


def test_no_window_is_left_in_another_language(qapp):
    """Guard for the tests after these: the fixtures put English back."""
    assert i18n.current_language() == "en" and QApplication.instance() is qapp
