"""Models loaded once for the pages that answer photos (Classify, Compare), kept for the next task."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
import threading
from typing import Any


class ClassifierCache:
    """Load each model once and keep the last few (loading a model without its LiteRT copy costs seconds).

    ``notify`` (set by the window) hears, from the worker, when a model has to be converted first.
    """

    def __init__(self, keep: int = 2) -> None:
        self._keep = keep
        self._lock = threading.Lock()
        self._loaded: OrderedDict[str, Any] = OrderedDict()
        self.notify: Callable[[str], None] | None = None
        #: How readily every classifier handed out says "not one of mine" (open_set.LEVELS).
        self.refusal = "balanced"

    def get(self, info: Any, on_status: Callable[[str], None] | None = None) -> Any:
        from fruitclassifier.core.inference.classifier import Classifier

        def status(message: str) -> None:
            for listener in (on_status, self.notify):
                if listener is not None:
                    listener(message)

        key = str(info.model_file)
        with self._lock:  # held while loading, so two tasks never load the same model twice
            if key in self._loaded:
                self._loaded.move_to_end(key)
                classifier = self._loaded[key]
            else:
                classifier = Classifier.load(info, on_status=status)
                self._loaded[key] = classifier
                while len(self._loaded) > self._keep:
                    self._loaded.popitem(last=False)
            classifier.set_refusal(self.refusal)
            return classifier
