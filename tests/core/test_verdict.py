"""The comparison verdict: the best model, ties broken by speed, and who overfits (plain rows, no TensorFlow)."""

from fruitclassifier.core.evaluation.verdict import (
    FAILS_ON_VALIDATION,
    FITS,
    GAP_ONLY,
    OVERFITS,
    OVERFIT_GAP,
    diagnose_fit,
    verdict,
)


def _row(name, accuracy, ms=1.0, gap=None, fit=FITS):
    return {"name": name, "accuracy": accuracy, "ms_per_image": ms, "train_val_gap": gap, "fit": fit}


def test_the_more_accurate_model_is_named_best():
    text = verdict([_row("cnn", 0.91, gap=0.01), _row("resnet", 0.97, gap=0.02)])
    assert text.startswith("resnet is best on this folder (accuracy 0.970 vs 0.910).")
    assert "Neither overfits" in text


def test_a_tie_names_the_faster_model():
    text = verdict([_row("cnn", 0.950, ms=0.5, gap=0.0), _row("vgg", 0.952, ms=9.0, gap=0.0), _row("x", 0.5)])
    assert "vgg and cnn are about as accurate" in text and "cnn is faster (0.50 vs 9.00 ms" in text
    assert "Behind them: x 0.500." in text


def test_overfitting_is_called_out_above_the_gap():
    text = verdict([_row("cnn", 0.9, gap=OVERFIT_GAP / 2), _row("resnet", 0.8, gap=OVERFIT_GAP + 0.1, fit=OVERFITS)])
    assert "resnet overfits: train–val gap 0.15 and validation loss rising." in text and "cnn overfits" not in text


def test_a_model_failing_on_validation_from_the_start_is_not_called_overfitting():
    text = verdict([_row("cnn", 0.99, gap=0.0), _row("compact", 0.18, gap=0.81, fit=FAILS_ON_VALIDATION)])
    assert "Neither overfits. compact fails on validation from the start (train–val gap 0.81" in text
    assert "compact overfits" not in text


def test_diagnosis_overfits_only_when_validation_loss_rises():
    # train accuracy rises, validation falls behind and its loss rises after epoch 2: overfitting
    overfit = diagnose_fit({"accuracy": [0.6, 0.8, 0.95, 0.99], "val_accuracy": [0.58, 0.75, 0.8, 0.8],
                            "loss": [1.0, 0.6, 0.2, 0.05], "val_loss": [1.0, 0.7, 0.8, 0.95]})
    assert overfit.kind == OVERFITS and "risen since epoch 2 (0.700 → 0.950)" in overfit.reason
    # validation accuracy low from epoch 1 and its loss never rises: it fails on validation, it does not overfit
    failing = diagnose_fit({"accuracy": [0.9, 0.998], "val_accuracy": [0.19, 0.19],
                            "loss": [0.5, 0.01], "val_loss": [2.4, 2.3]})
    assert failing.kind == FAILS_ON_VALIDATION and "not overfitting" in failing.reason


def test_diagnosis_without_a_gap_or_without_validation_loss():
    assert diagnose_fit({"accuracy": [0.9, 0.95], "val_accuracy": [0.88, 0.93], "val_loss": [0.3, 0.5]}).kind == FITS
    assert diagnose_fit({}).kind == FITS and diagnose_fit({}).reason == ""
    assert diagnose_fit({"accuracy": [0.8, 0.95], "val_accuracy": [0.78, 0.8]}).kind == GAP_ONLY


def test_no_history_and_no_rows():
    assert "cannot be judged" in verdict([_row("a", 0.5), _row("b", 0.4)])
    assert verdict([]) == ""
    assert verdict([_row("only", 0.99951, gap=0.0)]).startswith("only: accuracy 0.9995 on this folder.")


def _folder_row(name, accuracy, best_val, gap=0.0, loss=None):
    return {**_row(name, accuracy, gap=gap), "best_val_accuracy": best_val, "val_test_gap": best_val - accuracy,
            "loss": loss}


def test_perfect_validation_and_a_poor_folder_score_is_overfitting():
    """Issue 26.2: val 1.000 and Test 0.339 was called 'None overfits'."""
    rows = [_folder_row("compact_cnn", 0.339, 1.0), _folder_row("default", 0.93, 0.95),
            _folder_row("resnet", 0.91, 0.93)]
    text = verdict(rows)
    assert "compact_cnn overfits: validation accuracy 1.000 but 0.339 on this folder" in text
    assert "None overfits" not in text and "default overfits" not in text


def test_stars_go_to_clear_winners_on_the_folder_never_to_gaps_ties_or_missing_losses():
    from fruitclassifier.core.evaluation.report import best_per_column

    rows = [{**_folder_row("compact_cnn", 0.339, 1.0, gap=0.0, loss=2.9), "macro_f1": 0.3, "size_mb": 10.0},
            {**_folder_row("default", 0.93, 0.95, gap=0.02, loss=0.31), "macro_f1": 0.9, "size_mb": 10.1}]
    best = best_per_column(rows)
    assert best["accuracy"] == 1 and best["loss"] == 1  # the best folder loss, not the least accurate model
    assert "train_val_gap" not in best and "val_test_gap" not in best  # a small gap is no achievement
    assert "size_mb" not in best  # 10.0 vs 10.1 MB: a tie
    rows[1]["loss"] = None  # a result cached without the probabilities a loss needs
    assert "loss" not in best_per_column(rows)
