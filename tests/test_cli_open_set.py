"""`predict --json` with the bundled model: a real fruit photo is named, a fruit-free picture is not one of its fruits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

DATA = Path(__file__).parent / "data" / "fruits360"


def test_bundled_model_names_a_banana_and_refuses_a_striped_wall(tmp_path):
    yy, xx = np.mgrid[:200, :200]
    wall = 120 + 60 * np.sign(np.sin(xx / 6.0))[..., None] + np.zeros((200, 200, 3))
    Image.fromarray(wall.astype(np.uint8)).save(tmp_path / "wall.png")
    banana = DATA / "Banana_1_105_100.jpg"
    out = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", "Fruits-360 (default)", str(banana),
                          str(tmp_path / "wall.png"), "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    fruit, wall_answer = json.loads(out.stdout)
    assert fruit["top"][0]["label"] == "Banana 1" and fruit["top"][0]["name"] == "Banana"
    assert fruit["unknown"] is False and fruit["known_probability"] > 0.9
    assert wall_answer["unknown"] is True and wall_answer["known_probability"] < 0.5
    assert all(t["label"] != "_other" for t in wall_answer["top"])  # "not one of mine" is never a named fruit
