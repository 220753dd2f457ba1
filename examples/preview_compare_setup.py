"""fruitclassifier.gui.compare.setup on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.compare.setup import CompareSetup

if __name__ == "__main__":
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication
    from fakes import fake_models

    app = QApplication(sys.argv)
    setup = CompareSetup()
    setup.set_models([SimpleNamespace(**vars(m), metadata={}) for m in fake_models()])
    setup.changed.connect(lambda: print("ticked:", [i.name for i in setup.checked_infos()], setup.folder()))
    setup.resize(280, 500)
    setup.show()
    sys.exit(app.exec())
