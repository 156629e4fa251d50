"""The spec report: per-file counts, skip reasons and first failures; merging and the text table.

Shape: {"files": {"i32.wast": {kind: {"passed", "failed", "skipped"}}},
        "skip_reasons": {"i32.wast": {reason: n}}, "failures": {"i32.wast": [{line, type, reason}]}}
"""

from __future__ import annotations

from .tally import OUTCOMES


def build_report(results: dict[str, dict]) -> dict:
    """Assemble the report from per-file tallies (Tally.as_dict), sorted by file name."""
    report = {"files": {}, "skip_reasons": {}, "failures": {}}
    for name in sorted(results):
        add_file(report, name, results[name])
    return report


def add_file(report: dict, name: str, result: dict) -> None:
    """Put (or replace) one file's tally in the report."""
    report["files"][name] = result["counts"]
    report["skip_reasons"][name] = result["skip_reasons"]
    report["failures"][name] = result["failures"]


def file_result(report: dict, name: str) -> dict:
    """One file's tally (Tally.as_dict shape) taken back out of a report."""
    return {"counts": report["files"][name], "skip_reasons": report["skip_reasons"].get(name, {}),
            "failures": report["failures"].get(name, [])}


def merge_reports(base: dict, newer: dict) -> dict:
    """`base` with every file of `newer` replaced or added."""
    results = {name: file_result(base, name) for name in base.get("files", {})}
    results.update({name: file_result(newer, name) for name in newer["files"]})
    return build_report(results)


def file_totals(counts: dict) -> dict[str, int]:
    return {outcome: sum(kind[outcome] for kind in counts.values()) for outcome in OUTCOMES}


def total_failed(report: dict) -> int:
    return sum(file_totals(counts)["failed"] for counts in report["files"].values())


def format_table(report: dict) -> str:
    """Per-file rows (file, passed, failed, skipped, total), then totals per command kind and overall."""
    rows = []
    per_kind: dict[str, dict[str, int]] = {}
    for name, counts in report["files"].items():
        totals = file_totals(counts)
        rows.append((name, totals["passed"], totals["failed"], totals["skipped"]))
        for kind, kind_counts in counts.items():
            into = per_kind.setdefault(kind, dict.fromkeys(OUTCOMES, 0))
            for outcome in OUTCOMES:
                into[outcome] += kind_counts[outcome]
    kind_rows = [(kind, c["passed"], c["failed"], c["skipped"]) for kind, c in sorted(per_kind.items())]
    overall = ("TOTAL", *(sum(row[i] for row in kind_rows) for i in (1, 2, 3)))
    width = max([len(r[0]) for r in rows + kind_rows] + [len("command kind")])

    def line(label, passed, failed, skipped):
        total = passed + failed + skipped
        return f"{label:<{width}} {passed:>8} {failed:>8} {skipped:>8} {total:>8}"

    def header(label):
        return f"{label:<{width}} {'passed':>8} {'failed':>8} {'skipped':>8} {'total':>8}"

    rule = "-" * len(header(""))
    out = [header("file"), rule, *(line(*row) for row in rows), rule,
           header("command kind"), rule, *(line(*row) for row in kind_rows), rule, line(*overall)]
    return "\n".join(out)
