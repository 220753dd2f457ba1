"""The Tune view's last row: open a study's best model in Classify, or tick it in Compare.

The study names its best model (the best trial's, kept in the library: the others are deleted); the row
finds it in this machine's library when clicked. A study shared with other machines may have trained its
best on one of them: then ``failed`` says so in one line instead of opening nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from fruitclassifier.gui.base.wording import user_text


class BestModelRow(QWidget):
    open_in_classify = Signal(object)  # ModelInfo
    compare_requested = Signal(list, str)  # [ModelInfo], the study's test folder ("" if none): as the Train page's
    failed = Signal(str)  # why the best model cannot be opened here (one line)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_name, self.test_folder = "", ""
        self.classify_button = QPushButton(self.tr("Open Best in Classify"))
        self.classify_button.setToolTip(self.tr("The best trial's model is kept in the library; the others are "
                                                "deleted"))
        self.classify_button.clicked.connect(self._open_in_classify)
        self.compare_button = QPushButton(self.tr("Open Best in Compare"))
        self.compare_button.setToolTip(self.tr("Tick the best trial's model in Compare (with the study's test folder, "
                                               "if any), to measure it against other models"))
        self.compare_button.clicked.connect(self._open_in_compare)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.compare_button)
        row.addWidget(self.classify_button)
        self.set_best("")

    def set_best(self, model_name: str, test_folder: str = "") -> None:
        """The study's best model ("" while none completed) and the folder to compare it on."""
        self.model_name, self.test_folder = model_name, test_folder
        for button in (self.classify_button, self.compare_button):
            button.setEnabled(bool(model_name))

    def _open_in_classify(self) -> None:
        info = self._find()
        if info is not None:
            self.open_in_classify.emit(info)

    def _open_in_compare(self) -> None:
        info = self._find()
        if info is not None:
            self.compare_requested.emit([info], self.test_folder)

    def _find(self):
        from fruitclassifier.core import store

        try:
            return store.find_model(self.model_name)
        except Exception as exc:  # noqa: BLE001 - any failure becomes one line for the user
            self.failed.emit(self.tr("The best model “{name}” cannot be opened here: {reason} (a study shared with "
                                     "another machine keeps it in the library of the machine that trained it)."
                                     ).format(name=self.model_name, reason=user_text(exc)))
            return None
