"""``gui --self-test --lang CODE``: how much of the window still shows English in language CODE.

Every text a person can read in the window is gathered, on every page (built first): labels, buttons,
check boxes, group titles, tabs, combo items, list/table/tree items and headers, placeholders, tool tips,
status tips, window titles, menus and their actions, spin box prefixes and suffixes, plot titles, axis
labels and legends. The same is gathered from a second window built in English. A text is *untranslated*
when it is shown in both (or is one of the bundled model's English class names) and is not excepted:
- no letters (numbers, percentages, symbols), file names and paths, the library's model names;
- proper names only (FruitClassifier, TensorFlow, Grad-CAM, ...: PROPER_NAMES);
- a translation that is deliberately the same as its source ("Kiwi" in German): the language's compiled
  catalogue lists it (read from the .qm itself, which keeps every source text, context and translation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
import re
import struct

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTableWidget,
    QTextEdit,
    QToolBox,
    QTreeWidget,
    QWidget,
)

from fruitclassifier.gui.base import i18n
from fruitclassifier.gui.base.fruit_names import BUNDLED_CLASS_NAMES

#: Names that read the same in every language (products, libraries, formats, keys, units, model families).
PROPER_NAMES = (
    "FruitClassifier", "TensorFlow", "LiteRT", "TFLite", "Keras", "PyTorch", "Optuna", "NumPy", "Qt", "PySide6",
    "Grad-CAM", "ImageNet", "Fruits-360", "EfficientNet-Lite0", "EfficientNet", "MobileNetV2", "MobileNet",
    "VGG16", "ResNet50", "CNN", "TPE", "CMA-ES", "PostgreSQL", "SQLite", "CUDA", "Metal", "MPS", "CPU", "GPU",
    "CSV", "JSON", "PNG", "JPEG", "HEIC", "PDF", "HTML", "ONNX", "F1", "ReLU", "Adam", "SGD", "AdamW", "RMSprop",
    "Ctrl", "Shift", "Alt", "Esc", "Tab", "Del", "Backspace", "F1", "F2", "px", "MB", "GB", "ms", "s", "x",
    "macOS", "Linux", "Windows", "Apple", "Xvfb", "ID",
    "tensorflow", "torch", "tpe", "gp", "cmaes", "random", "sqlite", "postgresql",  # choices spelled as the CLI does
    *i18n.LANGUAGES.values(),  # View › Language names each language in itself
)
_IDENTIFIER = re.compile(r"(?<!\w)\w*(?:_\w*|\d)\w*(?!\w)")  # efficientnet_lite0, custom_cnn, 160px
_NO_LETTERS = re.compile(r"^[^\w]*$|^[\d\W_]*$")
_FILE_NAME = re.compile(r"(^|[\s(“\"'])[\w.~-]*[/\\][^\s]*|\.(jpe?g|png|bmp|gif|webp|heic|heif|tiff?|csv|json|keras|"
                        r"tflite|h5|onnx|mp4|mov|avi|mkv|pdf|html|txt|npz|db|log|zip)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


# --- what the window shows ------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Rich text as read; '&' mnemonics gone; whitespace collapsed."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText() if _TAG.search(text) else text
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return " ".join(text.split())


def _menu_texts(menu: QMenu, out: list[str]) -> None:
    out.append(menu.title())
    for action in menu.actions():
        out += [action.text(), action.statusTip(), action.whatsThis()]
        if action.toolTip() and _plain(action.toolTip()) != _plain(action.text()):
            out.append(action.toolTip())
        if action.menu() is not None and action.menu() is not menu:
            _menu_texts(action.menu(), out)


def _plot_texts(widget: QWidget, out: list[str]) -> None:
    """pyqtgraph's PlotWidget (duck-typed: pyqtgraph is never imported here): title, axis labels, legend."""
    try:
        item = widget.getPlotItem()
        if item.titleLabel is not None:
            out.append(item.titleLabel.text)
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            if axis.isVisible() or axis.labelText:
                out.append(axis.labelText)
        legend = getattr(item, "legend", None)
        for _sample, label in getattr(legend, "items", []) or []:
            out.append(label.text)
    except Exception:  # noqa: BLE001 - another kind of view with the same method: nothing to read
        return


def _item_view_texts(view: QAbstractItemView, out: list[str]) -> None:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's columnCount is private in PySide6: one column
        columns = 1
    rows = min(model.rowCount(QModelIndex()), 200)
    for column in range(columns):
        out.append(str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or ""))
        out.append(str(model.headerData(column, Qt.Horizontal, Qt.ToolTipRole) or ""))
    if isinstance(view, (QListWidget, QTableWidget, QTreeWidget)):  # items set by the code (not a data model)
        for row in range(rows):
            for column in range(max(columns, 1)):
                index = model.index(row, column)
                out.append(str(model.data(index, Qt.DisplayRole) or ""))
                out.append(str(model.data(index, Qt.ToolTipRole) or ""))


def widget_texts(widget: QWidget) -> list[str]:
    """Every text ``widget`` and its descendants show (visible now or on another tab, page or state)."""
    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        out += [w.toolTip(), w.statusTip(), w.whatsThis()]
        if w.isWindow():
            out.append(w.windowTitle())
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out += [w.tabText(i), w.tabToolTip(i)]
        elif isinstance(w, QToolBox):
            for i in range(w.count()):
                out += [w.itemText(i), w.itemToolTip(i)]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())] + [w.placeholderText()]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.placeholderText())
        elif isinstance(w, QAbstractSpinBox):
            out += [getattr(w, "prefix", lambda: "")(), getattr(w, "suffix", lambda: "")(), w.specialValueText()]
        elif isinstance(w, QMenu):
            _menu_texts(w, out)
        if isinstance(w, QAbstractItemView):
            _item_view_texts(w, out)
        if hasattr(w, "getPlotItem"):
            _plot_texts(w, out)
        for action in w.actions():
            if action.menu() is not None:
                _menu_texts(action.menu(), out)
            else:
                out += [action.text(), action.statusTip()]
    if hasattr(widget, "menuBar"):
        for action in widget.menuBar().actions():
            if action.menu() is not None:
                _menu_texts(action.menu(), out)
    return [t for t in (_plain(str(text)) for text in out) if t]


def window_texts(window, visit: Callable[[str], None] | None = None) -> list[str]:
    """The texts of every page of the main window (each built first) and of its menus and status bar."""
    for name in window.page_names():
        (visit or window.page)(name)
    return widget_texts(window)


# --- which of them are still English ----------------------------------------------------------------------


def excepted(text: str, names: Iterable[str] = ()) -> bool:
    """Numbers, symbols, file names and paths, and texts made only of proper names, identifiers (efficientnet_lite0)
    and ``names`` (the library's models: "Fruit & veg (default) · efficientnet_lite0 · 160 px")."""
    if _NO_LETTERS.match(text) or _FILE_NAME.search(text):
        return True
    rest = text
    for name in sorted({*names, *PROPER_NAMES}, key=len, reverse=True):
        if name:
            rest = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", rest)
    rest = _IDENTIFIER.sub(" ", rest)
    return not re.search(r"[^\W\d_]", rest)


def read_qm(path: str | Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of each message in a compiled catalogue (lrelease keeps all three)."""
    data = Path(path).read_bytes()
    if len(data) < 16:
        return []
    pos, messages = 16, b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:  # the Messages block
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    out, pos = [], 0
    context = source = ""
    translations: list[str] = []
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == 1:  # end of one message
            out.append((context, source, translations))
            context = source = ""
            translations = []
            continue
        if tag in (5, 9):  # obsolete tags without a payload of their own
            continue
        length = struct.unpack(">I", messages[pos:pos + 4])[0]
        pos += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        payload = messages[pos:pos + length]
        pos += length
        if tag == 3:
            translations.append(payload.decode("utf-16-be"))
        elif tag in (6, 7):
            value = payload.decode("utf-8")
            source, context = (value, context) if tag == 6 else (source, value)
        elif tag in (2, 4):
            value = payload.decode("utf-16-be")
            source, context = (value, context) if tag == 2 else (source, value)
    return out


def same_on_purpose(language: str) -> set[str]:
    """Sources whose translation in ``language`` is the source itself (a translator's choice, not a gap)."""
    path = i18n.catalogue_path(language)
    if not path.exists():
        return set()
    return {_plain(source) for _context, source, translations in read_qm(path)
            if source and translations and all(_plain(t) == _plain(source) for t in translations)}


def untranslated(shown: Iterable[str], english: Iterable[str], language: str, names: Iterable[str] = ()) -> list[str]:
    """The distinct texts of ``shown`` (the window in ``language``) that are still their English source."""
    if language == i18n.SOURCE_LANGUAGE:
        return []
    sources = set(english) | {_plain(n) for n in BUNDLED_CLASS_NAMES}
    same, names = same_on_purpose(language), set(names)
    seen: dict[str, None] = {}
    for text in shown:
        if text in sources and not _same_on_purpose(text, same) and not excepted(text, names):
            seen.setdefault(text)
    return list(seen)


def _same_on_purpose(text: str, same: set[str]) -> bool:
    """In ``same``, or a settings label built from ConfigForm's "{label}:" where both the word and that pattern
    are translated as themselves ("Dropout:" in German: the audit never sees the pattern's parts apart)."""
    return text in same or (text.endswith(":") and text[:-1] in same and "{label}:" in same)


def has_font_for(language: str) -> bool:
    """Whether a font with the language's script is installed (Chinese needs a CJK font: fontconfig on Linux)."""
    systems = {"zh_CN": QFontDatabase.SimplifiedChinese, "ru": QFontDatabase.Cyrillic}
    system = systems.get(language, QFontDatabase.Latin)
    return bool(QFontDatabase.families(system))
