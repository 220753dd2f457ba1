"""`predict --json` with the bundled model: a real fruit photo is named, a fruit-free picture is not one of its
fruits."""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

from PIL import Image
import numpy as np

from fruitclassifier import paths

DATA = Path(__file__).parent / "data" / "fruits360"


def _striped_wall(folder: Path) -> Path:
    """A fruit-free picture: grey stripes."""
    yy, xx = np.mgrid[:200, :200]
    wall = 120 + 60 * np.sign(np.sin(xx / 6.0))[..., None] + np.zeros((200, 200, 3))
    Image.fromarray(wall.astype(np.uint8)).save(folder / "wall.png")
    return folder / "wall.png"


def _predict(model: str | Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(model), *args],
                          capture_output=True, text=True, timeout=120)


def test_bundled_model_names_a_banana_and_refuses_a_striped_wall(tmp_path):
    banana = DATA / "Banana_1_105_100.jpg"
    out = _predict("Fruit & veg (default)", str(banana), str(_striped_wall(tmp_path)), "--json")
    assert out.returncode == 0, out.stderr
    fruit, wall_answer = json.loads(out.stdout)
    assert fruit["top"][0]["label"] == "Banana 1" and fruit["top"][0]["name"] == "Banana"
    threshold = json.loads((paths.resource_path("models") / "fruits360-default" / "metadata.json")
                           .read_text(encoding="utf-8"))["open_set"]["threshold"]
    assert fruit["unknown"] is False and fruit["known_probability"] > 2 * threshold  # well clear of it
    assert wall_answer["unknown"] is True and wall_answer["known_probability"] < threshold
    assert all(t["label"] != "_other" for t in wall_answer["top"])  # "not one of mine" is never a named fruit


def test_predict_refuse_picks_the_models_measured_level(tmp_path):
    """`--refuse` reads the thresholds a model measured: the same fruit-free picture is refused at the default
    level and named at "rarely"."""
    import shutil

    from fruitclassifier import paths

    model = tmp_path / "model"
    shutil.copytree(paths.resource_path("models") / "fruits360-default", model)
    meta = json.loads((model / "metadata.json").read_text(encoding="utf-8"))
    spec = meta["open_set"]
    spec["levels"] = {"rarely": 0.0, "balanced": spec["threshold"], "readily": 0.99}
    (model / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    wall = str(_striped_wall(tmp_path))

    def answer(*flags: str) -> dict:
        out = _predict(model, wall, "--json", *flags)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)[0]

    assert answer()["unknown"] is True and answer("--refuse", "readily")["unknown"] is True
    assert answer("--refuse", "rarely")["unknown"] is False
    bad = _predict(model, wall, "--refuse", "often")
    assert bad.returncode == 2 and "readily" in bad.stderr
