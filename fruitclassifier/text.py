"""English text that the window can still translate: the core and the CLI stay Qt-free and English,
while the GUI shows the same messages in the user's language.

The core writes ``Text(QT_TRANSLATE_NOOP("core", "Could not read {path}."), path=name)``: it *is* the
English string (a ``str``, so logs, the CLI and exceptions read as before) and it remembers its template
and fields, so ``fruitclassifier.gui.base.i18n.translated()`` can look the template up in the ``core``
context and fill the fields in afterwards. ``QT_TRANSLATE_NOOP`` does nothing at run time; its name is what
``pyside6-lupdate`` looks for when it collects the strings to translate, so the marker must be spelled out
at every call (never wrapped in a helper with another name).
"""

from __future__ import annotations

from typing import Any

#: The translation context of every message that comes from below the GUI.
CORE_CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    """Mark ``text`` for translation in ``context`` without translating it (Qt's own macro, for Python)."""
    return text


class Text(str):
    """A message in English that keeps its ``{field}`` template and the field values for translation."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Text:
        text = super().__new__(cls, template.format(**fields) if fields else template)
        text.template = template
        text.fields = fields
        return text


def joined(parts: list[str], separator: str = "; ") -> Text:
    """``parts`` as one message, "a; b; c" in English, each part translated on its own (the separator is no word)."""
    return Text(separator.join(f"{{part{i}}}" for i in range(len(parts))),
                **{f"part{i}": part for i, part in enumerate(parts)})
