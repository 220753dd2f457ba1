"""A tuning study in a real PostgreSQL server: two worker processes, one database.

The test starts its own server (initdb in a temporary folder, a free port on 127.0.0.1, trust
authentication) from the Debian package's binaries, which .ci/run installs; where they are absent
the test is skipped and says so. As root (CI) the server runs as the ``postgres`` user, which
PostgreSQL insists on.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
import shutil
import socket
import subprocess
import sys
import tempfile

import pytest

from fruitclassifier.core.tuning import load_study
from fruitclassifier.core.tuning.run import OVER_BUDGET

TINY = ["--arch", "custom_cnn", "--image-size", "24", "--batch-size", "8", "--no-open-set",
        "--no-mixed-precision", "--epochs-per-trial", "1", "--study", "pg"]


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: there it runs as the package's postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture
def postgres_url():
    pg_bin = _pg_bin()
    if pg_bin is None or (os.geteuid() == 0 and shutil.which("runuser") is None):
        pytest.skip("PostgreSQL's server binaries are not installed (.ci/run installs the Debian package)")
    pytest.importorskip("psycopg")
    folder = Path(tempfile.mkdtemp(prefix="fc-pg-", dir="/tmp"))  # not under a root-only pytest folder
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    run = lambda *cmd: subprocess.run(_as_server_user([str(pg_bin / cmd[0]), *cmd[1:]]), check=True,  # noqa: E731
                                      capture_output=True, text=True, timeout=120)
    run("initdb", "-D", str(data), "-U", "fc", "--auth=trust", "--no-sync")
    run("pg_ctl", "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
        f"-p {port} -h 127.0.0.1 -k {folder} -c fsync=off", "start")
    try:
        yield f"postgresql://fc@127.0.0.1:{port}/postgres"
    finally:
        run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
def test_two_workers_share_a_study_in_postgresql(tiny_folder, postgres_url):
    command = [sys.executable, "-m", "fruitclassifier", "tune", str(tiny_folder), *TINY, "--trials", "3",
               "--storage", postgres_url, "-q"]
    workers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    results = [(w.communicate(timeout=240), w.returncode) for w in workers]
    assert all(code == 0 for _, code in results), [err[-800:] for (_, err), _ in results]
    trials = load_study(postgres_url, "pg").get_trials()
    assert sorted(t.number for t in trials) == list(range(len(trials)))
    trained = [t for t in trials if t.state.name in ("COMPLETE", "PRUNED")]
    assert len(trained) == 3 and trained[0].params  # no database budget lock: an extra one is told over budget
    assert all(t.user_attrs.get("reason") == OVER_BUDGET for t in trials if t not in trained)
    assert len({t.user_attrs["worker"] for t in trained}) == 2
