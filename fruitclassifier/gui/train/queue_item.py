"""One run of the Train page's queue and how its line in the queue list reads (apart from the page, which
is at the 400-line limit). The status words are translated in the ``TrainQueue`` context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from fruitclassifier.config import TrainConfig
from fruitclassifier.text import QT_TRANSLATE_NOOP

STATUS_TEXT = {"waiting": QT_TRANSLATE_NOOP("TrainQueue", "waiting"),
               "running": QT_TRANSLATE_NOOP("TrainQueue", "training…"),
               "done": QT_TRANSLATE_NOOP("TrainQueue", "saved"),
               "stopped": QT_TRANSLATE_NOOP("TrainQueue", "stopped, saved"),
               "failed": QT_TRANSLATE_NOOP("TrainQueue", "failed"),
               "cancelled": QT_TRANSLATE_NOOP("TrainQueue", "cancelled")}


@dataclass
class QueueItem:
    """One run of the queue: a new config, or a stopped run to resume."""

    title: str
    config: TrainConfig | None
    resume: str | None = None
    history: dict[str, list[float]] = field(default_factory=dict)
    batches: list[list[float]] = field(default_factory=list)  # a resumed run's earlier batch logs
    status: str = "waiting"
    model: Any = None  # ModelInfo once saved
    message: str = ""  # already in the user's language (a saved model's name and score, or why it failed)


def queue_line(number: int, item: QueueItem) -> str:
    """'2. MobileNetV2 — saved: “fruit-2”, test accuracy 93.0%' in the user's language."""
    status = QCoreApplication.translate("TrainQueue", STATUS_TEXT[item.status])
    line = (QCoreApplication.translate("TrainQueue", "{number}. {title} — {status}: {message}") if item.message else
            QCoreApplication.translate("TrainQueue", "{number}. {title} — {status}"))
    return line.format(number=number, title=item.title, status=status, message=item.message)
