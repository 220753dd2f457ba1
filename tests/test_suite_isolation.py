"""The suite's own guarantees (conftest.py): user folders isolated, no network, no module state in the CLI."""

import os
from pathlib import Path
import socket
import tempfile

import pytest
import suite_guards


def test_user_folders_point_into_this_tests_temp_folder(user_dirs, fc_home):
    temp = Path(tempfile.gettempdir()).resolve()
    for name in suite_guards.USER_DIR_VARS:
        assert os.environ[name] == user_dirs[name] and Path(os.environ[name]).resolve().is_relative_to(temp), name
    assert Path.home() == Path(user_dirs["HOME"]) and Path(os.environ["FRUITCLASSIFIER_HOME"]) == fc_home
    assert oct(Path(user_dirs["XDG_RUNTIME_DIR"]).stat().st_mode & 0o777) == "0o700"  # Qt refuses others


def test_a_connection_off_this_machine_is_refused_and_reported():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(ConnectionRefusedError, match="may not use the network"):
            sock.connect(("192.0.2.1", 443))  # TEST-NET-1: never routed anyway
    finally:
        sock.close()
    assert suite_guards.NETWORK_ATTEMPTS  # the no_network fixture fails this test at teardown...
    suite_guards.NETWORK_ATTEMPTS.clear()  # ...so clear what this test did on purpose


def test_a_datagram_off_this_machine_is_refused_too():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with pytest.raises(ConnectionRefusedError):
            sock.sendto(b"x", ("192.0.2.1", 53))
    finally:
        sock.close()
    suite_guards.NETWORK_ATTEMPTS.clear()


def test_loopback_stays_allowed():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=5)
    client.close()
    server.close()


def test_the_gui_runner_is_passed_per_call_not_kept():
    """cli.main hands the runner to the command it runs; a later call without one has none (no module state)."""
    import fruitclassifier.cli as cli

    seen = []
    assert cli.main(["gui"], gui_runner=lambda **kwargs: seen.append(kwargs) or 0) == 0
    assert len(seen) == 1 and "started_at" in seen[0]
    assert cli.main(["gui"]) == 2  # the runner was not kept


def test_no_test_module_imports_the_tests_folder_as_a_package():
    """`from tests.conftest import ...` works under `python -m pytest` (cwd on sys.path) but not under bare
    `pytest`: helpers live in tests/helpers.py and are imported as `helpers`."""
    root = Path(__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if any(line.startswith(("from tests", "import tests")) for line in p.read_text().splitlines())]
    assert offenders == []


@pytest.mark.slow
def test_bare_pytest_collects_every_test_module():
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    runner = shutil.which("pytest", path=str(Path(sys.executable).parent))
    if runner is None:
        pytest.skip("no pytest script beside this interpreter")
    done = subprocess.run([runner, "--collect-only", "-q", "-p", "no:cacheprovider", "tests"], cwd=root,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": ""})  # exactly what a bare `pytest` sees
    assert done.returncode == 0, done.stdout[-3000:]
    assert "error" not in done.stdout.splitlines()[-1].lower()
