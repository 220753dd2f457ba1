"""How the window words an exception in the user's language.

``user_text(exc)`` is ``errors.user_message(exc)`` translated: a ``UserError``'s message and next step are
looked up separately (each may be a :class:`fruitclassifier.text.Text`, whose fields may be ``Text`` too,
as an image's "{name}: {reason}"), then joined as the core joins them, with a full stop of any script.
"""

from __future__ import annotations

import re

from fruitclassifier.errors import UserError, first_line, is_user_error, join_sentences, user_message
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: A sentence that already ends here needs no ". " or "; " before the next step (the CJK marks included).
_ENDS = ".:;!?…。！？：；"
_WIDE_ENDS = "。！？：；"
_PLURAL_S = re.compile(r"\((e?s)\)")
UNEXPECTED = QT_TRANSLATE_NOOP("core", "unexpected error: {error} (details are in the log)")


def deep_translated(message: str) -> str:
    """``translated`` for a message whose fields may themselves be ``Text`` (translated first)."""
    if isinstance(message, Text) and message.fields:
        fields = {key: deep_translated(value) if isinstance(value, Text) else value
                  for key, value in message.fields.items()}
        message = _with_fields(message, fields)
    return translated(message)


def _with_fields(message: Text, fields: dict) -> Text:
    text = Text.__new__(Text, message.template)  # the template alone: formatting again would be wasted work
    text.fields = fields
    return text


def join(message: str, next_step: str) -> str:
    """``errors.join_sentences`` for translated sentences: a full stop of any script ends a sentence."""
    message, next_step = message.strip(), next_step.strip()
    if not message or not next_step:
        return message or next_step
    if message[-1] in _WIDE_ENDS:
        return message + next_step
    if message[-1] in _ENDS:
        return f"{message} {next_step}"
    return join_sentences(message, next_step)


def user_text(exc: BaseException) -> str:
    """The one line a person sees for ``exc``, in the user's language (``errors.user_message`` in English)."""
    if isinstance(exc, UserError):
        line = first_line(join(deep_translated(exc.message), deep_translated(exc.next_step)))
        return line or type(exc).__name__
    if is_user_error(exc):  # a missing or forbidden file: the OS's own words
        return user_message(exc)
    line = first_line(exc)
    error = f"{type(exc).__name__}{': ' + line if line else ''}"
    return translated(Text(UNEXPECTED, error=error))


def counted(text: str, n: int) -> str:
    """A ``%n`` message as English reads it while no catalogue answered: Qt gives the source back with the
    count filled in ("1 photo(s)"), which becomes "1 photo" / "3 photos". A translation has no "(s)" left.

    Use: ``counted(self.tr("%n photo(s)", "", n), n)`` in a class that is not subclassed: lupdate files a
    ``self.tr`` with a count as a plural, but never ``QCoreApplication.translate(…, n)`` unless ``n`` is a
    literal (and it skips that call altogether when ``n`` is an expression such as ``len(x)``)."""
    return _PLURAL_S.sub(lambda match: match.group(1) if n != 1 else "", text)
