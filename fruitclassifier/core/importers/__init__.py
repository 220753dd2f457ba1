"""Bring in models made elsewhere: .keras, legacy .h5, SavedModel folders, .tflite (Teachable Machine
exports among them), with their labels and input scaling. ``prepare.import_model`` stores one;
``prepare.load_classifier`` answers with one on the fly. One module per format; this package stays
cheap to import (no TensorFlow until a Keras or SavedModel file is actually opened)."""
