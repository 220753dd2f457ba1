"""Which exceptions are the user's to fix (exit code 2, a plain message) rather than our bugs.

One rule for both faces: an exception is the user's fault when its *type* says so
(a ``UserError``, or an OS error naming a file the user chose); anything else is a bug,
shown as one short "unexpected error" line while its traceback goes to the log.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, a wrong file, a setting out of range.

    ``message`` is one line for people; ``next_step`` (optional) says what to do next.
    Every typed error of the core derives from this; anything else is a bug.
    """

    def __init__(self, message: str, next_step: str = "") -> None:
        self.message = message
        self.next_step = next_step
        super().__init__(join_sentences(message, next_step))


def join_sentences(message: str, next_step: str) -> str:
    """"not deleting 'x' without asking; add --yes ..." rather than the run-on "without asking add --yes":
    a message that ends without punctuation gets ". " before a capitalised next step, else "; "."""
    message, next_step = message.strip(), next_step.strip()
    if not message or not next_step:
        return message or next_step
    if message[-1] in ".:;!?…":
        return f"{message} {next_step}"
    return f"{message}{'. ' if next_step[0].isupper() else '; '}{next_step}"


#: The user's fault by type: our typed errors, and a missing or forbidden file the user named.
USER_ERROR_TYPES: tuple[type[BaseException], ...] = (UserError, FileNotFoundError, PermissionError)


def is_user_error(exc: BaseException) -> bool:
    """True when the user can fix what went wrong (decided by type, never by the text)."""
    return isinstance(exc, USER_ERROR_TYPES)


def first_line(exc: BaseException | str, limit: int = 0) -> str:
    """The first non-blank line of an exception's text ('' when it has none); longer than ``limit``
    (when given) it is cut to ``limit`` characters ending in "…".

    Library errors (TensorFlow, converters) are often pages long; people get their first line.
    """
    lines = str(exc).strip().splitlines()
    line = lines[0].strip() if lines else ""
    return line[: limit - 1] + "…" if limit and len(line) > limit else line


def user_message(exc: BaseException, details: str = "details are in the log") -> str:
    """The one line a person sees for ``exc``: a user error's message (with its next step) as it is;
    a bug as "unexpected error: Type: first line (``details``)"."""
    line = first_line(exc)
    if is_user_error(exc):
        return line or type(exc).__name__
    return f"unexpected error: {type(exc).__name__}{': ' + line if line else ''} ({details})"
