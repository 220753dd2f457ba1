"""What conftest.py installs for every test: private user folders and a network guard.

Kept in its own importable module (not conftest.py, whose module name tests/gui/conftest.py
shares) so tests/test_suite_isolation.py can check the guarantees themselves.
"""

from __future__ import annotations

from pathlib import Path
import socket

#: Per-user folders a library may write to; each test gets its own (set before Keras is imported too).
USER_DIR_VARS = ("HOME", "KERAS_HOME", "MPLCONFIGDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR")

#: Connections refused since the current test began (the no_network fixture fails a test that made any).
NETWORK_ATTEMPTS: list[str] = []
_LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def user_dirs_under(root: Path) -> dict[str, str]:
    """One fresh folder per variable under ``root`` (private: XDG_RUNTIME_DIR must be, for Qt)."""
    dirs = {}
    for name in USER_DIR_VARS:
        folder = root / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        dirs[name] = str(folder)
    return dirs


def is_loopback(address: object) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths and abstract sockets
        return True
    host = str(address[0]).strip("[]").lower()
    return host in _LOOPBACK_NAMES or host.startswith("127.") or host in ("::1", "0:0:0:0:0:0:0:1", "")


def _guarded(method, address_of):
    def guard(sock, *args):
        address = address_of(args)
        if method.__name__ != "sendto" and sock.type == socket.SOCK_DGRAM:
            return method(sock, *args)  # connecting a UDP socket only picks a route (a local address): no packet
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not is_loopback(address):
            NETWORK_ATTEMPTS.append(f"{method.__name__}{address!r}")
            raise ConnectionRefusedError(f"tests may not use the network (tried {address!r})")
        return method(sock, *args)

    guard.__name__ = method.__name__
    guard.fc_guard = True
    return guard


def install_network_guard() -> None:
    """Refuse connect/connect_ex/sendto to anything but loopback, in this process, once."""
    if getattr(socket.socket.connect, "fc_guard", False):
        return
    for name, address_of in (("connect", lambda a: a[0]), ("connect_ex", lambda a: a[0]),
                             ("sendto", lambda a: a[-1])):  # sendto(data[, flags], address)
        setattr(socket.socket, name, _guarded(getattr(socket.socket, name), address_of))
