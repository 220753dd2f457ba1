"""The logic behind build_app.spec, kept importable so fast tests can check it without PyInstaller.

build_app.spec and the tests load this file by path (``packaging/`` has no ``__init__.py`` on
purpose: a regular package called ``packaging`` would shadow the PyPI ``packaging`` that pip,
pytest and PyInstaller import). Nothing here imports PyInstaller, TensorFlow or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import importlib.util
from pathlib import Path
import re
import site
import subprocess
import sys

from fruitclassifier import architectures  # the one table: its builder modules are imported by name

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "FruitClassifier"
BUNDLE_ID = "org.fruitclassifier.app"
#: tensorflow-macos/-metal and the TF 2.x arm64 wheels need macOS 12 (Monterey) or later.
MIN_MACOS = "12.0"
CODESIGN_ENV = "FRUITCLASSIFIER_CODESIGN_IDENTITY"

#: Never wanted in the app: other Qt bindings (pyqtgraph and matplotlib probe for them), notebook and
#: test tools, Tk, TensorBoard, and other Keras backends that a developer's venv may hold (torch
#: alone would add gigabytes). The Qt modules below are installed (Essentials, Addons) but unused: the app
#: needs QtCore/Gui/Widgets, QtOpenGL/QtOpenGLWidgets/QtSvg/QtTest that pyqtgraph imports, and
#: QtMultimedia (Addons) for the live view's cameras (gui/live/camera.py).
EXCLUDES = [
    "PyQt5", "PyQt6", "PySide2", "sip",
    "tkinter", "_tkinter", "turtle", "idlelib",
    "IPython", "ipykernel", "ipywidgets", "jupyter", "jupyter_client", "notebook", "matplotlib_inline",
    "pytest", "_pytest", "pytestqt", "pytest_timeout", "py", "pluggy", "tests",
    "tensorboard", "tensorboard_data_server", "tensorboard_plugin_profile",
    "torch", "torchvision", "jax", "jaxlib", "flax", "openvino", "tensorflow_datasets",
    # TensorFlow's remote debugger/RPC (17 MB of gRPC) and the unused StableHLO Python bindings (15 MB).
    "grpc", "tensorflow.python.debug.lib.grpc_debug_server", "tensorflow.compiler.mlir.stablehlo.stablehlo",
    "tensorflow.compiler.mlir.stablehlo.stablehlo_extension",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.QtMultimediaWidgets", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSql", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech", "PySide6.QtHttpServer", "PySide6.QtNetworkAuth", "PySide6.QtAxContainer",
]

#: Modules imported by name at run time (importlib), which PyInstaller's import scan cannot see. The spec
#: also collects every fruitclassifier submodule; tests/test_build.py keeps this list in step with the registry.
LAZY_MODULES = architectures.builder_modules() + [
    "fruitclassifier.core.models.pytorch_legacy",  # reads a .pth given as EfficientNet-Lite0 weights
    "fruitclassifier.core.models.layers",  # registers CaffePreprocess before a .keras file is loaded
]

#: The live view's camera and video stack (issue 31), imported only when the live view opens or a video is
#: answered: Qt Multimedia (its hook collects the multimedia plugins with Qt's FFmpeg) and PyAV.
LIVE_MODULES = ["PySide6.QtMultimedia", "av", "fruitclassifier.gui.live.live_view", "fruitclassifier.gui.live.camera"]

#: What macOS shows when the live view first asks for the camera (the app is killed without this key).
CAMERA_USAGE = "FruitClassifier shows the camera's picture in the live view and names the fruit you hold up to it."

#: Binaries worth stripping of their symbol tables (Linux): TensorFlow's own, about 250 MB of symbols.
#: Never strip everything: the libraries auditwheel patched into manylinux wheels (numpy.libs, pillow.libs)
#: break ("ELF load command address/offset not page-aligned"), which is why PyInstaller's strip=True is off.
STRIP_PREFIXES = ("tensorflow/",)
STRIP_MIN_BYTES = 1_000_000

# Build-time files, not app data (.ts: the translations' sources; the app loads the .qm built from them).
_RESOURCE_SKIP_SUFFIXES = {".py", ".pyc", ".icns", ".plist", ".ts"}
_RESOURCE_SKIP_NAMES = {".DS_Store", "__pycache__", ".gitkeep"}


def read_version(init_file: str | Path) -> str:
    """``__version__`` from the package's ``__init__.py``, read as text (importing it is not needed)."""
    text = Path(init_file).read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if not match:
        raise ValueError(f"no __version__ = '...' line in {init_file}")
    return match.group(1)


def bundle_version(version: str) -> str:
    """CFBundleVersion must be up to three dot-separated integers: '1.2.0rc1' -> '1.2.0'."""
    parts = []
    for piece in version.split(".")[:3]:
        lead = re.match(r"\d+", piece)
        if not lead:
            break
        parts.append(str(int(lead.group(0))))
        if lead.group(0) != piece:  # '0rc1', '0+local': the numeric part ends here
            break
    return ".".join(parts) or "0"


def resource_datas(root: str | Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for everything under resources/ that the app reads.

    The destination keeps the ``resources/...`` layout, so ``sys._MEIPASS/resources`` is what
    ``paths.resource_path`` expects (on macOS the folder lives in Contents/Resources and PyInstaller
    links it into Contents/Frameworks, which is ``sys._MEIPASS``).
    """
    root = Path(root)
    out = []
    for file in sorted((root / "resources").rglob("*")):
        rel = file.relative_to(root)
        if not file.is_file() or file.suffix.lower() in _RESOURCE_SKIP_SUFFIXES:
            continue
        if _RESOURCE_SKIP_NAMES.intersection(rel.parts):
            continue
        out.append((str(file), rel.parent.as_posix()))
    return out


def site_packages_dirs() -> list[Path]:
    """Every site-packages folder of this interpreter (venv, user site, sys.path entries)."""
    dirs: list[str] = []
    if hasattr(site, "getsitepackages"):
        dirs += site.getsitepackages()
    user = site.getusersitepackages() if hasattr(site, "getusersitepackages") else None
    if user:
        dirs.append(user)
    dirs += [p for p in sys.path if "site-packages" in p]
    seen, out = set(), []
    for d in dirs:
        path = Path(d)
        if path not in seen and path.is_dir():
            seen.add(path)
            out.append(path)
    return out


def tensorflow_plugin_binaries(site_dirs: Iterable[str | Path] | None = None,
                               platform: str = sys.platform) -> list[tuple[str, str]]:
    """Pluggable-device libraries (tensorflow-metal's libmetal_plugin.dylib) as (source, 'tensorflow-plugins').

    TensorFlow loads plugins from ``<each site-packages dir>/tensorflow-plugins`` (tensorflow/__init__.py,
    ``_plugin_dir``), and only when it believes it runs from a pip install. In the frozen app the
    pyinstaller-hooks-contrib runtime hook (pyi_rth_tensorflow) makes ``site.getsitepackages()`` return
    ``sys._MEIPASS`` first, so the destination is the top-level ``tensorflow-plugins`` folder of the
    bundle (macOS: Contents/Frameworks/tensorflow-plugins). A folder with a dash is no importable
    package, so PyInstaller's import scan never sees it: it has to be added by hand.
    """
    suffixes = (".dylib",) if platform == "darwin" else (".dll",) if platform == "win32" else (".so",)
    found: dict[str, str] = {}
    for base in (site_packages_dirs() if site_dirs is None else site_dirs):
        plugin_dir = Path(base) / "tensorflow-plugins"
        if not plugin_dir.is_dir():
            continue
        for lib in sorted(plugin_dir.iterdir()):
            if lib.is_file() and lib.name.endswith(suffixes) and lib.name not in found:
                found[lib.name] = str(lib)
    return [(src, "tensorflow-plugins") for src in found.values()]


def strip_binaries(binaries: Iterable[tuple[str, str, str]], cache_dir: str | Path,
                   prefixes: tuple[str, ...] = STRIP_PREFIXES, min_bytes: int = STRIP_MIN_BYTES,
                   strip: str = "strip") -> list[tuple[str, str, str]]:
    """PyInstaller's binaries TOC with the large libraries under ``prefixes`` replaced by stripped copies.

    Copies are kept in ``cache_dir`` and reused while the source is unchanged; when ``strip`` is
    missing or fails, the original is kept (a larger app, never a broken one).
    """
    out = []
    for dest, src, kind in binaries:
        dest_posix = dest.replace("\\", "/")
        if kind in ("BINARY", "EXTENSION") and dest_posix.startswith(prefixes):
            try:
                big = Path(src).stat().st_size >= min_bytes
            except OSError:
                big = False
            if big:
                src = _stripped_copy(Path(src), Path(cache_dir) / dest_posix, strip) or src
        out.append((dest, src, kind))
    return out


def _stripped_copy(src: Path, target: Path, strip: str) -> str | None:
    stat = src.stat()
    stamp = target.with_name(target.name + ".source")
    wanted = f"{src.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return str(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([strip, "-o", str(target), str(src)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    stamp.write_text(wanted, encoding="utf-8")
    return str(target)


def has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def document_types(heic: bool) -> list[dict]:
    """Photos the Finder may hand to the app (drop on the Dock icon, Open With): Classify opens them."""
    types = ["public.jpeg", "public.png", "com.compuserve.gif", "com.microsoft.bmp", "public.tiff",
             "org.webmproject.webp"]
    if heic:  # decodable only with pillow-heif in the build environment
        types += ["public.heic", "public.heif"]
    return [{
        "CFBundleTypeName": "Image",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",  # offered in Open With, never made the default photo viewer
        "LSItemContentTypes": types,
    }]


def info_plist(version: str, heic: bool | None = None) -> dict:
    """Info.plist entries passed to PyInstaller's BUNDLE (it fills in the executable and icon keys)."""
    heic = has_module("pillow_heif") if heic is None else heic
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": bundle_version(version),
        "CFBundlePackageType": "APPL",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": MIN_MACOS,
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHumanReadableCopyright": "MIT licence. Sample photos: Fruits-360, CC BY-SA 4.0.",
        "CFBundleDocumentTypes": document_types(heic),
        "NSCameraUsageDescription": CAMERA_USAGE,
    }


def codesign_settings(environ: Mapping[str, str], root: str | Path = ROOT) -> tuple[str | None, str]:
    """(signing identity or None for ad-hoc, entitlements file) for EXE and BUNDLE on macOS."""
    identity = (environ.get(CODESIGN_ENV) or "").strip() or None
    return identity, str(Path(root) / "resources" / "entitlements.plist")
