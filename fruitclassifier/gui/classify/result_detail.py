"""The detail pane for the selected result: a larger picture, its top-3 bars and a Grad-CAM toggle.

It only shows what it is given; the Classify page computes pictures and heat maps in Tasks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fruitclassifier.core.inference.open_set import UNKNOWN_LABEL
from fruitclassifier.gui.base.i18n import class_name
from fruitclassifier.gui.base.wording import deep_translated
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.gui.widgets.image_view import ImageView
from fruitclassifier.gui.widgets.prob_bars import ProbBars, pretty_label
from fruitclassifier.gui.widgets.result_list import ResultItem
from fruitclassifier.text import QT_TRANSLATE_NOOP

GRADCAM_TEXT = QT_TRANSLATE_NOOP("ResultDetail", "Show where the model looked (Grad-CAM)")


class ResultDetail(QWidget):
    gradcam_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ResultItem | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.RichText)
        self.subtitle.setForegroundRole(QPalette.PlaceholderText)
        self.subtitle.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # a long file name (one unbreakable word) must not widen the pane: it pushed the window past 1024 px
        self.subtitle.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.image_view = ImageView()
        self.bars = ProbBars()
        self.gradcam = QCheckBox(self.tr(GRADCAM_TEXT))
        self.gradcam.setToolTip(self.tr("Colours the parts of the picture that pushed the model towards its answer "
                                        "(red: strong, blue: weak). Shown on the square crop the model sees."))
        self.gradcam.toggled.connect(self.gradcam_toggled)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.subtitle):
            layout.addWidget(widget)
        layout.addWidget(self.image_view, 1)
        layout.addWidget(self.gradcam)
        layout.addWidget(self.bars)
        self.show_item(None)

    def show_item(self, item: ResultItem | None) -> None:
        """Show the text parts of an item at once; the picture arrives later through set_image."""
        self.item = item
        if item is None:
            self.title.setText(self.tr("No photo selected"))
            self.subtitle.setText(self.tr("Select a result to see it larger, with its top three answers."))
            self.image_view.set_message("")
            self.bars.set_top([])
            self.gradcam.setEnabled(False)
            return
        self.title.setText(self._headline(item))
        where = html.escape(str(item.path) if item.path else self.tr("Pasted picture"))
        if item.error:
            colour = error_color(self.palette()).name()
            reason = self.tr("Could not read: {reason}").format(reason=deep_translated(item.error))
            where += f'<br><span style="color:{colour}">{html.escape(reason)}</span>'
        self.subtitle.setText(where)
        self.bars.set_top(item.top)
        self.gradcam.setEnabled(bool(item.top) and not item.error)
        self.image_view.set_message(self.tr("Loading…") if not item.error else "")

    @staticmethod
    def _headline(item: ResultItem) -> str:
        if item.error:
            return item.name
        if not item.top:
            return QCoreApplication.translate("ResultDetail", "{name} — classifying…").format(name=item.name)
        label = pretty_label(item.label)
        if item.unknown:
            return QCoreApplication.translate("ResultDetail", "{unknown} (closest: {label})").format(
                unknown=class_name(UNKNOWN_LABEL), label=label)
        if item.unsure:
            return QCoreApplication.translate("ResultDetail", "Not sure — maybe {label}").format(label=label)
        return label

    def set_image(self, image: QImage | None) -> None:
        self.image_view.set_image(image)

    def set_message(self, message: str) -> None:
        self.image_view.set_message(message)
