"""Training throughput on Keras's two backends: PyTorch vs TensorFlow, same run, same machine (issue 33).

    .venv/bin/python benchmarks/bench_torch_backend.py [--per-class N] [--epochs N] [--image-size PX] [--rounds N]

Each round trains the same custom CNN on the same Fruits-360 subset (symlinks to the first N images of each
class) once per backend, each through ``fruitclassifier train --backend B --json`` in its own process, in
the order tensorflow, torch, tensorflow, ... (a shared VM's speed drifts minute to minute). The figure is
the run's steady training images/s (epochs after the first: no tracing or warm-up), read from the saved
model's metadata, plus the wall time of the whole command (imports, PyTorch's child run, saving and the
TensorFlow conversion included) and the test accuracy the CLI measured. Both in float32, no open set:
the same work. On a GPU machine the backends' devices are whatever each sees; the device is recorded.
Figures go to benchmarks/results/torch_backend.json and .md. Needs ../shared/datasets (a development machine).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import statistics
import subprocess
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common  # noqa: E402

BACKENDS = ("tensorflow", "torch")


def _train(backend: str, data: Path, args: argparse.Namespace, round_no: int) -> dict:
    name = f"bench backend {backend} {round_no}"
    common.forget_trained(name)
    command = [sys.executable, "-m", "fruitclassifier", "train", str(data), "--arch", "custom_cnn",
               "--backend", backend, "--epochs", str(args.epochs), "--image-size", str(args.image_size),
               "--batch-size", "32", "--no-open-set", "--no-mixed-precision", "--test-dir", str(common.TEST_DIR),
               "--name", name, "--json"]
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=common.child_env(), timeout=3600)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{backend} run failed: {proc.stderr[-600:]}")
    meta = json.loads(proc.stdout)
    common.forget_trained(name)
    return {"backend": backend, "images_per_s": meta["train_images_per_s"], "wall_s": round(wall, 1),
            "device": meta.get("device", ""), "test_accuracy": meta["metrics"].get("test_accuracy")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=60)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--image-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    common.setup_process()
    data = common.subset_folder(args.per_class)
    runs = [_train(backend, data, args, r) for r in range(args.rounds) for backend in BACKENDS]
    by = {b: [run for run in runs if run["backend"] == b] for b in BACKENDS}
    summary = {b: {"images_per_s": statistics.median(r["images_per_s"] for r in rs),
                   "wall_s": statistics.median(r["wall_s"] for r in rs), "device": rs[0]["device"],
                   "test_accuracy": [r["test_accuracy"] for r in rs]} for b, rs in by.items()}
    ratio = summary["torch"]["images_per_s"] / summary["tensorflow"]["images_per_s"]
    from benchmarks.report import machine_info

    result = {"machine": machine_info(), "torch": _torch_version(), "settings": vars(args),
              "images": common.count_images(data), "runs": runs, "summary": summary,
              "torch_over_tensorflow": round(ratio, 3), "date": time.strftime("%Y-%m-%d")}
    common.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (common.RESULTS_DIR / "torch_backend.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    (common.RESULTS_DIR / "torch_backend.md").write_text(_markdown(result), encoding="utf-8")
    print(_markdown(result))


def _torch_version() -> str:
    from importlib import metadata

    return metadata.version("torch")


def _markdown(result: dict) -> str:
    s, m = result["settings"], result["machine"]
    lines = [f"# Training on PyTorch vs TensorFlow ({result['date']})", "",
             f"{m['cpu']}, {m['cores']} cores, load average at start {m['load_average_start']}; TensorFlow "
             f"{m['tensorflow']}, Keras {m['keras']}, PyTorch {result['torch']}.", "",
             f"custom_cnn, {result['images']} Fruits-360 images ({s['per_class']} a class), {s['image_size']} px, "
             f"batch 32, {s['epochs']} epochs, float32, {s['rounds']} rounds interleaved.", "",
             "| backend | device | steady images/s (median) | whole command, s (median) | test accuracy |",
             "|---|---|---|---|---|"]
    for backend, row in result["summary"].items():
        accuracy = ", ".join(f"{a:.3f}" for a in row["test_accuracy"] if a is not None)
        lines.append(f"| {backend} | {row['device']} | {row['images_per_s']:.0f} | {row['wall_s']:.0f} | {accuracy} |")
    lines += ["", f"PyTorch / TensorFlow steady throughput: {result['torch_over_tensorflow']:.2f}.", "",
              "Every run: " + "; ".join(f"{r['backend']} {r['images_per_s']:.0f} img/s, {r['wall_s']:.0f} s"
                                        for r in result["runs"]), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
