"""Reusable widgets; each module does one job and can be previewed on its own (``python -m ...``)."""
