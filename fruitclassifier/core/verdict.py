"""The plain-language verdict of a comparison: which model is better on a folder, and which overfit.

Shared by the Compare page, ``fruitclassifier compare`` and the report folder, so all
three say the same sentence. Works on the rows of core.report.comparison_rows.
"""

from __future__ import annotations

from typing import Any, Sequence

#: A final training accuracy this much above the validation accuracy is called overfitting.
OVERFIT_GAP = 0.05
#: Accuracies closer than this are called a tie.
TIE = 0.005


def _acc(value: float) -> str:
    """Three decimals, or four when three would round a near miss up to a perfect 1.000."""
    return f"{value:.4f}" if 0.9995 <= value < 1.0 else f"{value:.3f}"


def _best_sentence(rows: Sequence[dict[str, Any]]) -> str:
    ranked = sorted(rows, key=lambda r: (-r["accuracy"], r["ms_per_image"]))
    best = ranked[0]
    tied = [r for r in ranked if best["accuracy"] - r["accuracy"] < TIE]
    if len(tied) > 1:
        fast, slow = min(tied, key=lambda r: r["ms_per_image"]), max(tied, key=lambda r: r["ms_per_image"])
        names = ", ".join(r["name"] for r in tied[:-1]) + f" and {tied[-1]['name']}"
        behind = ", ".join(f"{r['name']} {_acc(r['accuracy'])}" for r in ranked if r not in tied)
        trails = f" Behind them: {behind}." if behind else ""
        return (f"{names} are about as accurate on this folder ({_acc(best['accuracy'])}); {fast['name']} is "
                f"faster ({fast['ms_per_image']:.2f} vs {slow['ms_per_image']:.2f} ms per image).{trails}")
    others = ", ".join(_acc(r["accuracy"]) for r in ranked[1:])
    return f"{best['name']} is best on this folder (accuracy {_acc(best['accuracy'])} vs {others})."


def _overfit_sentence(rows: Sequence[dict[str, Any]]) -> str:
    over = [r for r in rows if r.get("train_val_gap") is not None and r["train_val_gap"] > OVERFIT_GAP]
    known = [r for r in rows if r.get("train_val_gap") is not None]
    parts = [f"{r['name']} overfits: train–val gap {r['train_val_gap']:.2f}." for r in over]
    if not known:
        return "No training history is stored, so overfitting cannot be judged."
    if not over:
        who = "Neither" if len(known) == 2 else "None"
        return f"{who} overfits (train–val gap under {OVERFIT_GAP:.2f})."
    return " ".join(parts)


def verdict(rows: Sequence[dict[str, Any]]) -> str:
    """Which model is better on this folder and whether any overfits, in one or two sentences."""
    if not rows:
        return ""
    if len(rows) == 1:
        only = rows[0]
        return f"{only['name']}: accuracy {_acc(only['accuracy'])} on this folder. " + _overfit_sentence(rows)
    return f"{_best_sentence(rows)} {_overfit_sentence(rows)}"
