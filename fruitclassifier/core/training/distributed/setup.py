"""Where a distributed run computes: the CLI's ``--devices`` / ``--cluster --rank`` turned into a strategy.

TensorFlow-free until ``make_strategy`` is called, so the CLI can check the flags (and say what is
wrong in one line) before paying for ``import tensorflow``. Collective ops must be configured before
the TensorFlow runtime starts, so ``make_strategy`` runs before any tensor is made.
"""

from __future__ import annotations

from dataclasses import dataclass
import socket
from typing import Any

from fruitclassifier.errors import UserError

#: Seconds a worker waits for the others at one step (or for them to arrive) before it gives up.
DEFAULT_WORKER_TIMEOUT_S = 120.0


class DistributedError(UserError, RuntimeError):
    """A multi-device or multi-machine run cannot start or go on; the message says what to do."""

    def __init__(self, message: str, next_step: str = "") -> None:
        super().__init__(f"{message};" if next_step else message, next_step)  # one line: "what; what to do"


@dataclass(frozen=True)
class DistSpec:
    """One process's place in a run: ``devices`` in this machine, or ``rank`` of ``cluster`` machines."""

    devices: str = "1"  # "auto" | "N": replicas in this process
    cluster: tuple[str, ...] = ()  # HOST:PORT of every worker, rank 0 first (the chief)
    rank: int = 0
    worker_timeout_s: float = DEFAULT_WORKER_TIMEOUT_S

    @property
    def workers(self) -> int:
        return max(1, len(self.cluster))

    @property
    def is_chief(self) -> bool:
        return self.rank == 0

    @property
    def multi_worker(self) -> bool:
        return len(self.cluster) > 1


def parse_spec(devices: str | None, cluster: str | None, rank: int | None,
               worker_timeout_s: float | None = None) -> DistSpec:
    """The flags as a DistSpec, or a DistributedError naming the flag that is wrong and how to fix it."""
    devices = (devices or "1").strip().lower()
    if devices != "auto" and not (devices.isdigit() and 1 <= int(devices) <= 64):
        raise DistributedError(f"--devices {devices!r} is not 'auto' or a number from 1 to 64",
                               "e.g. --devices 2, or --devices auto for every GPU")
    timeout = DEFAULT_WORKER_TIMEOUT_S if worker_timeout_s is None else float(worker_timeout_s)
    if not timeout > 0:
        raise DistributedError("--worker-timeout must be more than 0 seconds", "e.g. --worker-timeout 120")
    if not cluster:
        if rank not in (None, 0):
            raise DistributedError("--rank needs --cluster", "give every worker's HOST:PORT with --cluster")
        return DistSpec(devices=devices, worker_timeout_s=timeout)
    hosts = tuple(part.strip() for part in cluster.split(",") if part.strip())
    for host in hosts:
        _check_address(host)
    if len(set(hosts)) != len(hosts):
        raise DistributedError("--cluster names one HOST:PORT twice", "give each worker its own address")
    if rank is None or not 0 <= rank < len(hosts):
        raise DistributedError(f"--rank must be 0 to {len(hosts) - 1} for {len(hosts)} workers",
                               "rank 0 is the chief; give each machine its own rank")
    return DistSpec(devices=devices, cluster=hosts, rank=rank, worker_timeout_s=timeout)


def _check_address(host: str) -> None:
    name, sep, port = host.rpartition(":")
    if not sep or not name or not port.isdigit() or not 0 < int(port) < 65536:
        raise DistributedError(f"--cluster entry {host!r} is not HOST:PORT",
                               "e.g. --cluster 192.168.1.10:12345,192.168.1.11:12345")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on now (bound to port 0 and released), for loopback runs and tests."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def worker_command(argv: list[str], rank: int) -> str:
    """The command another machine runs: this one's arguments with its own ``--rank``."""
    import shlex

    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--rank":
            skip = True
            continue
        if not arg.startswith("--rank="):
            out.append(arg)
    return shlex.join([*out, "--rank", str(rank)])


def make_strategy(spec: DistSpec) -> Any:
    """The tf.distribute strategy for ``spec``; call before TensorFlow makes any tensor.

    Several workers: MultiWorkerMirroredStrategy (every local GPU of each worker is a replica; ring
    all-reduce over gRPC). One machine: MirroredStrategy over ``devices`` GPUs, or over as many logical
    CPUs carved out of the one CPU where there is no GPU (tests, and a check of the set-up).
    """
    import tensorflow as tf

    if spec.multi_worker:
        resolver = tf.distribute.cluster_resolver.SimpleClusterResolver(
            tf.train.ClusterSpec({"worker": list(spec.cluster)}), task_type="worker", task_id=spec.rank,
            rpc_layer="grpc")
        options = tf.distribute.experimental.CommunicationOptions(
            implementation=tf.distribute.experimental.CommunicationImplementation.AUTO)
        return tf.distribute.MultiWorkerMirroredStrategy(cluster_resolver=resolver, communication_options=options)
    devices = _local_devices(tf, spec.devices)
    if len(devices) == 1:  # TensorFlow's default strategy: the same step, without mirroring's bookkeeping
        return tf.distribute.get_strategy()
    return tf.distribute.MirroredStrategy(devices=devices)


def _local_devices(tf: Any, devices: str) -> list[str]:
    gpus = tf.config.list_physical_devices("GPU")
    if gpus:
        count = len(gpus) if devices == "auto" else int(devices)
        if count > len(gpus):
            raise DistributedError(f"--devices {count} but this machine has {len(gpus)} GPU(s)",
                                   f"use --devices {len(gpus)} or --devices auto")
        return [f"/gpu:{i}" for i in range(count)]
    count = 1 if devices == "auto" else int(devices)
    cpus = tf.config.list_physical_devices("CPU")
    if count > 1:
        try:
            tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration()] * count)
        except RuntimeError:
            raise DistributedError("the CPU could not be split into devices after TensorFlow started",
                                   "run the command on its own (a fresh process)") from None
    return [f"/cpu:{i}" for i in range(count)]
