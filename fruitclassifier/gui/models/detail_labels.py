"""What the Models page calls a model's stored metrics and training settings, in the user's language.

metadata.json keeps the training's own keys (``val_accuracy``, ``real_photo_accuracy``, ``data_dir``), which
the CLI's ``info`` prints as they are; the window names the ones it knows in words and shows a share as a
percentage. A key it does not know (an imported or older model's) is shown as written, underscores as spaces.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fruitclassifier.gui.base.i18n import number, percent
from fruitclassifier.text import QT_TRANSLATE_NOOP

CONTEXT = "ModelDetails"
METRICS = {
    "real_photo_accuracy": QT_TRANSLATE_NOOP("ModelDetails", "Accuracy on held-out real photos"),
    "real_photo_images": QT_TRANSLATE_NOOP("ModelDetails", "Held-out real photos"),
    "real_photo_accuracy_strict": QT_TRANSLATE_NOOP("ModelDetails", "Same, exact variety"),
    "test_accuracy": QT_TRANSLATE_NOOP("ModelDetails", "Test accuracy"),
    "test_images": QT_TRANSLATE_NOOP("ModelDetails", "Test images"),
    "known_refused": QT_TRANSLATE_NOOP("ModelDetails", "Own fruit called “not one of mine”"),
    "packaged_refused": QT_TRANSLATE_NOOP("ModelDetails", "Packaged goods refused"),
    "background_refused": QT_TRANSLATE_NOOP("ModelDetails", "Fruit-free photos refused"),
    "unseen_refused": QT_TRANSLATE_NOOP("ModelDetails", "Unseen fruit refused"),
    "unseen_auroc": QT_TRANSLATE_NOOP("ModelDetails", "AUROC known vs unseen fruit"),
    "largest_sink_share": QT_TRANSLATE_NOOP("ModelDetails", "Largest share of wrong answers one label takes"),
    "val_accuracy": QT_TRANSLATE_NOOP("ModelDetails", "Validation accuracy"),
    "val_loss": QT_TRANSLATE_NOOP("ModelDetails", "Validation loss"),
    "train_val_gap": QT_TRANSLATE_NOOP("ModelDetails", "Training–validation gap"),
    "realistic_accuracy": QT_TRANSLATE_NOOP("ModelDetails", "Accuracy on generated scenes"),
}
SETTINGS = {
    "data_dir": QT_TRANSLATE_NOOP("ModelDetails", "Data folder"),
    "epochs": QT_TRANSLATE_NOOP("ModelDetails", "Epochs"),
    "batch_size": QT_TRANSLATE_NOOP("ModelDetails", "Batch size"),
    "learning_rate": QT_TRANSLATE_NOOP("ModelDetails", "Learning rate"),
    "weights": QT_TRANSLATE_NOOP("ModelDetails", "Starting weights"),
    "freeze_backbone": QT_TRANSLATE_NOOP("ModelDetails", "Backbone frozen"),
    "fine_tune_layers": QT_TRANSLATE_NOOP("ModelDetails", "Fine-tuned layers"),
    "dropout": QT_TRANSLATE_NOOP("ModelDetails", "Dropout"),
    "l2": QT_TRANSLATE_NOOP("ModelDetails", "L2 penalty"),
    "val_split": QT_TRANSLATE_NOOP("ModelDetails", "Validation share"),
    "seed": QT_TRANSLATE_NOOP("ModelDetails", "Seed"),
}
#: Metrics that are shares of photos: shown as percentages like the accuracies.
SHARES = {"known_refused", "packaged_refused", "background_refused", "unseen_refused", "largest_sink_share"}


def label(key: str, table: dict[str, str]) -> str:
    """The words for a metadata key: translated when the window knows it, else the key with spaces."""
    known = table.get(key)
    return QCoreApplication.translate(CONTEXT, known) if known else key.replace("_", " ")


def metric_value(name: str, value: Any) -> str:
    """A metric as people read it: accuracies and shares as percentages, other numbers in the locale's way."""
    share = "accuracy" in name or name in SHARES
    if isinstance(value, (int, float)) and not isinstance(value, bool) and share and 0 <= value <= 1:
        return percent(value, 1)
    if isinstance(value, float):
        return number(value, 4) if abs(value) < 10 else number(value, 1)
    return str(value)
