"""How the window words a model's facts: its accuracies and the tooltip that lists the rest.

The store gives values (``ModelInfo.accuracy``, ``real_photo_accuracy``, ``accuracy_source``); the words and
the numbers' format are the window's, in the user's language (house rule 11). The command line words the
same facts in English through ``ModelInfo.accuracy_text()``.
"""

from __future__ import annotations

from datetime import datetime
import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.gui.base.i18n import class_name, date_time, percent
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Where ``ModelInfo.accuracy`` was measured (its ``accuracy_source``), worded with the figure.
SOURCES = {"Fruits-360 Test": QT_TRANSLATE_NOOP("ModelWords", "{percent} on Fruits-360 Test"),
           "test set": QT_TRANSLATE_NOOP("ModelWords", "{percent} on test set"),
           "validation": QT_TRANSLATE_NOOP("ModelWords", "{percent} on validation")}
SHOWN_CLASSES = 12


def _tr(text: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("ModelWords", …)``, in the user's language."""
    return QCoreApplication.translate("ModelWords", text)


def accuracy_parts(info: Any) -> list[str]:
    """Each measured accuracy with what it was measured on, the real-photo figure first (the headline)."""
    parts = []
    if info.real_photo_accuracy is not None:  # the bundled model's key: a share of the shop photos held out
        metrics = info.metadata.get("metrics") if isinstance(info.metadata.get("metrics"), dict) else {}
        held_out = isinstance(metrics.get("real_photo_accuracy"), (int, float))
        text = (QCoreApplication.translate("ModelWords", "{percent} on held-out real shop photos") if held_out
                else QCoreApplication.translate("ModelWords", "{percent} on real photos"))
        parts.append(text.format(percent=percent(info.real_photo_accuracy, 1)))
    if info.accuracy is not None:
        parts.append(_tr(SOURCES.get(info.accuracy_source, "{percent}")).format(percent=percent(info.accuracy, 1)))
    return parts


def created(info: Any) -> str:
    """When the model was made, in the user's date format ("unknown" when its metadata does not say)."""
    try:
        return date_time(datetime.fromisoformat(info.created))
    except (TypeError, ValueError):
        return info.created[:16].replace("T", " ") or QCoreApplication.translate("ModelWords", "unknown")


def tooltip(info: Any) -> str:
    """Everything the picker's one line leaves out: kind, network, input, accuracies, date, classes, folder."""
    names = [class_name(name) for name in display_names(info.own_class_names).values()]
    shown = ", ".join(names[:SHOWN_CLASSES])
    if len(names) > SHOWN_CLASSES:
        shown = QCoreApplication.translate("ModelWords", "{names}, … ({count} more)").format(
            names=shown, count=len(names) - SHOWN_CLASSES)
    accuracy = " · ".join(accuracy_parts(info))
    kind = (QCoreApplication.translate("ModelWords", "bundled with the app") if info.bundled
            else QCoreApplication.translate("ModelWords", "your model"))
    lines = [
        f"<b>{html.escape(info.name)}</b> ({kind})",
        QCoreApplication.translate("ModelWords", "Architecture: {arch}; input {size}×{size} px").format(
            arch=info.arch, size=info.image_size),
        QCoreApplication.translate("ModelWords", "Accuracy: {accuracy}").format(accuracy=accuracy) if accuracy
        else QCoreApplication.translate("ModelWords", "Accuracy: not measured"),
        QCoreApplication.translate("ModelWords", "Created: {date}").format(date=created(info)),
        QCoreApplication.translate("ModelWords", "Classes ({count}): {names}").format(
            count=len(names), names=html.escape(shown)),
        QCoreApplication.translate("ModelWords", "Folder: {path}").format(path=html.escape(str(info.path))),
    ]
    return "<br>".join(lines)
