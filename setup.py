"""The one packaging fact pyproject.toml cannot state: every fruitclassifier package, found, plus the mapped
``fruitclassifier.resources`` (the repository's top-level resources/, see [tool.setuptools.package-dir]).

A find directive in pyproject.toml cannot see a mapped folder, and a written-out list falls behind the
first time someone adds a package; everything else about the build lives in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup

# resources/' folders whose names Python could import (icons, models, ...) are named as packages too: else
# setuptools warns, at every install, that they "would be ignored" (their files come with package-data).
RESOURCE_FOLDERS = sorted(p.name for p in (Path(__file__).parent / "resources").iterdir()
                          if p.is_dir() and p.name.isidentifier())

setup(packages=[*find_packages(include=["fruitclassifier", "fruitclassifier.*"]), "fruitclassifier.resources",
                *(f"fruitclassifier.resources.{name}" for name in RESOURCE_FOLDERS)])
