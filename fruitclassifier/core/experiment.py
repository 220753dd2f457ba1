"""Run an experiment config: train every run, evaluate each on the test folder(s), write a report.

``fruitclassifier experiment training/configs/article.toml`` reproduces the
article's comparison; the report lands in training/reports/<name>/.
"""

from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path
from typing import Any

from fruitclassifier.config import PREVIOUS_RUN_WEIGHTS, ExperimentConfig
from fruitclassifier.core.evaluation.metrics import evaluate
from fruitclassifier.core.evaluation.report import write_comparison_report
from fruitclassifier.core.events import Event
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.store import update_metadata
from fruitclassifier.core.training.train import train


def run_experiment(config_path: str | Path, out_dir: str | Path | None = None,
                   on_event: Callable[[Event], None] | None = None) -> dict[str, Any]:
    """Train, evaluate and report; returns the metrics written to metrics.json plus "report", the path of
    report.md. ``on_event`` gets every run's training events (the CLI prints them)."""
    experiment = ExperimentConfig.load(config_path)
    out = Path(out_dir) if out_dir else Path("training/reports") / experiment.name
    infos, results, realistic = [], [], {}
    for run in experiment.runs:
        run = run.replace(name=run.name or f"{experiment.name} {run.arch}")
        if run.weights == PREVIOUS_RUN_WEIGHTS:
            run = run.replace(weights=_previous_weights(infos))
        info = train(run, on_event=on_event)
        classifier = Classifier.load(info)
        result = evaluate(classifier, experiment.test_dir or run.test_dir or run.data_dir)
        metrics = {"test_accuracy": result.accuracy, "test_macro_f1": result.macro_f1}
        if experiment.realistic_dir:
            real = evaluate(classifier, experiment.realistic_dir)
            realistic[info.name] = real.accuracy
            metrics["realistic_accuracy"] = real.accuracy
        info = update_metadata(info.name, {"metrics": {**info.metadata.get("metrics", {}), **metrics}})
        infos.append(info)
        results.append(result)
    notes = experiment.notes
    if realistic:
        lines = [f"- {name}: {acc:.4f}" for name, acc in realistic.items()]
        notes += "\n\n## Accuracy on the realistic set\n\n" + "\n".join(lines)
    write_comparison_report(out, infos, results, title=f"Experiment: {experiment.name}", notes=notes)
    summary = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    summary["realistic_accuracy"] = realistic
    (out / "metrics.json").write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    return {**summary, "report": str((out / "report.md").resolve())}  # where it went, for the CLI to say


def _previous_weights(infos: list) -> str:
    """Save the previous run's model weights to a file the next run's builder can start from."""
    from fruitclassifier import paths
    from fruitclassifier.config import ConfigError
    from fruitclassifier.core.models.registry import load_keras

    if not infos:
        raise ConfigError("weights = '@previous' needs an earlier [[run]] in the same experiment")
    target = paths.cache_dir() / "experiments" / f"{infos[-1].path.name}.weights.h5"
    target.parent.mkdir(parents=True, exist_ok=True)
    load_keras(infos[-1].model_file).save_weights(target)
    return str(target)
