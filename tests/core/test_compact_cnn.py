"""The compact CNN (the default model's architecture): builds, saves, reloads safely, explains."""

import numpy as np

from fruitclassifier.core.models.registry import build_model, last_conv_layer_name, load_keras


def test_compact_cnn_round_trip_and_gradcam_target(tmp_path):
    model = build_model("compact_cnn", 3, 32, seed=0)
    assert last_conv_layer_name(model) == "block5_relu"
    assert model.output_shape == (None, 3)
    x = np.random.default_rng(0).uniform(0, 255, (2, 32, 32, 3)).astype("float32")
    path = tmp_path / "m.keras"
    model.save(path)
    again = load_keras(path)
    np.testing.assert_allclose(again.predict(x, verbose=0), model.predict(x, verbose=0), atol=1e-6)


def test_compact_cnn_is_position_independent_in_shape():
    """Global pooling: the same network accepts another input size with the same parameter count."""
    small, large = build_model("compact_cnn", 5, 32), build_model("compact_cnn", 5, 64)
    assert small.count_params() == large.count_params()
