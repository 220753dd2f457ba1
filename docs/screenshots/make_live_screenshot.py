"""Screenshots of the live view with a video as the camera (issue 31): real shop photos, the bundled model.

    Xvfb :99 -screen 0 1500x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_live_screenshot.py

Makes issue 31's clip (benchmarks/bench_live_video.py: held-out shop photos, 3 s of bananas then 3 s of
tomatoes at 30 fps), opens File › Live Camera… in the real window, plays the clip as the camera (the window
lists no camera under Xvfb) and writes live_banana.png (1.5 s in) and live_tomato.png (5 s in) beside this
script, mirrored off, with the Classify page's model answering.
"""

import os
from pathlib import Path
import sys
import tempfile
import time

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LANGUAGE = os.environ.get("FRUITCLASSIFIER_LANGUAGE", "en")  # e.g. de: the window speaks it, files go to de/
OUT = HERE if LANGUAGE == "en" else HERE / LANGUAGE
os.environ["FRUITCLASSIFIER_HOME"] = tempfile.mkdtemp(prefix="fc-shots-")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from PySide6.QtWidgets import QApplication  # noqa: E402 - after the environment above
from shot_helpers import wait_until  # noqa: E402


def main() -> int:
    from benchmarks.bench_live_video import make_clip
    from fruitclassifier.gui.base import i18n
    from fruitclassifier.gui.base.settings import configure_settings
    from fruitclassifier.gui.main_window import MainWindow

    app = QApplication(sys.argv)
    configure_settings()
    i18n.install(LANGUAGE)
    OUT.mkdir(exist_ok=True)
    clip = make_clip(Path(tempfile.mkdtemp(prefix="fc-clip-")) / "banana-then-tomato.mp4")
    window = MainWindow()
    window.resize(1024, 700)
    window.show()
    view = window.open_live_view()
    view.resize(760, 820)
    wait_until(lambda: view.classifier is not None, 60_000)
    started = time.perf_counter()
    view.open_video(str(clip))
    for name, at in (("live_banana.png", 1.5), ("live_tomato.png", 5.0)):
        wait_until(lambda at=at: time.perf_counter() - started >= at, 30_000)
        view.grab().save(str(OUT / name))
        print(name, view.bars.headline.text(), file=sys.stderr)
    view.close()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
