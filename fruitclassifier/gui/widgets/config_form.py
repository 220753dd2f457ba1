"""A settings form generated from a config dataclass (house rule 4: the dataclass is the one source of truth).

Each field's type and ``metadata`` (help, min, max, choices) decide its editor: QSpinBox or
QDoubleSpinBox with the limits, QComboBox for choices, QCheckBox for booleans, a line edit with
"Browse…" for folders, and a nested dataclass becomes its own group (checkable when it has an
``enabled`` field, as AugmentConfig does). Invalid values are shown inline with the reason
``TrainConfig.validate()`` gives, and the field's label turns red.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import dataclasses
from dataclasses import fields, is_dataclass
import math
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.gui.widgets.config_labels import CHOICES, LABELS, WEIGHT_CHOICES


def _tr(text: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("ConfigForm", …)``, in the user's language."""
    return QCoreApplication.translate("ConfigForm", text)


def help_text(field: dataclasses.Field) -> str:
    """A field's help, in the user's language (config_help.py marks each one in the "config" context)."""
    text = field.metadata.get("help", "")
    return QCoreApplication.translate("config", text) if text else ""


def label_for(name: str) -> str:
    """The form's label for a config field, in the user's language."""
    return _tr(LABELS[name]) if name in LABELS else name.replace("_", " ").capitalize()


def _hint(help_text: str, when: str) -> str:
    """The text after '(0: ' or '(empty: ' in a (English) help string, e.g. 'off' — shown inside the empty
    editor, in the user's language."""
    match = re.search(rf"\({when}: ([^)]+)\)", help_text)
    if not match:
        return ""
    text = match.group(1)
    return _tr("default" if len(text) > 12 and when == "0" else text)


class FloatSpinBox(QDoubleSpinBox):
    """A double spin box that shows 1e-05 instead of 0.00 and steps learning rates along 1, 3, 10…"""

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        self.setRange(minimum, maximum)
        self.log_scale = minimum > 0 and maximum / minimum >= 1e3
        self.setSingleStep(0.05 if maximum <= 1 else 1.0)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> QValidator.State:
        try:
            value = float(text.strip())
        except ValueError:
            return QValidator.Intermediate if re.fullmatch(r"[\d.eE+-]*", text.strip()) else QValidator.Invalid
        return QValidator.Acceptable if self.minimum() <= value <= self.maximum() else QValidator.Intermediate

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if not self.log_scale:
            super().stepBy(steps)
            return
        ladder = sorted({m * 10.0 ** e for e in range(-8, 2) for m in (1, 3)})
        ladder = [v for v in ladder if self.minimum() <= v <= self.maximum()]
        here = min(range(len(ladder)), key=lambda i: abs(math.log(ladder[i]) - math.log(max(self.value(), 1e-12))))
        self.setValue(ladder[max(0, min(len(ladder) - 1, here + steps))])


class PathEdit(QWidget):
    """A line edit with a Browse… button (a folder, or a file when ``filter`` is given)."""

    changed = Signal()

    def __init__(self, kind: str, placeholder: str = "", file_filter: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.file_filter = kind, file_filter
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def browse(self) -> None:
        start = self.text() or settings.last_folder(self.kind)
        if self.file_filter is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start, self.file_filter)
        if chosen:
            settings.remember_folder(self.kind, chosen)
            self.edit.setText(chosen)


class WeightsEdit(QWidget):
    """ImageNet / none / a weights file: the three things ``TrainConfig.weights`` can hold."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for text, key in WEIGHT_CHOICES:
            self.combo.addItem(_tr(text), key)
        self.combo.setItemData(0, self.tr("Pretrained on ImageNet: included for EfficientNet-Lite0; downloaded "
                                          "once (internet needed) for VGG16 and ResNet50"), Qt.ToolTipRole)
        self.path = PathEdit("weights", self.tr("a .weights.h5 file"),
                             self.tr("Keras weights ({patterns})").format(patterns="*.h5 *.keras") + ";;"
                             + self.tr("All files (*)"))
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self.path.changed.connect(self.changed)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.combo)
        column.addWidget(self.path)
        self.path.hide()

    def value(self) -> str:
        key = self.combo.currentData()
        return self.path.text() if key == "file" else key

    def set_value(self, value: str) -> None:
        key = value if value in ("imagenet", "none") else ("file" if value else "none")
        self.combo.setCurrentIndex(self.combo.findData(key))
        if key == "file":
            self.path.setText(value)

    def _on_combo_changed(self) -> None:
        self.path.setVisible(self.combo.currentData() == "file")
        self.changed.emit()


@dataclasses.dataclass
class Editor:
    """One field's widget and how to read, write and watch it."""

    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    changed: Any  # a Signal instance


def make_editor(field: dataclasses.Field) -> Editor:
    """The editor a field's type and metadata call for; tooltips come from its help."""
    meta, kind = field.metadata, str(field.type)
    english = meta.get("help", "")
    if field.name == "weights":
        w = WeightsEdit()
        editor = Editor(w, w.value, w.set_value, w.changed)
    elif kind == "bool":
        w = QCheckBox()
        editor = Editor(w, w.isChecked, w.setChecked, w.toggled)
    elif "choices" in meta:
        w = QComboBox()
        for choice in meta["choices"]:
            w.addItem(_tr(CHOICES[choice]) if choice in CHOICES else str(choice), choice)
        editor = Editor(w, w.currentData, lambda v, w=w: w.setCurrentIndex(max(0, w.findData(v))),
                        w.currentIndexChanged)
    elif kind == "int":
        w = QSpinBox()
        w.setRange(int(meta.get("min", 0)), int(min(meta.get("max", 2**31 - 1), 2**31 - 1)))
        w.setSpecialValueText(_hint(english, "0") if w.minimum() == 0 else "")
        w.setAccelerated(True)
        editor = Editor(w, w.value, w.setValue, w.valueChanged)
    elif kind == "float":
        w = FloatSpinBox(float(meta.get("min", 0.0)), float(meta.get("max", 1e9)))
        editor = Editor(w, w.value, w.setValue, w.valueChanged)
    else:
        w = _text_editor(field.name, english)
        editor = Editor(w, w.text, w.setText, w.changed if isinstance(w, PathEdit) else w.textChanged)
    editor.widget.setToolTip(help_text(field))
    editor.widget.setObjectName(field.name)
    return editor


def _text_editor(name: str, english_help: str) -> QWidget:
    placeholder = _hint(english_help, "empty")
    if name.endswith("_dir"):
        return PathEdit(name, placeholder)
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class ConfigForm(QWidget):
    """Edits one config dataclass; ``config()`` returns it (possibly invalid), ``problems()`` says why not."""

    changed = Signal()

    def __init__(self, config: Any, exclude: Iterable[str] = (), advanced: Iterable[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = config  # excluded fields keep this object's values
        self._exclude, self._advanced = set(exclude), set(advanced)
        self.editors: dict[str, Editor] = {}
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, QGroupBox] = {}
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("problems")
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build(layout)
        layout.insertWidget(1, self.problem_label)  # right under the main fields, where the red labels are
        layout.addStretch(1)
        self.set_config(config)
        self.changed.connect(self.show_problems)

    def _build(self, layout: QVBoxLayout) -> None:
        main, more = QFormLayout(), QFormLayout()
        layout.addLayout(main)
        shown = [f for f in fields(self._base) if f.name not in self._exclude]
        for f in shown:
            if not _is_nested(f):
                self._add_row(more if f.name in self._advanced else main, f.name, make_editor(f))
        for f in shown:
            if _is_nested(f):
                self._add_group(layout, f)
        if more.rowCount():
            self._add_collapsible(layout, QCoreApplication.translate("ConfigForm", "Advanced"), more)

    def _add_row(self, form: QFormLayout, key: str, editor: Editor) -> None:
        # the colon inside the translation: French puts a narrow space before it, Chinese a full-width one
        label = QLabel(QCoreApplication.translate("ConfigForm", "{label}:").format(label=label_for(key.split(".")[-1])))
        label.setToolTip(editor.widget.toolTip())
        form.addRow(label, editor.widget)
        self.editors[key], self._labels[key] = editor, label
        editor.changed.connect(self.changed)

    def _add_group(self, layout: QVBoxLayout, f: dataclasses.Field) -> None:
        """A nested dataclass (AugmentConfig) as its own group, switched on by its ``enabled`` field."""
        box = QGroupBox(help_text(f) or label_for(f.name))
        body = QWidget()  # hidden while the group is switched off, so the form stays short
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        QVBoxLayout(box).addWidget(body)
        nested = getattr(self._base, f.name)
        for sub in fields(nested):
            if sub.name == "enabled" and str(sub.type) == "bool":
                box.setCheckable(True)
                self.editors[f"{f.name}.enabled"] = Editor(box, box.isChecked, box.setChecked, box.toggled)
                box.toggled.connect(self.changed)
                box.toggled.connect(body.setVisible)
                box.toggled.connect(lambda on, b=box: b.setFlat(not on))  # no empty frame while switched off
                box.setToolTip(help_text(sub))
                continue
            self._add_row(form, f"{f.name}.{sub.name}", make_editor(sub))
        self._groups[f.name] = box
        layout.addWidget(box)

    def _add_collapsible(self, layout: QVBoxLayout, title: str, form: QFormLayout) -> None:
        toggle = QToolButton()
        toggle.setText(title)
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.RightArrow)
        toggle.setAutoRaise(True)
        body = QWidget()
        body.setLayout(form)
        body.hide()
        toggle.toggled.connect(body.setVisible)
        toggle.toggled.connect(lambda on: toggle.setArrowType(Qt.DownArrow if on else Qt.RightArrow))
        self.advanced_toggle = toggle
        layout.addWidget(toggle)
        layout.addWidget(body)

    # --- values --------------------------------------------------------------------------------

    def config(self) -> Any:
        """The edited config (not validated: ``problems()`` says what is wrong with it)."""
        top: dict[str, Any] = {}
        nested: dict[str, dict[str, Any]] = {}
        for key, editor in self.editors.items():
            if "." in key:
                group, name = key.split(".", 1)
                nested.setdefault(group, {})[name] = editor.get()
            else:
                top[key] = editor.get()
        for group, values in nested.items():
            top[group] = dataclasses.replace(getattr(self._base, group), **values)
        return dataclasses.replace(self._base, **top)

    def set_config(self, config: Any) -> None:
        """Show ``config``; emits ``changed`` once at the end, not once per field."""
        self._base = config
        self.blockSignals(True)
        try:
            for key, editor in self.editors.items():
                obj = config
                for part in key.split("."):
                    obj = getattr(obj, part)
                editor.set(obj)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def set_value(self, key: str, value: Any) -> None:
        self.editors[key].set(value)

    def value(self, key: str) -> Any:
        return self.editors[key].get()

    def problems(self) -> list[str]:
        validate = getattr(self.config(), "validate", None)
        return list(validate()) if validate else []

    def show_problems(self) -> list[str]:
        """Mark every invalid field (red label) and list the reasons under the form."""
        return mark_problems(self, self._labels, self.problem_label, self.problems())


def mark_problems(form: QWidget, labels: dict[str, QLabel], problem_label: QLabel, problems: list[str]) -> list[str]:
    """Turn the label of each field a problem names ("field: why") red and list the reasons under the form."""
    bad = {p.split(":", 1)[0] for p in problems}
    red = error_color(form.palette())
    for key, label in labels.items():
        pal = label.palette()
        pal.setColor(QPalette.WindowText, red if key in bad else form.palette().color(QPalette.WindowText))
        label.setPalette(pal)
    problem_label.setText("\n".join(f"• {translated(p)}" for p in problems))
    problem_label.setStyleSheet(f"color: {red.name()}")
    problem_label.setVisible(bool(problems))
    return problems


def _is_nested(f: dataclasses.Field) -> bool:
    return f.default_factory is not dataclasses.MISSING and is_dataclass(f.default_factory)
