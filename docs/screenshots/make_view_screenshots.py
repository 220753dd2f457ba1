"""Screenshots of every view with real data, at 1600×1000 and at 1024×700 (the smallest size the window is laid
out for), in one run:

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/screenshots/make_view_screenshots.py

Classify answers a few real shop photos (../shared/datasets/grocery-store) and two fruit-free ones with the
bundled model; Train trains a compact CNN at 32 px for 2 epochs on the Fruits-360 subset; Compare measures the
bundled model and that CNN on the real shop photos of the classes they know (the CNN's near-perfect validation
does not carry over: the verdict says so); Tune and Models show their forms and the library.
Writes <view>_<width>x<height>.png beside this script (the window's own pixels, ``QWidget.grab``). Uses a
throwaway app home, so the user's library is untouched. In another language (issue 32), e.g.
``env FRUITCLASSIFIER_LANGUAGE=de``: the window speaks it and the files go to <language>/ beside this script.
"""

import os
from pathlib import Path
import sys
import tempfile

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared/datasets"
SHOP = SHARED / "grocery-store"
FRUITS = SHARED / "fruits360-subset"
SIZES = ((1600, 1000), (1024, 700))
LANGUAGE = os.environ.get("FRUITCLASSIFIER_LANGUAGE", "en")
OUT = HERE if LANGUAGE == "en" else HERE / LANGUAGE
os.environ["FRUITCLASSIFIER_HOME"] = tempfile.mkdtemp(prefix="fc-shots-")
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_helpers import wait_until  # noqa: E402  (beside this script)


def pause(ms: int) -> None:
    wait_until(lambda: False, ms)


def shoot(win, name: str) -> None:
    """The current view at every size (the window is put back to the first size after)."""
    for width, height in SIZES:
        win.setGeometry(0, 0, width, height)
        pause(700)  # layouts, thumbnails and plots settle
        win.grab().save(str(OUT / f"{name}_{width}x{height}.png"))
    win.setGeometry(0, 0, *SIZES[0])


def shop_photos() -> list[str]:
    picks = ["Banana 1", "Apple Golden 1", "Kiwi 1", "Tomato 1", "Lemon 1", "Carrot"]
    photos = [sorted((SHOP / "classes" / c).iterdir())[0] for c in picks if (SHOP / "classes" / c).is_dir()]
    photos += [sorted((SHOP / "not-mine" / c).iterdir())[0] for c in ("Milk", "Juice")]
    return [str(p) for p in photos]


def classify(win) -> None:
    page = win.page("classify")
    win.show_page("classify")
    page.add_paths(shop_photos())
    wait_until(lambda: not page.busy and page.results.rowCount() > 0)
    page.view.setCurrentIndex(page.results.index(0))
    shoot(win, "classify")


def train(win):
    page = win.page("train")
    win.show_page("train")
    page.data_panel.set_folder(str(FRUITS / "Training"))
    wait_until(lambda: not page.data_panel.scanning)
    for arch in page.arch_settings.checked():
        page.arch_settings.set_checked(arch, False)
    page.arch_settings.set_checked("compact_cnn")
    form = page.arch_settings.form("compact_cnn")
    form.set_config(form.config().replace(image_size=32, batch_size=64, epochs=2, name="compact_cnn 32px"))
    saved = []
    page.model_saved.connect(saved.append)
    page.start_button.click()
    wait_until(lambda: not page.running)
    shoot(win, "train")
    return saved[0] if saved else None


def compare(win, trained) -> None:
    page = win.page("compare")
    win.show_page("compare")
    from fruitclassifier.core import store

    page.refresh_models()
    page.set_checked([m.name for m in store.list_models() if m.bundled][:1] + ([trained.name] if trained else []))
    page.set_test_folder(str(SHOP / "classes"))  # real shop photos: the classes both models know are scored
    shown = []
    page.comparison_shown.connect(shown.append)
    wait_until(lambda: page._eval_task is None)  # showing the page first looks for cached results
    page.compare()
    wait_until(lambda: bool(shown))
    shoot(win, "compare")
    for index, name in ((1, "compare_confusion"), (3, "compare_disagreements")):
        page.tabs.setCurrentIndex(index)
        pause(1500)
        shoot(win, name)


def main() -> int:
    from fruitclassifier.gui.base import i18n
    from fruitclassifier.gui.base.settings import configure_settings
    from fruitclassifier.gui.main_window import MainWindow

    app = QApplication(sys.argv)  # noqa: F841 - kept alive for the window's lifetime
    configure_settings()
    i18n.install(LANGUAGE)
    OUT.mkdir(exist_ok=True)
    win = MainWindow()
    win.setGeometry(0, 0, *SIZES[0])
    win.show()
    win.tf.start()
    classify(win)
    trained = train(win)
    tune = win.page("tune")
    win.show_page("tune")
    tune.data_panel.set_folder(str(FRUITS / "Training"))
    wait_until(lambda: not tune.data_panel.scanning)
    shoot(win, "tune_form")
    compare(win, trained)
    win.show_page("models")
    shoot(win, "models")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
