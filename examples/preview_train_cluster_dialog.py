"""fruitclassifier.gui.train.cluster_dialog on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.config import TrainConfig
from fruitclassifier.gui.train.cluster_dialog import ClusterDialog

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    dialog = ClusterDialog(TrainConfig.for_arch("compact_cnn").replace(data_dir="~/fruit", epochs=20))
    dialog.show()
    sys.exit(app.exec())
