"""The translation catalogues (resources/translations/*.ts, issue 32) and the code that feeds them.

- the .ts files are what `make translations` makes of the code now (lupdate run into a temporary folder);
- every language has the same source strings, names its language (plural forms need it), and no entry is
  unfinished;
- a translation keeps its source's placeholders ({name} fields, %n, %1);
- every context lupdate found is one Qt looks up at run time (``other.tr`` or a helper named ``tr`` give
  lupdate a context of their own: the variable's name, or none), and ``translate`` gets literal contexts;
- no user-visible string literal in fruitclassifier/gui bypasses translation (napari's tools/test_strings.py
  is the model): texts handed to setText, QLabel(...), setToolTip, addAction, QMessageBox, setHeaderLabels,
  plot labels and the like must come from tr()/translate(), be a proper name or symbol (ALLOWED), or carry a
  ``# no-tr: why`` comment on the line;
- the bundled model's class names are all listed for translation (gui/base/fruit_names.py).
"""

from __future__ import annotations

import ast
import importlib.util
import json
from pathlib import Path
import re
import xml.etree.ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "fruitclassifier" / "gui"
TS_DIR = ROOT / "resources" / "translations"

_spec = importlib.util.spec_from_file_location("fc_translations", ROOT / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

CODES = list(translations.LANGUAGES)
FIELD = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")  # {name}, {name:.1f}, {}
PERCENT_ARG = re.compile(r"%(?:n|L?\d+)")  # Qt's %n (plural count), %1..%99 (arg), %L1 (localised arg)


def _messages(code: str) -> list[dict]:
    """Every message of a .ts file: context, source, numerus, translations (numerus forms) and type."""
    root = ET.parse(translations.ts_path(code)).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            out.append({"context": name, "source": message.findtext("source") or "",
                        "numerus": message.get("numerus") == "yes", "forms": forms,
                        "type": translation.get("type", "")})
    return out


# --- the catalogues ---------------------------------------------------------------------------------------


def test_the_ts_files_are_what_lupdate_makes_of_the_code_now():
    """`make translations` (packaging/translations.py update) after changing strings, then commit the .ts."""
    assert translations.changed_by_update() == [], "run `make translations` and commit resources/translations"


def test_every_language_has_the_same_source_strings_and_names_its_language():
    sources = {}
    for code, language in translations.LANGUAGES.items():
        root = ET.parse(translations.ts_path(code)).getroot()
        assert root.get("language") == language, f"{code}: plural forms need language=\"{language}\""
        sources[code] = {(m["context"], m["source"], m["numerus"]) for m in _messages(code)}
    first = sources[CODES[0]]
    for code in CODES[1:]:
        assert sources[code] == first, f"{code} differs from {CODES[0]}: {sorted(sources[code] ^ first)[:10]}"


def test_no_entry_is_unfinished_and_each_language_has_200_strings():
    for code in CODES:
        messages = _messages(code)
        unfinished = [m["source"] for m in messages if m["type"] == "unfinished" or not all(m["forms"])]
        assert not unfinished, f"{code}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"
        assert len(messages) >= 200, f"{code}: only {len(messages)} strings"


def test_translations_keep_their_sources_placeholders():
    wrong = []
    for code in CODES:
        for m in _messages(code):
            fields = sorted(FIELD.findall(m["source"]))
            args = set(PERCENT_ARG.findall(m["source"].replace("%L", "%")))
            for form in m["forms"]:
                if not form:
                    continue  # unfinished: the other test's business
                form_args = set(PERCENT_ARG.findall(form.replace("%L", "%")))
                # a language with one plural form may leave %n out of a form ("%n" in a numerus source is
                # the count); every other placeholder must be there, and none added
                if sorted(FIELD.findall(form)) != fields or (form_args | ({"%n"} & args)) != args:
                    wrong.append(f"{code} [{m['context']}] {m['source']!r} -> {form!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong[:30])


def test_every_count_is_a_plural_message():
    """A %n in a source that lupdate filed as a plain message gets one translation for every count (Russian needs
    three forms): write ``ClassName.tr("%n photo(s)", "", n)``, not ``QCoreApplication.translate(.., None, n)``."""
    plain = [f"[{m['context']}] {m['source']}" for m in _messages(CODES[0])
             if re.search(r"%L?n", m["source"]) and not m["numerus"]]
    assert not plain, "counts lupdate filed without plural forms:\n" + "\n".join(plain)


def test_every_context_is_one_qt_looks_up():
    """lupdate names a context after the object ``tr`` is called on and cannot see through a local ``tr``
    helper: ``view.tr(...)`` lands in context "view", never looked up (the runtime asks "LiveView")."""
    contexts = {m["context"] for m in _messages(CODES[0])}
    assert "" not in contexts, "a string without a context: a helper named tr? use QCoreApplication.translate"
    lowercase = sorted(c for c in contexts if c[:1].islower() and c not in {"core", "config"})
    assert not lowercase, f"contexts named after a variable (x.tr(...) with x not self): {lowercase}"


# --- the code ---------------------------------------------------------------------------------------------

# Methods and constructors whose string arguments a person reads; pyqtgraph's too.
TEXT_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText", "setTitle",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem", "addItems",
    "insertItem", "insertItems", "setItemText", "setItemToolTip", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "showMessage", "setLabel", "setLabels", "setLabelText", "setInformativeText",
    "setDetailedText", "setPrefix", "setSuffix", "setSpecialValueText", "setFormat", "addButton", "setButtonText",
    "addRow", "setAccessibleName", "setAccessibleDescription", "setHtml", "setPlainText", "setWindowIconText",
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt", "getDouble",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "setNameFilter",
    "setNameFilters", "setDefaultSuffix",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction", "QMenu",
    "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QMessageBox", "QCommandLinkButton",
    "QStandardItem", "QProgressDialog", "QErrorMessage", "LabelItem", "TextItem", "PlotWidget",
}
TEXT_KEYWORDS = {"text", "title", "tip", "toolTip", "tooltip", "placeholderText", "label", "labels", "caption",
                 "message", "windowTitle"}
NAME_KEYWORD_CALLS = {"plot", "PlotDataItem", "PlotCurveItem", "ScatterPlotItem", "BarGraphItem"}  # legend names
# Not text: method arguments that name things (axis names of setLabel, object names) or are markup.
AXES = {"left", "right", "top", "bottom"}
#: Strings that read the same in every language and may stand in the code as they are.
ALLOWED = {"FruitClassifier", "TensorFlow", "LiteRT", "Keras", "PyTorch", "Grad-CAM", "CSV", "JSON", "CPU", "GPU",
           "F1", "OK", "x", "px", "ms", "s", "%", "ImageNet", "Fruits-360", "EfficientNet-Lite0", "Optuna"}
NO_TR = "# no-tr"


def _is_text(node: ast.AST) -> str | None:
    """The English literal in ``node`` a person would read untranslated, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return "f" + repr(parts) if _has_words(parts) else None
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_is_text, node.elts) if t), None)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _is_text(node.func.value)  # "Saved {n}".format(...) is a literal too; self.tr(...).format is not
    return None


def _is_translated(node: ast.AST) -> bool:
    while isinstance(node, ast.Call):
        if _call_name(node) in ("tr", "translate", "translated", "class_name"):
            return True
        node = node.func.value if isinstance(node.func, ast.Attribute) else None
    return False


def _has_words(text: str) -> bool:
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    text = re.sub(r"\{[^{}]*\}", " ", text)  # {field} placeholders
    text = re.sub(r"(?<!\w)[\w.-]+\.[a-z0-9]{2,5}\b", " ", text)  # file names: classes.txt, model.keras
    text = re.sub(r"\(\*\.[^)]*\)|\*\.\w+", " ", text)  # file patterns in name filters: (*.png *.jpg)
    text = re.sub(r"&(?=\w)", "", text)
    for word in sorted(ALLOWED, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", text)
    return bool(re.search(r"[^\W\d_]{2,}", text))


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _untranslated_literals(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        args = []
        if name in TEXT_METHODS or name in TEXT_CLASSES:
            args = list(node.args)
            if name in ("setLabel", "setLabels") and args and isinstance(args[0], ast.Constant) \
                    and args[0].value in AXES:
                args = args[1:]
            if name in ("insertItem", "insertTab") and args:
                args = args[1:]  # the index
            if name in ("addItem", "insertItem", "addAction", "addTab", "insertTab") and args:
                # (text, data or slot) or (icon or widget, text, ...): only the text is read
                args = args[:1] if _is_text(args[0]) or _is_translated(args[0]) else args[1:2]
            if isinstance(node.func, ast.Attribute) and "log" in ast.unparse(node.func.value).lower():
                args = []  # logger.warning(...): the log file, in English
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS
                 or (k.arg == "name" and name in NAME_KEYWORD_CALLS)]
        for arg in args:
            text = _is_text(arg)
            line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
            end = lines[getattr(node, "end_lineno", node.lineno) - 1]
            if text and NO_TR not in line and NO_TR not in end:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r:.70})")
    return found


def _gui_files() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_user_visible_literal_bypasses_translation():
    found = [hit for path in _gui_files() for hit in _untranslated_literals(path)]
    assert not found, f"{len(found)} literals a person reads bypass tr():\n" + "\n".join(found[:60])


def test_the_scan_finds_the_usual_slips(tmp_path):
    sample = GUI / "_scan_sample.py"  # inside gui/ for relative_to; removed at once
    sample.write_text(
        "def f(self, w, n, box):\n"
        "    w.setText('Open a model')\n"
        "    w.setToolTip(f'{n} photos')\n"
        "    box.warning(self, 'Delete Model', self.tr('Sure?'))\n"
        "    w.setText(self.tr('Fine'))\n"
        "    w.setText('')\n"
        "    w.setText(f'{n} %')\n"
        "    plot.setLabel('left', 'Accuracy')\n"
        "    plot.setLabel('bottom', self.tr('epoch'))\n"
        "    w.setText('TensorFlow')\n"
        "    w.setWindowTitle('Debug view')  # no-tr: a developer's window\n"
        "    QLabel('Model:')\n"
        "    w.setText('Saved {n}'.format(n=n))\n", encoding="utf-8")
    try:
        hits = _untranslated_literals(sample)
    finally:
        sample.unlink()
    lines = sorted(int(h.split(":")[1]) for h in hits)
    assert lines == [2, 3, 4, 8, 12, 13], hits


def test_tr_is_called_on_self_and_translate_gets_literal_contexts():
    """``other.tr("…")``: lupdate takes ``other`` as the context (fine for ``ClassName.tr``, where that is the class's
    name, as Qt's); ``def tr`` helpers hide strings from it;
    ``translate(CONTEXT, "…")``: lupdate reads literals only, so the string lands in no context."""
    wrong = []
    for path in _gui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # ClassName.tr(...): lupdate's context is the name as written, Qt's the class's own name: the same only for
        # a class defined here or imported under its own name
        classes = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        classes |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names
                    if a.asname is None and a.name[:1].isupper()}
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                wrong.append(f"{where}: a function named tr")
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            receiver = node.func.value.id if isinstance(node.func.value, ast.Name) else None
            if node.func.attr == "tr" and receiver != "self" and receiver not in classes:
                wrong.append(f"{where}: .tr() on something other than self or a class of the module")
            if node.func.attr == "translate" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                    and isinstance(node.args[1].value, str) \
                    and not isinstance(node.args[0], ast.Constant):
                wrong.append(f"{where}: translate() with a context lupdate cannot read")
    assert not wrong, "\n".join(wrong)


# --- the bundled model's class names ----------------------------------------------------------------------


def test_the_bundled_models_class_names_are_all_listed_for_translation():
    from fruitclassifier.core.inference.display_names import display_names
    from fruitclassifier.gui.base.fruit_names import BUNDLED_CLASS_NAMES

    shown = set()
    for metadata in sorted((ROOT / "resources" / "models").glob("*/metadata.json")):
        shown |= set(display_names(json.loads(metadata.read_text(encoding="utf-8"))["class_names"]).values())
    assert shown and set(BUNDLED_CLASS_NAMES) == shown, (
        f"gui/base/fruit_names.py: missing {sorted(shown - set(BUNDLED_CLASS_NAMES))}, "
        f"not in any bundled model {sorted(set(BUNDLED_CLASS_NAMES) - shown)}")
    assert len(BUNDLED_CLASS_NAMES) == len(set(BUNDLED_CLASS_NAMES))
    fruit = {m["source"] for m in _messages(CODES[0]) if m["context"] == "Fruit"}
    assert fruit == shown  # and lupdate collected them (in context "Fruit", where class_name() looks)


def test_every_network_name_that_is_not_a_proper_name_is_marked_for_translation():
    """architectures.py is Qt-free (the CLI stays English): its titles are marked in gui/train/arch_settings."""
    from fruitclassifier import architectures
    from fruitclassifier.gui.train.arch_settings import TITLES

    proper = {"VGG16", "ResNet50", "EfficientNet-Lite0"}
    shown = {t for arch in architectures.TABLE for t in (arch.title, arch.short_title)} - proper
    assert set(TITLES) == shown
    marked = {m["source"] for m in _messages(CODES[0]) if m["context"] == "Architecture"}
    assert marked == shown
