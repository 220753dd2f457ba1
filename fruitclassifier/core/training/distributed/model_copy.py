"""The model a distributed run trains, and the plain copy it saves.

BatchNormalization computes its batch statistics per replica unless it is ``synchronized``; then the
moving statistics drift apart between workers and from a one-device run. The registry builds the
ordinary network (one table of architectures, core/models/registry.py); here its config is rebuilt
with synchronized BatchNorm inside the strategy's scope, and after training rebuilt back without it,
so the store holds exactly the model a one-device run would save (loadable anywhere, no strategy).
"""

from __future__ import annotations

from typing import Any

from fruitclassifier.core.training.runs import RunState


def trainable(state: RunState, num_classes: int, size: int, fresh: bool = False) -> Any:
    """A compiled model with synchronized BatchNorm (call inside ``strategy.scope()``); on resume, the
    run's checkpoint (saved synchronized, with the optimizer's state), unless ``fresh``.

    Several machines build it ``fresh`` even on resume: every worker must create the same variables in the
    same order (the strategy broadcasts each as it is made), and only the chief has the checkpoint; it
    copies the checkpoint in afterwards (checkpoint_values, restore) and hands it on (sync.py).
    """
    import dataclasses

    import keras

    from fruitclassifier.core.training import train as single

    resumed = bool(state.epochs_done and state.checkpoint.is_file()) and not fresh
    model = single._model_for(state if resumed else dataclasses.replace(state, epochs_done=0), num_classes, size)
    if not resumed:
        model = rebuilt(model, synchronized=True)
        model.compile(optimizer=keras.optimizers.Adam(state.config.learning_rate),
                      loss="sparse_categorical_crossentropy")
    model.optimizer.build(model.trainable_variables)  # its slots are mirrored too: made here, in the scope
    return model


def checkpoint_values(state: RunState, num_classes: int, size: int) -> tuple[list, list] | None:
    """A resumed run's weights and optimizer variables as arrays (read outside any strategy); None when new."""
    import numpy as np

    from fruitclassifier.core.training import train as single

    if not (state.epochs_done and state.checkpoint.is_file()):
        return None
    saved = single._model_for(state, num_classes, size)
    return saved.get_weights(), [np.asarray(v) for v in saved.optimizer.variables]


def restore(model: Any, values: tuple[list, list]) -> None:
    """Copy checkpoint_values into a model built fresh the same way (same layers, same optimizer)."""
    weights, slots = values
    variables = list(model.optimizer.variables)
    if len(slots) != len(variables) or any(tuple(v.shape) != s.shape for v, s in zip(variables, slots)):
        raise ValueError("the run's checkpoint does not match the model built for it")
    model.set_weights(weights)
    for variable, value in zip(variables, slots):
        variable.assign(value)


def plain(model: Any) -> Any:
    """The same weights in an ordinary model (plain BatchNorm), built outside any strategy; compiled for
    train.py's evaluation (its optimizer is never used and never saved)."""
    import keras

    copy = rebuilt(model, synchronized=False)
    optimizer = keras.optimizers.deserialize(keras.optimizers.serialize(model.optimizer))
    optimizer.build(copy.trainable_variables)  # the same slots as the best-epoch weights file holds
    copy.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return copy


def rebuilt(model: Any, synchronized: bool) -> Any:
    """``model`` from its config with every BatchNormalization's ``synchronized`` set, weights copied."""
    import keras

    import fruitclassifier.core.models.layers  # noqa: F401  (registers the app's custom layers)

    copy = keras.Model.from_config(_with_sync(model.get_config(), synchronized))
    copy.set_weights(model.get_weights())
    return copy


def _with_sync(value: Any, synchronized: bool) -> Any:
    if isinstance(value, dict):
        out = {key: _with_sync(item, synchronized) for key, item in value.items()}
        if value.get("class_name") == "BatchNormalization" and isinstance(value.get("config"), dict):
            out["config"] = {**out["config"], "synchronized": synchronized}
        return out
    if isinstance(value, list):
        return [_with_sync(item, synchronized) for item in value]
    return value


def count_batch_norms(model: Any) -> tuple[int, int]:
    """(synchronized, all) BatchNormalization layers in ``model``, nested models included."""
    import keras

    layers = [layer for layer in _walk(model) if isinstance(layer, keras.layers.BatchNormalization)]
    return sum(bool(layer.synchronized) for layer in layers), len(layers)


def _walk(model: Any) -> list[Any]:
    out = []
    for layer in model.layers:
        out.append(layer)
        if hasattr(layer, "layers"):
            out.extend(_walk(layer))
    return out
