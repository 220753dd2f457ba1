"""Issue 31's clip: real shop photos of bananas for 3 s, then tomatoes for 3 s, at 30 fps, through the bundled model.

``predict`` (the CLI, a real process) answers every frame; the row reports the share named banana before
2.5 s and tomato after 3.5 s (target 0.8 each). ``gui --self-test --camera`` plays the same clip through the
live view as a camera and reports answers per second and the longest event-loop stall (targets >= 10, <= 50 ms).
The photos are the default model's held-out shop photos (training/default_model/holdout.txt) when listed,
so the model never trained on them; each is shown 0.5 s with a slow pan, as a hand-held fruit would move.
"""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import numpy as np

from benchmarks import common

GROCERY = common.REPO.parent / "shared" / "datasets" / "grocery-store" / "classes"
HOLDOUT = common.REPO / "training" / "default_model" / "holdout.txt"
FPS, SIZE, PER_PHOTO_S = 30, (640, 480), 0.5


def photos(class_name: str, count: int = 6) -> list[Path]:
    """Held-out photos of a class when the default model lists them, else the class's first photos."""
    held = HOLDOUT.read_text().splitlines() if HOLDOUT.is_file() else []
    names = [line.split("/")[-1] for line in held if line.startswith(f"grocery/{class_name}/")]
    chosen = [GROCERY / class_name / n for n in names if (GROCERY / class_name / n).is_file()]
    return (chosen or sorted((GROCERY / class_name).glob("*.jpg")))[:count]


def _panned(path: Path, frames: int) -> list[np.ndarray]:
    from PIL import Image

    img = Image.open(path).convert("RGB")
    scale = max(SIZE[0] * 1.15 / img.width, SIZE[1] * 1.15 / img.height)
    img = img.resize((round(img.width * scale), round(img.height * scale)))
    spare_x, spare_y = img.width - SIZE[0], img.height - SIZE[1]
    out = []
    for i in range(frames):
        x, y = round(spare_x * i / max(1, frames - 1)), round(spare_y / 2)
        out.append(np.asarray(img.crop((x, y, x + SIZE[0], y + SIZE[1]))))
    return out


def make_clip(path: Path, first: str = "Banana 1", second: str = "Tomato 1", seconds_each: float = 3.0) -> Path:
    """The 6-second clip: ``first``'s photos for ``seconds_each`` s, then ``second``'s."""
    from fruitclassifier.core.data.frames import write_video

    per_photo = round(FPS * PER_PHOTO_S)
    count = round(seconds_each / PER_PHOTO_S)
    pictures = [p for cls in (first, second) for photo in photos(cls, count) for p in _panned(photo, per_photo)]
    return write_video(path, pictures, FPS)


def share(answers: list[dict], label: str, after: float = -1.0, before: float = 1e9) -> float:
    """Fraction of the answers in (after, before) s whose top label is ``label``."""
    inside = [a for a in answers if after < a["time_s"] < before]
    return sum(a["top"][0]["label"] == label for a in inside) / max(1, len(inside))


def run(quick: bool = True) -> list[dict]:
    common.setup_process()
    common.SCRATCH.mkdir(parents=True, exist_ok=True)
    clip = make_clip(common.SCRATCH / "banana-then-tomato.mp4")
    cli = [sys.executable, "-m", "fruitclassifier"]
    predict = subprocess.run([*cli, "predict", str(common.REPO / "resources" / "models" / "fruits360-default"),
                              str(clip), "--fps", str(FPS), "--json"], capture_output=True, text=True,
                             env=common.child_env(), check=True)
    answers = json.loads(predict.stdout)
    selftest = subprocess.run(
        [*cli, "gui", "--self-test", "--camera", str(clip)],
        capture_output=True,
        text=True,
        check=False,
        env=common.child_env(),
    )
    line = json.loads(selftest.stdout.strip().splitlines()[-1]) if selftest.stdout.strip() else {}
    return [
        {
            "benchmark": "live_video",
            "frames_answered": len(answers),
            "banana_before_2_5s": round(share(answers, "Banana 1", before=2.5), 3),
            "tomato_after_3_5s": round(share(answers, "Tomato 1", after=3.5), 3),
            "live_answers_per_s": line.get("live_answers_per_s"),
            "live_max_stall_ms": line.get("live_max_stall_ms"),
            "live_last_answer": line.get("live_last_answer"),
            "self_test_failure": line.get("failure"),
        }
    ]


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
