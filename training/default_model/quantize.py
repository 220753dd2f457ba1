"""The bundled model's fast copy: post-training int8 quantization, checked against its Keras model.

    .venv/bin/python training/default_model/quantize.py resources/models/fruits360-default

Why int8 for the bundled model: LiteRT's XNNPACK int8 kernels answer a photo in about half the time of
the float32 copy on a 2-core x86 (and the file is 3.4x smaller), while the answers stay those of the
trained Keras model: top-1 agreement and "not one of mine" agreement on the held-out real photos (shop
produce, packaged goods, backgrounds) and on the whole Fruits-360 Test split are measured here and recorded
in metadata.json ("tflite_quantization"). A copy that agrees less than MIN_AGREEMENT on the real photos (or
MIN_TEST_AGREEMENT on the Test split) is refused. Users' own models keep the float32 copy, checked to 1e-4
(core/inference/lite.py): the app has no calibration photos for an imported model.

Calibration: every 3rd shop photo and every 6th packaged-goods and background photo of the fitting share
(default_model/split.py), and every 40th Fruits-360 Training frame, so the activation ranges cover real
produce, studio frames and "not one of mine". Deterministic (sorted, strided); no held-out photo.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "datasets"
#: Agreement with the Keras model's answers (top fruit and "not one of mine") on the held-out real photos and the
#: Test split below which the copy is not shipped: issue 29 asks for 99.5 %. Fully int8 the copy reached 99.44 %
#: top-1 (99.30 % answers); the two layers FLOAT_LAYER_NOISE keeps in float bring it to 99.72 % (99.58 %).
#: Measured alternatives (report.md): 2000 calibration photos 98.7 %, weights-only int8 99.7 % but 5x slower,
#: float32 copy 100 % but 1.9x slower than the previous default.
MIN_AGREEMENT = 0.995
MIN_TEST_AGREEMENT = 0.995


def _images(files: list[Path], size: int) -> np.ndarray:
    from fruitclassifier.core.data.images import load_array

    return np.stack([load_array(p, size) for p in files]).astype(np.float32)


def calibration_images(size: int) -> np.ndarray:
    """Shop photos, frames and fruit-free photos (fitting share only) the converter measures ranges on."""
    from training.default_model import sets

    parts = sets.parts()
    files = (list(parts["grocery-fit"].files[::3]) + list(parts["packaged-fit"].files[::6])
             + list(parts["backgrounds-fit"].files[::6]) + list(parts["fruits360-fit"].files[::10]))
    return _images(files, size)


def logits_model(model):
    """The same network with its last layer's softmax left out: the int8 copy gives logits, and the app's
    runner applies the softmax in float (core/conversion/runtime.py). An int8 softmax has steps of 1/256, so
    every probability under 0.004 became 0 and the "not one of mine" score (scores.SCORE), which reads the
    small probabilities, lost most of what it tells: AUROC known vs unseen 0.94 -> 0.91 on float probabilities
    clipped at 1/256."""
    import keras

    last = model.get_layer("predictions")
    dense = keras.layers.Dense(last.units, name="logits")
    outputs = dense(last.input)
    dense.set_weights(last.get_weights())
    return keras.Model(model.input, outputs)


#: A layer stays float32 when int8 adds this many times the noise its own rounding step would (the debugger's
#: mean squared error over scale^2/12). Measured on the shipped model: the stem convolution 97 and block 0's
#: depthwise convolution 87, every other layer under 4.2. Those two in float lift top-1 agreement on the
#: held-out real photos from 99.44 % to 99.72 % (answers 99.30 -> 99.58 %) for 0.2 ms a photo.
FLOAT_LAYER_NOISE = 20.0


def int8_copy(model, calibration: np.ndarray) -> tuple[bytes, list[str]]:
    """Weights and activations in int8, but for the layers int8 hurts most (FLOAT_LAYER_NOISE); input stays
    float32 0..255, output float32 logits. Returns the flatbuffer and the layers kept in float."""
    import contextlib

    import tensorflow as tf

    model = logits_model(model)
    sample = calibration[::3]

    def converter():
        made = tf.lite.TFLiteConverter.from_keras_model(model)
        made.optimizations = [tf.lite.Optimize.DEFAULT]
        made.representative_dataset = lambda: ([image[None]] for image in calibration)
        return made

    with contextlib.redirect_stdout(sys.stderr):  # the converter prints "Saved artifact at ..."
        debugger = tf.lite.experimental.QuantizationDebugger(
            converter=converter(), debug_dataset=lambda: ([image[None]] for image in sample))
        debugger.run()
        noisy = noisy_layers(debugger)
        options = tf.lite.experimental.QuantizationDebugOptions(denylisted_nodes=noisy)
        kept = tf.lite.experimental.QuantizationDebugger(
            converter=converter(), debug_dataset=lambda: ([image[None]] for image in sample[:4]),
            debug_options=options)
        return kept.get_nondebug_quantized_model(), noisy


def noisy_layers(debugger) -> list[str]:
    """Tensor names of the layers whose int8 noise is over FLOAT_LAYER_NOISE times their rounding noise."""
    import csv
    import io

    dump = io.StringIO()
    debugger.layer_statistics_dump(dump)
    dump.seek(0)
    noisy = []
    for row in csv.DictReader(dump):
        scale, error = float(row["scale"] or 0), float(row["mean_squared_error"] or 0)
        if scale > 0 and error / (scale * scale / 12) > FLOAT_LAYER_NOISE:
            noisy.append(row["tensor_name"])
    return noisy


def agreement(model, flatbuffer: bytes, size: int, names: list[str], threshold: float | None = None) -> dict:
    """Top-1 and refusal agreement and probability gaps of the copy against Keras: held-out real photos, Test."""
    from fruitclassifier.core.conversion.runtime import LiteRunner
    from training.default_model import scores, sets

    parts = sets.parts()
    runner = LiteRunner(flatbuffer, outputs="logits")
    out = {}
    for name, keys in (("real", ("grocery-holdout", "packaged-holdout", "backgrounds-holdout")),
                       ("test", ("fruits360-test",))):
        x = _images([p for k in keys for p in parts[k].files], size)
        expected = model.predict(x, batch_size=64, verbose=0)
        got = np.concatenate([runner(x[i:i + 32].astype(np.uint8)) for i in range(0, len(x), 32)])
        gap = np.abs(got - expected)
        top1 = float((got.argmax(1) == expected.argmax(1)).mean())
        out.update({f"{name}_images": len(x), f"{name}_top1_agreement": round(top1, 5),
                    f"{name}_max_probability_gap": round(float(gap.max()), 4),
                    f"{name}_mean_probability_gap": round(float(gap.mean()), 5)})
        # What a user reads: "not one of mine", or the likeliest fruit ("_other", the last column, is never named).
        # Both give the same answer when they make the same refusal and, where they name a fruit, the same one. (The
        # int8 softmax has steps of 1/256, so for a refused photo the fruit probabilities are mostly 0 and their
        # argmax would be a tie: its top fruit is not an answer either shows.)
        fruit = got[:, :-1].argmax(1) == expected[:, :-1].argmax(1)
        out[f"{name}_top_fruit_agreement"] = round(float(fruit.mean()), 5)
        if threshold is not None:
            refused_got = scores.known_probability(got, names) < threshold
            refused_expected = scores.known_probability(expected, names) < threshold
            same = (refused_got == refused_expected) & (refused_expected | fruit)
            out[f"{name}_refusal_agreement"] = round(float((refused_got == refused_expected).mean()), 5)
            out[f"{name}_answer_agreement"] = round(float(same.mean()), 5)
    return out


def quantize_folder(folder: Path) -> dict:
    """Replace the folder's model.tflite by its checked int8 copy; returns what metadata.json now records."""
    from fruitclassifier.core.models.registry import load_keras

    model = load_keras(folder / "model.keras")
    size = int(model.input_shape[1])
    calibration = calibration_images(size)
    flatbuffer, float_layers = int8_copy(model, calibration)
    meta_file = folder / "metadata.json"
    metadata = json.loads(meta_file.read_text(encoding="utf-8"))
    threshold = (metadata.get("open_set") or {}).get("threshold")
    record = {"kind": "int8", "output": "logits", "calibration_images": len(calibration),
              "float_layers": [name.split(";")[0] for name in float_layers],
              **agreement(model, flatbuffer, size, metadata["class_names"], threshold)}
    key = "answer_agreement" if threshold is not None else "top_fruit_agreement"
    if record[f"real_{key}"] < MIN_AGREEMENT or record[f"test_{key}"] < MIN_TEST_AGREEMENT:
        raise SystemExit(f"the int8 copy gives Keras's answer on {record[f'real_{key}']:.2%} of the held-out real "
                         f"photos (needs {MIN_AGREEMENT:.1%}) and {record[f'test_{key}']:.2%} of the Test split (needs "
                         f"{MIN_TEST_AGREEMENT:.1%}); not shipped")
    (folder / "model.tflite").write_bytes(flatbuffer)
    metadata["tflite_quantization"] = record
    metadata["tflite_for_sha256"] = metadata["sha256"]
    metadata["tflite_logits_for_sha256"] = metadata["sha256"]  # core/inference/lite.py LOGITS_KEY
    meta_file.write_text(json.dumps(metadata, indent=2, default=str), encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    folder = Path((argv or sys.argv[1:] or [str(ROOT / "resources/models/fruits360-default")])[0])
    print(json.dumps(quantize_folder(folder), indent=1))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
