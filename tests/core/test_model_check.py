"""metadata.json that disagrees with its model: one clear UserError naming the field, at load time."""

import shutil

from helpers import edit_metadata
import pytest

from fruitclassifier.cli import main
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.models.model_check import ModelMetadataError, check_metadata, check_shapes
from fruitclassifier.errors import UserError

GOOD = {"class_names": ["apple", "banana", "kiwi"], "image_size": 24}


@pytest.mark.parametrize("changes, field", [
    ({"class_names": None}, "class_names"),
    ({"class_names": []}, "class_names"),
    ({"class_names": ["apple", "apple", "kiwi"]}, "class_names"),
    ({"class_names": ["apple", "", "kiwi"]}, "class_names"),
    ({"image_size": "big"}, "image_size"),
    ({"image_size": 0}, "image_size"),
    ({"image_size": True}, "image_size"),
])
def test_malformed_fields_are_named(changes, field):
    with pytest.raises(ModelMetadataError) as info:
        check_metadata({**GOOD, **changes}, where="m")
    assert info.value.field == field and field in str(info.value) and isinstance(info.value, UserError)
    assert "\n" not in str(info.value)


def test_shapes_against_hand_written_network_sizes():
    check_shapes(GOOD, 24, 3)
    check_shapes(GOOD, None, 3)  # a network that takes any size cannot disagree about it
    with pytest.raises(ModelMetadataError, match="lists 3 class_names but the network has 13 outputs"):
        check_shapes(GOOD, 24, 13)
    with pytest.raises(ModelMetadataError, match="image_size 24 but the network takes 64×64"):
        check_shapes(GOOD, 64, 3)


@pytest.fixture
def mismatched(tiny_model_dir, tmp_path):
    def copy(**changes):
        folder = tmp_path / "model"
        shutil.copytree(tiny_model_dir, folder)
        edit_metadata(folder, **changes)
        return folder
    return copy


@pytest.mark.parametrize("fast_path", [True, False])  # the LiteRT copy and the Keras model are both checked
def test_loading_a_model_whose_metadata_disagrees_is_refused(mismatched, fast_path):
    folder = mismatched(class_names=["apple", "banana"])
    with pytest.raises(ModelMetadataError) as info:
        Classifier.load(folder, fast_path=fast_path)
    assert info.value.field == "class_names" and "2 class_names but the network has 3 outputs" in str(info.value)


@pytest.mark.parametrize("changes, field, words", [
    ({"class_names": ["apple", "banana"]}, "class_names", "has 3 outputs"),  # was: exit 1, IndexError
    ({"image_size": 100}, "image_size", "takes 24×24"),  # was: exit 0, every photo at the wrong scale
])
def test_predict_exits_2_with_one_line_naming_the_field(mismatched, capsys, tiny_folder, changes, field, words):
    folder = mismatched(**changes)
    code = main(["predict", str(folder), str(tiny_folder / "kiwi")])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and field in err and words in err and "Traceback" not in err
