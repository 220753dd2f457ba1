"""The pipeline that builds the bundled default model (see training/build_default_model.py)."""
