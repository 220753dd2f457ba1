"""The plain-language verdicts: how a run's curves look (``diagnose_fit``) and which model is better on a
folder (``verdict``).

One rule for the live Train view's badge, the Compare page, ``fruitclassifier compare`` and the report
folder, so all of them say the same thing. ``verdict`` works on the rows of core.report.comparison_rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: A final training accuracy this much above the validation accuracy is a gap worth explaining.
OVERFIT_GAP = 0.05

#: What diagnose_fit may find (FitDiagnosis.kind).
OVERFITS, FAILS_ON_VALIDATION, GAP_ONLY, FITS = "overfits", "fails_on_validation", "gap", ""


@dataclass(frozen=True)
class FitDiagnosis:
    """``kind``: OVERFITS, FAILS_ON_VALIDATION, GAP_ONLY (under two epochs of validation loss: cannot tell) or FITS
    (no gap, or no history to judge); ``reason``: one sentence for people ('' for FITS)."""

    kind: str = FITS
    reason: str = ""


def diagnose_fit(history: Mapping[str, Sequence[float]]) -> FitDiagnosis:
    """Overfitting only when validation accuracy is far below training accuracy *and* validation loss
    has risen from its best epoch. A model far below on validation whose validation loss does not rise
    was never working on unseen images (a broken split, preprocessing or BatchNorm statistics): more
    regularisation would not help it, so it is named differently."""
    acc, val_acc = list(history.get("accuracy", [])), list(history.get("val_accuracy", []))
    n = min(len(acc), len(val_acc))
    gap = acc[n - 1] - val_acc[n - 1] if n else 0.0
    if gap <= OVERFIT_GAP:
        return FitDiagnosis()
    val_loss = list(history.get("val_loss", []))
    if len(val_loss) < 2:
        return FitDiagnosis(GAP_ONLY, Text(QT_TRANSLATE_NOOP(
            "core", "Training accuracy is {gap:.0%} above validation accuracy (too few epochs of validation loss to "
            "tell overfitting from failing on unseen images)."), gap=gap))
    best = min(range(len(val_loss) - 1), key=val_loss.__getitem__)
    if val_loss[-1] > val_loss[best]:
        return FitDiagnosis(OVERFITS, Text(QT_TRANSLATE_NOOP(
            "core", "Training accuracy is {gap:.0%} above validation accuracy and validation loss has risen since "
            "epoch {epoch} ({best:.3f} → {last:.3f})."), gap=gap, epoch=best + 1, best=val_loss[best],
            last=val_loss[-1]))
    return FitDiagnosis(FAILS_ON_VALIDATION, Text(QT_TRANSLATE_NOOP(
        "core", "Validation accuracy is {gap:.0%} below training accuracy while validation loss does not rise: the "
        "model fails on unseen images from the start, which is not overfitting (check the data split, preprocessing "
        "or BatchNorm)."), gap=gap))
#: Accuracies closer than this are called a tie.
TIE = 0.005


def _acc(value: float) -> str:
    """Three decimals, or four when three would round a near miss up to a perfect 1.000."""
    return f"{value:.4f}" if 0.9995 <= value < 1.0 else f"{value:.3f}"


def _joined(*sentences: str) -> str:
    """Sentences one after another, each still translatable on its own (the window translates the parts)."""
    shown = [s for s in sentences if s]
    if len(shown) < 2:
        return shown[0] if shown else ""
    return Text("{first} {rest}", first=shown[0], rest=_joined(*shown[1:]))  # no words: nothing to translate


def _best_sentence(rows: Sequence[dict[str, Any]]) -> str:
    ranked = sorted(rows, key=lambda r: (-r["accuracy"], r["ms_per_image"]))
    best = ranked[0]
    tied = [r for r in ranked if best["accuracy"] - r["accuracy"] < TIE]
    if len(tied) > 1:
        fast, slow = min(tied, key=lambda r: r["ms_per_image"]), max(tied, key=lambda r: r["ms_per_image"])
        names = Text(QT_TRANSLATE_NOOP("core", "{names} and {last}"), names=", ".join(r["name"] for r in tied[:-1]),
                     last=tied[-1]["name"])
        behind = ", ".join(f"{r['name']} {_acc(r['accuracy'])}" for r in ranked if r not in tied)
        same = Text(QT_TRANSLATE_NOOP("core", "{names} are about as accurate on this folder ({accuracy}); {fast} is "
                                              "faster ({fast_ms:.2f} vs {slow_ms:.2f} ms per image)."),
                    names=names, accuracy=_acc(best["accuracy"]), fast=fast["name"], fast_ms=fast["ms_per_image"],
                    slow_ms=slow["ms_per_image"])
        return _joined(same, Text(QT_TRANSLATE_NOOP("core", "Behind them: {models}."), models=behind) if behind else "")
    others = ", ".join(_acc(r["accuracy"]) for r in ranked[1:])
    return Text(QT_TRANSLATE_NOOP("core", "{model} is best on this folder (accuracy {accuracy} vs {others})."),
                model=best["name"], accuracy=_acc(best["accuracy"]), others=others)


#: Best validation accuracy this far above the accuracy on the compared folder: the model learned its
#: training data (and the validation split drawn from it) and does not carry over to these photos.
VAL_TEST_GAP = 0.10

_FIT_SENTENCES = {
    OVERFITS: QT_TRANSLATE_NOOP("core", "{name} overfits: train–val gap {gap:.2f} and validation loss rising."),
    FAILS_ON_VALIDATION: QT_TRANSLATE_NOOP("core", "{name} fails on validation from the start (train–val gap "
                                                   "{gap:.2f}, validation loss not rising): not overfitting."),
    GAP_ONLY: QT_TRANSLATE_NOOP("core", "{name} has a train–val gap of {gap:.2f} (too few epochs of validation loss "
                                        "to say why)."),
}
#: "Nobody overfits", by how many models were judged (1, 2, more), with the limits (parts is empty) or without.
_NONE_OVERFITS = {
    (1, True): QT_TRANSLATE_NOOP("core", "It does not overfit (validation and this folder within {limit:.2f}, "
                                         "train–val gap under {gap:.2f})."),
    (2, True): QT_TRANSLATE_NOOP("core", "Neither overfits (validation and this folder within {limit:.2f}, "
                                         "train–val gap under {gap:.2f})."),
    (3, True): QT_TRANSLATE_NOOP("core", "None overfits (validation and this folder within {limit:.2f}, "
                                         "train–val gap under {gap:.2f})."),
    (1, False): QT_TRANSLATE_NOOP("core", "It does not overfit."),
    (2, False): QT_TRANSLATE_NOOP("core", "Neither overfits."),
    (3, False): QT_TRANSLATE_NOOP("core", "None overfits."),
}


def overfits_folder(row: dict[str, Any]) -> bool:
    """Validation accuracy far above the accuracy on the compared folder (``val_test_gap``)."""
    gap = row.get("val_test_gap")
    return gap is not None and gap > VAL_TEST_GAP


def _row_sentence(row: dict[str, Any]) -> str:
    if overfits_folder(row):
        return Text(QT_TRANSLATE_NOOP("core", "{name} overfits: validation accuracy {validation} but {accuracy} on "
                                              "this folder, so what it learned does not carry over to these photos."),
                    name=row["name"], validation=_acc(row["best_val_accuracy"]), accuracy=_acc(row["accuracy"]))
    if row.get("fit") in _FIT_SENTENCES and row.get("train_val_gap") is not None:
        return Text(_FIT_SENTENCES[row["fit"]], name=row["name"], gap=row["train_val_gap"])
    return ""


def _overfit_sentence(rows: Sequence[dict[str, Any]]) -> str:
    """Judged as a person would: first validation against this folder (``val_test_gap``, from comparison_rows),
    then the training curves (``fit``, a FitDiagnosis kind, beside ``train_val_gap``)."""
    known = [r for r in rows if r.get("train_val_gap") is not None or r.get("val_test_gap") is not None]
    if not known:
        return QT_TRANSLATE_NOOP("core", "No training history is stored, so overfitting cannot be judged.")
    parts = [sentence for sentence in map(_row_sentence, known) if sentence]
    if not any(overfits_folder(r) or r.get("fit") == OVERFITS for r in known):
        template = _NONE_OVERFITS[(min(len(known), 3), not parts)]
        parts.insert(0, Text(template, limit=VAL_TEST_GAP, gap=OVERFIT_GAP) if not parts else template)
    return _joined(*parts)


def verdict(rows: Sequence[dict[str, Any]]) -> str:
    """Which model is better on this folder and whether any overfits, in one or two sentences."""
    if not rows:
        return ""
    if len(rows) == 1:
        only = rows[0]
        return _joined(Text(QT_TRANSLATE_NOOP("core", "{name}: accuracy {accuracy} on this folder."),
                            name=only["name"], accuracy=_acc(only["accuracy"])), _overfit_sentence(rows))
    return _joined(_best_sentence(rows), _overfit_sentence(rows))
