"""Which device training computes on: a CUDA GPU or the CPU under TensorFlow; Apple's GPU (MPS), a CUDA GPU
or the CPU under PyTorch (core/training/backend.py).

Shown permanently in the GUI status bar and in every training event, because a
user comparing training speeds must know what they are comparing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import platform

from fruitclassifier.core.training import backend

#: CPU flags (Linux /proc/cpuinfo names) of native bfloat16 maths. Without them TensorFlow emulates
#: bfloat16 and a mixed_bfloat16 fit runs about 8x slower (measured on an AVX2-only AMD EPYC).
BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})


@dataclass(frozen=True)
class DeviceInfo:
    kind: str  # "CUDA GPU" | "CPU" (TensorFlow); "Apple GPU (MPS)" | "CUDA GPU (PyTorch)" | "CPU (PyTorch)"
    name: str
    tf_version: str  # the framework's version (PyTorch's under the torch backend)
    note: str = ""  # e.g. why a GPU is not used (core/training/device_check.py); "" when there is nothing to say
    backend: str = "tensorflow"

    @property
    def label(self) -> str:
        if self.backend == "torch":  # the kind already names PyTorch or MPS: no nested brackets
            detail = f" · {self.name}" if self.name and self.name not in self.kind else ""
            return f"{self.kind}{detail} · PyTorch {self.tf_version}"
        detail = f" ({self.name})" if self.name and self.name != self.kind else ""
        return f"{self.kind}{detail} · TensorFlow {self.tf_version}"

    @property
    def is_gpu(self) -> bool:
        return not self.kind.startswith("CPU")


@lru_cache(maxsize=1)
def detect() -> DeviceInfo:
    """Ask TensorFlow for its GPUs once; fall back to the CPU name.

    The GPU self-check runs first: a GPU that computes wrongly is hidden, so it is not listed here.
    Under Keras's PyTorch backend, PyTorch is asked instead (TensorFlow's devices are not used).
    """
    if backend.current() == backend.TORCH:
        return _torch_device()
    import tensorflow as tf

    from fruitclassifier.core.training.device_check import verify_gpu

    note = verify_gpu().message
    gpus = tf.config.get_visible_devices("GPU")
    if gpus:
        details = _gpu_details(tf, gpus[0])
        if platform.system() == "Darwin":
            return DeviceInfo("Metal GPU", details or "Apple GPU", tf.__version__, note)
        return DeviceInfo("CUDA GPU", details or gpus[0].name, tf.__version__, note)
    return DeviceInfo("CPU", _cpu_name(), tf.__version__, note)


def _torch_device() -> DeviceInfo:
    torch = backend.import_torch()
    if torch.cuda.is_available():
        return DeviceInfo("CUDA GPU (PyTorch)", torch.cuda.get_device_name(0), torch.__version__, backend="torch")
    if backend.mps_available(torch):
        return DeviceInfo("Apple GPU (MPS)", "", torch.__version__, backend="torch")
    return DeviceInfo("CPU (PyTorch)", _cpu_name(), torch.__version__, backend="torch")


def _gpu_details(tf, gpu) -> str:
    try:
        return str(tf.config.experimental.get_device_details(gpu).get("device_name", ""))
    except Exception:  # details are cosmetic; some plugins do not implement them
        return ""


def _cpu_name() -> str:
    return cpuinfo_field("model name") or platform.processor() or platform.machine()


@lru_cache(maxsize=1)
def cpu_flags() -> frozenset[str]:
    """The CPU's feature flags as Linux names them; empty where /proc/cpuinfo is absent (macOS, Windows)."""
    return frozenset(cpuinfo_field("flags").split())


def cpuinfo_field(name: str) -> str:
    """The first value of ``name`` in /proc/cpuinfo (Linux), or "" where there is none."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key.strip() == name:
                    return value.strip()
    except OSError:
        pass
    return ""


def cpu_has_bf16() -> bool:
    """Whether this CPU does bfloat16 maths natively (AVX-512 BF16 or AMX), so mixed_bfloat16 pays off."""
    return bool(BF16_FLAGS & cpu_flags())
