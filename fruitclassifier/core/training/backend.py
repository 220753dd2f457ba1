"""Which Keras backend a run trains on: TensorFlow, or PyTorch (Apple's GPU through MPS, CUDA, or the CPU).

Why two: TensorFlow has no working Apple GPU plugin any more (tensorflow-metal 1.2.0 does not load with
TensorFlow >= 2.18), while Keras 3 on PyTorch uses MPS by itself, and CUDA where PyTorch has it. Keras fixes
its backend when it is first imported, so a run on the other backend than this process's trains in a child
process (core/training/backend_child.py); the window and the answering path (LiteRT) stay as they are.

``auto`` picks PyTorch only where it sees a GPU and TensorFlow does not; TensorFlow everywhere else. Asking
is kept cheap: nothing is imported when PyTorch is not installed, and a CPU-only PyTorch build on Linux or
Windows (its version ends in ``+cpu``) is not imported either, since it cannot see a GPU.
"""

from __future__ import annotations

from functools import lru_cache
import importlib.metadata
import importlib.util
import os
import platform
import subprocess
import sys

from fruitclassifier.config import BACKENDS
from fruitclassifier.errors import UserError

AUTO, TENSORFLOW, TORCH = BACKENDS
#: Set by the parent of a child run: the child stops after the current batch once this file exists.
STOP_FILE_ENV = "FRUITCLASSIFIER_STOP_FILE"
TITLES = {TENSORFLOW: "TensorFlow", TORCH: "PyTorch"}


class BackendUnavailable(UserError, RuntimeError):
    """The chosen backend is not installed here."""


def current() -> str:
    """The Keras backend of this process: Keras's own answer once imported, else what it will pick."""
    keras = sys.modules.get("keras")
    if keras is not None and hasattr(keras, "config"):
        return str(keras.config.backend())
    return os.environ.get("KERAS_BACKEND", TENSORFLOW) or TENSORFLOW


def torch_installed() -> bool:
    return importlib.util.find_spec("torch") is not None


def resolve(choice: str) -> str:
    """``tensorflow`` or ``torch`` for a config's choice; BackendUnavailable for torch without PyTorch."""
    if choice == TORCH:
        if not torch_installed():
            raise BackendUnavailable("PyTorch is not installed, so it cannot train",
                                     "install it with: pip install 'fruitclassifier[torch]', or choose "
                                     "--backend tensorflow")
        return TORCH
    if choice == AUTO:
        return TORCH if _torch_sees_gpu() and not _tensorflow_sees_gpu() else TENSORFLOW
    return TENSORFLOW


@lru_cache(maxsize=1)
def _torch_sees_gpu() -> bool:
    if not torch_installed():
        return False
    if platform.system() != "Darwin" and _torch_version().endswith("+cpu"):
        return False  # a CPU-only build: importing it (about a second) would only say no
    return _ask_torch_for_a_gpu()


#: Run in a short child: PyTorch is not imported into a process that holds TensorFlow (the window), where its
#: start-up costs a second of the GIL and two OpenMP runtimes can clash (macOS).
_GPU_PROBE = ("import torch; mps = getattr(torch.backends, 'mps', None); "
              "print(bool(torch.cuda.is_available() or (mps is not None and mps.is_available())))")


def _ask_torch_for_a_gpu() -> bool:
    if getattr(sys, "frozen", False):  # the packaged app has no plain interpreter to ask with
        torch = import_torch()
        return bool(mps_available(torch) or torch.cuda.is_available())
    try:
        proc = subprocess.run([sys.executable, "-c", _GPU_PROBE], capture_output=True, text=True, timeout=120,
                              env=child_environment(TORCH))
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.stdout.strip().endswith("True")


@lru_cache(maxsize=1)
def _tensorflow_sees_gpu() -> bool:
    if platform.system() == "Darwin":
        return False  # no maintained Metal plugin loads with current TensorFlow
    from fruitclassifier.core.training.device_check import verify_gpu

    return verify_gpu().gpu_usable


def _torch_version() -> str:
    try:
        return importlib.metadata.version("torch")
    except importlib.metadata.PackageNotFoundError:
        return ""


def import_torch():
    os.environ.setdefault("PYTORCH_ENABLE_MPS_FALLBACK", "1")  # ops MPS lacks run on the CPU, not fail
    import torch

    return torch


def mps_available(torch) -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps is not None and mps.is_available())


def child_environment(backend: str, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a process that trains on ``backend`` (Keras reads KERAS_BACKEND at import)."""
    env = dict(os.environ if base is None else base)
    env["KERAS_BACKEND"] = backend
    if backend == TORCH:
        env.setdefault("PYTORCH_ENABLE_MPS_FALLBACK", "1")
        # PyTorch's OpenMP threads spin at each barrier by default; beside tf.data's decoding threads (and other
        # programs) a descheduled one stalls the rest: on the 2-core VM the steady CPU throughput of a custom CNN
        # at 64 px was 32-273 images/s (median 54 of 5) spinning, 149-437 (median 216 of 5) passive.
        env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    return env


def stop_file_requested() -> bool:
    """True once the parent of this child run has asked it to stop (its stop file exists)."""
    path = os.environ.get(STOP_FILE_ENV)
    return bool(path) and os.path.exists(path)


def in_child() -> bool:
    """True in a child run (backend_child.py): it trains here, on this process's backend, whatever it is."""
    return bool(os.environ.get(STOP_FILE_ENV))
