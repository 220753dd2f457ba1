"""Every worker starts from the chief's state: its weights, optimizer and epochs, checked against its own settings.

The chief alone keeps the run folder (run.py), so only it can resume a run stopped earlier: it loads the
checkpoint, and the other workers, started with their usual command, take its weights, the optimizer's slots
and step count, and the epochs done from it over the same collectives the training uses (an all-reduce in
which only replica 0, on the chief, contributes). A new run skips the hand-over: the strategy already made
every variable equal as it was built. First the workers compare what they are about to train (network, image size,
batch, epochs, images):
a worker started with other settings or other data would fail later in a collective with a shape error, or
silently train something else; here it stops with one line that names the difference.
"""

from __future__ import annotations

from typing import Any
import zlib

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


def check_plan(strategy: Any, mine: np.ndarray, epochs_done: int) -> int:
    """Raise DistributedError on every worker when one's plan differs from the chief's; else the chief's
    epochs done (0 for a new run), the same number on every worker."""
    chief, done = from_chief(strategy, [tf.constant(mine), tf.constant(float(epochs_done))])
    differ = [name for name, a, b in zip(PLAN_FIELDS, mine, chief) if a != b]
    anyone = _all_reduced(strategy, [tf.constant(1.0 if differ else 0.0)])[0]  # so all stop, the chief too
    fix = "start every worker with the command the chief's machine shows, on the same data"
    if differ:
        pairs = ", ".join(f"{name} {_shown(name, a)} here, {_shown(name, b)} on the chief"
                          for name, a, b in zip(PLAN_FIELDS, mine, chief) if a != b)
        raise DistributedError(f"this worker's settings differ from the chief's ({pairs})", fix)
    if anyone:
        raise DistributedError("another worker was started with other settings or other data than the chief "
                               "(network, image size, batch size, epochs or images)", fix)
    return int(done)


def adopt_chief_state(strategy: Any, model: Any) -> None:
    """Set this worker's weights and optimizer (slots and step count) to the chief's."""
    variables = list(model.weights) + list(model.optimizer.variables)
    for variable, value in zip(variables, from_chief(strategy, variables)):
        variable.assign(tf.cast(value, variable.dtype))


def from_chief(strategy: Any, tensors: list[Any]) -> list[np.ndarray]:
    """The chief's values of ``tensors`` (as float32, then numpy), on every worker."""
    return _all_reduced(strategy, tensors, chief_only=True)


def _all_reduced(strategy: Any, tensors: list[Any], chief_only: bool = False) -> list[np.ndarray]:
    """``tensors`` added up over every replica of every worker (only replica 0's, on the chief, if
    ``chief_only``), as float32 numpy arrays on every worker."""

    def replica() -> list[Any]:
        context = tf.distribute.get_replica_context()
        share = tf.cast(tf.equal(context.replica_id_in_sync_group, 0), tf.float32) if chief_only else 1.0
        return [context.all_reduce(tf.distribute.ReduceOp.SUM, tf.cast(tf.convert_to_tensor(t), tf.float32) * share)
                for t in tensors]  # a variable reads this replica's copy

    results = tf.function(lambda: strategy.run(replica))()
    return [np.asarray(strategy.experimental_local_results(r)[0]) for r in results]


def _shown(name: str, value: float) -> str:
    return "another network" if name == "network" else f"{int(value):,}"
