"""The comparison verdict: the best model, ties broken by speed, and who overfits (plain rows, no TensorFlow)."""

from fruitclassifier.core.verdict import OVERFIT_GAP, verdict


def _row(name, accuracy, ms=1.0, gap=None):
    return {"name": name, "accuracy": accuracy, "ms_per_image": ms, "train_val_gap": gap}


def test_the_more_accurate_model_is_named_best():
    text = verdict([_row("cnn", 0.91, gap=0.01), _row("resnet", 0.97, gap=0.02)])
    assert text.startswith("resnet is best on this folder (accuracy 0.970 vs 0.910).")
    assert "Neither overfits" in text


def test_a_tie_names_the_faster_model():
    text = verdict([_row("cnn", 0.950, ms=0.5, gap=0.0), _row("vgg", 0.952, ms=9.0, gap=0.0), _row("x", 0.5)])
    assert "vgg and cnn are about as accurate" in text and "cnn is faster (0.50 vs 9.00 ms" in text
    assert "Behind them: x 0.500." in text


def test_overfitting_is_called_out_above_the_gap():
    text = verdict([_row("cnn", 0.9, gap=OVERFIT_GAP / 2), _row("resnet", 0.8, gap=OVERFIT_GAP + 0.1)])
    assert "resnet overfits: train–val gap 0.15." in text and "cnn overfits" not in text


def test_no_history_and_no_rows():
    assert "cannot be judged" in verdict([_row("a", 0.5), _row("b", 0.4)])
    assert verdict([]) == ""
    assert verdict([_row("only", 0.99951, gap=0.0)]).startswith("only: accuracy 0.9995 on this folder.")
