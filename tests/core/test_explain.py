"""explain.overlay: the one Grad-CAM drawing used by Classify and Compare (no TensorFlow needed)."""

from PIL import Image
import numpy as np

from fruitclassifier.core.inference import explain


def test_overlay_resizes_a_model_sized_heat_map_to_the_picture():
    picture = np.full((64, 64, 3), 128, np.uint8)
    heat = np.zeros((8, 8), np.float32)
    heat[:4, :4] = 1.0  # the model looked at the top-left quarter
    drawn = explain.overlay(picture, heat)
    assert drawn.shape == picture.shape and drawn.dtype == np.uint8
    by_hand = Image.fromarray(heat).resize((64, 64), Image.BILINEAR)
    expected = explain.overlay(picture, np.clip(np.asarray(by_hand, np.float32), 0.0, 1.0))
    assert np.array_equal(drawn, expected)  # the same as the two copies that resized it themselves
    assert drawn[4, 4, 0] > drawn[60, 60, 0] and drawn[60, 60, 2] > drawn[4, 4, 2]  # hot is red, cold is blue
