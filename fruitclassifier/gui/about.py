"""Help menu dialogs: About (versions and data credits) and the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Sequence
import html
import platform
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from fruitclassifier import __version__
from fruitclassifier.gui.base.icons import app_icon
from fruitclassifier.text import QT_TRANSLATE_NOOP

CREDITS = (
    QT_TRANSLATE_NOOP("AboutDialog", "Fruit photos: <b>Fruits-360</b> by Horea Mureșan and Mihai Oltean, "
                                     "licensed CC BY-SA 4.0 (github.com/fruits-360)."),
    QT_TRANSLATE_NOOP("AboutDialog", "Background photos used for augmentation: CC0, public domain or CC BY, "
                                     "credited in their folder's README."),
    QT_TRANSLATE_NOOP("AboutDialog", "Built with TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow "
                                     "and NumPy."),
)


def versions(tf_info: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(component, version) rows; TensorFlow and Keras only once they are loaded (importing them is slow)."""
    tf_info = tf_info or {}
    not_loaded = QCoreApplication.translate("AboutDialog", "not loaded yet")
    return [
        ("FruitClassifier", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("TensorFlow", tf_info.get("tf_version", not_loaded)),
        ("Keras", tf_info.get("keras_version", not_loaded)),
        (QCoreApplication.translate("AboutDialog", "Computes on"),
         tf_info.get("device", QCoreApplication.translate("AboutDialog", "not known until TensorFlow has loaded"))),
    ]


class AboutDialog(QDialog):
    def __init__(self, tf_info: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FruitClassifier"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignCenter)
        title = QLabel("<h2>FruitClassifier</h2>" + html.escape(self.tr(
            "Classify fruit photos by drag-and-drop; train and compare your own networks.")))
        title.setAlignment(Qt.AlignCenter)
        title.setWordWrap(True)
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(str(v))}</td></tr>"
                       for k, v in versions(tf_info))
        self.versions_label = QLabel(f"<table>{rows}</table>")
        self.versions_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        credits = QLabel("<br><br>".join(self.tr(credit) for credit in CREDITS))
        credits.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (icon, title, self.versions_label, credits, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)


class ShortcutsDialog(QDialog):
    """A two-column table of what each key does."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        for row, (keys, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QTableWidget.NoSelection)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(480, 500)
