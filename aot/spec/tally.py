"""Per-file tally of command outcomes: counts per command kind, skip reasons, first failures."""

from __future__ import annotations

from collections import Counter

PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"
OUTCOMES = (PASSED, FAILED, SKIPPED)
MAX_FAILURES = 20


class Tally:
    def __init__(self):
        self.counts: dict[str, dict[str, int]] = {}
        self.skip_reasons: Counter = Counter()
        self.failures: list[dict] = []

    def record(self, kind: str, outcome: str, line: int | None = None, reason: str = "") -> None:
        counts = self.counts.setdefault(kind, dict.fromkeys(OUTCOMES, 0))
        counts[outcome] += 1
        if outcome == SKIPPED:
            self.skip_reasons[reason] += 1
        elif outcome == FAILED and len(self.failures) < MAX_FAILURES:
            self.failures.append({"line": line, "type": kind, "reason": reason})

    def total(self) -> int:
        return sum(sum(counts.values()) for counts in self.counts.values())

    def failed(self) -> int:
        return sum(counts[FAILED] for counts in self.counts.values())

    def as_dict(self) -> dict:
        """{"counts": {kind: {passed, failed, skipped}}, "skip_reasons": {...}, "failures": [...]}"""
        return {"counts": {kind: dict(self.counts[kind]) for kind in sorted(self.counts)},
                "skip_reasons": dict(sorted(self.skip_reasons.items())),
                "failures": list(self.failures)}
