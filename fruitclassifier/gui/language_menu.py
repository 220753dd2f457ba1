"""View › Language: "System default" or one of the languages the app ships, each named in itself, remembered.

The window is built in one language (gui/base/i18n.py installs it before the first widget), so a new choice
applies from the next start: the menu says so in the language chosen and offers to restart now. A restart
closes the window as Quit does (a running training is asked about first) and starts the same command again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from fruitclassifier.gui.base import i18n, settings
from fruitclassifier.text import QT_TRANSLATE_NOOP

CONTEXT = "LanguageMenu"  # spelled out at each call too: lupdate reads literals only


def add_to(parent_menu: QMenu, window: QWidget) -> QMenu:
    """The Language submenu, its choice ticked (the saved one: "" is "System default")."""
    menu = parent_menu.addMenu(QCoreApplication.translate("LanguageMenu", "Language"))
    group = QActionGroup(menu)
    saved = i18n.normalise(settings.language()) or ""
    choices = [("", QCoreApplication.translate("LanguageMenu", "System default"))] + list(i18n.LANGUAGES.items())
    for code, title in choices:
        action = QAction(title, menu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: choose(window, c))
        group.addAction(action)
        menu.addAction(action)
        if not code:
            menu.addSeparator()
    return menu


def choose(window: QWidget, code: str, ask: bool = True) -> bool:
    """Remember ``code`` ("" for the system's language); when that changes the language the window speaks,
    say it applies at the next start and offer to restart now. Returns whether a restart is needed."""
    settings.set_language(code)
    wanted = i18n.normalise(code) or i18n.system_language()
    if wanted == i18n.current_language():
        return False
    if ask:
        ask_restart(window, wanted)
    return True


# What the restart question says, looked up in the language just chosen (the catalogue loaded, not installed).
_ASK = {
    "title": QT_TRANSLATE_NOOP("LanguageMenu", "Language"),
    "text": QT_TRANSLATE_NOOP("LanguageMenu", "FruitClassifier speaks {language} from its next start."),
    "detail": QT_TRANSLATE_NOOP("LanguageMenu", "Restarting now closes the window as Quit does: photos in "
                                "Classify are not kept, a running training is asked about first."),
    "restart": QT_TRANSLATE_NOOP("LanguageMenu", "Restart Now"),
    "later": QT_TRANSLATE_NOOP("LanguageMenu", "Later"),
}


def _in(language: str, text: str) -> str:
    """``text`` in ``language`` when its catalogue has it, else in the language the window speaks now."""
    if language == i18n.SOURCE_LANGUAGE:
        return text
    translator = i18n.load_catalogue(language)
    found = translator.translate(CONTEXT, text) if translator is not None else ""
    return found or QCoreApplication.translate(CONTEXT, text)


def ask_restart(window: QWidget, language: str) -> None:
    """The choice applies at the next start: say so, in ``language``, and restart now if asked."""
    said = {key: _in(language, text) for key, text in _ASK.items()}
    box = QMessageBox(QMessageBox.Information, said["title"],
                      said["text"].format(language=i18n.LANGUAGES[language]), QMessageBox.NoButton, window)
    box.setInformativeText(said["detail"])
    restart = box.addButton(said["restart"], QMessageBox.AcceptRole)
    box.addButton(said["later"], QMessageBox.RejectRole)
    box.setDefaultButton(restart)
    box.exec()
    if box.clickedButton() is restart:
        restart_app(window)


def restart_command(argv: list[str] | None = None, frozen: bool | None = None) -> tuple[str, list[str]]:
    """The program and arguments that started this app, less ``--lang`` (it would win over the new choice).

    Frozen, the app itself with its arguments; else this Python with its own (``-m fruitclassifier``, or the
    ``fruitclassifier`` script's path), from ``sys.orig_argv``."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    args = list(argv if argv is not None else (sys.argv[1:] if frozen else sys.orig_argv[1:]))
    kept, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return sys.executable, kept


def restart_app(window: QWidget) -> bool:
    """Close ``window`` as Quit does and, once it closed, start the app again; False if it stayed open."""
    if not window.close():
        return False
    program, args = restart_command()
    process = QProcess()
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(i18n.LANGUAGE_ENV)  # a language forced for one run must not outlive it
    process.setProcessEnvironment(environment)
    process.setProgram(program)
    process.setArguments(args)
    started = process.startDetached()
    QApplication.instance().quit()
    return bool(started[0] if isinstance(started, tuple) else started)
