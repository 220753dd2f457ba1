"""``predict MODEL clip.mp4 [--fps N] --json/--jsonl`` through real processes (issue 31.4): sampled frames, each
with its time, answered without Qt or TensorFlow; an unplayable video is one line and exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path
import subprocess
import sys

from helpers import CLASS_COLOURS
import numpy as np

from fruitclassifier.core.data.frames import write_video


def _disc(colour, index: int, size: int = 32) -> np.ndarray:
    yy, xx = np.mgrid[:size, :size]
    img = np.full((size, size, 3), 255, np.uint8)
    img[(xx - size / 2 - index % 3) ** 2 + (yy - size / 2) ** 2 < (size * 0.32) ** 2] = colour
    return img


def _clip(path: Path) -> Path:
    """2 s of a banana-coloured disc, then 2 s of a kiwi-coloured one, at 10 fps."""
    pictures = [_disc(CLASS_COLOURS["banana" if i < 20 else "kiwi"], i) for i in range(40)]
    return write_video(path, pictures, fps=10)


def _predict(model: Path, fc_home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home)}
    return subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(model), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_predict_answers_sampled_frames_with_their_times(tiny_model_dir, tmp_path, fc_home):
    clip = _clip(tmp_path / "banana-then-kiwi.mp4")
    done = _predict(tiny_model_dir, fc_home, str(clip), "--fps", "5", "--json")
    assert done.returncode == 0, done.stderr
    answers = json.loads(done.stdout)
    times = [a["time_s"] for a in answers]
    assert times == [round(i * 0.2, 3) for i in range(20)]
    labels = [a["top"][0]["label"] for a in answers]
    assert labels[:9] == ["banana"] * 9 and labels[11:] == ["kiwi"] * 9, labels
    assert all(a["path"] == str(clip) and "frame" in a for a in answers)

    every = _predict(tiny_model_dir, fc_home, str(clip), "--fps", "30", "--jsonl", "--top-k", "1")
    lines = [json.loads(line) for line in every.stdout.splitlines()]
    assert len(lines) == 40 and [len(a["top"]) for a in lines] == [1] * 40  # the clip's own 10 fps: every frame

    text = _predict(tiny_model_dir, fc_home, str(clip), "--fps", "1")
    rows = text.stdout.splitlines()
    assert len(rows) == 4 and "   3.00 s\tkiwi" in rows[-1], rows


def test_videos_that_cannot_be_answered_are_one_line_and_exit_2(tiny_model_dir, tmp_path, fc_home):
    fake = tmp_path / "holiday.mp4"
    fake.write_bytes(b"\0" * 4096)
    clip = _clip(tmp_path / "c.mp4")
    photo = tmp_path / "p.png"
    from PIL import Image

    Image.fromarray(_disc(CLASS_COLOURS["apple"], 0)).save(photo)
    for args, words in [((str(fake),), "holiday.mp4 cannot be played"),
                        ((str(tmp_path / "gone.mov"),), "does not exist"),
                        ((str(clip), str(photo)), "videos and photos cannot be answered in one call"),
                        ((str(clip), "--fps", "0"), "--fps must be more than 0")]:
        done = _predict(tiny_model_dir, fc_home, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
