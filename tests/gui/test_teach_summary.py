"""What the teaching summary says: answers as the list shows them, and no percentage of one photo."""

from __future__ import annotations

from gui_helpers import show_sized

from fruitclassifier.gui.teach.jobs import changed_answers, score_line, shown_answer
from fruitclassifier.gui.widgets.result_list import ResultItem


def test_an_answer_still_not_one_of_mine_is_not_listed_as_changed():
    before_items = [ResultItem("milk", "milk_a.jpg", top=[("Pineapple 1", 0.2)], unknown=True),
                    ResultItem("pear", "pear.jpg", top=[("Banana 1", 0.9)])]
    before = {i.key: shown_answer(i) for i in before_items}
    after = [ResultItem("milk", "milk_a.jpg", top=[("Carrot", 0.3)], unknown=True),  # closest guess moved only
             ResultItem("pear", "pear.jpg", top=[("Pear", 0.8)])]
    assert changed_answers(before, after) == [("pear.jpg", "Banana 1", "Pear")]
    named = [ResultItem("milk", "milk_a.jpg", top=[("Milk", 0.8)])]
    assert changed_answers(before, named) == [("milk_a.jpg", "_other", "Milk")]  # shown as 'Not one of my fruits'


def test_a_score_of_one_photo_is_counted_not_turned_into_percentages():
    assert score_line({"before": 0.0, "after": 1.0, "held_back": 1}) == (
        "Held-back photos: 0 of 1 right before, 1 after (too few for a score; 5 or more give one).")
    assert (
        score_line({"before": 0.4, "after": 0.8, "held_back": 10}) == "Held-back photos: 40% → 80% right (10 photos)."
    )
    assert score_line({"before": None, "after": None, "held_back": 0}).startswith("Too few photos")


def test_the_score_covers_the_classes_not_taught_and_says_when_they_had_too_few():
    taught = {"before": 0.4, "after": 0.8, "held_back": 10}
    assert score_line({**taught, "others_before": 0.99, "others_after": 0.97, "others_held_back": 96}) == (
        "Held-back photos: 40% → 80% right (10 photos). Classes you did not teach: 99% → 97% right "
        "(96 set-aside images).")
    assert score_line({**taught, "others_before": 1.0, "others_after": 0.5, "others_held_back": 2}).endswith(
        "Classes you did not teach: 2 of 2 set-aside images right before, 1 after (too few for a score).")
    assert score_line({"before": None, "after": None, "held_back": 0, "others_before": 0.9, "others_after": 0.9,
                       "others_held_back": 40}).startswith("Too few photos per class")  # still said


def test_the_teaching_set_keeps_two_rows_and_the_panel_its_width_while_teaching(qtbot):
    from fruitclassifier.gui.teach.panel import TeachPanel

    panel = show_sized(qtbot, TeachPanel(), 300, 600)
    panel.set_busy(True, "Starting…")
    panel.progress_row.set_progress(0, 0, "Saving the new model and converting it for quick answers…")
    qtbot.wait(20)
    assert panel.photos.height() >= 2 * panel.photos.gridSize().height()  # it collapsed to one row
    assert panel.minimumSizeHint().width() <= 300  # a long step wraps (549 px before) instead of squeezing the detail


def test_going_back_names_a_model_with_an_ampersand_as_it_is(qtbot):
    """'Fruit & veg (default)' on a button: a lone '&' marks a shortcut letter and vanishes ("Fruit _veg")."""
    from fruitclassifier.gui.teach.panel import TeachPanel

    panel = show_sized(qtbot, TeachPanel(), 300, 600)
    panel.offer_going_back("Fruit & veg (default)")
    assert panel.back_button.text() == "Go back to “Fruit && veg (default)”"  # Qt shows "&&" as one "&"
