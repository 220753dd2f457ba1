"""Tuning: TPE (Optuna's Bayesian sampler, as `fruitclassifier tune` runs it) against random search, same budget.

A class-balanced subset of the Fruits-360 Training folder (PER_CLASS photos of each of its classes, 30 %
held out for validation), compact CNN at 32 px, TRIALS trials of one epoch each, no pruning, for each seed
of SEEDS and each sampler. The same seed gives both samplers the same data split and initial weights; the
sampler's seed is pinned to it (``tune`` mixes in the process id so that parallel workers differ; here one
worker runs each study). TPE draws its first 10 trials with a RandomSampler of the same seed (Optuna's
``n_startup_trials``), so with one seed both studies try the same settings in their first 10 trials and differ
only after that (a paired comparison; the scores of those shared trials still differ a little, as training on
a CPU is not bit-for-bit repeatable, which measures the noise). The table shows the best score, and the mean
score of the trials after the tenth.
Few photos and one epoch keep the task hard enough that the settings matter (with 50 a class, every trial
scores about 98 %).

    python benchmarks/bench_tuning.py            # writes benchmarks/results/tuning.{json,md,png}
    python benchmarks/bench_tuning.py --quick    # 3 trials, 1 seed: checks that it runs
    python benchmarks/bench_tuning.py --report   # rewrites tuning.md and tuning.png from tuning.json
"""

from __future__ import annotations

import json
from pathlib import Path
import shutil
import statistics
import sys
import time
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run alone: python benchmarks/bench_tuning.py

from benchmarks import common  # noqa: E402

PER_CLASS = 20
TRIALS = 16
STARTUP = 10  # Optuna's TPESampler n_startup_trials: random draws before the model of good settings is used
SEEDS = (1, 2, 3)
SAMPLERS = ("tpe", "random")


def balanced_subset(per_class: int) -> Path:
    """``per_class`` photos of every class of the Training folder, as symlinks (the same files every run)."""
    root = common.SCRATCH / f"tune-subset-{per_class}"
    if root.is_dir():
        return root
    for cls in sorted(p for p in common.TRAINING_DIR.iterdir() if p.is_dir()):
        (root / cls.name).mkdir(parents=True)
        for src in sorted(cls.iterdir())[:per_class]:
            (root / cls.name / src.name).symlink_to(src)
    return root


def study(sampler: str, seed: int, trials: int, data: Path) -> dict[str, Any]:
    """One study run by one worker in this process; its scores in trial order and its wall time."""
    from fruitclassifier.config import TrainConfig, TuneConfig
    from fruitclassifier.core.tuning import run as tuning_run

    tuning_run.sampler_seed = lambda config: config.base.seed  # one worker: the seed alone, reproducible
    base = TrainConfig(data_dir=str(data), arch="compact_cnn", image_size=32, batch_size=16, val_split=0.3,
                       open_set=False, mixed_precision=False, seed=seed)
    config = TuneConfig(base=base, trials=trials, epochs_per_trial=1, sampler=sampler, pruner=False,
                        study=f"{sampler}-{seed}", storage=str(common.SCRATCH / "tuning" / f"{sampler}-{seed}.journal"))
    start = time.perf_counter()
    summary = tuning_run.tune(config)
    scores = [t.value if t.value is not None else 0.0 for t in sorted(summary.trials, key=lambda t: t.number)]
    return {
        "sampler": sampler,
        "seed": seed,
        "scores": scores,
        "best": max(scores),
        "seconds": time.perf_counter() - start,
        "best_params": summary.best_params,
    }


def best_so_far(scores: list[float]) -> list[float]:
    out, best = [], 0.0
    for score in scores:
        best = max(best, score)
        out.append(best)
    return out


def summarise(runs: list[dict[str, Any]], trials: int) -> dict[str, Any]:
    by_sampler: dict[str, Any] = {}
    for sampler in SAMPLERS:
        mine = [r for r in runs if r["sampler"] == sampler]
        curves = [best_so_far(r["scores"]) for r in mine]
        late = [s for r in mine for s in r["scores"][STARTUP:]]
        by_sampler[sampler] = {
            "best_mean": statistics.mean(r["best"] for r in mine),
            "best_per_seed": [r["best"] for r in mine],
            "late_mean": statistics.mean(late) if late else None,
            "curve": [statistics.mean(c[i] for c in curves) for i in range(trials)],
            "seconds": sum(r["seconds"] for r in mine),
        }
    return by_sampler


def noise(runs: list[dict[str, Any]]) -> float:
    """Mean |score difference| of the shared startup trials (same settings, same seed, two studies)."""
    diffs = []
    for seed in {r["seed"] for r in runs}:
        pair = [r["scores"][:STARTUP] for r in runs if r["seed"] == seed]
        if len(pair) == 2:
            diffs += [abs(a - b) for a, b in zip(*pair)]
    return statistics.mean(diffs) if diffs else float("nan")


def write(results: dict[str, Any], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tuning.json").write_text(json.dumps(results, indent=2))
    s, n = results["summary"], results["trials"]
    lines = [
        f"# Tuning: TPE against random search ({n} trials × 1 epoch, compact CNN at 32 px, "
        f"{results['per_class']} photos a class, seeds {results['seeds']})",
        "",
        "| sampler | best validation accuracy, mean over seeds | per seed | mean score of trials "
        f"{STARTUP + 1}–{n} | minutes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for sampler, v in s.items():
        late = "–" if v["late_mean"] is None else f"{v['late_mean']:.3f}"
        lines.append(
            f"| {sampler} | {v['best_mean']:.3f} | {', '.join(f'{b:.3f}' for b in v['best_per_seed'])} "
            f"| {late} | {v['seconds'] / 60:.1f} |"
        )
    lines += [
        "",
        "Mean best-so-far after each trial:",
        "",
        "| trial | " + " | ".join(SAMPLERS) + " |",
        "| --- | " + " | ".join("---" for _ in SAMPLERS) + " |",
    ]
    lines += [f"| {i + 1} | " + " | ".join(f"{s[x]['curve'][i]:.3f}" for x in SAMPLERS) + " |" for i in range(n)]
    lines += [
        "",
        f"TPE's first {STARTUP} trials are random draws (Optuna's n_startup_trials) with the same settings "
        f"as random search's; it can only pull ahead after them. Training noise: the same settings scored "
        f"{noise(results['runs']):.3f} apart on average (trials 1–{STARTUP}, both samplers, every seed), so "
        "best scores closer than that are a tie. Machine: " + results["machine"] + ".",
        "",
    ]
    (folder / "tuning.md").write_text("\n".join(lines))
    _plot(results, folder / "tuning.png")


def _plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=120)
    for sampler, v in results["summary"].items():
        ax.plot(range(1, results["trials"] + 1), v["curve"], marker="o", label=sampler)
    ax.axvline(STARTUP + 0.5, color="grey", linestyle=":", label="TPE starts modelling")
    ax.set_xlabel("trial")
    ax.set_ylabel("best validation accuracy so far\n(mean over seeds)")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)


def main(argv: list[str]) -> int:
    common.setup_process()
    quick = "--quick" in argv
    if "--report" in argv:
        write(json.loads((common.RESULTS_DIR / "tuning.json").read_text()), common.RESULTS_DIR)
        return 0
    trials, seeds = (3, SEEDS[:1]) if quick else (TRIALS, SEEDS)
    shutil.rmtree(common.SCRATCH / "tuning", ignore_errors=True)
    data = balanced_subset(PER_CLASS)
    runs = []
    for seed in seeds:
        for sampler in SAMPLERS:  # interleaved: a busy neighbour slows both alike
            runs.append(study(sampler, seed, trials, data))
            print(f"{sampler} seed {seed}: best {runs[-1]['best']:.3f} in {runs[-1]['seconds']:.0f} s", flush=True)
    import platform

    results = {
        "trials": trials,
        "seeds": list(seeds),
        "per_class": PER_CLASS,
        "runs": runs,
        "summary": summarise(runs, trials),
        "machine": f"{platform.machine()}, {common_cpus()} CPUs",
    }
    write(results, common.RESULTS_DIR if not quick else common.SCRATCH / "tuning-quick")
    return 0


def common_cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
