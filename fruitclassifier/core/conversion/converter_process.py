"""Convert Keras models to ``.tflite`` in a helper process, so a window never freezes while one is saved.

Why a process: TensorFlow's TFLite converter holds the GIL through its C++ passes (measured 195-267 ms
for EfficientNet-Lite0 with a probe thread), so converting on a worker thread stalls the Qt event loop
at the end of every training, teaching or tuning run. A thread cannot fix that; a process can. The
desktop app turns this on (``use_child_process``) and starts the helper when a run begins
(``prestart``), so TensorFlow's import in the helper overlaps the run and the save waits only for the
conversion itself. The CLI has no event loop to keep smooth and converts in its own process, which is
cheaper.

The helper is plain: it reads one JSON request a line on stdin ({"keras": path, "out": path}), loads
that model file, converts and checks it exactly as in-process (``tflite.convert_checked``), writes the
flatbuffer atomically and answers one JSON line. It exits when stdin closes, so it never outlives the
app, and a helper that dies or stops answering is replaced by converting in-process: a slower save, never
a lost model.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
import queue
import subprocess
import sys
import threading
from typing import Any

log = logging.getLogger(__name__)

#: How the frozen app (packaging/fruitclassifier_app.py) is asked to be this helper: it has no ``-m``.
CHILD_FLAG = "--fruitclassifier-converter"
#: Longest wait for one conversion, helper start included (ResNet50 on a slow 2-core machine: ~1 min).
TIMEOUT_S = 600.0


class HelperGone(RuntimeError):
    """The helper died, never started or did not answer in time: convert in this process instead."""


def child_command() -> list[str]:
    """The helper's command line, from a source install or from the packaged app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", __name__]


class ConverterProcess:
    """One helper process, started on demand and kept for later saves (a Tune study saves many models)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._replies: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._alive() else None

    def start(self) -> None:
        """Start the helper unless it runs already (returns at once; TensorFlow loads in the helper)."""
        with self._lock:
            self._ensure_started()

    def convert(self, keras_path: Path, out_path: Path, timeout: float | None = None) -> None:
        """Write ``out_path`` from ``keras_path``; tflite.ConversionError if TFLite cannot run the model,
        HelperGone when the helper failed (the caller converts in-process then)."""
        from fruitclassifier.core.conversion.tflite import ConversionError

        with self._lock:
            proc = self._ensure_started()
            request = json.dumps({"keras": str(keras_path), "out": str(out_path)}) + "\n"
            try:
                proc.stdin.write(request.encode("utf-8"))
                proc.stdin.flush()
            except OSError as exc:
                self._stop()
                raise HelperGone(f"the converter helper stopped ({exc})") from None
            reply = self._reply(TIMEOUT_S if timeout is None else timeout)
        if "unconvertible" in reply:
            raise ConversionError(reply["unconvertible"])
        if not reply.get("ok"):
            raise HelperGone(reply.get("error") or "the converter helper gave no answer")

    def close(self) -> None:
        """Ask the helper to end (it finishes a conversion in progress first), then make sure it has."""
        with self._lock:
            self._stop()

    def _alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _ensure_started(self) -> subprocess.Popen:
        if self._alive():
            return self._proc
        try:
            self._proc = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, env=_child_env())
        except OSError as exc:
            raise HelperGone(f"the converter helper could not start ({exc})") from None
        self._replies = queue.Queue()
        threading.Thread(target=_read_lines, args=(self._proc.stdout, self._replies), daemon=True,
                         name="converter-replies").start()
        return self._proc

    def _reply(self, timeout: float) -> dict:
        try:
            line = self._replies.get(timeout=timeout)
        except queue.Empty:
            self._stop(kill=True)  # busy or stuck: it would not read a closed pipe either
            raise HelperGone(f"the converter helper did not answer in {timeout:.0f} s") from None
        if line is None:
            self._stop()
            raise HelperGone("the converter helper ended unexpectedly")
        try:
            return json.loads(line)
        except ValueError:
            return {"error": f"the converter helper said {line[:200]!r}"}

    def _stop(self, kill: bool = False) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if kill:
                raise OSError("ended without waiting")
            proc.stdin.close()
            proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env["KERAS_BACKEND"] = "tensorflow"  # the converter needs TensorFlow, also for a run trained on PyTorch
    return env


def _read_lines(stream, replies: queue.Queue[str | None]) -> None:
    for raw in iter(stream.readline, b""):
        replies.put(raw.decode("utf-8", "replace").strip())
    replies.put(None)


# --- the app's one helper ------------------------------------------------------------------------

_service: ConverterProcess | None = None
_service_lock = threading.Lock()


def use_child_process(enabled: bool = True) -> None:
    """Turn converting in the helper on (the desktop app) or off; off stops a running helper."""
    global _service
    with _service_lock:
        if enabled and _service is None:
            _service = ConverterProcess()
        elif not enabled and _service is not None:
            _service.close()
            _service = None


def active() -> bool:
    return _service is not None


def prestart() -> None:
    """Start the helper now if the app uses one, so its TensorFlow import overlaps the run that will save."""
    service = _service
    if service is not None:
        try:
            service.start()
        except HelperGone as exc:
            log.info("%s; models will be converted in this process", exc)


def convert_file(keras_path: Path, out_path: Path) -> bool:
    """True when the helper wrote ``out_path``; False when there is no helper or it failed (convert here).

    tflite.ConversionError passes through: TFLite cannot run this model, and trying again here would not help.
    """
    service = _service
    if service is None:
        return False
    try:
        service.convert(keras_path, out_path)
        return True
    except HelperGone as exc:
        log.warning("%s; converting in this process instead", exc)
        return False


# --- the helper ----------------------------------------------------------------------------------


def child_main() -> int:
    """Serve conversion requests until stdin closes. Replies go to a private copy of stdout: whatever
    TensorFlow prints on stdout goes to stderr instead, so it can never be mistaken for an answer."""
    replies = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    _lower_priority()
    from fruitclassifier.tf_import import import_tensorflow

    import_tensorflow()  # the slow part, done while the run that will save is still going

    for line in sys.stdin:
        if line.strip():
            replies.write(json.dumps(_serve(line)) + "\n")
    return 0


def convert_to_file(keras_model: Any, keras_path: Path, out_path: Path) -> None:
    """Write the checked conversion of ``keras_path`` (already saved from ``keras_model``) to ``out_path``.

    In the desktop app the helper process converts (the converter holds the GIL for
    hundreds of ms, which would freeze the window); elsewhere, or when the helper fails, this process does.
    ConversionError when TFLite cannot run the model.
    """
    from fruitclassifier.core.atomic import atomic_write
    from fruitclassifier.core.conversion.tflite import convert_checked

    if not convert_file(keras_path, out_path):
        import keras

        if keras.config.backend() != "tensorflow":  # TFLite converts TensorFlow models only
            raise HelperGone("the TensorFlow converter process is not available to convert a model trained "
                             f"on {keras.config.backend()}")
        flatbuffer, _ = convert_checked(keras_model)
        atomic_write(out_path, flatbuffer)


def _serve(line: str) -> dict:
    from fruitclassifier.core.atomic import atomic_write
    from fruitclassifier.core.conversion import tflite
    from fruitclassifier.core.models.registry import load_keras

    try:
        request = json.loads(line)
        model = load_keras(Path(request["keras"]))
        flatbuffer, _ = tflite.convert_checked(model)
        atomic_write(Path(request["out"]), flatbuffer)
        return {"ok": True}
    except tflite.ConversionError as exc:
        return {"unconvertible": str(exc)}
    except Exception as exc:  # noqa: BLE001 - any failure is answered; the app then converts itself
        return {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    finally:
        import keras

        keras.backend.clear_session()  # a long Tune study converts many models in one helper


def _lower_priority() -> None:
    """Below the app and its training: the helper works while they wait on it, not against them."""
    try:
        os.nice(5)
    except (AttributeError, OSError):
        pass


if __name__ == "__main__":
    sys.exit(child_main())
