"""Run the benchmark suite: ours against what a user would use instead, side by side, as ratios.

    .venv/bin/python benchmarks/run.py            # full run (under 15 minutes on the 2-core dev machine)
    .venv/bin/python benchmarks/run.py --quick    # small sizes, for development
    .venv/bin/python benchmarks/run.py --only folder,startup

Writes benchmarks/results/results.json and results.md and prints the table. Each
benchmark runs in its own child process (fresh TensorFlow, honest memory peaks).
Not part of pytest: the numbers need a quiet machine (load average is recorded).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, report  # noqa: E402

#: Run order matters a little: one_image makes the fallback default model that startup's self-test uses.
BENCHMARKS = ("one_image", "folder", "startup", "launch", "training", "transfer", "scale", "responsive",
              "teach_real")
CHILD_TIMEOUT_S = 1800  # generous: a busy shared machine can be 10x slower than a quiet one


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: seconds, not minutes")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _run_child(args.child, args.quick, Path(args.out))
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    started = time.time()
    machine = report.machine_info()
    rows, runs = [], {}
    for name in [n for n in BENCHMARKS if n in names]:
        print(f"[bench] {name} …", flush=True)
        began = time.perf_counter()
        result = _spawn(name, args.quick)
        runs[name] = {"seconds": round(time.perf_counter() - began, 1), **{k: v for k, v in result.items()
                                                                            if k != "rows"}}
        rows += result.get("rows", [])
        print(f"[bench] {name} done in {runs[name]['seconds']} s", flush=True)
    machine["load_average_end"] = report.load_average()
    meta = {"quick": args.quick, "only": names, "total_seconds": round(time.time() - started, 1), "runs": runs}
    md = report.write(rows, machine, meta)
    print(md)
    return 0


def _spawn(name: str, quick: bool) -> dict:
    """Run one benchmark in a child process; a crash or timeout becomes an error row, not a lost run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--out", str(out)]
        cmd += ["--quick"] if quick else []
        try:
            proc = subprocess.run(cmd, env=common.child_env(), timeout=CHILD_TIMEOUT_S, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=common.REPO)
            log = proc.stdout
            failure = None if proc.returncode == 0 and out.is_file() else f"exit code {proc.returncode}"
        except subprocess.TimeoutExpired as exc:
            log = exc.stdout or ""
            failure = f"timed out after {CHILD_TIMEOUT_S} s"
        if failure is None:
            return json.loads(out.read_text(encoding="utf-8"))
    tail = "\n".join(str(log).strip().splitlines()[-15:])
    print(f"[bench] {name} FAILED ({failure}):\n{tail}", flush=True)
    return {"error": failure, "log_tail": tail,
            "rows": [common.row(name, "failed: see results.json", None, "—", None, "—", None, "—", False,
                                error=failure)]}


def _run_child(name: str, quick: bool, out: Path) -> int:
    common.setup_process()
    import importlib

    module = importlib.import_module(f"benchmarks.bench_{name}")
    rows = module.run(quick)
    out.write_text(json.dumps({"rows": rows}, default=_jsonable), encoding="utf-8")
    return 0


def _jsonable(value):
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, Path):
        return str(value)
    return str(value)


if __name__ == "__main__":
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    sys.exit(main())
