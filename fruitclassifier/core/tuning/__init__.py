"""Hyper-parameter studies (Optuna): trials are normal training runs, shared by workers through one storage.

Qt-free like the rest of the core; the CLI's ``tune`` command and a tuning view call ``tune``.
"""

from fruitclassifier.core.tuning.run import tune
from fruitclassifier.core.tuning.storage import TuningError, default_storage, load_study, request_stop, study_config
from fruitclassifier.core.tuning.summary import TrialRecord, TuneSummary, summarize

__all__ = ["tune", "TuningError", "default_storage", "load_study", "request_stop", "study_config", "TrialRecord",
           "TuneSummary", "summarize"]
