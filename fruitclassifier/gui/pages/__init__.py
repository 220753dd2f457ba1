"""The main window's views; each can be previewed on its own with ``python -m fruitclassifier.gui.pages.<name>``."""
