"""How readily Classify answers "Not one of my fruits": Rarely, Balanced (the model's own) or Readily.

The levels are thresholds a model measured when it was built (``open_set.levels`` in its metadata, see
core/inference/open_set.py); the tooltip shows what each level did on real photos held out from training,
so a shop can choose between "never refuse my stock" and "never name a stranger". A model without levels
has one threshold, and the picker is disabled for it. The choice is remembered between sessions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from fruitclassifier.core.inference.open_set import DEFAULT_LEVEL, LEVELS
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.i18n import percent
from fruitclassifier.text import QT_TRANSLATE_NOOP

TITLES = {"rarely": QT_TRANSLATE_NOOP("RefusalPicker", "Rarely"),
          "balanced": QT_TRANSLATE_NOOP("RefusalPicker", "Balanced"),
          "readily": QT_TRANSLATE_NOOP("RefusalPicker", "Readily")}
SETTING = "classify/refusal"
#: (metadata key, how the tooltip words its figure) for each level's measured refusals.
FIGURES = (("known_refused", QT_TRANSLATE_NOOP("RefusalPicker", "own fruit refused {percent}")),
           ("unseen_refused", QT_TRANSLATE_NOOP("RefusalPicker", "unknown fruit refused {percent}")),
           ("packaged_refused", QT_TRANSLATE_NOOP("RefusalPicker", "packaged goods refused {percent}")))


class RefusalPicker(QComboBox):
    """Picks one of open_set.LEVELS; ``level_changed`` carries the new level's name."""

    level_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for level in LEVELS:
            self.addItem(_tr(TITLES[level]), level)
        remembered = str(settings.settings().value(SETTING, DEFAULT_LEVEL) or DEFAULT_LEVEL)
        self.setCurrentIndex(max(0, self.findData(remembered if remembered in LEVELS else DEFAULT_LEVEL)))
        self.currentIndexChanged.connect(self._on_index_changed)
        self.show_model(None)

    @property
    def level(self) -> str:
        return str(self.currentData())

    def show_model(self, info: Any) -> None:
        """Enable the picker for a model that measured its levels, and say what each one did."""
        spec = (info.metadata.get("open_set") if info is not None else None) or {}
        levels = spec.get("levels") if isinstance(spec, dict) else None
        self.setEnabled(isinstance(levels, dict) and bool(levels))
        self.setToolTip(_tooltip(spec if self.isEnabled() else {}))

    def _on_index_changed(self, _index: int) -> None:
        settings.settings().setValue(SETTING, self.level)
        self.level_changed.emit(self.level)


def _tr(text: str) -> str:
    """A string marked above with ``QT_TRANSLATE_NOOP("RefusalPicker", …)``, in the user's language."""
    return QCoreApplication.translate("RefusalPicker", text)


def _tooltip(spec: dict) -> str:
    lines = [QCoreApplication.translate("RefusalPicker", "How readily to answer “Not one of my fruits” for a photo "
                                                         "the model is unsure shows one of its fruits.")]
    if not spec:
        return "\n".join(lines + [QCoreApplication.translate(
            "RefusalPicker", "This model has one threshold: the setting does not apply to it.")])
    figures = spec.get("level_figures") if isinstance(spec.get("level_figures"), dict) else {}
    for level in LEVELS:
        shown = figures.get(level) if isinstance(figures.get(level), dict) else {}
        parts = [_tr(label).format(percent=percent(shown[key])) for key, label in FIGURES
                 if isinstance(shown.get(key), (int, float))]
        line = QCoreApplication.translate("RefusalPicker", "{level}: {figures}").format(
            level=_tr(TITLES[level]),
            figures=", ".join(parts) if parts else QCoreApplication.translate("RefusalPicker", "measured threshold"))
        if level == spec.get("default_level", DEFAULT_LEVEL):
            line = QCoreApplication.translate("RefusalPicker", "{level} (the model's default)").format(level=line)
        lines.append(line)
    return "\n".join(lines + [QCoreApplication.translate("RefusalPicker",
                                                         "Figures: real shop photos held out from training.")])
