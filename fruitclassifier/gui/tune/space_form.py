"""A study's settings as a form generated from TuneConfig (house rule 4): each searched range as two
spin boxes (low – high), every other field with the editor config_form gives its type. A row the study's
base makes meaningless (TuneConfig.applies: backbone layers without pretrained weights) is hidden, and the
layer range's top is the network's own limit (TuneConfig.fine_tune_limit, from the architecture table).

The base training settings (``base``) are not edited here: the Tune page fills them from the data panel
and its network form. Equal ends fix a setting (TuneConfig's rule), which the row's hint says.
"""

from __future__ import annotations

import dataclasses
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from fruitclassifier.config import TuneConfig, search_space
from fruitclassifier.gui.widgets.config_form import Editor, FloatSpinBox, make_editor, mark_problems
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Searched ranges: field → (lowest, highest) a spin box accepts, from TuneConfig's own fields; the layer
#: range's highest follows the network (set_config), so its entry here is only where it starts.
RANGE_LIMITS = {s.name: ((int(s.lowest), int(s.highest)) if s.whole else (float(s.lowest), float(s.highest)))
                for s in search_space()}
LABELS = {"learning_rate": QT_TRANSLATE_NOOP("SpaceForm", "Learning rate"),
          "dropout": QT_TRANSLATE_NOOP("SpaceForm", "Dropout"), "l2": QT_TRANSLATE_NOOP("SpaceForm", "L2 penalty"),
          "augment_strength": QT_TRANSLATE_NOOP("SpaceForm", "Augmentation"),
          "fine_tune_layers": QT_TRANSLATE_NOOP("SpaceForm", "Backbone layers trained"),
          "epochs_per_trial": QT_TRANSLATE_NOOP("SpaceForm", "Epochs per trial"),
          "trials": QT_TRANSLATE_NOOP("SpaceForm", "Trials"), "study": QT_TRANSLATE_NOOP("SpaceForm", "Study name"),
          "storage": QT_TRANSLATE_NOOP("SpaceForm", "Storage"), "sampler": QT_TRANSLATE_NOOP("SpaceForm", "Sampler"),
          "pruner": QT_TRANSLATE_NOOP("SpaceForm", "Stop weak trials early")}


class RangeEdit(QWidget):
    """low – high as two spin boxes; ``changed`` when either moves."""

    changed = Signal()

    def __init__(self, name: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lowest, highest = RANGE_LIMITS[name]
        self.whole = isinstance(lowest, int)  # a count (layers): whole-number spin boxes
        self.low, self.high = (_int_box(lowest, highest) if self.whole else FloatSpinBox(lowest, highest)
                               for _end in range(2))
        tips = (self.tr("{help}: the lowest value tried (equal ends fix it)"),
                self.tr("{help}: the highest value tried (equal ends fix it)"))
        for box, end, tip in ((self.low, "lowest", tips[0]), (self.high, "highest", tips[1])):
            box.setToolTip(tip.format(help=help_text))
            box.setObjectName(f"{name}_{end}")
            box.valueChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.low, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.high, 1)

    def value(self) -> tuple[float, float]:
        cast = int if self.whole else float
        return (cast(self.low.value()), cast(self.high.value()))

    def set_value(self, value: tuple[float, float]) -> None:
        cast = int if self.whole else float
        self.low.setValue(cast(value[0]))
        self.high.setValue(cast(value[1]))

    def set_highest(self, highest: float) -> None:
        for box in (self.low, self.high):
            box.setMaximum(highest)


def _int_box(lowest: int, highest: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lowest, highest)
    return box


class SpaceForm(QGroupBox):
    """Edits every TuneConfig field but ``base``; ``config(base)`` gives the study to run."""

    changed = Signal()

    def __init__(self, config: TuneConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Search"))
        self.editors: dict[str, Editor] = {}
        self._labels: dict[str, QLabel] = {}
        self.ranges: dict[str, RangeEdit] = {}
        self._base = config or TuneConfig()
        form = QFormLayout()
        for f in fields(TuneConfig):
            if f.name != "base":
                self._add_row(form, f)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        self.set_config(self._base)

    def _add_row(self, form: QFormLayout, f: dataclasses.Field) -> None:
        help_text = f.metadata.get("help", "")  # marked QT_TRANSLATE_NOOP("config", ...) in config.py
        help_text = QCoreApplication.translate("config", help_text) if help_text else help_text
        if f.name in RANGE_LIMITS:
            widget = self.ranges[f.name] = RangeEdit(f.name, help_text)
            editor = Editor(widget, widget.value, widget.set_value, widget.changed)
        else:
            editor = make_editor(f)
        if f.name == "storage":
            editor.widget.setPlaceholderText(self.tr("a journal file in the app's data folder"))
        title = QCoreApplication.translate("SpaceForm", LABELS[f.name]) if f.name in LABELS else f.name
        label = QLabel(self.tr("{label}:").format(label=title))
        label.setToolTip(help_text)
        form.addRow(label, editor.widget)
        self.editors[f.name], self._labels[f.name] = editor, label
        editor.changed.connect(self.changed)

    # --- values --------------------------------------------------------------------------------

    def config(self, base: Any = None) -> TuneConfig:
        """The study these fields describe around ``base`` (a TrainConfig; the last one shown when None)."""
        values = {name: editor.get() for name, editor in self.editors.items()}
        values["storage"] = str(values["storage"]).strip()
        values["study"] = str(values["study"]).strip()
        return dataclasses.replace(self._base, base=base if base is not None else self._base.base, **values)

    def set_config(self, config: TuneConfig) -> None:
        """Show ``config`` (e.g. a resumed study's own settings); one ``changed`` at the end."""
        self._base = config
        self.blockSignals(True)
        try:
            self._fit_base(config)
            for name, editor in self.editors.items():
                editor.set(getattr(config, name))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def set_base(self, base: Any) -> None:
        """The network and weights every trial starts from changed: show only the rows that apply to it."""
        self._base = dataclasses.replace(self._base, base=base)
        self._fit_base(self._base)

    def _fit_base(self, config: TuneConfig) -> None:
        self.ranges["fine_tune_layers"].set_highest(config.fine_tune_limit())
        for name, editor in self.editors.items():
            editor.widget.setVisible(config.applies(name))
            self._labels[name].setVisible(config.applies(name))

    def shown(self, name: str) -> bool:
        """Whether ``name``'s row is offered (not hidden as meaningless for this base)."""
        return not self.editors[name].widget.isHidden()

    def value(self, name: str) -> Any:
        return self.editors[name].get()

    def set_value(self, name: str, value: Any) -> None:
        self.editors[name].set(value)

    def show_problems(self, base: Any = None) -> list[str]:
        """The study's own problems (not its base's: the page's other forms show those), marked in red."""
        problems = [p for p in self.config(base).validate() if not p.startswith("base ")]
        return mark_problems(self, self._labels, self.problem_label, problems)
