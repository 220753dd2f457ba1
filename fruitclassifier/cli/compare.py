"""``compare``: several models scored on one labelled folder, side by side, with a verdict and a report."""

from __future__ import annotations

import argparse
from typing import Any

from fruitclassifier.cli.output import chatty, print_json
from fruitclassifier.errors import UserError


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    _add_compare(sub, common)
    return {"compare": _cmd_compare}


def _add_compare(sub: Any, common: argparse.ArgumentParser) -> None:
    compare = sub.add_parser("compare", parents=[common], help="score several models on one folder, side by side")
    compare.add_argument("models", nargs="+", metavar="MODEL", help="two or more models (names, folders or "
                         "model files)")
    compare.add_argument("--data", required=True, metavar="TEST_DIR", help="the labelled folder they are scored "
                         "on (one sub-folder per class)")
    compare.add_argument("--report", metavar="DIR", help="also write a report folder (Markdown, PNG, JSON)")
    compare.add_argument("--json", action="store_true", help="print the table, verdict and scores as JSON")


def _cmd_compare(args: argparse.Namespace) -> int:
    from fruitclassifier.cli.progress import bar
    from fruitclassifier.core.evaluation.metrics import compare
    from fruitclassifier.core.evaluation.report import comparison_rows, format_table, write_comparison_report
    from fruitclassifier.core.evaluation.verdict import verdict
    from fruitclassifier.core.store import find_model

    if len(args.models) < 2:
        raise UserError("compare needs at least two models")
    infos = [find_model(m) for m in args.models]
    with bar(None, "Comparing", enabled=chatty(args)) as progress:
        results = compare([i.path for i in infos], args.data,
                          on_progress=lambda name, d, t: progress.set_progress(d, t, name))
    rows = comparison_rows(infos, results)
    summary = verdict(rows)
    if args.report:
        write_comparison_report(args.report, infos, results, notes=summary)
    if args.json:
        print_json({"models": rows, "verdict": summary, "results": [_compact(r.to_dict()) for r in results]})
    else:
        print(format_table(rows))
        print(f"\n{summary}")
        if args.report:
            print(f"Report written to {args.report}")
    return 0


def _compact(result: dict) -> dict:
    result.pop("predictions", None)
    return result
