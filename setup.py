"""The two packaging facts pyproject.toml cannot state: every fruitclassifier package, found, plus the mapped
``fruitclassifier.resources`` (the repository's top-level resources/, see [tool.setuptools.package-dir]);
and the translations compiled (.ts -> .qm, packaging/translations.py) before the package data is collected.

A find directive in pyproject.toml cannot see a mapped folder, and a written-out list falls behind the
first time someone adds a package; everything else about the build lives in pyproject.toml.
The .qm files are built, never committed: every wheel build and every ``pip install -e .`` compiles them into
resources/translations/ (beside the .ts files) with PySide6-Essentials' lrelease, a build requirement.
"""

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPyWithTranslations(build_py):
    """build_py that first compiles resources/translations/*.ts into .qm (editable installs too: setuptools
    runs build_py for them, and the package data then points at the source tree)."""

    def run(self):
        spec = importlib.util.spec_from_file_location("fc_translations", HERE / "packaging" / "translations.py")
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        translations.release()
        super().run()

# resources/' folders whose names Python could import (icons, models, ...) are named as packages too: else
# setuptools warns, at every install, that they "would be ignored" (their files come with package-data).
RESOURCE_FOLDERS = sorted(p.name for p in (Path(__file__).parent / "resources").iterdir()
                          if p.is_dir() and p.name.isidentifier())

setup(cmdclass={"build_py": BuildPyWithTranslations},
      packages=[*find_packages(include=["fruitclassifier", "fruitclassifier.*"]), "fruitclassifier.resources",
                *(f"fruitclassifier.resources.{name}" for name in RESOURCE_FOLDERS)])
