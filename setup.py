"""The one packaging fact pyproject.toml cannot state: every fruitclassifier package, found, plus the mapped
``fruitclassifier.resources`` (the repository's top-level resources/, see [tool.setuptools.package-dir]).

A find directive in pyproject.toml cannot see a mapped folder, and a written-out list falls behind the
first time someone adds a package; everything else about the build lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["fruitclassifier", "fruitclassifier.*"]), "fruitclassifier.resources"])
