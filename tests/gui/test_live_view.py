"""The live view (issue 31) in a real Qt event loop: a video file and a synthetic source as the camera, with the
session's tiny model (apple, banana, kiwi discs) answering through LiteRT on the view's workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from gui_helpers import drop_files
from helpers import CLASS_COLOURS
import numpy as np
import pytest

from fruitclassifier.core.data import frames as F
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.teach.teaching_set import TeachingSet

TIMEOUT_MS = 20_000


def disc(colour, index: int = 0, size: int = 32) -> np.ndarray:
    """A disc of a class's colour on white, drifting a pixel a frame (a fruit held up, not a still photo)."""
    yy, xx = np.mgrid[:size, :size]
    img = np.full((size, size, 3), 255, np.uint8)
    cx = size / 2 + (index % 5) - 2
    img[(xx - cx) ** 2 + (yy - size / 2) ** 2 < (size * 0.32) ** 2] = colour
    return img


def fruit_frames(name: str, count: int, start: int = 0) -> list[np.ndarray]:
    return [disc(CLASS_COLOURS[name], start + i) for i in range(count)]


@pytest.fixture
def view(qtbot, tiny_model):
    from fruitclassifier.gui.live.live_view import LiveView

    live = LiveView(cameras=list)
    qtbot.addWidget(live)
    live.resize(640, 560)
    live.show()
    live.set_classifier(Classifier.load(tiny_model), TeachingSet.for_model(tiny_model))
    yield live
    assert live.shutdown(), "the live view's workers did not stop"


def answers_until(qtbot, live, done, timeout=TIMEOUT_MS) -> list:
    seen = []
    live.answered.connect(lambda p: seen.append(p))
    qtbot.waitUntil(lambda: bool(done(seen)), timeout=timeout)
    return seen


def test_no_camera_is_said_in_the_view_and_video_files_are_offered(qtbot):
    """Offscreen Qt lists no video input: the real Qt Multimedia device list is the "no camera" case."""
    from fruitclassifier.gui.live.live_view import LiveView

    live = LiveView()  # the real camera list
    qtbot.addWidget(live)
    live.start()
    assert "No camera found" in live.message.text()
    items = [live.picker.itemText(i) for i in range(live.picker.count())]
    assert items == ["No camera found", "Video file…"]
    assert not live.picker.model().item(0).isEnabled()
    assert live.shutdown()


def test_a_video_file_plays_as_the_camera_and_the_bars_follow_the_fruit(qtbot, view, tmp_path):
    clip = F.write_video(tmp_path / "clip.mp4", fruit_frames("banana", 20) + fruit_frames("kiwi", 20, 20), fps=20)
    assert drop_files(view, [clip])  # dropped on the view, as from a file manager
    assert view.picker.currentText() == "clip.mp4 (video)"
    seen = answers_until(qtbot, view, lambda s: bool(s) and s[-1].label == "kiwi")
    labels = [p.label for p in seen]
    assert "banana" in labels[: len(labels) // 2 + 1], labels
    # the bars are smoothed: the first kiwi answer may sit at the crossing, so the bars get a moment to settle
    qtbot.waitUntil(lambda: view.bars.names[0].text().lower() == "kiwi" and view.bars.bars[0].value() > 500,
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "ended" in view.message.text(), timeout=TIMEOUT_MS)


def test_frames_never_queue_the_answers_take_the_newest(qtbot, view):
    """A source far faster than the answers (no pacing): frames are dropped, never queued, and the last
    answers are about the last frames."""
    source = F.SyntheticSource(lambda i: disc(CLASS_COLOURS["apple"], i, size=256), count=400, fps=1000)
    view.open_source(source, realtime=False)
    qtbot.waitUntil(lambda: "ended" in view.message.text(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.answerer.answers.take(0) is None and not view.answerer._frames._frame,
                    timeout=TIMEOUT_MS)
    assert view.feed.slot.dropped + view.answerer.dropped > 0
    assert view.answerer.count < 400
    assert view.frame.index == 399  # the picture on screen is the newest frame


def test_smoothing_keeps_one_odd_answer_from_flipping_the_bars():
    from fruitclassifier.gui.live.smoothing import Smoother

    smoother = Smoother(half_life_s=0.25)
    banana, kiwi = np.array([0.0, 0.9, 0.1]), np.array([0.0, 0.1, 0.9])
    for i in range(10):
        steady = smoother.update(banana, i / 20)
    assert steady.argmax() == 1
    assert smoother.update(kiwi, 10 / 20).argmax() == 1  # one odd frame: still banana
    for i in range(11, 31):  # a second of kiwi: the bars have moved over
        moved = smoother.update(kiwi, i / 20)
    assert moved.argmax() == 2 and moved[2] > 0.8
    smoother.reset()
    assert smoother.update(banana, 0).argmax() == 1  # a new camera starts from its first answer


def test_pause_freezes_mirror_flips_and_snapshot_hands_over_the_frame(qtbot, view):
    left_red = np.zeros((32, 32, 3), np.uint8)
    left_red[:, :16] = (255, 0, 0)
    left_red[:, 16:] = (0, 0, 255)
    view.open_source(F.SyntheticSource(lambda i: left_red, count=10_000, fps=30))
    qtbot.waitUntil(lambda: view.frame is not None and view.prediction is not None, timeout=TIMEOUT_MS)
    picture = view.preview.grab().toImage()
    middle_y = picture.height() // 2
    left = picture.pixelColor(picture.width() // 2 - 20, middle_y)
    view.mirror.setChecked(True)
    mirrored = view.preview.grab().toImage().pixelColor(picture.width() // 2 - 20, middle_y)
    assert left.red() > 200 and mirrored.blue() > 200 and mirrored.red() < 50

    view.pause.setChecked(True)
    frozen = view.frame.index
    qtbot.wait(300)
    assert view.frame.index == frozen and view.pause.text() == "Resume"
    with qtbot.waitSignal(view.snapshot_taken, timeout=2000) as snap:
        view.snap.click()
    assert snap.args[0].width() == 32 and snap.args[0].pixelColor(2, 2).red() > 200
    view.pause.setChecked(False)
    qtbot.waitUntil(lambda: view.frame.index > frozen, timeout=TIMEOUT_MS)


@pytest.mark.slow
def test_hold_to_record_ten_samples_into_a_new_class_then_teach(qtbot, view, tiny_model, tmp_path):
    from helpers import make_image_folder

    from fruitclassifier.core.teach.run import TeachOptions, teach

    plum = (120, 40, 160)
    view.open_source(F.SyntheticSource(lambda i: disc(plum, i), count=100_000, fps=30))
    qtbot.waitUntil(lambda: view.frame is not None, timeout=TIMEOUT_MS)
    view.record_class.setCurrentText("plum")
    qtbot.mousePress(view.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.recorder.count >= 10, timeout=TIMEOUT_MS)
    assert view.record_count.text().endswith("saved")
    with qtbot.waitSignal(view.samples_saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseRelease(view.record, Qt.MouseButton.LeftButton)
    name, count = saved.args
    teaching = TeachingSet.for_model(tiny_model)
    assert name == "plum" and count >= 10 and teaching.counts() == {"plum": count}
    assert "Saved" in view.message.text()
    replay = make_image_folder(tmp_path / "replay", per_class=8, seed=11)
    taught = teach(tiny_model, teaching.root, TeachOptions(epochs=20, copies=2, replay_per_class=8,
                                                           replay_dir=str(replay), seed=1))
    assert taught.class_names[-1] == "plum"
    answer = Classifier.load(taught).classify_image(F.Frame(disc(plum, 3), 0, 0).image())
    assert answer.label == "plum"


def test_a_file_that_is_not_a_video_is_said_in_the_view(qtbot, view, tmp_path):
    bogus = tmp_path / "holiday.mp4"
    bogus.write_bytes(b"\0" * 2048)
    with qtbot.waitSignal(view.failed, timeout=TIMEOUT_MS):
        view.open_video(str(bogus))
    assert "holiday.mp4 cannot be played" in view.message.text()
    assert view.preview.text == view.message.text()  # nothing was shown yet: the picture says it too


def test_a_source_that_stops_mid_stream_is_said_and_the_feed_stops(qtbot, view):
    source = F.SyntheticSource(lambda i: disc(CLASS_COLOURS["banana"], i), count=1000, fps=30, fail_at=15)
    view.open_source(source)
    qtbot.waitUntil(lambda: "stopped sending pictures" in view.message.text(), timeout=TIMEOUT_MS)
    assert view.feed is None and view.frame.index == 14  # the last good picture stays on screen


@pytest.mark.parametrize("case, expected", [
    ("denied", "may not use the camera"),
    ("busy", "could not start (Device or resource busy)"),
    ("unplugged_before", "was disconnected"),
    ("unplugged_during", "was disconnected"),
])
def test_camera_failures_are_said_in_the_view(qtbot, view, case, expected):
    from PySide6.QtMultimedia import QCamera

    from fruitclassifier.gui.live import camera

    choice = camera.CameraChoice(b"usb-cam-1", "USB microscope", "")
    if case == "denied":  # what macOS answers when the user said no
        view.camera_permission = lambda: Qt.PermissionStatus.Denied
    if case in ("denied", "unplugged_before"):
        view.open_camera(choice)  # the device is not in Qt's (empty) list: it has gone
    else:  # a camera that opened (there is no device here), then what Qt Multimedia emits
        feed = camera.CameraFeed(choice, view)
        feed.start = lambda: None
        view.use_feed(feed)
        if case == "busy":  # QCamera's error when another app holds the device
            feed._on_camera_error_occurred(QCamera.Error.CameraError, "Device or resource busy")
        else:  # the device list changed and the camera is not in it
            feed._on_devices_changed()
    assert expected in view.message.text()
    assert "USB microscope" in view.message.text() or case == "denied"
    assert view.feed is None


def test_self_test_plays_a_video_through_the_window_s_live_view(qtbot, tiny_model, tmp_path):
    """What `gui --self-test --camera FILE` adds: the live view opened from the main window plays FILE,
    and the figures come back; a snapshot lands in the Classify page's results."""
    from fruitclassifier.gui.live import attach
    from fruitclassifier.gui.live.self_test_live import LiveSelfTest
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    clip = F.write_video(tmp_path / "kiwi.mp4", fruit_frames("kiwi", 30), fps=15)
    done = []
    live = LiveSelfTest(window, tiny_model, str(clip), lambda figures, failure: done.append((figures, failure)))
    live.start()
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT_MS)
    figures, failure = done[0]
    assert failure is None
    assert set(figures) == {"live_answers_per_s", "live_max_stall_ms", "live_last_answer"}
    assert figures["live_answers_per_s"] > 1 and figures["live_max_stall_ms"] >= 0
    assert figures["live_last_answer"]["label"] == "kiwi"
    view = attach.open_for(window, start=False)  # the same view: one per window
    assert view is live.view
    page = window.page("classify")
    before = page.results.rowCount()
    view.snapshot()
    qtbot.waitUntil(lambda: page.results.rowCount() == before + 1, timeout=TIMEOUT_MS)


def test_camera_option_needs_the_self_test_and_a_file(tmp_path, capsys):
    from fruitclassifier.cli import main

    opened = []

    def runner(**kwargs):
        return opened.append(kwargs) or 0

    clip = F.write_video(tmp_path / "c.mp4", fruit_frames("apple", 4), fps=10)
    assert main(["gui", "--camera", str(clip)], gui_runner=runner) == 2
    assert main(["gui", "--self-test", "--camera", str(tmp_path / "gone.mp4")], gui_runner=runner) == 2
    err = capsys.readouterr().err
    assert "--camera plays a video in the self-test only" in err and "no such video" in err
    assert main(["gui", "--self-test", "--camera", str(clip)], gui_runner=runner) == 0
    assert opened[0]["self_test"] is True and opened[0]["camera"] == str(clip)


def test_file_menu_opens_the_live_view_and_closing_the_window_stops_it(qtbot, tiny_model):
    from fruitclassifier.gui.live import attach
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "Live Camera…")
    action.trigger()
    view = getattr(window, attach.ATTRIBUTE)
    assert view.isVisible() and view.isWindow()
    assert "No camera found" in view.message.text()  # offscreen Qt lists no camera
    qtbot.waitUntil(lambda: view.classifier is not None, timeout=TIMEOUT_MS)  # the Classify page's model
    assert view.classifier.name == tiny_model.name
    tasks = view.tasks
    window.close()
    qtbot.waitUntil(lambda: getattr(window, attach.ATTRIBUTE) is None, timeout=TIMEOUT_MS)
    assert not tasks.active()


def test_the_camera_stack_loads_only_when_the_live_view_opens(fc_home):
    code = (
        "import json, sys\n"
        "from fruitclassifier.gui.app import make_app\n"
        "app = make_app()\n"
        "from fruitclassifier.gui.main_window import MainWindow\n"
        "window = MainWindow(); window.show(); app.processEvents()\n"
        "stack = ('PySide6.QtMultimedia', 'av')\n"
        "before = [m for m in stack if m in sys.modules]\n"
        "view = window.open_live_view(); app.processEvents()\n"
        "after = [m for m in stack if m in sys.modules]\n"
        "view.close()\n"
        "print(json.dumps([before, after]))\n"
    )
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    before, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == [] and "PySide6.QtMultimedia" in after


def test_the_bars_say_not_sure_and_not_one_of_mine(qtbot):
    from fruitclassifier.core.inference.classifier import Prediction
    from fruitclassifier.gui.live.bars import LiveBars

    bars = LiveBars()
    qtbot.addWidget(bars)
    bars.show_prediction(Prediction("camera", [("Banana 1", 0.45), ("Mango 1", 0.3), ("Lemon 1", 0.25)]))
    assert bars.headline.text() == "Not sure — maybe Banana" and bars.bars[0].value() == 450
    bars.show_prediction(Prediction("camera", [("Tomato 1", 0.37)], unknown=True))
    assert bars.headline.text() == "Not one of my fruits"
    assert [n.text() for n in bars.names] == ["Tomato", "", ""] and bars.bars[1].value() == 0
    bars.show_prediction(Prediction("camera", [("Kiwi 1", 0.9)]))
    assert bars.headline.text() == "Kiwi" and bars.bars[0].format() == "90%"


def test_the_picker_lists_every_camera_and_remembers_the_choice(qtbot):
    from fruitclassifier.gui.live.camera import CameraChoice
    from fruitclassifier.gui.live.camera_picker import CameraPicker

    cameras = [CameraChoice(b"built-in", "FaceTime HD Camera", "front"),
               CameraChoice(b"rear", "Back Camera", "back"),
               CameraChoice(b"usb-1", "USB Microscope", "")]
    picker = CameraPicker()
    qtbot.addWidget(picker)
    picker.set_cameras(cameras)
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "FaceTime HD Camera (front)", "Back Camera (rear)", "USB Microscope", "Video file…"]
    assert picker.current_camera() == cameras[0]  # nothing remembered yet: the first
    with qtbot.waitSignal(picker.camera_chosen) as chosen:
        picker.setCurrentIndex(2)
        picker.activated.emit(2)
    assert chosen.args[0] == cameras[2]
    again = CameraPicker()
    qtbot.addWidget(again)
    again.set_cameras(cameras)
    assert again.current_camera() == cameras[2]  # remembered (QSettings)
    again.set_cameras(cameras[:2])  # the microscope is unplugged: back to the first
    assert again.current_camera() == cameras[0]
    with qtbot.waitSignal(again.video_requested):
        again.activated.emit(again.count() - 1)
