"""'Not one of my fruits', 'Not sure' and display names: the three answers a user can get."""

from __future__ import annotations

import numpy as np
import pytest

from fruitclassifier.core.inference.classifier import Prediction
from fruitclassifier.core.inference.display_names import display_name, display_names
from fruitclassifier.core.inference.open_set import OTHER_CLASS, UNKNOWN_LABEL, OpenSet

CLASSES = ["Banana 1", "Kiwi 1", OTHER_CLASS]


def test_open_set_comes_from_metadata_and_needs_the_class():
    meta = {"open_set": {"other_class": OTHER_CLASS, "threshold": 0.4}}
    assert OpenSet.from_metadata(meta, CLASSES) == OpenSet(2, 0.4)
    assert not OpenSet.from_metadata(meta, ["Banana 1", "Kiwi 1"]).enabled  # class missing: no open set
    assert not OpenSet.from_metadata({}, CLASSES).enabled
    assert OpenSet.from_metadata({"open_set": {"threshold": "high"}}, CLASSES).threshold == 0.5  # bad value


def test_refusal_levels_come_from_metadata_and_change_only_the_threshold():
    meta = {"open_set": {"other_class": OTHER_CLASS, "threshold": 0.5,
                         "levels": {"rarely": 0.2, "balanced": 0.5, "readily": 0.8, "loud": 0.99}}}
    rules = OpenSet.from_metadata(meta, CLASSES)
    probs = np.array([0.6, 0.05, 0.35])  # known 0.65
    assert not rules.is_unknown(probs) and not rules.at_level("rarely").is_unknown(probs)
    assert rules.at_level("readily").is_unknown(probs) and rules.at_level("readily").threshold == 0.8
    assert dict(rules.levels) == {"rarely": 0.2, "balanced": 0.5, "readily": 0.8}  # unknown names dropped
    single = OpenSet.from_metadata({"open_set": {"other_class": OTHER_CLASS, "threshold": 0.4}}, CLASSES)
    assert single.at_level("readily").threshold == 0.4  # a model without levels keeps its one threshold
    bad = {"open_set": {"other_class": OTHER_CLASS, "levels": {"rarely": "low", "readily": 2.0}}}
    assert OpenSet.from_metadata(bad, CLASSES).levels == ()
    with pytest.raises(ValueError, match="rarely, balanced, readily"):
        rules.at_level("often")


def test_known_probability_and_unknown_by_hand():
    open_set = OpenSet(2, 0.4)
    probs = np.array([0.2, 0.1, 0.7])  # mostly "other": known 0.3 < 0.4
    assert open_set.known_probability(probs) == pytest.approx(0.3)
    assert open_set.is_unknown(probs)
    assert not open_set.is_unknown(np.array([0.5, 0.1, 0.4]))  # known 0.6
    assert open_set.fruit_order(np.array([0.1, 0.2, 0.7])) == [1, 0]  # "other" is never a fruit to name


def test_a_top_fruit_score_refuses_answers_spread_over_look_alikes():
    """The bundled model's score: the top fruit's probability softened by a temperature. A photo the model
    splits between two fruits (as it does for a fruit it never saw) scores low although p(other) is tiny."""
    meta = {"open_set": {"other_class": OTHER_CLASS, "threshold": 0.5,
                         "score": {"kind": "top_fruit", "temperature": 5.0}}}
    rules = OpenSet.from_metadata(meta, CLASSES)
    assert rules.score_temperature == 5.0
    sure, split, other = np.array([0.98, 0.019, 0.001]), np.array([0.55, 0.449, 0.001]), np.array([0.1, 0.1, 0.8])
    assert OpenSet(2, 0.5).known_probability(split) > 0.99  # 1 - p(other) cannot tell it from a sure answer
    assert rules.known_probability(sure) > 0.5 > rules.known_probability(split) > rules.known_probability(other)
    assert not rules.is_unknown(sure) and rules.is_unknown(split) and rules.is_unknown(other)
    batch = np.stack([sure, split, other])
    np.testing.assert_allclose(rules.known_probabilities(batch), [rules.known_probability(p) for p in batch])
    # softening by T is softmax(log p / T): by hand for the split photo
    soft = np.array([0.55, 0.449, 0.001]) ** (1 / 5)
    assert rules.known_probability(split) == pytest.approx(soft[0] / soft.sum())


@pytest.mark.parametrize("score", [{"kind": "energy", "temperature": 5}, {"kind": "top_fruit", "temperature": "5"},
                                   {"kind": "top_fruit", "temperature": -1}, {"kind": "top_fruit", "temperature": True},
                                   {"kind": "top_fruit"}, "top_fruit", None])
def test_an_unknown_or_broken_score_falls_back_to_one_minus_other(score):
    meta = {"open_set": {"other_class": OTHER_CLASS, "threshold": 0.4, "score": score}}
    rules = OpenSet.from_metadata(meta, CLASSES)
    assert rules.score_temperature == 0.0
    assert rules.known_probability(np.array([0.55, 0.449, 0.001])) == pytest.approx(0.999)


def test_models_without_the_class_never_say_unknown():
    open_set = OpenSet()
    assert open_set.known_probability(np.array([0.5, 0.5])) is None
    assert not open_set.is_unknown(np.array([0.5, 0.5]))


def test_prediction_states_are_distinct():
    sure = Prediction("a.jpg", [("Banana 1", 0.9)], known_probability=0.95)
    unsure = Prediction("b.jpg", [("Banana 1", 0.45), ("Kiwi 1", 0.4)], known_probability=0.85)
    unknown = Prediction("c.jpg", [("Banana 1", 0.2)], known_probability=0.1, unknown=True)
    broken = Prediction("d.jpg", error="not an image")
    assert [p.state for p in (sure, unsure, unknown, broken)] == ["sure", "unsure", "unknown", "error"]
    assert not unknown.unsure  # "not one of mine" is not "not sure"
    row = unknown.to_dict()
    assert row["unknown"] is True and row["known_probability"] == 0.1 and row["unsure"] is False
    assert row["top"][0] == {"label": "Banana 1", "name": "Banana", "probability": 0.2}


@pytest.mark.parametrize(("class_id", "siblings", "shown"), [
    ("Banana 1", [], "Banana"),
    ("Apple Golden 1", ["Apple 10"], "Golden apple"),
    ("Grape White 1", [], "White grape"),
    ("Apple 10", ["Apple 11"], "Red apple (10)"),  # varieties stay apart
    ("Apple 1", ["Apple 2"], "Apple 1"),
    ("Pear", [], "Pear"),  # a user's own class name is left alone
    (OTHER_CLASS, [], UNKNOWN_LABEL),
])
def test_display_names(class_id, siblings, shown):
    assert display_name(class_id, [class_id, *siblings]) == shown


def test_display_names_keep_ids_as_keys():
    names = display_names(["Kiwi 1", "Tomato 1"])
    assert names == {"Kiwi 1": "Kiwi", "Tomato 1": "Tomato"}
