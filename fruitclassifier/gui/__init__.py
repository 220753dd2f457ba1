"""The desktop window: a thin Qt face on the core.

Importing this package never imports TensorFlow. It pins pyqtgraph to PySide6 (house
rule 9) before anything can import pyqtgraph.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
