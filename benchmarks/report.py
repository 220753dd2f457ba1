"""The machine description and the results files (JSON for tools, Markdown for people)."""

from __future__ import annotations

from importlib import metadata
import json
import os
from pathlib import Path
import platform
import sys
import time
from typing import Any

from benchmarks.common import RESULTS_DIR

#: CPU features that decide what the convolutions can use (bfloat16 needs avx512_bf16 or amx_bf16).
INTERESTING_FLAGS = ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "avx_vnni")


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _cpuinfo() -> tuple[str, list[str]]:
    from fruitclassifier.core.training import device  # TensorFlow-free until detect() is called

    model = device.cpuinfo_field("model name") or platform.processor() or "unknown"
    return model, [f for f in INTERESTING_FLAGS if f in device.cpu_flags()]


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return None


def _version(*packages: str) -> str:
    for package in packages:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def machine_info() -> dict[str, Any]:
    model, flags = _cpuinfo()
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "cpu_flags": flags,
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "tensorflow": _version("tensorflow"),
        "keras": _version("keras"),
        "pyside6": _version("PySide6", "PySide6_Essentials"),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "load_average_start": load_average(),
    }


def _ratio_text(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def _met_text(met: bool | None) -> str:
    return "—" if met is None else ("yes" if met else "**no**")


def markdown(rows: list[dict], machine: dict, meta: dict) -> str:
    lines = [
        "# fruitclassifier benchmarks" + (" (--quick)" if meta.get("quick") else ""),
        "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gb']} GB RAM; "
        f"CPU flags: {', '.join(machine['cpu_flags']) or 'none of note'}; {machine['os']}",
        f"Python {machine['python']}, TensorFlow {machine['tensorflow']}, Keras {machine['keras']}, "
        f"PySide6 {machine['pyside6']}; {machine['date']}; load average at start "
        f"{machine['load_average_start']}, at end {machine.get('load_average_end')} "
        "(a busy machine slows both sides; the ratios are what to compare).",
        f"Total time {meta.get('total_seconds')} s.",
        "",
        "| benchmark | what | ours | baseline | ratio | target | met? |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['benchmark']} | {r['what']} | {r['ours_text']} | {r['baseline_text']} | "
            f"{_ratio_text(r['ratio'])} | {r['target']} | {_met_text(r['met'])} |"
        )
    notes = [f"- **{r['benchmark']}**: {r['details']['note']}" for r in rows if r["details"].get("note")]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines) + "\n"


def write(rows: list[dict], machine: dict, meta: dict) -> str:
    """Write results.json and results.md; return the Markdown."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    md = markdown(rows, machine, meta)
    (RESULTS_DIR / "results.md").write_text(md, encoding="utf-8")
    payload = {"machine": machine, "meta": meta, "rows": rows}
    (RESULTS_DIR / "results.json").write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    return md
