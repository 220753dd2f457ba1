"""Answering photos with a saved model: Keras or LiteRT, open-set answers, Grad-CAM, export."""
