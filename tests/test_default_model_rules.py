"""The rules the default model's figures rest on: what counts right on a real photo, and the held-out split."""

from __future__ import annotations

from pathlib import Path
import sys

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from training.default_model import scores, split  # noqa: E402 - after the repository joins sys.path
from training.default_model.varieties import counts_right  # noqa: E402


@pytest.mark.parametrize(("truth", "answer", "right"), [
    ("Floury Potato", "Solid Potato", True), ("Solid Potato", "Floury Potato", True),
    ("Cantaloupe", "Galia Melon", True), ("Galia Melon", "Honeydew Melon", False),
    ("Vine Tomato", "Tomato 1", True), ("Tomato 1", "Beef Tomato", True),
    ("Apple Granny Smith", "Apple Golden 1", True), ("Apple 10", "Apple Royal Gala", True),
    ("Apple Golden 1", "Apple Granny Smith", False),  # a golden apple must be called golden
    ("Orange 1", "Satsuma", False), ("Red Bell Pepper", "Yellow Bell Pepper", False),
    ("Tomato 1", "Apple Royal Gala", False), ("Carrot", "not one of mine", False), ("Lime", "Lime", True),
])
def test_variety_rule(truth, answer, right):
    assert counts_right(truth, answer) is right


def test_refusal_counts_wrong_and_sinks_are_shares_of_wrong_answers():
    names = ["Apple Golden 1", "Floury Potato", "Solid Potato", "_other"]
    probs = np.array([[0.9, 0.05, 0.0, 0.05],    # golden apple, right
                      [0.0, 0.2, 0.7, 0.1],      # floury potato called solid: right by the rule, not strictly
                      [0.05, 0.0, 0.05, 0.9],    # solid potato refused: wrong
                      [0.1, 0.7, 0.1, 0.1]])     # golden apple called a potato: wrong
    truths = ["Apple Golden 1", "Floury Potato", "Solid Potato", "Apple Golden 1"]
    known = scores.known_probability(probs, names)  # the app's score: the solid potato scores lowest
    assert known.argmin() == 2
    threshold = (known[2] + np.delete(known, 2).min()) / 2  # refuses the solid potato only
    fig = scores.real_photo_figures(probs, truths, names, threshold=threshold)
    assert fig["per_class"] == {"Apple Golden 1": 0.5, "Floury Potato": 1.0, "Solid Potato": 0.0}
    assert fig["per_class_strict"]["Floury Potato"] == 0.0
    assert fig["known_refused"] == 0.25 and fig["wrong_answers"] == 2
    assert fig["largest_sink"][1] == 0.5  # each wrong answer is a different label


def test_split_is_by_name_and_disjoint(tmp_path):
    files = [tmp_path / "Kiwi" / f"k{i}.jpg" for i in range(20)]
    parts = split.split_group(files)
    assert len(parts["holdout"]) == 5 and len(parts["val"]) == 2 and len(parts["fit"]) == 13
    assert not set(parts["holdout"]) & (set(parts["val"]) | set(parts["fit"]))
    again = split.split_group(list(reversed(files)) + [tmp_path / "Kiwi" / "new.jpg"])
    assert set(parts["holdout"]) - set(again["holdout"]) <= {parts["holdout"][-1]}  # a new photo moves at most one


def test_committed_holdout_list_matches_the_data():
    if not split.GROCERY.is_dir():
        pytest.skip("the shared data sets are not here")
    assert split.LIST_FILE.read_text(encoding="utf-8").splitlines() == split.holdout_lines()
