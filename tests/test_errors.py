"""One rule, by type, for "the user's fault" (exit 2, a plain line) versus "our bug" (exit 1, one short line)."""

import pytest

from fruitclassifier.cli.output import report_error
from fruitclassifier.config import ConfigError
from fruitclassifier.core.data.folders import DataError
from fruitclassifier.core.data.images import ImageError
from fruitclassifier.core.inference.export import ExportError
from fruitclassifier.core.models.registry import ModelFileError, WeightsUnavailableError
from fruitclassifier.core.store import StoreError
from fruitclassifier.core.training.runs import RunError
from fruitclassifier.core.training.train import TrainingError
from fruitclassifier.errors import UserError, first_line, is_user_error, user_message

TYPED = [ConfigError("epochs must be at least 1"), DataError("no class folders"), ExportError("folder not empty"),
         ImageError("/x/a.jpg", "empty file (0 bytes)"), ModelFileError("/x/m.keras", "not a Keras file"),
         WeightsUnavailableError("VGG16"), RunError("no such run"), StoreError("name taken"),
         TrainingError("too few images")]


@pytest.mark.parametrize("exc", TYPED, ids=lambda e: type(e).__name__)
def test_every_typed_core_error_is_a_user_error_and_keeps_its_old_base(exc):
    assert isinstance(exc, UserError) and is_user_error(exc)
    assert user_message(exc) == str(exc).splitlines()[0] and exc.message


def test_the_old_bases_and_attributes_still_hold():
    assert isinstance(ConfigError("x"), ValueError) and isinstance(TrainingError("x"), RuntimeError)
    weights = WeightsUnavailableError("VGG16", "HTTP 403")
    assert weights.arch_title == "VGG16" and weights.detail == "HTTP 403"
    assert "ImageNet weights for VGG16" in weights.message and "from scratch" in weights.next_step
    image = ImageError("/x/a.jpg", "empty file")
    assert (image.path, image.reason, str(image)) == ("/x/a.jpg", "empty file", "a.jpg: empty file")


def test_untyped_errors_are_bugs_whatever_their_text():
    assert not is_user_error(ValueError("Weights file not found"))  # decided by type, never by the words
    assert is_user_error(FileNotFoundError(2, "No such file", "/x/photo.jpg"))
    bug = user_message(RuntimeError("boom\nsecond line"))
    assert bug == "unexpected error: RuntimeError: boom (details are in the log)"
    assert user_message(KeyError()) == "unexpected error: KeyError (details are in the log)"


def test_first_line_skips_blank_lines_and_cuts():
    assert first_line(ValueError("\n  first  \nsecond")) == "first"
    assert first_line("abcdef", limit=3) == "ab…" and first_line("abc", limit=3) == "abc"
    assert first_line(ValueError()) == ""


def test_the_cli_uses_the_same_rule(capsys, monkeypatch):
    monkeypatch.delenv("FRUITCLASSIFIER_DEBUG", raising=False)
    assert report_error(UserError("no images found", "Give a folder of photos.")) == 2
    assert capsys.readouterr().err == "fruitclassifier: no images found. Give a folder of photos.\n"
    assert report_error(ZeroDivisionError("division by zero")) == 1
    assert capsys.readouterr().err == ("fruitclassifier: unexpected error: ZeroDivisionError: division by zero "
                                       "(set FRUITCLASSIFIER_DEBUG=1 for details)\n")
