"""Screenshot of the Tune view during a real study: compact CNN on the Fruits-360 subset at 32 px, 1 epoch a trial.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/screenshots/make_tune_screenshot.py

Writes tune.png beside this script (the whole X screen, taken with ImageMagick's ``import -window root``)
while the fourth trial trains, so the table, the score plot, the importances and the live curves all
show something. Uses a throwaway app home, so the user's library and studies are untouched.
"""

import os
from pathlib import Path
import subprocess
import sys
import tempfile

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DATA = REPO.parent / "shared/datasets/fruits360-subset/Training"
os.environ["FRUITCLASSIFIER_HOME"] = tempfile.mkdtemp(prefix="fc-shots-")
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_helpers import wait_until  # noqa: E402  (beside this script)


def main() -> int:
    from fruitclassifier.gui.base.settings import configure_settings
    from fruitclassifier.gui.main_window import MainWindow

    app = QApplication(sys.argv)  # noqa: F841 - kept alive for the window's lifetime
    configure_settings()
    win = MainWindow()
    win.setGeometry(0, 0, 1400, 900)  # the whole Xvfb screen: `import -window root` takes the window alone
    win.show_page("tune")
    win.show()
    page = win.page("tune")
    page.data_panel.set_folder(str(DATA))
    wait_until(lambda: not page.data_panel.scanning)
    page.set_arch("compact_cnn")
    page.base_form.set_config(page.base_form.config().replace(image_size=32, batch_size=64, open_set=False))
    for name, value in (("trials", 5), ("epochs_per_trial", 1), ("study", "fruits 32px")):
        page.space.set_value(name, value)
    page.start_button.click()
    counts = lambda: [r.state for r in page.view.table.records]  # noqa: E731
    wait_until(lambda: counts().count("complete") >= 3 and "running" in counts() and page.view.importance.values)
    wait_until(
        lambda: bool(page.view.curves.series("loss:batch")[0]) and len(page.view.curves.series("loss:batch")[0]) > 20
    )
    wait_until(lambda: False, ms=1500)  # a redraw or two
    subprocess.run(["import", "-window", "root", str(HERE / "tune.png")], check=True)
    page.stop()
    wait_until(lambda: not page.running)
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
