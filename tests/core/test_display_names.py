"""The naming rule: one friendly name per class id, the same wherever a person reads it."""

from __future__ import annotations

import pytest

from fruitclassifier.core.inference.display_names import FRIENDLY_NAMES, display_name, display_names
from fruitclassifier.core.inference.open_set import OTHER_CLASS, UNKNOWN_LABEL

#: The classes of the real shop photo set and the Fruits-360 classes the default model will know.
SHOP_AND_FRUITS360 = [
    "Apple Golden 1", "Apple Granny Smith", "Apple Pink Lady", "Apple Red Delicious", "Apple Royal Gala",
    "Asparagus", "Aubergine", "Banana 1", "Beef Tomato", "Brown Cap Mushroom", "Cabbage", "Cantaloupe", "Carrot",
    "Cucumber", "Floury Potato", "Galia Melon", "Garlic", "Ginger", "Green Bell Pepper", "Honeydew Melon",
    "Kiwi 1", "Leek", "Lemon 1", "Lime", "Mango 1", "Nectarine", "Orange 1", "Orange Bell Pepper", "Papaya",
    "Peach", "Pineapple 1", "Red Beet", "Red Bell Pepper", "Red Grapefruit", "Satsuma", "Solid Potato",
    "Sweet Potato", "Tomato 1", "Vine Tomato", "Watermelon", "Yellow Bell Pepper", "Yellow Onion", "Zucchini",
    "Apple 10", "Apple 11", "Apple 12", "Grape White 1", "Strawberry 1",
]


def test_every_known_class_has_a_distinct_friendly_name_without_variety_numbers():
    names = display_names([*SHOP_AND_FRUITS360, OTHER_CLASS])
    assert set(SHOP_AND_FRUITS360) <= set(FRIENDLY_NAMES)
    assert len(set(names.values())) == len(names)  # no two classes read alike
    assert names[OTHER_CLASS] == UNKNOWN_LABEL
    assert names["Banana 1"] == "Banana" and names["Apple Golden 1"] == "Golden apple"
    assert {names[f"Apple {n}"] for n in (10, 11, 12)} == {"Red apple (10)", "Red apple (11)", "Red apple (12)"}
    assert not [n for n in names.values() if n[-1].isdigit()]  # "Banana 1"-style ids never shown


@pytest.mark.parametrize(("class_id", "siblings", "shown"), [
    ("Pear", [], "Pear"),  # a user's own class: left alone
    ("Plum 1", [], "Plum"),  # id-derived fallback for classes outside the table
    ("Plum 1", ["Plum 2"], "Plum 1"),  # the user's varieties stay apart
    ("Banana 1", ["Banana 2"], "Banana 1"),
    ("Cherry Black 1", [], "Black cherry"),
])
def test_ids_outside_the_table_follow_the_general_rule(class_id, siblings, shown):
    assert display_name(class_id, [class_id, *siblings]) == shown


def test_two_ids_that_would_read_alike_keep_their_ids():
    assert display_names(["Banana 1", "Banana"]) == {"Banana 1": "Banana 1", "Banana": "Banana"}
