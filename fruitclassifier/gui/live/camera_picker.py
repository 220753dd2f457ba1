"""The camera picker: every video input, then "Video file…"; the last choice is remembered (QSettings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from fruitclassifier.gui.base import settings

SETTINGS_KEY = "live/camera"
VIDEO_FILE = "video-file"
PLAYING = "playing-video"


class CameraPicker(QComboBox):
    """Lists cameras (``camera.CameraChoice``) and a "Video file…" entry; says which was picked."""

    camera_chosen = Signal(object)  # a CameraChoice
    video_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr("Every camera this computer reports, or a video file played as a camera"))
        self.activated.connect(self._on_activated)
        self.cameras: list[Any] = []

    def set_cameras(self, cameras: list[Any]) -> None:
        """Refill the list; the remembered camera is selected when it is still there (else the first)."""
        self.blockSignals(True)
        self.clear()
        self.cameras = list(cameras)
        positions = {"front": self.tr("front"), "back": self.tr("rear")}
        for choice in self.cameras:
            where = positions.get(choice.position, "")
            shown = self.tr("{camera} ({position})").format(camera=choice.description, position=where) if where \
                else choice.description
            self.addItem(shown, choice.id.hex())
        if not self.cameras:
            self.addItem(self.tr("No camera found"), "")
            self.model().item(0).setEnabled(False)
        self.addItem(self.tr("Video file…"), VIDEO_FILE)
        remembered = settings.settings().value(SETTINGS_KEY, "", str)
        index = self.findData(remembered) if remembered else -1
        self.setCurrentIndex(index if index >= 0 and remembered != VIDEO_FILE else 0)
        self.blockSignals(False)

    def show_video(self, name: str) -> None:
        """Say which video plays as the camera: an entry for it on top, selected (one at a time)."""
        self.blockSignals(True)
        index = self.findData(PLAYING)
        if index >= 0:
            self.removeItem(index)
        self.insertItem(0, self.tr("{name} (video)").format(name=name), PLAYING)
        self.setCurrentIndex(0)
        self.blockSignals(False)

    def current_camera(self) -> Any:
        """The selected CameraChoice, or None (no camera, or "Video file…")."""
        key = self.currentData()
        return next((c for c in self.cameras if c.id.hex() == key), None)

    def _on_activated(self, index: int) -> None:
        key = self.itemData(index)
        if key == VIDEO_FILE:
            self.video_requested.emit()
            return
        choice = self.current_camera()
        if choice is not None:
            settings.settings().setValue(SETTINGS_KEY, key)
            self.camera_chosen.emit(choice)
