"""The Qt-free core: everything the GUI and the CLI both call.

Nothing under this package may import Qt, pyqtgraph or fruitclassifier.gui
(tests/test_layering.py checks it).
"""
