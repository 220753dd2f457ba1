"""Comparison tables and report folders (Markdown + PNG + JSON), drawn without Qt.

Used by ``fruitclassifier compare --report``, the experiment command and the
Compare view's export, so all three write the same files.
"""

from __future__ import annotations

from collections.abc import Sequence
import json
from pathlib import Path
from typing import Any

import numpy as np

from fruitclassifier.core.evaluation.metrics import EvalResult
from fruitclassifier.core.evaluation.verdict import diagnose_fit
from fruitclassifier.core.store import ModelInfo
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: (key, column title, format, higher is better?) for the comparison table; None: no "best" (a gap is a
#: symptom to read, not a score to win: the smallest gap often belongs to the model that learned least).
COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("core", "Model"), "{}", None),
    ("arch", QT_TRANSLATE_NOOP("core", "Architecture"), "{}", None),
    ("accuracy", QT_TRANSLATE_NOOP("core", "Accuracy"), "{:.4f}", True),
    ("macro_f1", QT_TRANSLATE_NOOP("core", "Macro-F1"), "{:.4f}", True),
    ("loss", QT_TRANSLATE_NOOP("core", "Test loss"), "{:.4f}", False),
    ("params", QT_TRANSLATE_NOOP("core", "Parameters"), "{:,}", False),
    ("size_mb", QT_TRANSLATE_NOOP("core", "Size (MB)"), "{:.1f}", False),
    ("ms_per_image", QT_TRANSLATE_NOOP("core", "ms/image"), "{:.2f}", False),
    ("train_time_s", QT_TRANSLATE_NOOP("core", "Training time (s)"), "{:.0f}", None),
    ("epochs", QT_TRANSLATE_NOOP("core", "Epochs"), "{}", None),
    ("best_val_accuracy", QT_TRANSLATE_NOOP("core", "Best val. accuracy"), "{:.4f}", None),
    ("val_test_gap", QT_TRANSLATE_NOOP("core", "Val–Test gap"), "{:+.4f}", None),
    ("train_val_gap", QT_TRANSLATE_NOOP("core", "Train–val gap"), "{:+.4f}", None),
]

#: Values closer than this (absolute for scores and loss, relative for sizes and times) are a tie: no star.
TIE_ABSOLUTE = {"accuracy": 0.005, "macro_f1": 0.005, "loss": 0.005}
TIE_RELATIVE = 0.02


def comparison_rows(infos: Sequence[ModelInfo], results: Sequence[EvalResult]) -> list[dict[str, Any]]:
    """One plain dict per model with every column of the comparison table."""
    rows = []
    for info, result in zip(infos, results):
        hist = info.history or {}
        val_acc = hist.get("val_accuracy") or []
        gap = None
        if hist.get("accuracy") and val_acc:
            gap = hist["accuracy"][-1] - val_acc[-1]
        rows.append({
            "name": info.name,
            "arch": info.arch,
            "accuracy": result.accuracy,
            "macro_f1": result.macro_f1,
            "loss": folder_loss(result),
            "params": result.params,
            "size_mb": info.size_bytes / 1e6,
            "ms_per_image": result.ms_per_image,
            "train_time_s": info.metadata.get("train_time_s"),
            "epochs": info.metadata.get("epochs_trained", len(hist.get("loss", []))),
            "best_val_accuracy": max(val_acc) if val_acc else None,
            "val_test_gap": max(val_acc) - result.accuracy if val_acc else None,
            "train_val_gap": gap,
            "fit": diagnose_fit(hist).kind,  # the verdict's one rule (core/evaluation/verdict.py)
            "n": result.n,
        })
    return rows


def folder_loss(result: EvalResult) -> float | None:
    """Cross-entropy on the folder: mean −log p(true class) over every photo. None when the predictions do
    not carry that probability (results cached before it was recorded): a loss over the right answers only
    would score a model that is right once, surely, as perfect."""
    probs = [p.get("true_probability") for p in result.predictions]
    if not probs or any(p is None for p in probs):
        return None
    return float(-np.mean(np.log(np.clip(probs, 1e-7, 1.0))))


def best_per_column(rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Index of the best model for each column that has a 'better' direction, where one model is clearly
    best: a value tied with the runner-up (TIE_ABSOLUTE / TIE_RELATIVE) gets no star."""
    best = {}
    for key, _, _, higher in COLUMNS:
        values = [(i, float(r[key])) for i, r in enumerate(rows) if _meaningful(r.get(key))]
        if higher is None or len(values) < 2:
            continue
        ranked = sorted(values, key=lambda v: -v[1] if higher else v[1])
        (first, a), (_, b) = ranked[0], ranked[1]
        tie = TIE_ABSOLUTE.get(key, TIE_RELATIVE * max(abs(a), abs(b)))
        if abs(a - b) >= tie:
            best[key] = first
    return best


def _meaningful(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value)


def format_table(rows: Sequence[dict[str, Any]], markdown: bool = False) -> str:
    """The table as aligned text, or Markdown with the best value in bold."""
    best = best_per_column(rows)
    header = [title for _, title, _, _ in COLUMNS]
    body = []
    for i, row in enumerate(rows):
        cells = []
        for key, _, fmt, _ in COLUMNS:
            value = row.get(key)
            text = "—" if value is None else fmt.format(value)
            cells.append(f"**{text}**" if markdown and best.get(key) == i else text)
        body.append(cells)
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(c) + " |" for c in body])
    widths = [max(len(h), *(len(c[j]) for c in body)) for j, h in enumerate(header)]
    fmt_row = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([fmt_row(header)] + [fmt_row(c) for c in body])


def write_comparison_report(out_dir: str | Path, infos: Sequence[ModelInfo], results: Sequence[EvalResult],
                            title: str = "Model comparison", notes: str = "") -> Path:
    """Write report.md, curves.png, confusion_<model>.png, per_class_f1.png and metrics.json."""
    from fruitclassifier.core.evaluation import figures

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = comparison_rows(infos, results)
    figures.training_curves(infos, out / "curves.png")
    figures.per_class_f1(results, out / "per_class_f1.png")
    confusion_files = []
    for info, result in zip(infos, results):
        name = f"confusion_{_slug(info.name)}.png"
        figures.confusion_matrix(result, out / name)
        confusion_files.append((info.name, name))
    metrics = {"models": rows, "results": [{k: v for k, v in r.to_dict().items() if k != "predictions"}
                                           for r in results]}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, default=str), encoding="utf-8")
    (out / "report.md").write_text(_markdown(title, notes, rows, results, confusion_files), encoding="utf-8")
    return out


def _markdown(title, notes, rows, results, confusion_files) -> str:
    parts = [f"# {title}", ""]
    if notes:
        parts += [notes.strip(), ""]
    folder = results[0].folder if results else ""
    parts += [f"Test folder: `{folder}` ({results[0].n if results else 0} images). Best value per column in bold.",
              "", format_table(rows, markdown=True), "", "## Training curves", "", "![curves](curves.png)", "",
              "## Per-class F1", "", "![per-class F1](per_class_f1.png)", "", "## Confusion matrices", ""]
    for name, file in confusion_files:
        parts += [f"### {name}", "", f"![confusion {name}]({file})", ""]
    return "\n".join(parts)


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name).strip("_") or "model"
