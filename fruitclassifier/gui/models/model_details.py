"""Everything stored about one model: facts, class names, training settings, metrics, and its curves."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.gui.base.i18n import class_name, number
from fruitclassifier.gui.base.wording import deep_translated
from fruitclassifier.gui.models.detail_labels import METRICS, SETTINGS, label, metric_value
from fruitclassifier.gui.models.model_table import classes_text, human_size, short_date
from fruitclassifier.gui.widgets.curves_plot import CurvesPlot

CONFIG_KEYS = ("data_dir", "epochs", "batch_size", "learning_rate", "weights", "freeze_backbone",
               "fine_tune_layers", "dropout", "l2", "val_split", "seed")


def _rows(pairs: list[tuple[str, Any]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
                    f"<td>{html.escape(str(v))}</td></tr>" for k, v in pairs if v not in (None, ""))
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def _source_text(info: Any) -> str:
    """Bundled, trained here, or imported (format, file, pixel scaling and where that scaling came from)."""
    source = info.metadata.get("source")
    if info.bundled:
        return QCoreApplication.translate("ModelDetails", "Bundled with the app (read-only)")
    if not isinstance(source, dict):
        return QCoreApplication.translate("ModelDetails", "Yours")
    fmt = {"h5": "Keras .h5", "keras": "Keras .keras", "tflite": "TensorFlow Lite", "savedmodel": "SavedModel"}
    return QCoreApplication.translate(
        "ModelDetails", "Imported {format} ({file}), pixels scaled {scaling} ({scaling_from})").format(
        format=fmt.get(source.get("format"), source.get("format")), file=Path(str(source.get("file"))).name,
        scaling=source.get("scaling"), scaling_from=source.get("scaling_from"))


def _data_folder_text(info: Any, folder: Any) -> str:
    """Where a model was trained, as it means something here: a bundled model's folder was on the machine
    that built it (its relative "../shared/datasets/…" is a developer's path), and a folder that is not on
    this computer says so."""
    if not folder:
        return ""
    path = Path(str(folder))
    if info.bundled or not path.is_absolute():
        return QCoreApplication.translate("ModelDetails", "{folder} (on the computer that built this model)").format(
            folder=path.name)
    return str(path) if path.exists() else QCoreApplication.translate(
        "ModelDetails", "{folder} (not on this computer)").format(folder=path)


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _facts(info: Any) -> list[tuple[str, Any]]:
    """The table at the top: label (in the user's language) and value."""
    meta, seconds = info.metadata, info.metadata.get("train_time_s")
    timed = isinstance(seconds, (int, float))
    return [
        (QCoreApplication.translate("ModelDetails", "Architecture"), info.arch),
        (QCoreApplication.translate("ModelDetails", "Input"),
         QCoreApplication.translate("ModelDetails", "{size}×{size} px").format(size=info.image_size)),
        (QCoreApplication.translate("ModelDetails", "Classes"), classes_text(info.class_names)),
        (QCoreApplication.translate("ModelDetails", "Parameters"),
         number(meta["params"]) if meta.get("params") else ""),
        (QCoreApplication.translate("ModelDetails", "Created"), short_date(info.created)),
        (QCoreApplication.translate("ModelDetails", "File size"), human_size(info.size_bytes)),
        (QCoreApplication.translate("ModelDetails", "Epochs trained"), meta.get("epochs_trained")),
        (QCoreApplication.translate("ModelDetails", "Training time"),
         QCoreApplication.translate("ModelDetails", "{seconds} s").format(seconds=number(seconds, 0)) if timed else ""),
        # device and Keras backend, e.g. "Apple GPU (MPS) · PyTorch …"
        (QCoreApplication.translate("ModelDetails", "Trained on"), meta.get("device", "")),
        (QCoreApplication.translate("ModelDetails", "Source"), _source_text(info)),
        (QCoreApplication.translate("ModelDetails", "Folder"), info.path),
    ]


def details_html(info: Any) -> str:
    """The metadata as compact HTML (palette-coloured by QTextBrowser, no hard-coded colours)."""
    meta = info.metadata
    metrics = meta.get("metrics") if isinstance(meta.get("metrics"), dict) else {}
    config = meta.get("config") if isinstance(meta.get("config"), dict) else {}
    parts = [f"<h3>{html.escape(info.name)}</h3>", _rows(_facts(info))]
    if getattr(info, "problem", ""):  # a folder listed so it can be deleted: say why it cannot be opened first
        cannot = QCoreApplication.translate("ModelDetails", "Cannot be opened:")
        parts.insert(1, f"<p><b>{html.escape(cannot)}</b> {html.escape(deep_translated(info.problem))}</p>")
    if metrics:  # the training's own metric names, in words where the window knows them (detail_labels.py)
        parts += [_heading(QCoreApplication.translate("ModelDetails", "Metrics")),
                  _rows([(label(k, METRICS), metric_value(k, v)) for k, v in metrics.items()
                         if not isinstance(v, (dict, list))])]
    if config:
        shown = {**config, "data_dir": _data_folder_text(info, config.get("data_dir"))}
        parts += [_heading(QCoreApplication.translate("ModelDetails", "Training settings")),
                  _rows([(label(k, SETTINGS), shown.get(k)) for k in CONFIG_KEYS if k in config])]
    names = ", ".join(class_name(n) for n in display_names(info.own_class_names).values())  # "Banana", "Golden apple"
    count = len(info.own_class_names)
    parts += [_heading(QCoreApplication.translate("ModelDetails", "Class names ({count})").format(count=count)),
              f"<p>{html.escape(names) or '—'}</p>"]
    if meta.get("notes"):
        parts += [_heading(QCoreApplication.translate("ModelDetails", "Notes")),
                  f"<p>{html.escape(str(meta['notes']))}</p>"]
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
            hint = self.tr("Select a model to see what it knows and how it was trained.")
            self.text.setHtml(f"<p>{html.escape(hint)}</p>")
            self.curves.clear()
            return
        self.text.setHtml(details_html(info))
        self.curves.set_history(info.history)
