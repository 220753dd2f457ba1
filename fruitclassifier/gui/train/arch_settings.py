"""What to train: a check box per architecture and, for each, a settings form generated from TrainConfig.

Every checked architecture becomes one run of the queue. Each form starts from settings that suit
its network (train_jobs.default_config) and keeps a few fields consistent while the user edits:
without pretrained weights there is no backbone worth freezing, and VGG16 from scratch needs a
lower learning rate, which is applied unless the user already chose their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from fruitclassifier import architectures
from fruitclassifier.architectures import BY_NAME as SPECS
from fruitclassifier.architectures import NAMES as ARCHITECTURE_NAMES
from fruitclassifier.config import TrainConfig
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.gui.train.jobs import default_config, learning_rate_for
from fruitclassifier.gui.widgets.config_form import ConfigForm
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Fields set elsewhere on the page (data panel, the check boxes) rather than in each form.
PAGE_FIELDS = ("data_dir", "arch", "val_split", "test_dir")
BACKBONE_FIELDS = ("weights", "freeze_backbone", "fine_tune_layers")
ADVANCED = ("l2", "early_stopping_patience", "reduce_lr_patience", "class_weights", "seed", "mixed_precision",
            "fine_tune_layers", "name")


#: The networks' names as the window shows them (architectures.TABLE's titles, marked here: that module is
#: Qt-free and also feeds the CLI, which stays English). VGG16, ResNet50 and EfficientNet-Lite0 are names.
TITLES = (QT_TRANSLATE_NOOP("Architecture", "Custom CNN"), QT_TRANSLATE_NOOP("Architecture", "Compact CNN"),
          QT_TRANSLATE_NOOP("Architecture", "Custom CNN (Fruits-360 style)"),
          QT_TRANSLATE_NOOP("Architecture", "Compact CNN (BatchNorm, for real photos)"),
          QT_TRANSLATE_NOOP("Architecture", "EfficientNet-Lite0 (pretrained, fast)"))


def short_title(arch: str) -> str:
    """The network's short name (tabs, queue items) in the user's language."""
    return QCoreApplication.translate("Architecture", architectures.get(arch).short_title)


def title(arch: str) -> str:
    """The network's descriptive name (tooltips) in the user's language."""
    return QCoreApplication.translate("Architecture", architectures.get(arch).title)


class ArchSettings(QGroupBox):
    """Check boxes + one tab of settings per architecture; ``configs()`` gives the runs to queue."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to train"))
        self.boxes: dict[str, QCheckBox] = {}
        self.forms: dict[str, ConfigForm] = {}
        self.tabs = QTabWidget()
        grid = QGridLayout()  # two per row: the setup column is narrow
        for index, arch in enumerate(ARCHITECTURE_NAMES):
            self._add_arch(arch, grid, index)
        hint = QLabel(self.tr("Checked networks train one after another, in this order. Their settings:"))
        hint.setForegroundRole(QPalette.PlaceholderText)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.tabs)
        self.set_checked("custom_cnn", True)

    def _add_arch(self, arch: str, grid: QGridLayout, index: int) -> None:
        box = QCheckBox(short_title(arch))
        tip = (self.tr("{network} — pretrained on ImageNet, or from scratch") if SPECS[arch].pretrained
               else self.tr("{network} — small and fast, trained from scratch"))
        box.setToolTip(tip.format(network=title(arch)))
        box.setObjectName(f"check_{arch}")
        box.toggled.connect(lambda on, a=arch: self._on_box_toggled(a, on))
        exclude = PAGE_FIELDS + (() if SPECS[arch].pretrained else BACKBONE_FIELDS)
        form = ConfigForm(default_config(arch), exclude=exclude, advanced=ADVANCED)
        form.setObjectName(f"form_{arch}")
        form.changed.connect(self.changed)
        if "weights" in form.editors:
            self._wire_backbone(arch, form)
        self.boxes[arch], self.forms[arch] = box, form
        self.tabs.addTab(form, short_title(arch))
        self.tabs.setTabVisible(self.tabs.count() - 1, False)  # only checked networks show their settings
        grid.addWidget(box, index // 2, index % 2)

    def _wire_backbone(self, arch: str, form: ConfigForm) -> None:
        """Keep the learning rate and the freeze options consistent with the chosen weights."""
        previous = {"weights": form.value("weights")}

        def on_weights_changed(*_args: Any) -> None:
            weights = form.value("weights")
            pretrained = architectures.starts_pretrained(weights)
            user_edit = not form.signalsBlocked()  # set_config() shows a whole config: leave its values alone
            if user_edit and abs(form.value("learning_rate") - learning_rate_for(arch, previous["weights"])) < 1e-12:
                form.set_value("learning_rate", learning_rate_for(arch, weights))
            if user_edit and not pretrained:
                form.set_value("freeze_backbone", False)
            form.editors["freeze_backbone"].widget.setEnabled(pretrained)
            previous["weights"] = weights
            on_freeze_changed()

        def on_freeze_changed(*_args: Any) -> None:
            form.editors["fine_tune_layers"].widget.setEnabled(bool(form.value("freeze_backbone")))

        form.editors["weights"].changed.connect(on_weights_changed)
        form.editors["freeze_backbone"].changed.connect(on_freeze_changed)
        on_weights_changed()

    def _on_box_toggled(self, arch: str, on: bool) -> None:
        index = list(ARCHITECTURE_NAMES).index(arch)
        self.tabs.setTabVisible(index, on)
        if on:
            self.tabs.setCurrentIndex(index)
        self.changed.emit()

    # --- what the page reads and sets -----------------------------------------------------------

    def checked(self) -> list[str]:
        return [arch for arch, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, arch: str, on: bool = True) -> None:
        self.boxes[arch].setChecked(on)

    def form(self, arch: str) -> ConfigForm:
        return self.forms[arch]

    def configs(self, **page_values: Any) -> list[TrainConfig]:
        """One config per checked architecture, with the page's data settings filled in."""
        return [self.forms[a].config().replace(arch=a, **page_values) for a in self.checked()]

    def problems(self) -> list[str]:
        """Every invalid value of the checked forms, named by architecture; also shown inline in the forms."""
        if not self.checked():
            return [self.tr("Check at least one network to train.")]
        return [self.tr("{network}: {problem}").format(network=short_title(a), problem=translated(p))
                for a in self.checked() for p in self.forms[a].show_problems()]

    def set_weights(self, arch: str, weights: str) -> None:
        """E.g. after ImageNet weights could not be downloaded: remember the user's fallback in the form."""
        if "weights" in self.forms[arch].editors:
            self.forms[arch].set_value("weights", weights)
