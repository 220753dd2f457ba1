"""Mixed precision for a run, and the float32 copy of a model that is saved.

float16 on CUDA GPUs, bfloat16 only on CPUs that do it natively (TensorFlow emulates it elsewhere, 8x slower),
float32 everywhere else; the saved copy is always float32 so it answers at full speed on any machine.
"""

from __future__ import annotations

from typing import Any

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.training import backend, device


def without_optimizer(model: Any) -> Any:
    """The same weights, uncompiled and in float32: the file a third the size without Adam's slots, and a
    model trained in mixed precision runs at full speed on any machine (float16 maths on a CPU is slow).

    Resuming uses the run's own checkpoint (which keeps the optimizer), never the library copy.
    """
    import keras

    if all(layer.dtype_policy.name == "float32" for layer in model.layers):
        inputs, outputs = model.inputs, model.outputs  # one of each: passed alone, else Keras warns at every call
        return keras.Model(inputs[0] if len(inputs) == 1 else inputs, outputs[0] if len(outputs) == 1 else outputs,
                           name=model.name)
    plain = keras.Model.from_config(float32_config(model.get_config()))
    plain.set_weights(model.get_weights())
    return plain


def float32_config(value: Any) -> Any:
    """A model config with every mixed dtype policy replaced by float32 (variables are float32 already)."""
    if isinstance(value, dict):
        if value.get("class_name") == "DTypePolicy" and str(value.get("config", {}).get("name", "")).startswith(
                "mixed_"):
            return {**value, "config": {**value["config"], "name": "float32"}}
        return {key: float32_config(item) for key, item in value.items()}
    if isinstance(value, list):
        return [float32_config(item) for item in value]
    return value


def set_for(config: TrainConfig, info: device.DeviceInfo) -> str:
    """float16 on GPUs; bfloat16 on CPUs that do it natively (elsewhere emulated bf16 is 8x slower)."""
    import keras

    policy = "float32"
    # Under PyTorch only CUDA's float16 is known to pay; MPS float16 and CPU bfloat16 are not measured here.
    measured = info.backend == backend.TENSORFLOW or info.kind.startswith("CUDA")
    if config.mixed_precision and measured:
        if info.is_gpu:
            policy = "mixed_float16"
        elif device.cpu_has_bf16():
            policy = "mixed_bfloat16"
    keras.mixed_precision.set_global_policy(policy)
    return policy


def reset() -> None:
    import keras

    keras.mixed_precision.set_global_policy("float32")
