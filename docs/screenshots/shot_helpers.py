"""What the screenshot scripts beside this file share: running the Qt event loop until the window is ready."""

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(condition, ms: int = 900_000) -> None:
    """Run the event loop until ``condition()`` holds (checked 5 times a second) or ``ms`` passed."""
    loop, timer = QEventLoop(), QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(200)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
