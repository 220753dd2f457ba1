"""GUI fixtures: settings in the temp home, the tiny model in the temp store, a shown window, real drops."""

from __future__ import annotations

from gui_helpers import TF_TIMEOUT_MS, copy_model
import pytest


@pytest.fixture(autouse=True)
def no_bundled_models(tmp_path, monkeypatch):
    """GUI tests see only the models they create, not resources/models' default model."""
    from fruitclassifier import paths

    monkeypatch.setattr(paths, "bundled_models_dir", lambda: tmp_path / "no-bundled-models")


@pytest.fixture(autouse=True)
def gui_settings(qapp, fc_home):
    """QSettings go to an INI file inside this test's FRUITCLASSIFIER_HOME, never the user's."""
    from fruitclassifier.gui.base.settings import configure_settings

    configure_settings()
    return fc_home / "settings"


@pytest.fixture
def tiny_model(tiny_model_dir):
    """The session's tiny 3-class model (apple, banana, kiwi), copied into this test's store."""
    return copy_model(tiny_model_dir, "tiny cnn")


@pytest.fixture
def window(qtbot, tiny_model):
    from fruitclassifier.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.tf.start()
    yield win
    win.close()


@pytest.fixture
def tf_ready(window, qtbot):
    if not window.tf.ready:
        with qtbot.waitSignal(window.tf.loaded, timeout=TF_TIMEOUT_MS):
            pass
    return window
