"""Screenshots of teaching in the real window: the bundled model learns a new class ("Shoe") from 10 real photos.

    Xvfb :99 -screen 0 1500x900x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/make_teach_screenshots.py

Writes teach_marked.png (photos marked after "This is…", the teaching-set panel) and teach_after.png (the
taught model answering, with the before/after score and the answers that changed) beside this script.
The photos are CC0 phone photos of shoes (../shared/datasets/backgrounds/clothing_cc0, see its SOURCE.md).
"""

import glob
import os
from pathlib import Path
import sys
import tempfile

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LANGUAGE = os.environ.get("FRUITCLASSIFIER_LANGUAGE", "en")  # e.g. de: the window speaks it, files go to de/
OUT = HERE if LANGUAGE == "en" else HERE / LANGUAGE
SHOES = sorted(glob.glob(str(REPO.parent / "shared/datasets/backgrounds/clothing_cc0/*_shoes_*.jpg")))
os.environ["FRUITCLASSIFIER_HOME"] = tempfile.mkdtemp(prefix="fc-shots-")
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(signal=None, ms: int = 300_000) -> None:
    loop = QEventLoop()
    if signal is not None:
        signal.connect(lambda *_: loop.quit())
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    from fruitclassifier.gui.base import i18n
    from fruitclassifier.gui.base.settings import configure_settings
    from fruitclassifier.gui.main_window import MainWindow

    app = QApplication(sys.argv)
    configure_settings()
    i18n.install(LANGUAGE)
    OUT.mkdir(exist_ok=True)
    win = MainWindow()
    win.resize(1500, 900)
    win.show()
    win.tf.start()
    page = win.page("classify")
    page.add_paths(SHOES[:10])
    wait(page.classification_finished)
    page.view.selectAll()
    page.teacher.teach_selected_as("Shoe")
    page.view.clearSelection()
    page.view.setCurrentIndex(page.results.index(0))
    wait(ms=4000)  # thumbnails and the preview load in the background
    win.grab().save(str(OUT / "teach_marked.png"))
    page.teacher.panel.teach_button.click()
    wait(page.teacher.changes_ready)
    page.clear()
    page.add_paths(SHOES[10:20])
    wait(page.classification_finished)
    page.view.setCurrentIndex(page.results.index(0))
    wait(ms=3000)
    win.grab().save(str(OUT / "teach_after.png"))
    for width, height in ((1600, 1000), (1024, 700)):  # the window's two reference sizes
        win.setGeometry(0, 0, width, height)
        wait(ms=1000)
        win.grab().save(str(OUT / f"teach_after_{width}x{height}.png"))
    for item in page.items():
        print(f"{item.name[:40]}\t{item.label}\t{item.probability:.2f}")
    win.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
