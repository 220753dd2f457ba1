"""One photo, every model's answer: top-3 bars and the Grad-CAM overlay per model, side by side.

The Compare page fills the cards from a Task; this widget only asks for an image
(drop or "Choose Photo…") and shows what it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fruitclassifier.gui.compare.metrics_table import colour_swatch
from fruitclassifier.gui.widgets.colors import error_color, muted
from fruitclassifier.gui.widgets.drop_zone import DropZone, image_file_filter
from fruitclassifier.gui.widgets.image_view import ImageView
from fruitclassifier.gui.widgets.prob_bars import ProbBars, pretty_label
from fruitclassifier.gui.widgets.scrolled import scrolled
from fruitclassifier.text import QT_TRANSLATE_NOOP

HINT = QT_TRANSLATE_NOOP("ModelAnswers", "Drop a fruit photo here to see every model's answer and where it looked")
WAITING = QT_TRANSLATE_NOOP("AnswerCard", "Waiting…")


class AnswerCard(QFrame):
    """A model's name, its Grad-CAM overlay and its top-3 probabilities."""

    def __init__(self, name: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.name = name
        self.answer = ""  # the class id it told, as shown
        title = QLabel(name)
        title.setWordWrap(True)  # a narrow card wraps its model's name instead of cutting it ("tom_cnn")
        title.setToolTip(name)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        swatch = QLabel()
        swatch.setPixmap(colour_swatch(colour).pixmap(12, 12))
        self.image = ImageView()
        self.image.setMinimumSize(180, 180)
        self.bars = ProbBars()
        self.status = QLabel(QCoreApplication.translate("AnswerCard", WAITING))
        self.status.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(swatch)
        head.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.bars)
        layout.addWidget(self.status)
        self.image.set_message(self.tr("Working…"))

    def set_answer(self, top: Sequence[tuple[str, float]], overlay: QImage | None, note: str = "",
                   answer: str | None = None) -> None:
        """``answer``: the class id the model told (the other class when it refused the photo); the bars
        show its closest fruits."""
        self.bars.set_top(top)
        self.image.set_image(overlay)
        answer = answer if answer is not None else (top[0][0] if top else "")
        if not answer:
            says = self.tr("No answer.")
        elif top and answer != top[0][0]:
            says = self.tr("Says {answer} (closest: {closest}).").format(answer=pretty_label(answer),
                                                                         closest=pretty_label(top[0][0]))
        else:
            says = self.tr("Says {answer}.").format(answer=pretty_label(answer))
        self.answer = answer
        note = note or self.tr("The warm colours show where it looked.")
        self.status.setText(f"{says} {note}")
        self.status.setStyleSheet(f"color: {muted(self.palette()).name()}")

    def set_error(self, message: str) -> None:
        self.image.set_message("")
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {error_color(self.palette()).name()}")


class ModelAnswers(QWidget):
    """A drop area holding one AnswerCard per model; ``image_chosen`` carries the photo's path."""

    image_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[AnswerCard] = []
        self.path = ""
        self.choose_button = QPushButton(self.tr("Choose Photo…"))
        self.choose_button.clicked.connect(self.choose_dialog)
        self.caption = QLabel(self.tr("Drop a photo on this tab, or choose one; double-click a thumbnail in the "
                                      "other tabs to bring it here."))
        self.caption.setForegroundRole(QPalette.PlaceholderText)
        self.caption.setWordWrap(True)
        holder = QWidget()
        self._row = QHBoxLayout(holder)
        scroll = scrolled(holder)
        self.drop_zone = DropZone(scroll)
        self.drop_zone.hint_label.setText(QCoreApplication.translate("ModelAnswers", HINT))
        # the Classify wording does not apply here
        self.drop_zone.detail_label.setText(self.tr("Each model gives its top three answers and a Grad-CAM heat map."))
        self.drop_zone.set_empty(True)
        self.drop_zone.paths_dropped.connect(lambda paths: paths and self.image_chosen.emit(str(paths[0])))
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.drop_zone, 1)

    def choose_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Photo"), "", image_file_filter())
        if path:
            self.image_chosen.emit(path)

    def start(self, path: str, names: Sequence[str], colours: Sequence[QColor]) -> None:
        """New photo: one waiting card per model."""
        self.path = path
        for card in self.cards:
            card.deleteLater()
        self.cards = [AnswerCard(name, colour) for name, colour in zip(names, colours)]
        for card in self.cards:
            self._row.addWidget(card, 1)
        self.caption.setText(f"{path}")
        self.drop_zone.set_empty(False)

    def set_answer(self, index: int, top: Sequence[tuple[str, float]], overlay: QImage | None, note: str = "",
                   answer: str | None = None) -> None:
        if 0 <= index < len(self.cards):
            self.cards[index].set_answer(top, overlay, note, answer)

    def set_error(self, message: str) -> None:
        for card in self.cards:
            if card.status.text() == QCoreApplication.translate("AnswerCard", WAITING):
                card.set_error(message)
