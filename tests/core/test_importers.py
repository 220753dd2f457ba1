"""Importing models made elsewhere (issue 20): Teachable Machine .h5 and .tflite exports, a SavedModel,
labels.txt in its forms, input scaling, and the refusals, with tiny real files made here."""

from __future__ import annotations

import json
from pathlib import Path

import import_formats as F
import numpy as np
import pytest

from fruitclassifier.core import store
from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.importers import labels
from fruitclassifier.core.importers.prepare import ImportRefused, import_model, load_classifier, prepare
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.errors import UserError


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """One tiny [-1, 1] model in every format, and its reference answers on 0..255 pixels."""
    root = tmp_path_factory.mktemp("formats")
    model = F.tiny_model()
    F.save_tm_h5(model, root / "tm")
    F.save_tflite(model, root / "tm" / "model_unquant.tflite")
    F.save_tflite(model, root / "quant" / "model.tflite", quantised=True)
    (root / "quant" / "labels.txt").write_text(F.LABELS_TM)
    model.export(str(root / "saved"), verbose=False)
    batch = F.pixels()
    return {"root": root, "model": model, "batch": batch, "expected": F.reference(model, batch)}


def test_teachable_machine_h5_is_repaired_and_scaled_like_its_authors_app(made):
    import keras

    h5 = made["root"] / "tm" / "keras_model.h5"
    with pytest.raises(Exception, match="groups"):  # what Teachable Machine users meet with Keras 3
        keras.saving.load_model(h5, compile=False)
    ready = prepare(h5)
    assert (ready.fmt, ready.scaling, ready.class_names) == ("h5", "-1-1", F.NAMES)
    assert "Teachable Machine" in ready.scaling_from and any("groups" in n for n in ready.notes)
    np.testing.assert_allclose(ready.classifier().predict_arrays(made["batch"]), made["expected"], atol=1e-5)


def test_imported_h5_is_a_normal_store_entry_with_its_source(made):
    h5 = made["root"] / "tm" / "keras_model.h5"
    info = import_model(made["root"] / "tm", name="Lemons TM")  # an export's folder: its float .tflite first
    assert info.name == "Lemons TM" and info.metadata["source"]["file"].endswith("model_unquant.tflite")
    h5_info = import_model(h5)
    assert h5_info.name == "tm" and h5_info.model_file.name == store.MODEL_FILE
    source = h5_info.metadata["source"]
    assert source["format"] == "h5" and source["sha256"] == store.sha256_file(h5) and source["scaling"] == "-1-1"
    assert (h5_info.path / "model.tflite").is_file() and h5_info.metadata["preprocessing"] == "in_model"
    listed = {i.name: i for i in store.list_models()}
    assert "tm" in listed and listed["tm"].error is None
    classifier = Classifier.load("tm")
    assert classifier.backend == "tflite"
    np.testing.assert_allclose(classifier.predict_arrays(made["batch"]), made["expected"], atol=1e-4)


@pytest.mark.parametrize("folder, file, atol", [("tm", "model_unquant.tflite", 1e-5), ("quant", "model.tflite", 0.02)])
def test_tflite_float_and_uint8_answer_through_litert(made, folder, file, atol):
    path = made["root"] / folder / file
    info = import_model(path, name=f"{folder} lite")
    assert info.model_file_name == store.LITE_FILE and not (info.path / store.MODEL_FILE).exists()
    assert info.metadata["input_scaling"] == "-1-1" and info.metadata["source"]["format"] == "tflite"
    weights = made["model"].count_params()  # counted in the flatbuffer, no TensorFlow (the converter folds a few)
    assert 0.9 * weights <= info.metadata["params"] <= 1.1 * weights
    expected_from = "uint8 quantisation" if folder == "quant" else "Teachable Machine export (numbered labels.txt)"
    assert info.metadata["source"]["scaling_from"] == expected_from
    found = store.find_model(f"{folder} lite")
    assert found.model_file_name == store.LITE_FILE and found.error is None and store.in_store(found)
    for fast in (True, False):  # the .tflite answers even when the fast path is not asked for
        classifier = Classifier.load(found, fast_path=fast)
        np.testing.assert_allclose(classifier.predict_arrays(made["batch"]), made["expected"], atol=atol)
        assert np.argmax(classifier.predict_arrays(made["batch"]), 1).tolist() == \
            np.argmax(made["expected"], 1).tolist()
    with pytest.raises(UserError, match="cannot be fine-tuned"):
        _ = classifier.model
    store.update_metadata(f"{folder} lite", {"input_scaling": "0-100"})  # hand-edited: refused when opened
    with pytest.raises(UserError, match="lite: metadata.json input_scaling '0-100' is not one of"):
        Classifier.load(f"{folder} lite")
    store.rename_model(f"{folder} lite", f"{folder} renamed")
    store.delete_model(f"{folder} renamed")


def test_savedmodel_folder_needs_its_scaling_then_answers(made):
    folder = made["root"] / "saved"
    with pytest.raises(ImportRefused, match="does not say how it expects its pixels scaled"):
        prepare(folder, F.NAMES)
    ready = prepare(folder, F.NAMES, "-1..1")
    assert (ready.fmt, ready.scaling, ready.scaling_from, ready.image_size) == ("savedmodel", "-1-1", "given", F.SIZE)
    np.testing.assert_allclose(ready.classifier().predict_arrays(made["batch"]), made["expected"], atol=1e-5)


def test_a_rescaling_layer_inside_means_raw_pixels(tmp_path):
    import keras

    inputs = keras.Input((F.SIZE, F.SIZE, 3))
    x = keras.layers.Rescaling(1 / 127.5, -1)(inputs)
    inner = F.tiny_model()
    model = keras.Model(inputs, inner(x))
    model.save(tmp_path / "tutorial.h5")
    (tmp_path / "classes.json").write_text(json.dumps(F.NAMES))
    ready = prepare(tmp_path / "tutorial.h5")
    assert (ready.scaling, ready.scaling_from) == ("0-255", "a scaling layer inside the model")
    batch = F.pixels()
    np.testing.assert_allclose(ready.classifier().predict_arrays(batch), F.reference(inner, batch), atol=1e-5)


def test_logits_get_a_softmax(tmp_path):
    import keras

    inputs = keras.Input((F.SIZE, F.SIZE, 3))
    outputs = keras.layers.Dense(3)(keras.layers.Flatten()(inputs))
    keras.Model(inputs, outputs).save(tmp_path / "logits.keras")
    ready = prepare(tmp_path / "logits.keras", F.NAMES, "0-1")
    probs = ready.classifier().predict_arrays(F.pixels())
    assert np.allclose(probs.sum(1), 1, atol=1e-5) and any("softmax" in n for n in ready.notes)


def test_labels_in_every_form():
    assert labels.parse_text("0 Lemon\n1 Blood orange\n") == ["Lemon", "Blood orange"]
    assert labels.parse_text("7 Up\nCola\n") == ["7 Up", "Cola"]  # not numbered in order: names as written
    assert labels.parse_text('["a", "b"]') == ["a", "b"]
    assert labels.parse_text('{"1": "b", "0": "a"}') == ["a", "b"]
    with pytest.raises(labels.LabelsError, match="not valid JSON"):
        labels.parse_text("[oops", json_file=True)


def test_wrong_count_and_missing_labels_are_refused(made, tmp_path):
    h5 = made["root"] / "tm" / "keras_model.h5"
    (tmp_path / "two.txt").write_text("Lemon\nLime\n")
    with pytest.raises(labels.LabelsError, match="has 3 outputs but 2 class names"):
        prepare(h5, tmp_path / "two.txt")
    lone = tmp_path / "lone.tflite"
    lone.write_bytes((made["root"] / "tm" / "model_unquant.tflite").read_bytes())
    with pytest.raises(labels.LabelsError, match="no class names for lone.tflite"):
        prepare(lone, None, "-1-1")
    with pytest.raises(labels.LabelsError, match="unique"):
        prepare(lone, ["a", "a", "b"], "-1-1")


def test_things_that_are_not_image_classifiers_are_refused(tmp_path):
    import keras

    inputs = keras.Input((10,))
    keras.Model(inputs, keras.layers.Dense(3, activation="softmax")(inputs)).save(tmp_path / "tabular.h5")
    with pytest.raises(UserError, match="does not take RGB images"):
        prepare(tmp_path / "tabular.h5", F.NAMES, "0-1")
    (tmp_path / "tfjs").mkdir()
    (tmp_path / "tfjs" / "model.json").write_text("{}")
    with pytest.raises(ImportRefused, match="TensorFlow.js"):
        prepare(tmp_path / "tfjs")
    (tmp_path / "x.onnx").write_bytes(b"\0")
    with pytest.raises(ImportRefused, match="ONNX"):
        prepare(tmp_path / "x.onnx")
    with pytest.raises(ImportRefused, match="no such file"):
        prepare(tmp_path / "missing.h5")
    with pytest.raises(scaling.ScalingError, match="unknown input scaling"):
        scaling.parse("0-100")


def test_two_output_tflite_is_refused_as_not_a_classifier(tmp_path):
    import keras
    import tensorflow as tf

    inputs = keras.Input((F.SIZE, F.SIZE, 3))
    flat = keras.layers.Flatten()(inputs)
    model = keras.Model(inputs, [keras.layers.Dense(4)(flat), keras.layers.Dense(3, activation="softmax")(flat)])
    (tmp_path / "detect.tflite").write_bytes(tf.lite.TFLiteConverter.from_keras_model(model).convert())
    with pytest.raises(UserError, match="has 2 outputs.*detection"):
        prepare(tmp_path / "detect.tflite", F.NAMES, "0-1")


def test_lambda_in_a_legacy_h5_is_refused_before_keras_reads_it(made, tmp_path):
    import h5py

    path = tmp_path / "lambda.h5"
    path.write_bytes((made["root"] / "tm" / "keras_model.h5").read_bytes())
    with h5py.File(path, "r+") as h5:
        config = json.loads(h5.attrs["model_config"])
        config["config"]["layers"][1]["class_name"] = "Lambda"
        h5.attrs["model_config"] = json.dumps(config).encode()
    with pytest.raises(UserError, match="Lambda"):
        prepare(path, F.NAMES, "-1-1")


def test_a_missing_path_and_an_unknown_name_read_differently(tmp_path):
    with pytest.raises(UserError, match="no such file or folder"):
        load_classifier(str(tmp_path / "fruits_model.h5"))
    with pytest.raises(UserError, match="No saved model called 'nothing-here'"):
        load_classifier("nothing-here")


def test_scaling_from_a_quantised_range():
    assert scaling.from_range(-1.0, 1.0) == "-1-1" and scaling.from_range(0.0, 1.0) == "0-1"
    assert scaling.from_range(0.0, 255.0) == "0-255" and scaling.from_range(-3.0, 9.0) is None
    caffe = scaling.apply(np.full((1, 1, 1, 3), [10, 20, 30], np.uint8), "caffe")[0, 0, 0]
    np.testing.assert_allclose(caffe, [30 - 103.939, 20 - 116.779, 10 - 123.68], rtol=1e-5)



TF_KERAS2 = Path(__file__).resolve().parents[1] / "data" / "tf_keras2"  # written by real tf.keras 2.21 (make.py)


def _photos() -> np.ndarray:  # the photos make.py answered
    return np.random.default_rng(7).integers(0, 256, (4, 32, 32, 3)).astype("uint8")


def test_real_tf_keras2_teachable_machine_export_answers_as_tf_keras_did():
    import keras

    with pytest.raises(Exception, match="could not be deserialized"):  # Keras 3 alone cannot open it
        keras.saving.load_model(TF_KERAS2 / "teachable" / "keras_model.h5", compile=False)
    ready = prepare(TF_KERAS2 / "teachable")  # the export's folder, as Teachable Machine unzips
    assert (ready.fmt, ready.scaling, ready.class_names) == ("h5", "-1-1", ["Lemon", "Lime", "Orange"])
    assert len(ready.notes) == 3  # batch_input_shape, BatchNormalization axis, DepthwiseConv2D groups
    expected = json.loads((TF_KERAS2 / "teachable" / "expected.json").read_text())["probabilities"]
    classifier = ready.classifier()
    np.testing.assert_allclose(classifier.predict_arrays(_photos()), expected, atol=1e-5)
    from fruitclassifier.core.inference.explain import gradcam

    heat = gradcam(classifier, _photos()[0])  # Sequentials opened up: Grad-CAM finds the depthwise conv
    assert heat.shape[:2] == (32, 32) and np.isfinite(heat).all()


def test_real_tf_keras2_tutorial_h5_with_its_optimizer_imports_with_given_scaling(tmp_path):
    names = tmp_path / "names.txt"
    names.write_text("Apple\nBanana\nKiwi\nLemon\n")
    info = import_model(TF_KERAS2 / "tutorial" / "fruits_model.h5", names, "0-1")
    assert info.name == "fruits_model" and info.metadata["source"]["scaling_from"] == "given"
    expected = json.loads((TF_KERAS2 / "tutorial" / "expected.json").read_text())["probabilities"]
    np.testing.assert_allclose(Classifier.load(info).predict_arrays(_photos()), expected, atol=1e-5)


def test_an_imported_tflite_compares_side_by_side_with_an_app_model(made, tiny_model_dir, tmp_path):
    from helpers import make_image_folder

    from fruitclassifier.core.evaluation.metrics import compare
    from fruitclassifier.core.evaluation.report import comparison_rows

    folder = make_image_folder(tmp_path / "test", per_class=3, classes=["apple", "banana", "kiwi"])
    mine = store.find_model(tiny_model_dir)
    tm = import_model(made["root"] / "tm" / "model_unquant.tflite", ["apple", "banana", "kiwi"], name="TM")
    results = compare([str(mine.path), str(tm.path)], folder)
    assert [r.n for r in results] == [9, 9] and all(0.0 <= r.accuracy <= 1.0 for r in results)
    rows = comparison_rows([mine, tm], results)
    assert [row["name"] for row in rows] == [mine.name, "TM"]


def test_preview_answers_under_every_scaling_tell_the_right_one(made, tmp_path):
    from fruitclassifier.core.importers.preview import answers, sample_photos

    photos = sample_photos()
    assert 2 <= len(photos) <= 6 and len({p.stem.split("_")[0] for p in photos}) == len(photos)
    got = answers(made["root"] / "tm" / "model_unquant.tflite")
    assert list(got) == list(scaling.CHOICES) and all(len(rows) == len(photos) for rows in got.values())
    from fruitclassifier.core.data import images

    batch = np.stack([images.load_array(p, F.SIZE) for p in photos])
    expected = F.reference(made["model"], batch)  # the model's own answers with its true scaling, -1..1
    assert [(name, round(p, 4)) for _, name, p in got["-1-1"]] == \
        [(F.NAMES[int(row.argmax())], round(float(row.max()), 4)) for row in expected]
    keras_got = answers(made["root"] / "tm" / "keras_model.h5")
    assert [name for _, name, _ in keras_got["-1-1"]] == [name for _, name, _ in got["-1-1"]]


def test_a_sequential_import_can_be_taught_a_new_class(tmp_path):
    from helpers import make_image_folder

    from fruitclassifier.core.teach.run import TeachOptions, teach

    names = ["Apple", "Banana", "Kiwi", "Lemon"]
    info = import_model(TF_KERAS2 / "tutorial" / "fruits_model.h5", names, "0-1")
    replay = make_image_folder(tmp_path / "replay", per_class=4, size=32, classes=names)
    mine = make_image_folder(tmp_path / "mine", per_class=4, size=32, classes=["Mango"], seed=3)
    taught = teach(info.name, mine, TeachOptions(name="taught", replay_dir=str(replay), epochs=3), on_event=print)
    assert taught.class_names == [*names, "Mango"]


def test_a_functional_network_inside_a_sequential_keeps_its_head_on_top():
    import keras

    from fruitclassifier.core.importers import keras_import

    base = F.tiny_model()
    backbone = keras.Model(base.inputs, base.layers[-2].output)  # functional, like Teachable Machine's MobileNet
    model = keras.Sequential([keras.Input((F.SIZE, F.SIZE, 3)), backbone, keras.layers.Dense(3, activation="softmax")])
    wrapped, notes = keras_import.wrap(model, F.SIZE, "-1-1")
    assert isinstance(wrapped.get_layer("predictions"), keras.layers.Dense) and notes == []
    batch = F.pixels()
    np.testing.assert_allclose(np.asarray(wrapped(batch.astype("float32"))), F.reference(model, batch), atol=1e-5)


def test_an_app_keras_with_its_metadata_keeps_its_record(tiny_model_dir, tmp_path):
    import shutil

    copy = tmp_path / "copied"
    shutil.copytree(tiny_model_dir, copy)
    info = import_model(copy / "model.keras", name="From a classmate")
    original = json.loads((tiny_model_dir / "metadata.json").read_text())
    assert info.class_names == original["class_names"] and info.history == original.get("history", {})
    assert "source" not in info.metadata  # an app model, not one made elsewhere
