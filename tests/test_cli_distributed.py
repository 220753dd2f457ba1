"""The train command's --devices / --cluster / --rank / --worker-timeout flags: wrong values are one line and exit 2,
said before TensorFlow starts (the runs themselves are in tests/core/test_distributed.py)."""

from __future__ import annotations

import pytest

from fruitclassifier import cli
from fruitclassifier.core.training.distributed.setup import DistSpec, free_port, parse_spec, worker_command


@pytest.mark.parametrize(
    "flags, says",
    [
        (["--rank", "1"], "--rank needs --cluster"),
        (["--cluster", "127.0.0.1", "--rank", "0"], "is not HOST:PORT"),
        (["--cluster", "a:1,b:2", "--rank", "2"], "--rank must be 0 to 1 for 2 workers"),
        (["--cluster", "a:1,b:2"], "--rank must be 0 to 1"),
        (["--cluster", "a:1,a:1", "--rank", "0"], "names one HOST:PORT twice"),
        (["--devices", "two"], "is not 'auto' or a number"),
        (
            ["--devices", "2", "--batch-size", "7"],
            "batch size 7 does not split evenly over 2 replicas; use a multiple of 2",
        ),
        (["--cluster", "a:1,b:2,c:3", "--rank", "0", "--devices", "1", "--batch-size", "8"], "over 3 replicas"),
        (["--devices", "1", "--worker-timeout", "0"], "--worker-timeout must be more than 0"),
    ],
)
def test_wrong_distributed_flags_are_one_line_and_exit_2(tiny_folder, capsys, flags, says):
    assert cli.main(["train", str(tiny_folder), *flags]) == 2
    err = capsys.readouterr().err.strip()
    assert says in err and len(err.splitlines()) == 1 and err.startswith("fruitclassifier: ")


def test_the_flags_make_a_spec():
    spec = parse_spec("auto", "10.0.0.1:1234, 10.0.0.2:1234", 1, 30)
    assert spec == DistSpec(devices="auto", cluster=("10.0.0.1:1234", "10.0.0.2:1234"), rank=1, worker_timeout_s=30)
    assert spec.multi_worker and not spec.is_chief and spec.workers == 2
    assert parse_spec(None, None, None) == DistSpec()


def test_the_other_machines_command_differs_only_in_its_rank():
    argv = ["fruitclassifier", "train", "/data/fruit dir", "--cluster", "a:1,b:2", "--rank", "0", "--epochs", "3"]
    assert worker_command(argv, 1) == "fruitclassifier train '/data/fruit dir' --cluster a:1,b:2 --epochs 3 --rank 1"
    assert (
        worker_command([*argv[:5], "--rank=0"], 1)
        == "fruitclassifier train '/data/fruit dir' --cluster a:1,b:2 --rank 1"
    )


def test_a_free_port_can_be_bound():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", free_port()))


def test_train_help_lists_the_flags(capsys):
    with pytest.raises(SystemExit):
        cli.main(["train", "--help"])
    out = capsys.readouterr().out
    assert all(flag in out for flag in ("--devices", "--cluster", "--rank", "--worker-timeout"))
