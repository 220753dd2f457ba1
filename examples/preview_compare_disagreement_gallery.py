"""fruitclassifier.gui.compare.disagreement_gallery on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage

from fruitclassifier.gui.compare.disagreement_gallery import DisagreementGallery

if __name__ == "__main__":
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    preds_a = [{"path": f"/tmp/{i}.jpg", "true": "Apple", "pred": "Apple" if i % 3 else "Pear", "probability": 0.9}
               for i in range(12)]
    preds_b = [{**p, "pred": "Apple" if i % 4 else "Quince", "probability": 0.7} for i, p in enumerate(preds_a)]
    view = DisagreementGallery()
    view.set_results(["custom_cnn", "resnet50"], [SimpleNamespace(predictions=preds_a),
                                                  SimpleNamespace(predictions=preds_b)])
    swatches = []
    for i, p in enumerate(preds_a):
        image = QImage(96, 96, QImage.Format_RGB32)
        image.fill(QColor.fromHsv(30 * i % 360, 160, 230))
        swatches.append((p["path"], image))
    view.gallery.set_thumbnails(swatches)
    view.resize(800, 500)
    view.show()
    sys.exit(app.exec())
