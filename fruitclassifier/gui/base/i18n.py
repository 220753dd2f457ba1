"""Translating what the window shows: Qt's translators for the GUI's own strings (``self.tr`` and
``QCoreApplication.translate`` at the call site) and :func:`translated` for messages that come from the
Qt-free core as :class:`fruitclassifier.text.Text`.

Conventions (docs/architecture.md, "Translations"):
- a widget's own text: ``self.tr("Open a model…")``; fields as ``{name}`` filled in by ``.format()``
  after translating, never an f-string inside ``tr``;
- counts: ``QCoreApplication.translate("ClassName", "%n photo(s)", None, n)`` with the lexical class name
  (PySide6's ``self.tr(text, "", n)`` takes the *runtime* class as its context, so a subclass would miss);
- text outside a QObject (module functions, tables of labels): ``QCoreApplication.translate("Context", …)``
  or, where the string must sit in a table, ``QT_TRANSLATE_NOOP("Context", …)`` and translate on use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fruitclassifier.text import CORE_CONTEXT, Text


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
