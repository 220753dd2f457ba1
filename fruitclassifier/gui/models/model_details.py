"""Everything stored about one model: facts, class names, training settings, metrics, and its curves."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.gui.models.model_table import human_size, short_date
from fruitclassifier.gui.widgets.curves_plot import CurvesPlot

CONFIG_KEYS = ("data_dir", "epochs", "batch_size", "learning_rate", "weights", "freeze_backbone",
               "fine_tune_layers", "dropout", "l2", "val_split", "seed")


def _rows(pairs: list[tuple[str, Any]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
                    f"<td>{html.escape(str(v))}</td></tr>" for k, v in pairs if v not in (None, ""))
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def _format_metric(name: str, value: Any) -> str:
    if isinstance(value, (int, float)) and "accuracy" in name and 0 <= value <= 1:
        return f"{100 * value:.1f}%"
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def _source_text(info: Any) -> str:
    """Bundled, trained here, or imported (format, file, pixel scaling and where that scaling came from)."""
    source = info.metadata.get("source")
    if info.bundled:
        return "Bundled with the app (read-only)"
    if not isinstance(source, dict):
        return "Yours"
    fmt = {"h5": "Keras .h5", "keras": "Keras .keras", "tflite": "TensorFlow Lite", "savedmodel": "SavedModel"}
    text = f"Imported {fmt.get(source.get('format'), source.get('format'))} ({Path(str(source.get('file'))).name})"
    return f"{text}, pixels scaled {source.get('scaling')} ({source.get('scaling_from')})"


def _data_folder_text(info: Any, folder: Any) -> str:
    """Where a model was trained, as it means something here: a bundled model's folder was on the machine
    that built it (its relative "../shared/datasets/…" is a developer's path), and a folder that is not on
    this computer says so."""
    if not folder:
        return ""
    path = Path(str(folder))
    if info.bundled or not path.is_absolute():
        return f"{path.name} (on the computer that built this model)"
    return str(path) if path.exists() else f"{path} (not on this computer)"


def details_html(info: Any) -> str:
    """The metadata as compact HTML (palette-coloured by QTextBrowser, no hard-coded colours)."""
    meta = info.metadata
    facts = [("Architecture", info.arch), ("Input", f"{info.image_size}×{info.image_size} px"),
             ("Classes", info.classes_text()), ("Parameters", f"{meta['params']:,}" if meta.get("params") else ""),
             ("Created", short_date(info.created)), ("File size", human_size(info.size_bytes)),
             ("Epochs trained", meta.get("epochs_trained")), ("Training time",
             f"{meta['train_time_s']:.0f} s" if isinstance(meta.get("train_time_s"), (int, float)) else ""),
             ("Trained on", meta.get("device", "")),  # device and Keras backend, e.g. "Apple GPU (MPS) · PyTorch …"
             ("Source", _source_text(info)), ("Folder", info.path)]
    metrics = meta.get("metrics") if isinstance(meta.get("metrics"), dict) else {}
    config = meta.get("config") if isinstance(meta.get("config"), dict) else {}
    parts = [f"<h3>{html.escape(info.name)}</h3>", _rows(facts)]
    if getattr(info, "problem", ""):  # a folder listed so it can be deleted: say why it cannot be opened first
        parts.insert(1, f"<p><b>Cannot be opened:</b> {html.escape(info.problem)}</p>")
    if metrics:
        parts += ["<h4>Metrics</h4>", _rows([(k.replace("_", " "), _format_metric(k, v)) for k, v in metrics.items()
                                             if not isinstance(v, (dict, list))])]
    if config:
        shown = {**config, "data_dir": _data_folder_text(info, config.get("data_dir"))}
        parts += ["<h4>Training settings</h4>", _rows([(k.replace("_", " "), shown.get(k)) for k in CONFIG_KEYS
                                                       if k in config])]
    names = ", ".join(display_names(info.own_class_names).values())  # as people read them: "Banana", "Golden apple"
    parts += [f"<h4>Class names ({len(info.own_class_names)})</h4>", f"<p>{html.escape(names) or '—'}</p>"]
    if meta.get("notes"):
        parts += ["<h4>Notes</h4>", f"<p>{html.escape(str(meta['notes']))}</p>"]
    return "".join(parts)


class ModelDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.curves = CurvesPlot(orientation=Qt.Vertical)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(self.curves)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.show_model(None)

    def show_model(self, info: Any | None) -> None:
        if info is None:
            self.text.setHtml("<p>Select a model to see what it knows and how it was trained.</p>")
            self.curves.clear()
            return
        self.text.setHtml(details_html(info))
        self.curves.set_history(info.history)
