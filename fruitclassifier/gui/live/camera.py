"""Cameras through Qt Multimedia: the list of video inputs, the permission, and a feed of their frames.

This is the only module that imports QtMultimedia; it is imported when the live view opens, never at launch.
Every way a camera can fail ends as a ``SourceError`` on the feed's ``failed`` signal with a kind the view
words: "no_camera", "denied" (the OS refused; macOS asks through NSCameraUsageDescription), "busy" (another
app holds it, or the driver refused to start), "unplugged" (it left the device list mid-stream).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
import numpy as np

from fruitclassifier.core.data.frames import Frame, SourceError
from fruitclassifier.gui.live.feeds import FrameFeed


@dataclass(frozen=True)
class CameraChoice:
    """One video input as the picker lists it: Qt's id (stable across runs) and its description."""

    id: bytes
    description: str
    position: str  # "front", "back" or "" (unspecified: external and USB cameras)


def list_cameras() -> list[CameraChoice]:
    """Every video input the OS reports: built-in, rear, external and USB cameras, microscopes."""
    positions = {QCameraDevice.Position.FrontFace: "front", QCameraDevice.Position.BackFace: "back"}
    return [CameraChoice(bytes(d.id().data()), d.description(), positions.get(d.position(), ""))
            for d in QMediaDevices.videoInputs()]


def qimage_to_array(image: QImage) -> np.ndarray:
    """A QImage as uint8 (H, W, 3) RGB, copied (the frame's buffer is reused by the camera)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    buffer = np.frombuffer(rgb.constBits(), np.uint8, count=stride * height).reshape(height, stride)
    return buffer[:, : width * 3].reshape(height, width, 3).copy()


def permission_status() -> Qt.PermissionStatus:
    """Whether the OS lets this app use cameras (always Granted on Linux and Windows)."""
    from PySide6.QtCore import QCameraPermission

    return QCoreApplication.instance().checkPermission(QCameraPermission())


def _error(kind: str, name: str, detail: str = "") -> SourceError:
    """The same words for a kind whichever path found it, in the user's language."""
    if kind == "no_camera":
        message = QCoreApplication.translate("LiveCamera", "No camera found.")
        step = QCoreApplication.translate("LiveCamera", "Plug one in, or open a video file instead.")
    elif kind == "denied":
        message = QCoreApplication.translate("LiveCamera", "This app may not use the camera.")
        step = QCoreApplication.translate("LiveCamera", "Allow it in the system settings (macOS: Privacy & Security "
                                                        "› Camera), then open the live view again.")
    elif kind == "busy":
        message = (QCoreApplication.translate("LiveCamera", "{camera} could not start ({reason}).") if detail
                   else QCoreApplication.translate("LiveCamera", "{camera} could not start.")).format(
            camera=name, reason=detail)
        step = QCoreApplication.translate("LiveCamera", "Close other apps that use the camera, then pick it again.")
    else:  # "unplugged"
        message = QCoreApplication.translate("LiveCamera", "{camera} was disconnected.").format(camera=name)
        step = QCoreApplication.translate("LiveCamera", "Plug it back in, then pick it again.")
    return SourceError(kind, message, step)


class CameraFeed(FrameFeed):
    """One camera: QCamera -> QMediaCaptureSession -> QVideoSink, each frame copied out as a ``Frame``."""

    def __init__(self, choice: CameraChoice, parent: QObject | None = None,
                 permission: Callable[[], Qt.PermissionStatus] = permission_status) -> None:
        super().__init__(choice.description, parent)
        self.choice = choice
        self._permission = permission
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._devices = QMediaDevices(self)
        self._index = 0
        self._stopped = False

    def start(self) -> None:
        status = self._permission()
        if status == Qt.PermissionStatus.Denied:
            self.failed.emit(_error("denied", self.name))
            return
        if status == Qt.PermissionStatus.Undetermined:  # macOS asks the user once; start when they answer
            from PySide6.QtCore import QCameraPermission

            QCoreApplication.instance().requestPermission(QCameraPermission(), self, self._on_permission_answered)
            return
        self._open()

    def _on_permission_answered(self, permission: Any) -> None:
        if self._stopped:
            return
        if permission.status() == Qt.PermissionStatus.Granted:
            self._open()
        else:
            self.failed.emit(_error("denied", self.name))

    def _open(self) -> None:
        device = next((d for d in QMediaDevices.videoInputs() if bytes(d.id().data()) == self.choice.id), None)
        if device is None:
            self.failed.emit(_error("unplugged" if self.choice.id else "no_camera", self.name))
            return
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._session.setCamera(self._camera)
        self._sink.videoFrameChanged.connect(self._on_sink_frame_changed)
        self._devices.videoInputsChanged.connect(self._on_devices_changed)
        self._camera.start()

    def stop(self) -> None:
        super().stop()
        self._stopped = True
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)

    def _on_sink_frame_changed(self, frame: QVideoFrame) -> None:
        if self._stopped or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._index += 1
        self._deliver(Frame(qimage_to_array(image), max(0, frame.startTime()) / 1e6, self._index))

    def _on_camera_error_occurred(self, error: QCamera.Error, text: str) -> None:
        if error != QCamera.Error.NoError and not self._stopped:
            self.stop()
            self.failed.emit(_error("busy", self.name, text))

    def _on_devices_changed(self) -> None:
        if self._stopped:
            return
        if all(bytes(d.id().data()) != self.choice.id for d in QMediaDevices.videoInputs()):
            self.stop()
            self.failed.emit(_error("unplugged", self.name))


def no_camera_error() -> SourceError:
    return _error("no_camera", "")
