"""The translation catalogues: collect the strings to translate into resources/translations/*.ts
(``update``, what ``make translations`` runs) and compile them into the .qm files the app loads
(``release``, run by the wheel and editable builds through setup.py, by ``make app`` and by the tests).

    python packaging/translations.py update    # after changing strings in the code: .ts files follow
    python packaging/translations.py release   # .ts -> .qm beside them (gitignored; shipped in wheel and app)
                                               # (--stale: only those older than their .ts; make run/test do it)
    python packaging/translations.py check     # exit 1 when `update` would change a .ts file (CI does this)
    python packaging/translations.py update --committed   # from HEAD's code: others' uncommitted strings stay out

The .ts files are committed and are the translators' files (Qt Linguist, or any editor); the .qm files are
built, never committed. Both tools come with PySide6-Essentials (its ``lupdate`` reads Python), so this file
imports nothing but the standard library: setup.py loads it in the isolated build environment, where
PySide6-Essentials is a build requirement (pyproject.toml) and needs no Qt library loaded.

``lupdate`` runs with ``-locations none`` (moving a line changes no .ts file) and ``-no-obsolete`` (a string
removed from the code leaves the catalogue); each file names its language (``language="de_DE"``), which
lrelease needs for plural forms.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import io
import os
from pathlib import Path
import shutil
import subprocess
import sys
import tarfile
import tempfile

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "fruitclassifier"
TS_DIR = ROOT / "resources" / "translations"
CATALOGUE = "fruitclassifier"
# code -> the TS file's language attribute (a territory too, as Qt Linguist writes it; plural rules need it).
LANGUAGES = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR", "ru": "ru_RU", "zh_CN": "zh_CN"}


def ts_path(code: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def qt_tool(name: str) -> Path:
    """PySide6's own lupdate or lrelease binary, found without importing PySide6 (no Qt library loaded)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} comes with PySide6-Essentials, which is not installed in {sys.prefix}: "
                         "pip install PySide6-Essentials (or build with build isolation)")
    for folder in spec.submodule_search_locations:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    raise SystemExit(f"PySide6 in {sys.prefix} has no {name} binary")


def _run(args: list) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args))} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def update(folder: Path = TS_DIR, sources: Path = SOURCES, verbose: bool = True) -> None:
    """Merge the code's strings into each language's .ts in ``folder`` (made if missing); translations kept."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate = qt_tool("lupdate")
    for code, language in LANGUAGES.items():
        target = ts_path(code, folder)
        # lupdate is not always a fixed point in one run (a string that moved to another context can survive the
        # first merge as unfinished): run it until the file stops changing, so `check` agrees with `update`.
        for _ in range(3):
            before = target.read_bytes() if target.exists() else b""
            out = _run([lupdate, "-extensions", "py", "-no-obsolete", "-locations", "none", "-silent",
                        "-source-language", "en", "-target-language", language, sources, "-ts", target])
            if verbose and out.strip():
                print(out.strip())
            if target.read_bytes() == before:
                break
    if verbose:
        print(f"updated {len(LANGUAGES)} catalogues in {folder}")


def changed_by_update(folder: Path = TS_DIR, sources: Path = SOURCES) -> list[str]:
    """The .ts files that ``update`` would change (it runs on copies in a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="fc-ts-") as tmp:
        copies = Path(tmp)
        for code in LANGUAGES:
            if ts_path(code, folder).exists():
                shutil.copy2(ts_path(code, folder), ts_path(code, copies))
        update(copies, sources, verbose=False)
        return [ts_path(code).name for code in LANGUAGES
                if not ts_path(code, folder).exists() or not filecmp.cmp(ts_path(code, folder),
                                                                         ts_path(code, copies), shallow=False)]


def release(out: Path | None = None, folder: Path = TS_DIR, stale_only: bool = False) -> list[Path]:
    """Compile every .ts in ``folder`` into a .qm in ``out`` (default: beside it); returns the .qm paths
    compiled (with ``stale_only``, only those missing or older than their .ts).

    Unfinished entries are left out (the English source shows there), identical translations kept."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    lrelease = qt_tool("lrelease")
    built = []
    for code in LANGUAGES:
        source, target = ts_path(code, folder), out / f"{CATALOGUE}_{code}.qm"
        if not source.exists():
            raise SystemExit(f"{source} is missing: run `python packaging/translations.py update`")
        if stale_only and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        _run([lrelease, "-silent", "-nounfinished", source, "-qm", target])
        built.append(target)
    return built


def committed_sources(folder: Path, revision: str = "HEAD") -> Path:
    """The package as committed at ``revision``, written under ``folder`` (no one's uncommitted strings)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision, "fruitclassifier"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "fruitclassifier"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["update", "release", "check"])
    parser.add_argument("--stale", action="store_true", help="release: only the .qm files older than their .ts")
    parser.add_argument("--committed", action="store_true",
                        help="update/check: read the strings from the committed code (HEAD), not the working tree")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory(prefix="fc-src-") as tmp:
        sources = committed_sources(Path(tmp)) if args.committed else SOURCES
        return _act(args, sources)


def _act(args: argparse.Namespace, sources: Path) -> int:
    if args.action == "update":
        update(sources=sources)
    elif args.action == "release":
        for path in release(stale_only=args.stale):
            print(path.relative_to(ROOT))
    else:
        changed = changed_by_update(sources=sources)
        if changed:
            print("not up to date with the code (run `make translations`): " + ", ".join(changed))
            return 1
        print("the .ts files are up to date with the code")
    return 0


if __name__ == "__main__":
    sys.exit(main())
