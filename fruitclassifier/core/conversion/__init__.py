"""Keras -> ``.tflite`` and the LiteRT runtime that runs the copy: below the store, which converts a model
as it saves it, and below inference, which answers photos with the runtime (no TensorFlow)."""
