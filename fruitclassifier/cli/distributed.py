"""``fruitclassifier train … --devices N`` and ``--cluster HOST:PORT,… --rank K``: the distributed twin.

Kept beside train.py so the train command gains four flags and one branch. The same command runs on
every machine (only ``--rank`` differs); rank 0, the chief, prints the stored model's name like a
one-device run, the others print where their scratch copy went. A multi-machine process ends with
``os._exit``: TensorFlow's gRPC server threads can keep a finished (or failed) worker alive forever.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def add_distributed_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("several devices or machines (docs/distributed.md)")
    group.add_argument("--devices", metavar="auto|N", help="train on N devices of this machine (GPUs; on a "
                       "machine without one, N logical CPUs); --batch-size is the global batch, split evenly")
    group.add_argument("--cluster", metavar="HOST:PORT,...", help="train on several machines: every worker's "
                       "address, the chief (rank 0) first; run the same command on each with its own --rank")
    group.add_argument("--rank", type=int, metavar="K", help="this machine's place in --cluster (0: the chief, "
                       "which saves the model)")
    group.add_argument("--worker-timeout", type=float, metavar="S", help="seconds to wait for the other workers "
                       "(to arrive, or at one step) before stopping with an error (default 120)")
    parser.add_argument("--event-lines", action="store_true", help="also print every training event as a JSON "
                        "line on stderr (core/event_lines.py), for a program that draws the run, as the window does")


def wants_distributed(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "devices", None) or getattr(args, "cluster", None) or
                getattr(args, "rank", None) is not None)


def run_distributed(args: argparse.Namespace, config: Any, progress: Any, print_json: Any) -> int:
    """Train through core/training/distributed; returns the exit status (or exits, for several machines)."""
    from fruitclassifier.core.training.distributed.run import check_batch
    from fruitclassifier.core.training.distributed.setup import parse_spec

    spec = parse_spec(args.devices, args.cluster, args.rank, args.worker_timeout)
    check_batch(config, spec)  # a plain error while no TensorFlow thread can keep the process alive
    if not spec.multi_worker:
        return _train(args, config, spec, progress, print_json)
    try:
        status = _train(args, config, spec, progress, print_json)
    except BaseException as exc:  # noqa: BLE001 - reported here because this process exits right after
        from fruitclassifier.cli.output import report_error

        status = 130 if isinstance(exc, KeyboardInterrupt) else report_error(exc, getattr(args, "verbose", False))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _train(args: argparse.Namespace, config: Any, spec: Any, progress: Any, print_json: Any) -> int:
    from fruitclassifier.core.training.distributed.run import train_distributed

    with _StopOnInterrupt() as stop:
        outcome = train_distributed(config, spec, on_event=progress.on_event, should_stop=stop, resume=args.resume)
    if args.json:
        print_json({**(outcome.info.metadata if outcome.info else {}), "distributed_outcome": outcome.to_dict()})
    elif outcome.info is not None:
        print(outcome.info.name)
    else:
        print(f"worker {outcome.rank}: done; the chief saved the model (this worker's copy: {outcome.model_path})")
    return 0


class _StopOnInterrupt:
    """Ctrl-C (SIGINT) asks for a stop after the current batch, the chief's stop reaching every worker;
    a second Ctrl-C interrupts at once. A one-device run keeps Python's plain Ctrl-C."""

    def __init__(self) -> None:
        self.asked = False
        self._previous: Any = None

    def __enter__(self) -> _StopOnInterrupt:
        import signal

        self._previous = signal.signal(signal.SIGINT, self._on_signal)
        return self

    def __exit__(self, *exc: Any) -> None:
        import signal

        signal.signal(signal.SIGINT, self._previous)

    def __call__(self) -> bool:
        return self.asked

    def _on_signal(self, signum: int, frame: Any) -> None:
        if self.asked:
            raise KeyboardInterrupt
        self.asked = True
        print("Stopping after this batch (Ctrl-C again to interrupt now)…", file=sys.stderr, flush=True)
