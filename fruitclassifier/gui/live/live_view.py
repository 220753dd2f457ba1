"""The live view: a camera (or a video played as one) answered continuously, with snapshot and hold-to-record.

Frames flow feed -> preview (GUI thread) -> answerer (worker) -> smoothed bars, each hop through a
one-frame slot, so nothing queues (house rule 13). Work off the GUI thread runs on the view's own
TaskManager (house rule 3), which ``shutdown`` cancels and waits for. Qt Multimedia is imported only when
the view lists cameras, so opening the window never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core.data.frames import (
    VIDEO_EXTENSIONS,
    FrameSource,
    SourceError,
    is_video,
    open_video,
)
from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.core.teach.errors import TeachError
from fruitclassifier.core.teach.teaching_set import (
    NOT_MINE,
    TeachingSet,
    other_class,
    resolve_class_name,
)
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.i18n import class_name, number
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.wording import counted, user_text
from fruitclassifier.gui.live.answerer import LiveAnswerer
from fruitclassifier.gui.live.bars import LiveBars
from fruitclassifier.gui.live.camera_picker import CameraPicker
from fruitclassifier.gui.live.feeds import FrameFeed, SourcePlayer
from fruitclassifier.gui.live.preview import Preview
from fruitclassifier.gui.live.recorder import SampleRecorder
from fruitclassifier.gui.live.smoothing import Smoother
from fruitclassifier.gui.widgets.qt_images import array_to_qimage

VIDEO_PATTERNS = " ".join(f"*{e}" for e in sorted(VIDEO_EXTENSIONS))


def _default_cameras() -> list[Any]:
    from fruitclassifier.gui.live.camera import (
        list_cameras,  # Qt Multimedia loads here, not at launch
    )

    return list_cameras()


class LiveView(QWidget):
    """Camera picker, preview, top-3 bars, mirror, pause, snapshot and hold-to-record for one model."""

    answered = Signal(object)  # the smoothed Prediction just shown
    snapshot_taken = Signal(QImage)  # the frame to add to the results list (the Classify page's hook)
    samples_saved = Signal(str, int)  # class, photos saved by one recording (the page refreshes Teach)
    message_changed = Signal(str)
    ended = Signal()  # the video played to its end
    failed = Signal(str)  # the feed or a worker failed: the words shown in the view

    def __init__(self, parent: QWidget | None = None,
                 cameras: Callable[[], list[Any]] = _default_cameras) -> None:
        super().__init__(parent)
        self.tasks = TaskManager(self, max_threads=3)  # the feed, the answerer, the sample writer
        self._list_cameras = cameras
        self.feed: FrameFeed | None = None
        self.camera_permission: Callable[[], Any] | None = None  # the OS's answer; tests stand in for macOS
        self.frame: Any = None  # the frame on screen (what a snapshot takes)
        self.prediction: Any = None
        self.classifier: Any = None
        self.teaching_set: TeachingSet | None = None
        self._metadata: dict = {}
        self.smoother = Smoother()
        self.answerer = LiveAnswerer(self.tasks, self)
        self.answerer.answered.connect(self._on_answerer_answered)
        self.answerer.failed.connect(self._on_feed_failed)
        self.recorder = SampleRecorder(self.tasks, parent=self)
        self.recorder.saved.connect(self._on_recorder_saved)
        self.recorder.finished.connect(self._on_recorder_finished)
        self.recorder.failed.connect(self._on_feed_failed)
        self._build()
        self.setAcceptDrops(True)  # a video dropped on the view plays as the camera

    # --- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = CameraPicker()
        self.picker.camera_chosen.connect(self.open_camera)
        self.picker.video_requested.connect(self._on_picker_video_requested)
        self.mirror = QCheckBox(self.tr("Mirror"))
        self.mirror.toggled.connect(lambda on: self.preview.set_mirrored(on))
        self.pause = QPushButton(self.tr("Pause"))
        self.pause.setCheckable(True)
        self.pause.toggled.connect(self._on_pause_toggled)
        self.snap = QPushButton(self.tr("Snapshot"))
        self.snap.setToolTip(self.tr("Add this picture to the results list (for This is… and Grad-CAM)"))
        self.snap.clicked.connect(self.snapshot)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Camera:")), self.picker, self.mirror, self.pause, self.snap):
            top.addWidget(widget)
        top.setStretch(1, 1)
        self.preview = Preview()
        self.bars = LiveBars()
        self.message = QLabel("")
        self.message.setObjectName("liveMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.bars)
        layout.addLayout(self._build_record_row())

    def _build_record_row(self) -> QHBoxLayout:
        self.record_class = QComboBox()
        self.record_class.setEditable(True)
        self.record_class.setMinimumContentsLength(14)
        self.record_class.lineEdit().setPlaceholderText(self.tr("class, or a new name"))
        self.record = QPushButton(self.tr("Hold to record"))
        self.record.setToolTip(self.tr("While held, saves {rate} photos a second into the class, for Teach")
                               .format(rate=number(self.recorder.rate)))
        self.record.pressed.connect(self._on_record_pressed)
        self.record.released.connect(self._on_record_released)
        self.record_count = QLabel("")
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("Teach:")), self.record_class, self.record, self.record_count):
            row.addWidget(widget)
        row.setStretch(1, 1)
        self._set_record_enabled(False)
        return row

    # --- model -------------------------------------------------------------------------------------

    def set_model(self, info: Any) -> None:
        """Answer with this store model (its LiteRT copy loads on a worker) and record into its teaching set."""
        from fruitclassifier.core.inference.classifier import Classifier

        task = self.tasks.submit("live: load model", lambda _report: Classifier.load(info))
        task.finished.connect(lambda classifier: self.set_classifier(classifier, TeachingSet.for_model(info)))
        task.failed.connect(self._on_feed_failed)

    def set_classifier(self, classifier: Any, teaching_set: TeachingSet | None = None) -> None:
        self.classifier = classifier
        self.teaching_set = teaching_set
        self._metadata = classifier.info.metadata if classifier.info else {}
        self.answerer.set_classifier(classifier)
        self.smoother.reset()
        names = display_names(classifier.fruit_names)
        self.record_class.clear()
        for class_id in classifier.fruit_names:  # shown translated, recorded under the model's own id
            self.record_class.addItem(class_name(names[class_id]), class_id)
        if other_class(self._metadata):
            self.record_class.addItem(class_name(NOT_MINE), NOT_MINE)
        self.record_class.setCurrentText("")
        self._set_record_enabled(teaching_set is not None)

    def _set_record_enabled(self, enabled: bool) -> None:
        self.record_class.setEnabled(enabled)
        self.record.setEnabled(enabled)

    # --- sources -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the remembered (else the first) camera; with none, say so and offer video files."""
        try:
            cameras = self._list_cameras()
        except ImportError as exc:  # Qt Multimedia missing from this install: video files still play
            cameras = []
            self._show_message(self.tr("Cameras are unavailable here ({reason}). Open a video file instead.")
                               .format(reason=exc))
        self.picker.set_cameras(cameras)
        choice = self.picker.current_camera()
        if choice is not None:
            self.open_camera(choice)
        elif not self.message.text():
            from fruitclassifier.gui.live.camera import no_camera_error

            self._on_feed_failed(no_camera_error())

    def open_camera(self, choice: Any) -> None:
        from fruitclassifier.gui.live.camera import CameraFeed, permission_status

        self.use_feed(CameraFeed(choice, self, self.camera_permission or permission_status))

    def open_video(self, path: str) -> None:
        """Play a video file as the camera. It is opened on a worker (no stall while PyAV loads); a file that
        cannot be played is said in the view through ``failed``."""
        self.use_feed(SourcePlayer(lambda: open_video(path), self.tasks, True, self, name=Path(path).name))
        self.picker.show_video(Path(path).name)

    def open_source(self, source: FrameSource, realtime: bool = True) -> None:
        """Any core FrameSource as the camera (a video file, the tests' synthetic source)."""
        self.use_feed(SourcePlayer(source, self.tasks, realtime, self))

    def use_feed(self, feed: FrameFeed) -> None:
        """Show and answer this feed's frames from now on (the previous feed stops)."""
        self.stop_feed()
        self.feed = feed
        self.smoother.reset()
        self._show_message("")
        self.preview.show_text(self.tr("Starting {name}…").format(name=feed.name))
        feed.frame_arrived.connect(self._on_feed_frame_arrived)
        feed.failed.connect(self._on_feed_failed)
        feed.ended.connect(self._on_feed_ended)
        feed.start()

    def stop_feed(self) -> None:
        if self.feed is not None:
            self.feed.frame_arrived.disconnect(self._on_feed_frame_arrived)
            self.feed.stop()
            self.feed = None
        self.recorder.stop()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop the feed and every worker, and wait for them (the window is closing)."""
        self.stop_feed()
        self.answerer.stop()
        return self.tasks.cancel_all_and_wait(timeout_ms)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:
        if _dropped_video(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = _dropped_video(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_video(path)

    # --- frames and answers ------------------------------------------------------------------------

    def _on_feed_frame_arrived(self) -> None:
        frame = self.feed.slot.take(0) if self.feed is not None else None
        if frame is None or self.pause.isChecked():
            return  # paused: the feed keeps only its newest frame, the picture and the bars stay still
        self.frame = frame
        self.preview.show_image(array_to_qimage(frame.pixels))
        self.answerer.offer(frame)
        self.recorder.offer(frame)

    def _on_answerer_answered(self) -> None:
        answer = self.answerer.answers.take(0)
        if answer is None or self.pause.isChecked() or answer.classifier is not self.classifier:
            return
        smoothed = self.smoother.update(answer.probs, answer.answered_at)
        self.prediction = self.classifier.answer(self.feed.name if self.feed else "camera", smoothed, 3)
        self.bars.show_prediction(self.prediction)
        self.answered.emit(self.prediction)

    def _on_feed_failed(self, error: Any) -> None:
        if isinstance(error, SourceError) and error.kind in ("unplugged", "busy", "denied", "no_camera"):
            self.stop_feed()
        text = user_text(error)
        self._show_message(text)
        if self.frame is None:
            self.preview.show_text(text)
        self.failed.emit(text)

    def _on_feed_ended(self) -> None:
        self._show_message(self.tr("The video has ended. Pick a camera or open another video."))
        self.ended.emit()

    def _on_pause_toggled(self, paused: bool) -> None:
        self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_changed.emit(text)

    # --- snapshot and recording ----------------------------------------------------------------------

    def snapshot(self) -> QImage | None:
        """The picture on screen, handed to ``snapshot_taken`` (the page adds it to its results)."""
        if self.frame is None:
            return None
        image = array_to_qimage(self.frame.pixels)
        self.snapshot_taken.emit(image)
        return image

    def _on_record_pressed(self) -> None:
        if self.teaching_set is None:
            return
        try:
            recorded = resolve_class_name(self._record_choice(), self._metadata)
        except TeachError as exc:
            self._show_message(user_text(exc))
            return
        self.recorder.start(self.teaching_set, recorded)
        self.record_count.setText(self.tr("Recording…"))

    def _on_record_released(self) -> None:
        self.recorder.stop()  # _on_recorder_finished follows once the last sample is on disk

    def _record_choice(self) -> str:
        """The class to record into: a listed class's id (its name is shown translated), or the typed name."""
        text = self.record_class.currentText().strip()
        index = self.record_class.findText(text)
        return self.record_class.itemData(index) if index >= 0 else text

    def _on_recorder_finished(self, recorded: str, count: int) -> None:
        text = self.tr("Saved %n photo(s) of “{name}” for teaching. Press Teach to teach the model.", "", count)
        self._show_message(counted(text, count).format(name=self.record_class.currentText()))
        self.samples_saved.emit(recorded, count)

    def _on_recorder_saved(self, count: int) -> None:
        self.record_count.setText(counted(self.tr("%n saved", "", count), count))

    def _on_picker_video_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Video"), settings.last_folder("videos"),
                                              self.tr("Videos ({patterns})").format(patterns=VIDEO_PATTERNS))
        if path:
            settings.remember_folder("videos", path)
            self.open_video(path)


def _dropped_video(mime: Any) -> str:
    """The first local video file among dropped URLs, or ''."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and is_video(url.toLocalFile()):
            return url.toLocalFile()
    return ""
