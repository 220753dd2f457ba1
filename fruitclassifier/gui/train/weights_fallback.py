"""What to do when ImageNet weights cannot be downloaded: train from scratch, choose a weights file, or give
up. Apart from the Train page so the page stays one screenful of jobs (and under 400 lines)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fruitclassifier.gui.base import settings
from fruitclassifier.gui.train.arch_settings import short_title


def ask_weights_fallback(parent: QWidget, arch: str, message: str) -> str | None:
    """'none' (train from scratch), a weights file's path, or None to give up."""
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("TrainPage", "ImageNet weights unavailable"),
                      message, parent=parent)
    scratch = box.addButton(QCoreApplication.translate("TrainPage", "Train from Scratch"), QMessageBox.AcceptRole)
    choose = box.addButton(QCoreApplication.translate("TrainPage", "Choose Weights File…"), QMessageBox.ActionRole)
    box.addButton(QMessageBox.Cancel)
    box.exec()
    if box.clickedButton() is scratch:
        return "none"
    if box.clickedButton() is choose:
        title = QCoreApplication.translate("TrainPage", "Weights for {network}").format(network=short_title(arch))
        kinds = QCoreApplication.translate("TrainPage", "Keras weights ({patterns})").format(patterns="*.h5 *.keras")
        every = QCoreApplication.translate("TrainPage", "All files ({patterns})").format(patterns="*")
        path, _ = QFileDialog.getOpenFileName(parent, title, settings.last_folder("weights"), f"{kinds};;{every}")
        return path or None
    return None
