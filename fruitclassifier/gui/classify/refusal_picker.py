"""How readily Classify answers "Not one of my fruits": Rarely, Balanced (the model's own) or Readily.

The levels are thresholds a model measured when it was built (``open_set.levels`` in its metadata, see
core/inference/open_set.py); the tooltip shows what each level did on real photos held out from training,
so a shop can choose between "never refuse my stock" and "never name a stranger". A model without levels
has one threshold, and the picker is disabled for it. The choice is remembered between sessions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from fruitclassifier.core.inference.open_set import DEFAULT_LEVEL, LEVELS
from fruitclassifier.gui.base import settings

TITLES = {"rarely": "Rarely", "balanced": "Balanced", "readily": "Readily"}
SETTING = "classify/refusal"


class RefusalPicker(QComboBox):
    """Picks one of open_set.LEVELS; ``level_changed`` carries the new level's name."""

    level_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for level in LEVELS:
            self.addItem(TITLES[level], level)
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


def _tooltip(spec: dict) -> str:
    lines = ["How readily to answer “Not one of my fruits” for a photo the model is unsure shows one of its fruits."]
    if not spec:
        return "\n".join(lines + ["This model has one threshold: the setting does not apply to it."])
    figures = spec.get("level_figures") if isinstance(spec.get("level_figures"), dict) else {}
    for level in LEVELS:
        shown = figures.get(level) if isinstance(figures.get(level), dict) else {}
        parts = [f"{label} {shown[key] * 100:.0f} %" for key, label in
                 (("known_refused", "own fruit refused"), ("unseen_refused", "unknown fruit refused"),
                  ("packaged_refused", "packaged goods refused")) if isinstance(shown.get(key), (int, float))]
        lines.append(f"{TITLES[level]}: " + (", ".join(parts) if parts else "measured threshold")
                     + (" (the model's default)" if level == spec.get("default_level", DEFAULT_LEVEL) else ""))
    return "\n".join(lines + ["Figures: real shop photos held out from training."])
