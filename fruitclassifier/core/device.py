"""Which device TensorFlow computes on: Metal GPU, CUDA GPU or CPU.

Shown permanently in the GUI status bar and in every training event, because a
user comparing training speeds must know what they are comparing.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class DeviceInfo:
    kind: str  # "Metal GPU" | "CUDA GPU" | "CPU"
    name: str
    tf_version: str

    @property
    def label(self) -> str:
        detail = f" ({self.name})" if self.name and self.name != self.kind else ""
        return f"{self.kind}{detail} · TensorFlow {self.tf_version}"

    @property
    def is_gpu(self) -> bool:
        return self.kind != "CPU"


@lru_cache(maxsize=1)
def detect() -> DeviceInfo:
    """Ask TensorFlow for its GPUs once; fall back to the CPU name."""
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    if gpus:
        details = _gpu_details(tf, gpus[0])
        if platform.system() == "Darwin":
            return DeviceInfo("Metal GPU", details or "Apple GPU", tf.__version__)
        return DeviceInfo("CUDA GPU", details or gpus[0].name, tf.__version__)
    return DeviceInfo("CPU", _cpu_name(), tf.__version__)


def _gpu_details(tf, gpu) -> str:
    try:
        return str(tf.config.experimental.get_device_details(gpu).get("device_name", ""))
    except Exception:  # details are cosmetic; some plugins do not implement them
        return ""


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()
