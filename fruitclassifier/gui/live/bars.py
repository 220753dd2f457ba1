"""The live view's answer: the top three fruits as bars, and the "not sure" / "not one of mine" states."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from fruitclassifier.core.inference.display_names import display_name
from fruitclassifier.core.inference.open_set import UNKNOWN_LABEL
from fruitclassifier.gui.base.i18n import class_name, percent

ROWS = 3


class LiveBars(QWidget):
    """Three name + bar rows under a headline that says what the model makes of the picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(self.tr("Hold a fruit up to the camera"))
        self.headline.setObjectName("liveHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        grid = QGridLayout()
        self.names: list[QLabel] = []
        self.bars: list[QProgressBar] = []
        for row in range(ROWS):
            name, bar = QLabel(""), QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.setFormat("")
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            self.names.append(name)
            self.bars.append(bar)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addLayout(grid)

    def show_prediction(self, prediction: Any) -> None:
        """Fill the rows from a classifier Prediction (already smoothed by the view)."""
        state = prediction.state
        top = class_name(display_name(prediction.label)) if prediction.label else ""
        self.headline.setText({
            "unknown": class_name(UNKNOWN_LABEL),  # as the Classify page and the bundled names word it
            "unsure": self.tr("Not sure — maybe {label}").format(label=top),
        }.get(state, top))
        self.headline.setProperty("state", state)
        for row in range(ROWS):
            label, probability = prediction.top[row] if row < len(prediction.top) else ("", 0.0)
            self.names[row].setText(class_name(display_name(label)) if label else "")
            self.bars[row].setValue(round(probability * 1000))
            self.bars[row].setFormat(percent(probability) if label else "")

    def clear(self, text: str = "") -> None:
        self.headline.setText(text)
        for name, bar in zip(self.names, self.bars):
            name.setText("")
            bar.setValue(0)
            bar.setFormat("")
