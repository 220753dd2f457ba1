"""fruitclassifier.gui.train.run_monitor on its own with fake data (house rule 8)."""

from __future__ import annotations

import math
import sys

from fruitclassifier.core.events import BatchEnded, EpochEnded, RunStarted
from fruitclassifier.gui.train.run_monitor import RunMonitor

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    monitor = RunMonitor()
    monitor.begin("Custom CNN — run 1 of 2")
    monitor.handle(RunStarted(run="r", arch="custom_cnn", device="CPU · TensorFlow 2.21", epochs=4,
                              steps_per_epoch=20, train_images=640, val_images=160))
    for e in range(4):
        for b in range(20):
            monitor.handle(BatchEnded(epoch=e, batch=b, steps=20, loss=2 * math.exp(-e),
                                      accuracy=1 - math.exp(-e - b / 20), images_per_s=400.0, eta_s=30.0))
        monitor.handle(EpochEnded(e, 4, 3.0, {"loss": 2 * math.exp(-e - 1), "accuracy": 0.5 + e / 8,
                                              "val_loss": 1.0 + e / 10, "val_accuracy": 0.5 + e / 20}))
    monitor.resize(900, 600)
    monitor.show()
    sys.exit(app.exec())
