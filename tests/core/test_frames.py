"""The frame-source seam (core/data/frames.py) and video answers (core/inference/video.py), on clips made here."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from fruitclassifier.core.data import frames as F


def _pictures(count: int, size=(32, 48)) -> list[np.ndarray]:
    return [np.full((*size, 3), (i * 8) % 256, np.uint8) for i in range(count)]


def test_video_file_frames_carry_their_own_times(tmp_path):
    clip = F.write_video(tmp_path / "c.mp4", _pictures(30), fps=10)
    source = F.open_video(clip)
    assert source.fps == pytest.approx(10)
    got = list(source.frames())
    source.close()
    assert len(got) == 30
    assert [round(f.time_s, 2) for f in got[:4]] == [0.0, 0.1, 0.2, 0.3]
    assert got[5].pixels.shape == (32, 48, 3)
    assert abs(float(got[5].pixels.mean()) - 40) < 4  # the grey level written, through lossy coding


def test_sampled_takes_the_first_frame_of_each_step():
    frames = [F.Frame(np.zeros((2, 2, 3), np.uint8), i / 30, i) for i in range(90)]
    times = [round(f.time_s, 3) for f in F.sampled(frames, 2)]
    assert times == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5]
    assert len(list(F.sampled(frames, None))) == 90
    with pytest.raises(F.UserError):
        list(F.sampled(frames, 0))


def test_unplayable_files_say_why(tmp_path):
    with pytest.raises(F.SourceError) as missing:
        F.open_video(tmp_path / "nope.mp4")
    assert missing.value.kind == "missing"
    text = tmp_path / "notes.mp4"
    text.write_text("not a video")
    with pytest.raises(F.SourceError) as not_video:
        F.open_video(text)
    assert not_video.value.kind == "unsupported" and "notes.mp4" in str(not_video.value)
    # an AVI whose codec tag names no decoder: the container opens, the codec is unknown
    avi = F.write_video(tmp_path / "c.avi", _pictures(4), fps=10, codec="mpeg4")
    odd = tmp_path / "odd.avi"
    odd.write_bytes(avi.read_bytes().replace(b"FMP4", b"QQZZ"))
    with pytest.raises(F.SourceError) as codec:
        F.open_video(odd)
    assert codec.value.kind == "unsupported" and "codec" in str(codec.value)


def test_synthetic_source_can_be_unplugged():
    source = F.SyntheticSource.from_images(_pictures(5), fps=30, fail_at=3)
    seen = []
    with pytest.raises(F.SourceError) as gone:
        for frame in source.frames():
            seen.append(frame.index)
    assert seen == [0, 1, 2] and gone.value.kind == "unplugged"


def test_latest_frame_wins_and_counts_what_it_dropped():
    slot = F.LatestFrame()
    assert slot.put(1) is True
    assert slot.put(2) is False and slot.put(3) is False
    assert slot.take(0) == 3 and slot.dropped == 2
    assert slot.take(0.01) is None
    # a waiting reader wakes at once when a frame arrives, and for good when the slot closes
    got = []
    reader = threading.Thread(target=lambda: got.append(slot.take(5)))
    reader.start()
    time.sleep(0.05)
    slot.put(4)
    reader.join(2)
    assert got == [4]
    slot.close()
    started = time.perf_counter()
    assert slot.take(5) is None and time.perf_counter() - started < 1


def test_answer_video_answers_sampled_frames_in_time_order(tmp_path, tiny_model_dir):
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.inference.video import answer_video

    clip = F.write_video(tmp_path / "c.mp4", _pictures(20), fps=10)
    classifier = Classifier.load(str(tiny_model_dir))
    seen = []
    answers = answer_video(classifier, clip, fps=5, top_k=2, on_result=seen.append)
    assert [round(a.time_s, 2) for a in answers] == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8]
    assert seen == answers
    row = answers[3].to_dict()
    assert row["time_s"] == 0.6 and row["frame"] == 6 and len(row["top"]) == 2
    assert row["top"][0]["label"] in classifier.class_names
