"""Write the two Keras 2-era files in this folder with real tf.keras 2 (the ``tf-keras`` package),
as Teachable Machine and Keras 2 tutorials wrote them; the app runs Keras 3, so the tests read
these files and never need tf-keras. Run: ``pip install tf-keras==2.21.0; python make.py``.

- ``teachable/keras_model.h5`` + ``labels.txt``: Teachable Machine's shape (a Sequential holding a
  MobileNet-like Sequential with DepthwiseConv2D, whose tf.keras config carries ``groups: 1``, and a
  Dense head), 32 px, pixels scaled to [-1, 1] outside the model. ``expected.json``: its answers.
- ``tutorial/fruits_model.h5``: a compiled Conv/MaxPool/Flatten/Dense tutorial network, 32 px, pixels
  divided by 255 outside the model, saved with its optimizer.
"""

import json
from pathlib import Path

import numpy as np
import tf_keras as keras

HERE = Path(__file__).resolve().parent
SIZE = 32


def photos() -> np.ndarray:
    return np.random.default_rng(7).integers(0, 256, (4, SIZE, SIZE, 3)).astype("uint8")


def teachable() -> None:
    keras.utils.set_random_seed(1)
    base = keras.Sequential([
        keras.layers.Conv2D(8, 3, strides=2, padding="same", input_shape=(SIZE, SIZE, 3)),
        keras.layers.BatchNormalization(), keras.layers.ReLU(6.0),
        keras.layers.DepthwiseConv2D(3, padding="same"), keras.layers.BatchNormalization(), keras.layers.ReLU(6.0),
        keras.layers.GlobalAveragePooling2D(),
    ], name="sequential_1")
    head = keras.Sequential([keras.layers.Dense(16, activation="relu", input_shape=(8,)),
                             keras.layers.Dense(3, activation="softmax")], name="sequential_3")
    model = keras.Sequential([base, head])
    folder = HERE / "teachable"
    folder.mkdir(exist_ok=True)
    model.save(folder / "keras_model.h5")
    (folder / "labels.txt").write_text("0 Lemon\n1 Lime\n2 Orange\n")
    scaled = photos().astype("float32") / 127.5 - 1
    _expected(folder, model.predict(scaled, verbose=0))


def tutorial() -> None:
    keras.utils.set_random_seed(2)
    model = keras.Sequential([
        keras.layers.Conv2D(4, 3, activation="relu", input_shape=(SIZE, SIZE, 3)), keras.layers.MaxPooling2D(),
        keras.layers.Flatten(), keras.layers.Dropout(0.2), keras.layers.Dense(4, activation="softmax"),
    ])
    model.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
    folder = HERE / "tutorial"
    folder.mkdir(exist_ok=True)
    model.save(folder / "fruits_model.h5")
    _expected(folder, model.predict(photos().astype("float32") / 255.0, verbose=0))


def _expected(folder: Path, probs: np.ndarray) -> None:
    (folder / "expected.json").write_text(json.dumps({"seed": 7, "size": SIZE, "probabilities": probs.tolist()}))


if __name__ == "__main__":
    teachable()
    tutorial()
