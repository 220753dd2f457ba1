"""The desktop window: a thin Qt face on the core.

Importing this package never imports TensorFlow. It pins pyqtgraph to PySide6 (house
rule 9) before anything can import pyqtgraph, and patches a PySide6 reference-count bug
(see _pyside_fix.py) before any signal is emitted.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from fruitclassifier.gui import _pyside_fix  # noqa: E402 - after the environment is set

_pyside_fix.apply()
