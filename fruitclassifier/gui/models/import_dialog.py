"""Ask for what a model made elsewhere does not say: its class names (labels.txt beside it is found
and offered first) and how it expects its pixels scaled (core/conversion/scaling.py)."""

from __future__ import annotations

from pathlib import Path
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.importers import labels, tflite_import
from fruitclassifier.core.importers.prepare import default_name
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.gui.models.model_table import classes_text
from fruitclassifier.gui.models.scaling_preview import PreviewRunner, ScalingPreview
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: The scaling choice that leaves it to the file (Teachable Machine labels, a Rescaling layer, uint8).
AS_THE_FILE_SAYS = QT_TRANSLATE_NOOP("ImportModelDialog", "As the file says (Teachable Machine export, a scaling layer "
                                                          "inside, uint8 quantisation)")


def _scaling_combo() -> QComboBox:
    """"As the file says" (None), then every scaling by its title, each item's data its name."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("ImportModelDialog", AS_THE_FILE_SAYS), None)
    for choice in scaling.CHOICES:
        combo.addItem(translated(scaling.TITLES[choice]), choice)
    combo.setToolTip(QCoreApplication.translate("ImportModelDialog", "How the model's author fed it pixels; a wrong "
                                                                     "choice gives confident, wrong answers"))
    return combo


def parse_typed_names(text: str) -> list[str]:
    """'apple, banana ,kiwi' -> ['apple', 'banana', 'kiwi'] (commas or new lines; blanks dropped). The
    full-width comma and the enumeration comma count too: Chinese keyboards type "苹果，香蕉、猕猴桃"."""
    return [part.strip() for part in re.split(r"[,\n，、]", text) if part.strip()]


class ImportModelDialog(QDialog):
    """Class names from a labels file (found beside the model) or typed, the input scaling, and a name."""

    def __init__(self, keras_path: str | Path, start_folder: str = "", parent: QWidget | None = None,
                 preview_runner: PreviewRunner | None = None) -> None:
        """``preview_runner`` runs the live preview in the background (the Models page's tasks); without one
        the dialog offers no preview."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Model"))
        self.keras_path = Path(keras_path)
        self._start_folder = start_folder or str(self.keras_path.parent)
        self.record = tflite_import.exported_record(self.keras_path)  # this app's own export says it all
        found = labels.find_beside(self.keras_path)
        intro = QLabel(self._intro_text(found))
        intro.setWordWrap(True)
        self.from_export = QRadioButton(self.tr("As the file says: {classes}").format(
            classes=classes_text(self.record["class_names"])) if self.record else "")
        self.from_export.setVisible(self.record is not None)
        self.from_file = QRadioButton(self.tr("From a file (labels.txt: '0 Lemon' or one name a line; or a .json "
                                              "list)"))
        self.typed = QRadioButton(self.tr("Typed, separated by commas"))
        group = QButtonGroup(self)
        for button in (self.from_export, self.from_file, self.typed):
            group.addButton(button)
            button.toggled.connect(self._update)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText("classes.txt")  # a file name
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.names_edit = QLineEdit()
        self.names_edit.setPlaceholderText(self.tr("apple, banana, kiwi"))
        self.name_edit = QLineEdit(default_name(self.keras_path))
        self.scaling_combo = _scaling_combo()
        self.preview = ScalingPreview(self._preview_job, preview_runner)
        self.preview.scaling_picked.connect(self._on_preview_scaling_picked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file_edit, self.names_edit, self.name_edit):
            edit.textChanged.connect(self._update)
        self._lay_out(intro, browse)
        self.typed.setChecked(True)
        if found is not None:
            self.file_edit.setText(str(found))
            self.from_file.setChecked(True)
        if self.record is not None:
            self.from_export.setChecked(True)
        self.resize(520, self.sizeHint().height())

    def _intro_text(self, found: Path | None) -> str:
        name = self.keras_path.name
        if self.record is not None:
            return self.tr("<b>{file}</b> was exported by this app from “{model}”: it carries its class names, its "
                           "pixel scaling and its “not one of my fruits” answer.").format(
                file=name, model=self.record.get("name") or name)
        if found is not None:
            try:
                return self.tr("<b>{file}</b> was made outside this app. Give its class names in output order (found "
                               "{labels} beside it: {classes}):").format(file=name, labels=found.name,
                                                                         classes=classes_text(labels.read_file(found)))
            except labels.LabelsError:
                return self.tr("<b>{file}</b> was made outside this app. Give its class names in output order (found "
                               "{labels} beside it):").format(file=name, labels=found.name)
        return self.tr("<b>{file}</b> was made outside this app. Give its class names in output order:").format(
            file=name)

    def _lay_out(self, intro: QLabel, browse: QPushButton) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Pixels scaled to:"), self.scaling_combo)
        form.addRow("", self.preview)
        form.addRow(self.tr("Name in the library:"), self.name_edit)
        layout = QVBoxLayout(self)
        for item in (intro, self.from_export, self.from_file):
            layout.addWidget(item)
        layout.addLayout(file_row)
        layout.addWidget(self.typed)
        layout.addWidget(self.names_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def class_names(self) -> list[str] | str | None:
        """A list when typed, the path of the names file (core/importers/labels.py reads it), or None: the names
        the app's own export carries."""
        if self.from_export.isChecked():
            return None
        if self.from_file.isChecked():
            return self.file_edit.text().strip()
        return parse_typed_names(self.names_edit.text())

    def scaling(self) -> str | None:
        """The chosen input scaling, or None to take what the file says."""
        return self.scaling_combo.currentData()

    def _on_preview_scaling_picked(self, choice: str) -> None:
        self.scaling_combo.setCurrentIndex(self.scaling_combo.findData(choice))

    def _preview_job(self) -> object:
        from fruitclassifier.core.importers.preview import answers

        return answers(self.keras_path, self.class_names())

    def model_name(self) -> str | None:
        return self.name_edit.text().strip() or None

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Class Names File"), self._start_folder,
            self.tr("Class names ({patterns})").format(patterns="*.txt *.json") + ";;"
            + self.tr("All files ({patterns})").format(patterns="*"))
        if path:
            self.file_edit.setText(path)
            self.from_file.setChecked(True)

    def _update(self) -> None:
        self.file_edit.setEnabled(self.from_file.isChecked())
        self.names_edit.setEnabled(self.typed.isChecked())
        if self.from_export.isChecked():
            ok = True
        elif self.from_file.isChecked():
            ok = Path(self.file_edit.text().strip()).is_file()
        else:
            ok = len(parse_typed_names(self.names_edit.text())) >= 2
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)
        self.preview.set_enabled(ok)
