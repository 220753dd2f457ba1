"""Every worker starts from the chief's state: its weights, optimizer and epochs, checked against its own settings.

The chief alone keeps the run folder (run.py), so only it can resume a run stopped earlier: it loads the
checkpoint, and the other workers, started with their usual command, take its weights, the optimizer's slots
and step count, and the epochs done from it over the same collectives the training uses (an all-reduce in
which only replica 0, on the chief, contributes). A fresh run goes through the same step, which then changes
nothing. First the workers compare what they are about to train (network, image size, batch, epochs, images):
a worker started with other settings or other data would fail later in a collective with a shape error, or
silently train something else; here it stops with one line that names the difference.
"""

from __future__ import annotations

import zlib
from typing import Any

import numpy as np
import tensorflow as tf

from fruitclassifier.core.training.distributed.setup import DistributedError

#: What every worker must agree on, in the order the all-reduced vector holds them.
PLAN_FIELDS = ("network", "image size", "batch size", "epochs", "training images", "validation images", "classes")


def plan(arch: str, image_size: int, batch_size: int, epochs: int, n_train: int, n_val: int,
         classes: int) -> np.ndarray:
    """This worker's plan as numbers (the network as a 20-bit checksum of its name: exact in float32)."""
    return np.array([zlib.crc32(arch.encode()) % 2**20, image_size, batch_size, epochs, n_train, n_val, classes],
                    dtype=np.float32)


def check_plan(strategy: Any, mine: np.ndarray) -> None:
    """Raise DistributedError on any worker whose plan differs from the chief's (every worker learns it)."""
    chief = from_chief(strategy, [tf.constant(mine)])[0]
    differ = [name for name, a, b in zip(PLAN_FIELDS, mine, chief) if a != b]
    anyone = _summed(strategy, 1.0 if differ else 0.0)  # so the chief and every other worker stop too
    fix = "start every worker with the command the chief's machine shows, on the same data"
    if differ:
        pairs = ", ".join(f"{name} {_shown(name, a)} here, {_shown(name, b)} on the chief"
                          for name, a, b in zip(PLAN_FIELDS, mine, chief) if a != b)
        raise DistributedError(f"this worker's settings differ from the chief's ({pairs})", fix)
    if anyone:
        raise DistributedError("another worker was started with other settings or other data than the chief "
                               "(network, image size, batch size, epochs or images)", fix)


def adopt_chief_state(strategy: Any, model: Any, epochs_done: int) -> int:
    """Set this worker's weights and optimizer to the chief's; returns the chief's epochs done."""
    variables = list(model.weights) + list(model.optimizer.variables)
    values = from_chief(strategy, [*variables, tf.constant(float(epochs_done))])
    for variable, value in zip(variables, values):
        variable.assign(tf.cast(value, variable.dtype))
    return int(values[-1])


def from_chief(strategy: Any, tensors: list[Any]) -> list[np.ndarray]:
    """The chief's values of ``tensors`` (as float32, then numpy), on every worker."""

    def replica() -> list[Any]:
        context = tf.distribute.get_replica_context()
        chief = tf.cast(tf.equal(context.replica_id_in_sync_group, 0), tf.float32)
        return [context.all_reduce(tf.distribute.ReduceOp.SUM, tf.cast(tf.convert_to_tensor(t), tf.float32) * chief)
                for t in tensors]  # a variable reads this replica's copy

    results = tf.function(lambda: strategy.run(replica))()
    return [np.asarray(strategy.experimental_local_results(r)[0]) for r in results]


def _summed(strategy: Any, value: float) -> float:
    """``value`` added up over every replica of every worker."""
    total = tf.function(lambda: strategy.run(lambda: tf.distribute.get_replica_context().all_reduce(
        tf.distribute.ReduceOp.SUM, tf.constant(value))))()
    return float(strategy.experimental_local_results(total)[0])


def _shown(name: str, value: float) -> str:
    return "another network" if name == "network" else f"{int(value):,}"
