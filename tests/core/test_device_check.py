"""The GPU self-check: nothing runs without a GPU; a GPU that computes wrongly is hidden, with a message.

This machine has no GPU, so the GPU paths are driven through monkeypatched TensorFlow device lists
and a fake child-process runner; the comparison itself runs CPU against CPU.
"""

from __future__ import annotations

import types

import numpy as np
import pytest

from fruitclassifier.core.training import device_check

FAKE_GPU = types.SimpleNamespace(name="/physical_device:GPU:0", device_type="GPU")


@pytest.fixture(autouse=True)
def fresh_check():
    device_check.reset()
    yield
    device_check.reset()


@pytest.fixture
def tf():
    import tensorflow as tf

    return tf


@pytest.fixture
def fake_gpu(tf, monkeypatch):
    """TensorFlow reports one GPU; hiding it is recorded instead of done."""
    hidden = []
    monkeypatch.setattr(tf.config, "list_physical_devices",
                        lambda kind=None: [FAKE_GPU] if kind == "GPU" else [])
    monkeypatch.setattr(tf.config, "set_visible_devices", lambda devices, kind=None: hidden.append((devices, kind)))
    monkeypatch.setattr(device_check.platform, "system", lambda: "Darwin")
    return hidden


def _runner(outcome, calls=None):
    def run(tolerance):
        if calls is not None:
            calls.append(tolerance)
        return dict(outcome)

    return run


def test_without_a_gpu_nothing_runs_and_nothing_is_hidden(tf, monkeypatch):
    if tf.config.list_physical_devices("GPU"):
        pytest.skip("this machine has a GPU")
    calls = []
    result = device_check.verify_gpu(runner=_runner({"max_error": 0.0, "error": None}, calls))
    assert result.status == "no-gpu" and not result.gpu_usable and not result.gpu_hidden
    assert calls == []
    assert device_check.verify_gpu() is result  # once per process


def test_apple_silicon_without_the_metal_plugin_says_so(tf, monkeypatch):
    monkeypatch.setattr(tf.config, "list_physical_devices", lambda kind=None: [])
    monkeypatch.setattr(device_check.platform, "system", lambda: "Darwin")
    monkeypatch.setattr(device_check.platform, "machine", lambda: "arm64")
    assert device_check.verify_gpu().message == device_check.NO_METAL


def test_a_gpu_with_wrong_results_is_hidden_with_a_clear_message(fake_gpu):
    result = device_check.verify_gpu(runner=_runner({"max_error": 0.37, "error": None}))
    assert result.status == "wrong" and result.gpu_hidden and not result.gpu_usable
    assert result.message == "Metal GPU gave wrong results on a self-check; using the CPU."
    assert fake_gpu == [([], "GPU")]


def test_a_gpu_that_agrees_with_the_cpu_is_kept(fake_gpu):
    result = device_check.verify_gpu(runner=_runner({"max_error": 2e-7, "error": None}))
    assert result.gpu_usable and result.message == "" and fake_gpu == []


def test_a_crashed_check_falls_back_to_the_cpu_and_is_asked_again_next_time(fake_gpu):
    calls = []
    runner = _runner({"max_error": None, "error": "the check process exited with code -11"}, calls)
    result = device_check.verify_gpu(runner=runner)
    assert result.status == "failed" and result.gpu_hidden
    assert "exited with code -11" in result.message and result.message.endswith("using the CPU.")
    device_check.reset()
    device_check.verify_gpu(runner=runner)
    assert len(calls) == 2  # failures are not cached


def test_the_answer_is_cached_per_tensorflow_and_gpu(fake_gpu, fc_home):
    calls = []
    runner = _runner({"max_error": 0.5, "error": None}, calls)
    device_check.verify_gpu(runner=runner)
    device_check.reset()
    again = device_check.verify_gpu(runner=runner)
    assert len(calls) == 1 and again.status == "wrong"
    assert (fc_home / "cache" / device_check.CACHE_FILE).is_file()


def test_hiding_too_late_says_restart(fake_gpu, tf, monkeypatch):
    def too_late(devices, kind=None):
        raise RuntimeError("Visible devices cannot be modified after being initialized")

    monkeypatch.setattr(tf.config, "set_visible_devices", too_late)
    result = device_check.verify_gpu(runner=_runner({"max_error": 1.0, "error": None}))
    assert not result.gpu_hidden and "restart the app" in result.message


def test_the_comparison_agrees_on_identical_devices(tf):
    assert device_check.compare_on_devices(tf, "/CPU:0", "/CPU:0") == 0.0


def test_the_comparison_catches_a_device_that_computes_wrongly(tf, monkeypatch):
    real = device_check._compute
    calls = []

    def first_device_off(tf_, device, inputs):
        out = real(tf_, device, inputs)
        calls.append(device)
        return [o + 0.01 for o in out] if len(calls) == 1 else out

    monkeypatch.setattr(device_check, "_compute", first_device_off)
    assert device_check.compare_on_devices(tf, "/CPU:0", "/CPU:0") > device_check.TOLERANCE


def test_relative_error_treats_nan_as_wrong():
    want = np.ones((2, 2), "float32")
    assert device_check._relative_error(want * np.nan, want) == float("inf")
    assert device_check._relative_error(want * 1.0005, want) == pytest.approx(5e-4, rel=1e-2)


@pytest.mark.slow
def test_the_child_process_answers_with_one_json_line():
    """Without a GPU, soft placement would run '/GPU:0' on the CPU: the child says so instead of passing."""
    outcome = device_check.run_child_check()
    assert outcome["max_error"] is None
    assert "not /GPU:0" in outcome["error"]
