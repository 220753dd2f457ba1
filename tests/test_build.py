"""The packaged app: fast checks of build_app.spec's helpers, and (opt-in) a real frozen build.

The real build takes ten minutes and ~3 GB of disk, so it runs only with FRUITCLASSIFIER_BUILD_TESTS=1:
    FRUITCLASSIFIER_BUILD_TESTS=1 .venv/bin/python -m pytest -m build tests/test_build.py
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
import plistlib
import shutil
import subprocess
import sys

import pytest

import fruitclassifier
from fruitclassifier import paths

ROOT = Path(__file__).resolve().parent.parent
BUILD_TESTS = os.environ.get("FRUITCLASSIFIER_BUILD_TESTS") == "1"


def _load(path: Path, name: str):
    """packaging/ is no package (it would shadow PyPI's `packaging`), so its files are loaded by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


helpers = _load(ROOT / "packaging" / "spec_helpers.py", "fc_spec_helpers")


# --- version and Info.plist ----------------------------------------------------------------------


def test_the_version_is_read_without_importing_the_package(tmp_path):
    assert helpers.read_version(ROOT / "fruitclassifier" / "__init__.py") == fruitclassifier.__version__
    init = tmp_path / "__init__.py"
    init.write_text('"""Doc."""\n\n__version__ = \'2.3.4rc1\'\n')
    assert helpers.read_version(init) == "2.3.4rc1"
    init.write_text("VERSION = '1.0'\n")
    with pytest.raises(ValueError, match="__version__"):
        helpers.read_version(init)


@pytest.mark.parametrize("version, expected", [
    ("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0"), ("2.0.dev3", "2.0"), ("1.4.2+local", "1.4.2"), ("3", "3"),
    ("1.2.3.4", "1.2.3"), ("dev", "0"),
])
def test_bundle_version_is_numbers_only(version, expected):
    assert helpers.bundle_version(version) == expected


def test_info_plist_declares_the_app_and_the_photos_it_opens():
    info = helpers.info_plist("1.2.0rc1", heic=False)
    assert info["CFBundleIdentifier"] == "org.fruitclassifier.app"
    assert (info["CFBundleShortVersionString"], info["CFBundleVersion"]) == ("1.2.0rc1", "1.2.0")
    assert info["NSHighResolutionCapable"] is True and info["LSMinimumSystemVersion"] == helpers.MIN_MACOS
    [doc] = info["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeRole"] == "Viewer"
    assert {"public.jpeg", "public.png"} <= set(doc["LSItemContentTypes"])
    assert "public.heic" not in doc["LSItemContentTypes"]
    assert "public.heic" in helpers.info_plist("1.0", heic=True)["CFBundleDocumentTypes"][0]["LSItemContentTypes"]
    assert "camera" in info["NSCameraUsageDescription"]  # macOS kills an app that asks without saying why
    plistlib.dumps(info)  # every value is plist-serialisable


def test_the_live_view_s_camera_and_video_stack_is_bundled():
    for module in helpers.LIVE_MODULES:
        assert importlib.util.find_spec(module) is not None, module
        assert not [e for e in helpers.EXCLUDES if module == e or module.startswith(e + ".")], module


# --- signing ---------------------------------------------------------------------------------------


def test_the_signing_identity_comes_from_the_environment():
    identity, entitlements = helpers.codesign_settings({helpers.CODESIGN_ENV: "Developer ID Application: X (T)"})
    assert identity == "Developer ID Application: X (T)"
    assert helpers.codesign_settings({helpers.CODESIGN_ENV: "  "})[0] is None  # ad hoc
    assert helpers.codesign_settings({})[0] is None
    granted = plistlib.loads(Path(entitlements).read_bytes())
    assert granted == {"com.apple.security.cs.allow-jit": True,
                       "com.apple.security.cs.allow-unsigned-executable-memory": True,
                       "com.apple.security.cs.disable-library-validation": True,
                       "com.apple.security.device.camera": True}  # the live view (issue 31)


def test_the_committed_icns_holds_the_app_icon(tmp_path):
    from PIL import Image

    icns = ROOT / "resources" / "icons" / "app.icns"
    with Image.open(icns) as image:
        assert image.format == "ICNS" and image.size == (1024, 1024)
    make_icns = _load(ROOT / "packaging" / "make_icns.py", "fc_make_icns")
    rebuilt = make_icns.make_icns(out=tmp_path / "app.icns")
    with Image.open(rebuilt) as image:
        assert image.format == "ICNS"


# --- what goes into the bundle ----------------------------------------------------------------------


def test_resources_keep_their_layout_and_leave_build_files_out():
    datas = helpers.resource_datas(ROOT)
    dests = {dest for _, dest in datas}
    names = {Path(src).name for src, _ in datas}
    assert {"resources/icons", "resources/samples"} <= dests
    assert all(dest == "resources" or dest.startswith("resources/") for dest in dests)
    assert "app_256.png" in names and "README.md" in names  # the samples' attribution travels with them
    assert not {n for n in names if n.endswith((".py", ".icns", ".plist", ".ts"))}


def test_the_compiled_translations_go_into_the_bundle_and_their_sources_stay_out():
    """build_app.spec compiles resources/translations/*.ts first (packaging/translations.py release); the .qm
    files travel with the resources, where gui/base/i18n.py looks for them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fc_translations", ROOT / "packaging" / "translations.py")
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    translations.release(stale_only=True)
    datas = helpers.resource_datas(ROOT)
    shipped = {Path(src).name for src, dest in datas if dest == "resources/translations"}
    assert shipped == {f"fruitclassifier_{code}.qm" for code in translations.LANGUAGES}
    assert "_translations.release()" in (ROOT / "build_app.spec").read_text(encoding="utf-8")


def test_frozen_resource_paths_point_into_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("samples") == tmp_path / "resources" / "samples"
    assert paths.bundled_models_dir() == tmp_path / "resources" / "models"


def _fake_site(root: Path, files: list[str]) -> Path:
    for name in files:
        (root / "tensorflow-plugins").mkdir(parents=True, exist_ok=True)
        (root / "tensorflow-plugins" / name).write_bytes(b"\0")
    root.mkdir(parents=True, exist_ok=True)
    return root


def test_metal_plugins_are_collected_into_tensorflow_plugins(tmp_path):
    venv = _fake_site(tmp_path / "venv", ["libmetal_plugin.dylib", "README.txt"])
    user = _fake_site(tmp_path / "user", ["libmetal_plugin.dylib", "libother_plugin.dylib"])
    empty = _fake_site(tmp_path / "empty", [])
    found = helpers.tensorflow_plugin_binaries([empty, venv, user], platform="darwin")
    assert found == [(str(venv / "tensorflow-plugins" / "libmetal_plugin.dylib"), "tensorflow-plugins"),
                     (str(user / "tensorflow-plugins" / "libother_plugin.dylib"), "tensorflow-plugins")]
    assert helpers.tensorflow_plugin_binaries([venv], platform="linux") == []
    assert helpers.tensorflow_plugin_binaries([tmp_path / "missing"], platform="darwin") == []


def test_tensorflow_still_looks_for_plugins_where_the_spec_puts_them():
    """TF loads <site dir>/tensorflow-plugins; PyInstaller's runtime hook makes sys._MEIPASS a site dir."""
    tf_init = Path(importlib.util.find_spec("tensorflow").origin).read_text(encoding="utf-8")
    assert '"tensorflow-plugins"' in tf_init and "getsitepackages" in tf_init
    hooks = importlib.util.find_spec("_pyinstaller_hooks_contrib")
    if hooks is None:
        pytest.skip("pyinstaller-hooks-contrib is not installed (pip install -e '.[build]')")
    rthook = Path(hooks.submodule_search_locations[0]) / "rthooks" / "pyi_rth_tensorflow.py"
    assert "sys._MEIPASS" in rthook.read_text(encoding="utf-8")


def test_excludes_never_drop_what_the_app_imports():
    needed = ["tensorflow", "keras", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
              "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtTest", "pyqtgraph", "matplotlib",
              "numpy", "PIL", "platformdirs", "tqdm", "fruitclassifier", "tensorflow.lite",
              "PySide6.QtMultimedia", "av"]  # the live view (issue 31)
    for module in needed:
        assert not [e for e in helpers.EXCLUDES if module == e or module.startswith(e + ".")], module


def test_every_lazily_imported_builder_is_a_hidden_import():
    from fruitclassifier.core.models.registry import SPECS

    builders = {spec.builder.__name__.removeprefix("build_") for spec in SPECS.values()}
    assert builders and {f"fruitclassifier.core.models.{b}" for b in builders} <= set(helpers.LAZY_MODULES)
    for module in helpers.LAZY_MODULES:
        assert importlib.util.find_spec(module) is not None, module


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as a fake strip")
def test_only_large_tensorflow_libraries_are_stripped(tmp_path):
    log = tmp_path / "strip.log"
    fake_strip = tmp_path / "strip"
    fake_strip.write_text(f'#!/bin/sh\necho "$3" >> "{log}"\ncp "$3" "$2"\n')  # strip -o TARGET SOURCE
    fake_strip.chmod(0o755)
    big, small, wheel_lib = tmp_path / "libtensorflow_cc.so.2", tmp_path / "_small.so", tmp_path / "libopenblas.so"
    for path, size in ((big, 2000), (small, 10), (wheel_lib, 2000)):
        path.write_bytes(b"x" * size)
    toc = [("tensorflow/libtensorflow_cc.so.2", str(big), "BINARY"),
           ("tensorflow/python/_small.so", str(small), "EXTENSION"),
           ("numpy.libs/libopenblas.so", str(wheel_lib), "BINARY"),
           ("tensorflow/data.txt", str(small), "DATA")]
    cache = tmp_path / "cache"
    out = helpers.strip_binaries(toc, cache, min_bytes=1000, strip=str(fake_strip))
    assert out[0] == (toc[0][0], str(cache / "tensorflow" / "libtensorflow_cc.so.2"), "BINARY")
    assert out[1:] == toc[1:]
    helpers.strip_binaries(toc, cache, min_bytes=1000, strip=str(fake_strip))
    assert log.read_text().splitlines() == [str(big)]  # the stripped copy is reused
    assert helpers.strip_binaries(toc, tmp_path / "c2", min_bytes=1000, strip="no-such-strip") == toc


def test_the_entry_script_drops_the_finder_process_number():
    entry = _load(ROOT / "packaging" / "fruitclassifier_app.py", "fc_entry")
    assert entry._cli_args(["-psn_0_12345", "gui"]) == ["gui"]
    from fruitclassifier.core.training import device_check

    assert entry.DEVICE_CHECK_FLAG == device_check.CHILD_FLAG


def test_the_packaged_app_can_be_a_distributed_workers_watchdog(monkeypatch):
    """The frozen app has no ``-m``: a worker starts its deadline keeper through the entry script's flag, and
    that keeper ends a worker whose peers went quiet (here a stand-in process) with the one-line message."""
    from fruitclassifier.core.training.distributed import watchdog

    entry = _load(ROOT / "packaging" / "fruitclassifier_app.py", "fc_entry_watchdog")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    command = watchdog.child_command(4321, 2)
    assert command[1:] == [entry.WATCHDOG_FLAG, "4321", "2"]
    monkeypatch.undo()
    stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    keeper = subprocess.Popen([sys.executable, str(ROOT / "packaging" / "fruitclassifier_app.py"), entry.WATCHDOG_FLAG,
                               str(stand_in.pid), "2"], stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        keeper.stdin.write("arm 0.3 joining\n")
        keeper.stdin.flush()  # and kept open: a closed pipe means the worker ended by itself
        assert stand_in.wait(timeout=20) != 0  # killed by the keeper
        assert "no answer from the other 1 worker(s) for 0 s while joining" in keeper.stderr.readline()
    finally:
        stand_in.kill()
        keeper.kill()
        keeper.wait(timeout=10)


# --- the real build (opt-in) --------------------------------------------------------------------------


def _frozen_executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "FruitClassifier.app" / "Contents" / "MacOS" / "FruitClassifier"
    return dist / "FruitClassifier" / ("FruitClassifier.exe" if sys.platform == "win32" else "FruitClassifier")


@pytest.mark.build
@pytest.mark.timeout(3600)
@pytest.mark.skipif(not BUILD_TESTS, reason="set FRUITCLASSIFIER_BUILD_TESTS=1 to build the frozen app")
def test_the_frozen_app_builds_and_passes_its_self_test(tmp_path, tiny_model_dir, tiny_folder):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    dist, work, home = tmp_path / "dist", tmp_path / "work", tmp_path / "home"
    try:
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist),
                        "--workpath", str(work), str(ROOT / "build_app.spec")], cwd=ROOT, check=True, timeout=3000)
        shutil.rmtree(work)  # ~1 GB of intermediate files
        exe = _frozen_executable(dist)
        shutil.copytree(tiny_model_dir, home / "models" / "tiny-cnn")  # in case no default model is bundled yet
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRUITCLASSIFIER_HOME": str(home)}
        clip = _write_clip(tmp_path / "clip.mp4")  # the live view and predict read videos in the frozen app too
        proc = subprocess.run([str(exe), "gui", "--self-test", "--camera", str(clip)], env=env, capture_output=True,
                              text=True, timeout=600)
        assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        assert result["classified"] > 0 and result["errors"] == 0 and "failure" not in result
        assert result["live_answers_per_s"] > 0 and result["live_last_answer"]["label"]
        frames = subprocess.run([str(exe), "predict", str(home / "models" / "tiny-cnn"), str(clip), "--json"],
                                env=env, capture_output=True, text=True, timeout=600)
        assert frames.returncode == 0 and json.loads(frames.stdout)[-1]["time_s"] > 0, frames.stderr[-3000:]
        trained = subprocess.run([str(exe), "train", str(tiny_folder), "--epochs", "1", "--image-size", "24",
                                  "--json"], env=env, capture_output=True, text=True, timeout=600)
        assert trained.returncode == 0, trained.stderr[-3000:]
        assert json.loads(trained.stdout)["arch"] == "custom_cnn"
    finally:
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _write_clip(path):
    """Two seconds of a drifting disc at 10 fps, made with PyAV (no ffmpeg binary needed)."""
    import numpy as np

    from fruitclassifier.core.data.frames import write_video

    yy, xx = np.mgrid[:32, :32]
    pictures = []
    for i in range(20):
        img = np.full((32, 32, 3), 255, np.uint8)
        img[(xx - 14 - i % 4) ** 2 + (yy - 16) ** 2 < 100] = (230, 210, 40)
        pictures.append(img)
    return write_video(path, pictures, fps=10)
