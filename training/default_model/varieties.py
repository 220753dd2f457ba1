"""When an answer names the right produce though not the exact variety: the rule the real-photo figure uses.

Some varieties cannot be told apart on a shelf by eye, so the headline real-photo accuracy counts these as
right (the strict figure, reported beside it, does not):
- a floury potato for a solid one and back; a cantaloupe for a galia melon and back;
- any tomato for a tomato (plain, beef, vine);
- any apple for a non-golden apple (a golden apple must be called golden).
"""

from __future__ import annotations

POTATOES = frozenset({"Floury Potato", "Solid Potato"})
MELONS = frozenset({"Cantaloupe", "Galia Melon"})
TOMATOES = frozenset({"Tomato 1", "Beef Tomato", "Vine Tomato"})
GOLDEN_APPLE = "Apple Golden 1"


def is_apple(name: str) -> bool:
    return name.startswith("Apple ")


def counts_right(truth: str, answer: str) -> bool:
    """True when ``answer`` is ``truth`` or a variety the eye cannot tell from it (rules above)."""
    if answer == truth:
        return True
    for group in (POTATOES, MELONS, TOMATOES):
        if truth in group and answer in group:
            return True
    return is_apple(truth) and truth != GOLDEN_APPLE and is_apple(answer)
