"""Check that the GPU computes correctly before TensorFlow uses it; fall back to the CPU if not.

Some tensorflow-metal releases give silently wrong numbers with some TensorFlow and macOS versions,
and a classifier trained on wrong numbers just looks bad. So before the first model is built, a tiny
matmul and convolution run on the GPU and on the CPU and are compared (tolerance 1e-3, relative to
the result's size). When the GPU fails, it is hidden (``tf.config.set_visible_devices([], "GPU")``)
and ``GpuCheck.message`` says so in one line for the GUI and the CLI.

TensorFlow can hide a GPU only before its runtime starts, and running the check starts it, so the
check runs in a short child process (``python -m fruitclassifier.core.training.device_check``; in the frozen
app the executable with ``--fruitclassifier-device-check``). Its answer is cached in the user's
cache folder per TensorFlow, plugin, OS and GPU, so only the first start after an update pays
for it, and only on machines with a GPU: without one nothing runs at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import json
import os
import platform
import subprocess
import sys
from typing import Any

from fruitclassifier.errors import first_line

TOLERANCE = 1e-3
CHILD_FLAG = "--fruitclassifier-device-check"  # handled by packaging/fruitclassifier_app.py when frozen
CHILD_TIMEOUT_S = 180
CACHE_FILE = "gpu_check.json"
WRONG_RESULTS = "{kind} gave wrong results on a self-check; using the CPU."
CHECK_FAILED = "{kind} failed a self-check ({reason}); using the CPU."
NO_METAL = ("TensorFlow cannot use the Apple GPU (no maintained Metal plugin loads with it); to train on the GPU, "
            "choose the PyTorch backend (--backend torch, pip install 'fruitclassifier[torch]').")
STILL_IN_USE = " TensorFlow had already started, so restart the app to stop using the GPU."

Outcome = dict  # {"max_error": float | None, "error": str | None}, what the child prints as JSON


@dataclass(frozen=True)
class GpuCheck:
    status: str  # "no-gpu" | "ok" | "wrong" | "failed"
    message: str = ""  # one line to show the user; "" when there is nothing to say
    max_error: float | None = None
    gpu_hidden: bool = False

    @property
    def gpu_usable(self) -> bool:
        return self.status == "ok"


_RESULT: GpuCheck | None = None  # one check per process


def verify_gpu(tolerance: float = TOLERANCE, runner: Callable[[float], Outcome] | None = None,
               use_cache: bool = True) -> GpuCheck:
    """Check the GPU once per process (cached across runs); hide it when it computes wrongly.

    Call before TensorFlow runs its first operation (core.device.detect() does). ``runner`` replaces
    the child process (tests).
    """
    global _RESULT
    if _RESULT is not None:
        return _RESULT
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    if not gpus:
        _RESULT = GpuCheck("no-gpu", NO_METAL if _is_apple_silicon() else "")
        return _RESULT
    key = _cache_key(tf, gpus)
    outcome = _read_cache(key) if use_cache else None
    if outcome is None:
        outcome = (runner or run_child_check)(tolerance)
        if use_cache and outcome.get("error") is None:  # a crash or timeout may be passing: ask again next time
            _write_cache(key, outcome)
    _RESULT = _judge(tf, outcome, tolerance)
    return _RESULT


def _judge(tf: Any, outcome: Outcome, tolerance: float) -> GpuCheck:
    max_error, error = outcome.get("max_error"), outcome.get("error")
    if error is None and max_error is not None and max_error <= tolerance:
        return GpuCheck("ok", "", max_error)
    kind = "Metal GPU" if platform.system() == "Darwin" else "The GPU"
    hidden = hide_gpus(tf)
    if error is None:
        message = WRONG_RESULTS.format(kind=kind)
        status = "wrong"
    else:
        message = CHECK_FAILED.format(kind=kind, reason=error)
        status = "failed"
    return GpuCheck(status, message + ("" if hidden else STILL_IN_USE), max_error, hidden)


def hide_gpus(tf: Any) -> bool:
    """Make TensorFlow compute on the CPU only; False when its runtime had already started."""
    try:
        tf.config.set_visible_devices([], "GPU")
        return True
    except RuntimeError:
        return False


def reset() -> None:
    """Forget this process's answer (tests)."""
    global _RESULT
    _RESULT = None


# --- the comparison itself (runs in the child) ----------------------------------------------------


def compare_on_devices(tf: Any, device: str = "/GPU:0", reference: str = "/CPU:0") -> float:
    """Largest error between ``device`` and ``reference`` over a small matmul and a convolution.

    Errors are relative to the size of the reference result (so float32 rounding and TF32 on CUDA
    stay far below 1e-3); anything not finite counts as infinitely wrong.
    """
    import numpy as np

    rng = np.random.default_rng(0)
    inputs = (rng.uniform(-0.5, 0.5, (64, 48)).astype("float32"), rng.uniform(-0.5, 0.5, (48, 32)).astype("float32"),
              rng.uniform(0.0, 1.0, (2, 16, 16, 3)).astype("float32"),
              rng.uniform(-0.5, 0.5, (3, 3, 3, 8)).astype("float32"))
    got, want = _compute(tf, device, inputs), _compute(tf, reference, inputs)
    return max(_relative_error(g, w) for g, w in zip(got, want))


def _compute(tf: Any, device: str, inputs: tuple) -> list:
    a, b, image, kernel = inputs
    with tf.device(device):
        results = [tf.linalg.matmul(a, b), tf.nn.relu(tf.nn.conv2d(image, kernel, strides=1, padding="SAME"))]
    kind = device.strip("/").split(":")[0].upper()
    for tensor in results:  # soft placement would quietly run a GPU op on the CPU and prove nothing
        if kind not in tensor.device.upper():
            raise RuntimeError(f"the check ran on {tensor.device or 'an unknown device'}, not {device}")
    return [t.numpy() for t in results]


def _relative_error(got: Any, want: Any) -> float:
    import numpy as np

    if got.shape != want.shape or not np.all(np.isfinite(got)):
        return float("inf")
    return float(np.max(np.abs(got - want)) / max(1.0, float(np.max(np.abs(want)))))


# --- the child process -----------------------------------------------------------------------------


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "fruitclassifier.core.training.device_check"]


def run_child_check(tolerance: float = TOLERANCE, timeout: float = CHILD_TIMEOUT_S) -> Outcome:
    """Run compare_on_devices in a fresh process, so this one can still hide its GPU afterwards."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")
    try:
        proc = subprocess.run(child_command(), capture_output=True, text=True, timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"max_error": None, "error": f"no answer within {timeout:.0f} s"}
    except OSError as exc:
        return {"max_error": None, "error": f"could not start the check: {exc}"}
    for line in reversed(proc.stdout.strip().splitlines()):
        try:
            outcome = json.loads(line)
        except ValueError:
            continue
        if isinstance(outcome, dict) and "max_error" in outcome:
            return {"max_error": outcome.get("max_error"), "error": outcome.get("error")}
    return {"max_error": None, "error": f"the check process exited with code {proc.returncode}"}


def child_main() -> int:
    """Entry of the child: print one JSON line with the largest error (or what went wrong)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    try:
        import tensorflow as tf

        outcome: Outcome = {"max_error": compare_on_devices(tf), "error": None}
    except Exception as exc:  # noqa: BLE001 - every failure is an answer for the parent
        outcome = {"max_error": None, "error": f"{type(exc).__name__}: {first_line(exc, 200)}"}
    if outcome["max_error"] == float("inf"):
        outcome["max_error"] = 1e300  # JSON has no infinity; still far above any tolerance
    print(json.dumps(outcome), flush=True)
    return 0


# --- the cache -------------------------------------------------------------------------------------


def _cache_key(tf: Any, gpus: list) -> str:
    from importlib import metadata

    plugins = []
    for dist in ("tensorflow-metal", "tensorflow-macos"):
        try:
            plugins.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    names = []
    for gpu in gpus:
        try:
            names.append(str(tf.config.experimental.get_device_details(gpu).get("device_name", gpu.name)))
        except Exception:  # noqa: BLE001 - details are optional in plugins
            names.append(gpu.name)
    return "|".join([f"tf={tf.__version__}", *plugins, platform.platform(), platform.machine(), *names])


def _cache_path():
    from fruitclassifier import paths

    return paths.cache_dir() / CACHE_FILE


def _read_cache(key: str) -> Outcome | None:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("outcome"), dict):
        return data["outcome"]
    return None


def _write_cache(key: str, outcome: Outcome) -> None:
    try:
        _cache_path().write_text(json.dumps({"key": key, "outcome": outcome}), encoding="utf-8")
    except OSError:
        pass  # a read-only home only means checking again next time


def _is_apple_silicon() -> bool:
    return platform.system() == "Darwin" and platform.machine() == "arm64"


if __name__ == "__main__":
    sys.exit(child_main())
