"""Watching one training run: title, device, progress with ETA and speed, live curves, a badge when the
curves look wrong (overfitting, or failing on validation from the start) and a log.

``handle(event)`` takes the core's typed events (core/events.py) in the GUI thread. The monitor owns
the run's one ``History`` (the plot and the badge read it; the badge's rule is core.verdict.diagnose_fit).
Batch events only store numbers; labels and the progress bar are refreshed by a timer a few times a second, so
a fast model cannot flood the event loop with repaints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import math
import time

from PySide6.QtCore import QCoreApplication, QTimer, Qt
from PySide6.QtGui import QFont, QPalette, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QSplitter, QVBoxLayout, QWidget

from fruitclassifier.core.evaluation.verdict import FAILS_ON_VALIDATION, OVERFITS, diagnose_fit
from fruitclassifier.core.events import BatchEnded, EpochEnded, Event, History, LogLine, RunStarted
from fruitclassifier.gui.base.i18n import number
from fruitclassifier.gui.base.wording import deep_translated
from fruitclassifier.gui.widgets.colors import error_color, unsure_colors
from fruitclassifier.gui.widgets.live_plot import LivePlot
from fruitclassifier.text import QT_TRANSLATE_NOOP

OVERFIT_ADVICE = QT_TRANSLATE_NOOP(
    "RunMonitor", "The model is getting better at its training images than at images it has not seen. Try "
    "augmentation, more dropout or L2, early stopping, or more training photos. The best epoch (by validation "
    "accuracy) is what gets saved.")
FAILING_ADVICE = QT_TRANSLATE_NOOP(
    "RunMonitor", "More regularisation will not help here: check that the validation images look like the training "
    "images, the preprocessing, and models with BatchNorm trained for very few epochs.")
#: badge text and tooltip advice per diagnose_fit kind (translated in the RunMonitor context); other kinds: no badge
BADGES = {OVERFITS: (QT_TRANSLATE_NOOP("RunMonitor", "Overfitting?"), OVERFIT_ADVICE),
          FAILS_ON_VALIDATION: (QT_TRANSLATE_NOOP("RunMonitor", "Fails on validation?"), FAILING_ADVICE)}
LOG_LINES = 5000


def format_duration(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class OverfitBadge(QLabel):
    """An amber 'Overfitting?' (or 'Fails on validation?') pill, shown only while the curves look so; the
    tooltip says why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RunMonitor", BADGES[OVERFITS][0]), parent)
        background, foreground = unsure_colors(self.palette())
        self.setStyleSheet(f"background: {background.name()}; color: {foreground.name()}; "
                           "border-radius: 9px; padding: 2px 10px; font-weight: bold")
        self.reason = ""
        self.hide()

    def update_from(self, history: History) -> None:
        diagnosis = diagnose_fit(history.as_dict())
        text, advice = BADGES.get(diagnosis.kind, ("", ""))
        self.reason = deep_translated(diagnosis.reason) if text else ""
        if text:
            self.setText(QCoreApplication.translate("RunMonitor", text))
        advice = QCoreApplication.translate("RunMonitor", advice) if advice else ""
        self.setToolTip(f"{self.reason}\n\n{advice}" if self.reason else "")
        self.setVisible(bool(self.reason))


class RunMonitor(QWidget):
    """The live view of the current run; ``begin`` resets it, ``handle`` feeds it events."""

    def __init__(self, interval_ms: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = History()
        self._started: RunStarted | None = None
        self._started_at = 0.0
        self._latest: BatchEnded | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._refresh_progress)
        self._build(interval_ms)

    def _build(self, interval_ms: int) -> None:
        self.title = QLabel(self.tr("Nothing is training."))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.device = QLabel()
        self.device.setForegroundRole(QPalette.PlaceholderText)
        self.badge = OverfitBadge()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.badge)
        header.addStretch(1)
        header.addWidget(self.device)
        self.progress = QProgressBar()
        self.progress.setFormat("")
        self.stats = QLabel()
        self.progress.hide()  # until a run starts: an empty bar looks like something is stuck
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stats)
        self.plot = LivePlot(interval_ms)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(LOG_LINES)
        self.log_view.setFont(QFont("monospace", self.font().pointSize() - 1))
        self.log_view.setPlaceholderText(self.tr("Messages from training appear here."))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.plot)
        splitter.addWidget(self.log_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(progress_row)
        layout.addWidget(splitter, 1)

    # --- lifecycle ---------------------------------------------------------------------------------

    def begin(self, title: str, history: Mapping[str, Sequence[float]] | None = None,
              batches: Sequence[Sequence[float]] = ()) -> None:
        """A new run (or a resumed one, whose earlier epochs are drawn from ``history`` and its earlier batch
        curve from ``batches``: [epoch, batch, steps, loss, accuracy] rows, core.training.runs.saved_batches)."""
        self.title.setText(title)
        self.history = History(history)
        self._started, self._latest = None, None
        self.plot.set_history(self.history)
        for epoch, batch, steps, loss, accuracy in batches:
            self.plot.add_batch(int(epoch), int(batch), int(steps), {"loss": loss, "accuracy": accuracy})
        self.plot.flush()
        self.badge.update_from(self.history)
        self.progress.show()
        self.progress.setRange(0, 0)  # busy until the first batch: images are being read
        self.progress.setFormat("")
        self.stats.setText(self.tr("Preparing…"))

    def end(self, text: str, title: str | None = None) -> None:
        """The run ended; ``text`` is one or two words ("Finished", "Stopped", "Failed"), the time is added;
        ``title`` (e.g. the saved model's name) replaces a title that said what was starting ("Resuming …")."""
        if title:
            self.title.setText(title)
        self._refresh_progress()
        self.plot.flush()
        if self._started is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        elapsed = time.monotonic() - self._started_at if self._started is not None else None
        self.stats.setText(self.tr("{outcome} after {duration}").format(outcome=text, duration=format_duration(elapsed))
                           if elapsed is not None else text)

    # --- events -------------------------------------------------------------------------------------

    def handle(self, event: Event) -> None:
        if isinstance(event, BatchEnded):
            self._latest = event
            self.plot.add_batch(event.epoch, event.batch, event.steps,
                                {"loss": event.loss, "accuracy": event.accuracy})
            if not self._timer.isActive():
                self._timer.start()
        elif isinstance(event, EpochEnded):
            self._on_epoch(event)
        elif isinstance(event, RunStarted):
            self._on_started(event)
        elif isinstance(event, LogLine):
            self.log(deep_translated(event.message))

    def _on_started(self, event: RunStarted) -> None:
        self._started, self._started_at = event, time.monotonic()
        self.device.setText(self.tr("Device: {device}").format(device=event.device))
        self.device.setToolTip(self.tr("Where this training runs: the device and the Keras backend (TensorFlow or "
                                       "PyTorch)"))
        self.plot.set_epochs(event.epochs)
        total = max(1, event.epochs * event.steps_per_epoch)
        self.progress.setRange(0, total)
        self.progress.setValue(event.initial_epoch * event.steps_per_epoch)
        self.log(self.tr("Training {network} on {images} images ({validation} for validation), {batches} batches per "
                         "epoch, on {device}.").format(network=event.arch, images=number(event.train_images),
                                                       validation=number(event.val_images),
                                                       batches=event.steps_per_epoch, device=event.device))

    def _on_epoch(self, event: EpochEnded) -> None:
        self.history.add(event)
        self.plot.show_epochs(self.history)
        self.badge.update_from(self.history)
        scores = ", ".join(f"{k} {number(v, 3)}" for k, v in event.scores().items())  # Keras' metric names
        self.log(self.tr("Epoch {epoch}/{epochs}: {scores} ({seconds} s)").format(
            epoch=event.epoch + 1, epochs=event.epochs, scores=scores, seconds=number(event.seconds, 1)))
        if self.badge.reason:
            self.log(f"{self.badge.text()} {self.badge.reason}")

    def _refresh_progress(self) -> None:
        event = self._latest
        if event is None or self._started is None:
            return
        steps, epochs = event.steps, self._started.epochs
        self.progress.setRange(0, max(1, epochs * steps))
        self.progress.setValue(event.epoch * steps + event.batch + 1)
        self.progress.setFormat(self.tr("Epoch {epoch}/{epochs} · batch {batch}/{batches}").format(
            epoch=event.epoch + 1, epochs=epochs, batch=event.batch + 1, batches=steps))
        self.stats.setText(self.tr("ETA {duration} · {rate} images/s").format(duration=format_duration(event.eta_s),
                                                                            rate=number(event.images_per_s, 0)))

    # --- log -----------------------------------------------------------------------------------------

    def log(self, text: str, error: bool = False) -> None:
        stamp = time.strftime("%H:%M:%S")
        if error:
            colour = error_color(self.palette()).name()
            self.log_view.appendHtml(f"<span style='color:{colour}'>{stamp}  {_escape(text)}</span>")
        else:
            self.log_view.appendPlainText(f"{stamp}  {text}")
        self.log_view.moveCursor(QTextCursor.End)

    def log_text(self) -> str:
        return self.log_view.toPlainText()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
