"""Translating what the window shows: Qt's translators for the GUI's own strings (``self.tr`` and
``QCoreApplication.translate`` at the call site) and :func:`translated` for messages that come from the
Qt-free core as :class:`fruitclassifier.text.Text`; numbers, percentages and dates in the user's language.

Conventions (docs/translations/README.md, "For developers"):
- a widget's own text: ``self.tr("Open a model…")``; fields as ``{name}`` filled in by ``.format()``
  after translating, never an f-string inside ``tr``;
- counts: ``ClassName.tr("%n photo(s)", "", n)``, ``tr`` called on the class itself (a QObject subclass of
  the module, e.g. the widget the text belongs to): lupdate then files it under "ClassName" as a plural message
  (numerus), and at run time the context is "ClassName" for subclasses too. Not
  ``QCoreApplication.translate(ctx, "%n …", None, n)``: pyside6-lupdate (6.11) files that as a plain message, so
  Russian could not get its three forms; and not ``self.tr(text, "", n)`` in a class that is subclassed (PySide6
  looks it up under the *runtime* class);
- text outside a QObject (module functions, tables of labels): ``QCoreApplication.translate("Context", …)``
  or, where the string must sit in a table, ``QT_TRANSLATE_NOOP("Context", …)`` and translate on use;
- numbers shown to people: :func:`number`, :func:`percent`, :func:`date_time` (never ``f"{x:.0%}"``);
- a class name shown to people: :func:`class_name` (the bundled model's fruit names are translated,
  a user's own classes stay as they are).

The language is chosen once, at start (:func:`install`): ``--lang``, else $FRUITCLASSIFIER_LANGUAGE, else
View › Language's saved choice, else the system's language when we ship it, else English.
"""

from __future__ import annotations

from collections.abc import Iterable
import datetime as _dt
import os
from pathlib import Path
import sys

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from fruitclassifier import paths
from fruitclassifier.text import CORE_CONTEXT, Text

#: The languages the app ships, each named in itself (View › Language lists them in this order).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh_CN": "简体中文",
}
SOURCE_LANGUAGE = "en"  # the strings in the code; no catalogue of its own
CATALOGUE = "fruitclassifier"  # resources/translations/fruitclassifier_<code>.qm
LANGUAGE_ENV = "FRUITCLASSIFIER_LANGUAGE"  # tests and screenshots: a language code, over the saved choice
FRUIT_CONTEXT = "Fruit"  # the bundled model's class names (gui/base/fruit_names.py)

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer to an installed translator
_language = SOURCE_LANGUAGE


def translated(message: str, context: str = CORE_CONTEXT) -> str:
    """``message`` in the user's language when a translation is loaded, else as it is.

    A :class:`Text` is looked up by its template and its fields are filled in afterwards; a plain string
    is looked up as it is (a fixed core message marked with ``QT_TRANSLATE_NOOP``)."""
    if isinstance(message, Text):
        template = QCoreApplication.translate(context, message.template)
        try:
            return template.format(**message.fields) if message.fields else template
        except (KeyError, IndexError, ValueError):  # a translation with broken fields: English, not a crash
            return str(message)
    return QCoreApplication.translate(context, message) if message else message


def class_name(name: str) -> str:
    """A class's display name (core/inference/display_names.py) as the user reads it: the bundled model's
    fruit and vegetable names and "Not one of my fruits" translated, any other class (a user's own) as is."""
    return QCoreApplication.translate(FRUIT_CONTEXT, name) if name else name


# --- which language -------------------------------------------------------------------------------------


def translations_dir() -> Path:
    """Our compiled catalogues: resources/translations (built from the .ts files, packaging/translations.py)."""
    return paths.resource_path("translations")


def qt_translations_dir() -> Path:
    """Qt's own catalogues (qtbase_<code>.qm: standard dialogs and buttons), shipped with PySide6; in the frozen
    app PyInstaller's QtCore hook collects them into PySide6/Qt/translations, where Qt is told to look."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and not folder.is_dir():
        folder = Path(frozen_root) / "PySide6" / "Qt" / "translations"
    return folder


def normalise(code: str | None) -> str | None:
    """A code we ship for ``code`` ("de", "de_AT", "de-DE", "zh-Hans-CN", "zh_CN"), or None."""
    if not code:
        return None
    if code in LANGUAGES:
        return code
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Chinese:  # only Simplified: Traditional readers get English, not guesses
        simplified = locale.script() == QLocale.SimplifiedHanScript or "hans" in code.lower()
        return "zh_CN" if simplified and "hant" not in code.lower() else None
    short = QLocale.languageToCode(locale.language()) if locale.language() != QLocale.C else ""
    return short if short in LANGUAGES else None


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's preferred languages that we ship, else English."""
    system = system or QLocale.system()
    for candidate in [*system.uiLanguages(), system.name()]:
        code = normalise(candidate)
        if code:
            return code
    return SOURCE_LANGUAGE


def choose_language(requested: str | None = None, saved: str | None = None, system: QLocale | None = None) -> str:
    """The language to start in: ``requested`` (--lang), $FRUITCLASSIFIER_LANGUAGE, ``saved`` (View ›
    Language; "" is "System default"), the system's; an unknown code falls through to the next."""
    for candidate in (requested, os.environ.get(LANGUAGE_ENV), saved):
        code = normalise(candidate)
        if code:
            return code
    return system_language(system)


def current_language() -> str:
    """The code of the language the window speaks (``install``'s choice; English before it ran)."""
    return _language


# --- loading --------------------------------------------------------------------------------------------


def catalogue_path(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.qm"


def install(code: str, app: QCoreApplication | None = None) -> bool:
    """Speak ``code`` from now on: our catalogue and Qt's qtbase installed (the previous ones removed) and
    QLocale's default set, so numbers and dates follow. Returns whether our catalogue was found (English
    needs none). Widgets made before this call keep their text (the window is built after it)."""
    global _language
    app = app or QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = normalise(code) or SOURCE_LANGUAGE
    _language = code
    QLocale.setDefault(locale_for(code))
    if code == SOURCE_LANGUAGE:
        return True
    found = False
    for name, folder in ((CATALOGUE, translations_dir()), ("qtbase", qt_translations_dir())):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            found = found or name == CATALOGUE
    return found


def uninstall(app: QCoreApplication | None = None) -> None:
    """Back to the strings in the code and the system's locale (tests that installed a language)."""
    global _language
    app = app or QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale.system())


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks ``code`` (keeps de_AT's or en_GB's habits), else ``code``'s
    (English: en_US, also for the POSIX "C" locale, whose dates read "4 03 2026")."""
    system = system or QLocale.system()
    if normalise(system.name()) == code:
        return system
    return QLocale("en_US" if code == SOURCE_LANGUAGE else code)


def load_catalogue(code: str) -> QTranslator | None:
    """``code``'s catalogue loaded but not installed (a message in the language about to be chosen)."""
    translator = QTranslator()
    return translator if translator.load(f"{CATALOGUE}_{code}", str(translations_dir())) else None


# --- numbers and dates in the user's language -----------------------------------------------------------

# Where the sign goes, by language (CLDR): a no-break space before it in German, Spanish and Russian,
# a narrow one in French, none in English and Chinese.
_PERCENT_PATTERNS = {QLocale.German: "{}\u00a0%", QLocale.Spanish: "{}\u00a0%", QLocale.Russian: "{}\u00a0%",
                     QLocale.French: "{}\u202f%"}


def number(value: float, decimals: int | None = None) -> str:
    """``value`` with the language's decimal and group separators: number(1234.5, 1) is "1.234,5" in German.
    Integers (and ``decimals=None`` with a whole value) print without decimals."""
    locale = QLocale()
    if decimals is None:
        if float(value).is_integer() and abs(value) < 2**53:
            return locale.toString(int(value))
        return locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 0) -> str:
    """``fraction`` (0.875) as a percentage in the user's language: "88%", German "88 %", French "88 %"."""
    locale = QLocale()
    digits = locale.toString(float(fraction) * 100, "f", decimals)
    return _PERCENT_PATTERNS.get(locale.language(), "{}%").format(digits).replace("%", locale.percent())


def date_time(value: _dt.datetime | _dt.date | float, long: bool = False) -> str:
    """A date and time (a datetime, a date, or a POSIX timestamp) in the language's short (or long) format."""
    locale = QLocale()
    form = QLocale.LongFormat if long else QLocale.ShortFormat
    if isinstance(value, (int, float)):
        return locale.toString(QDateTime.fromSecsSinceEpoch(int(value)), form)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return locale.toString(QDateTime(value), form)
    return locale.toString(value, form)


def join(items: Iterable[str]) -> str:
    """Items as a list in running text ("a, b and c"; Chinese "a、b和c"), by QLocale."""
    return QLocale().createSeparatedList(list(items))
