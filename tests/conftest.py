"""Session hooks: on the controller (never on xdist workers), gather the spec files' tallies
into build/spec-report.json and print the spec table in the terminal summary."""

from __future__ import annotations

import json

import pytest

from wasmoon_aot.aot.files import write_atomically
from wasmoon_aot.aot.spec import paths
from wasmoon_aot.aot.spec.report import build_report, format_table, merge_reports

SPEC_RESULT_PROPERTY = "spec_result"


class SpecReportCollector:
    def __init__(self):
        self.results: dict[str, dict] = {}

    def pytest_runtest_logreport(self, report):
        for name, value in report.user_properties:
            if name == SPEC_RESULT_PROPERTY:
                entry = json.loads(value)
                self.results[entry["file"]] = entry["result"]

    def session_report(self) -> dict:
        return build_report(self.results)

    def pytest_sessionfinish(self, session):
        if not self.results:
            return
        merged = self.session_report()
        try:
            merged = merge_reports(json.loads(paths.DEFAULT_REPORT.read_text()), merged)
        except (OSError, ValueError, KeyError):
            pass  # no earlier report, or an unreadable one: this session's results alone
        write_atomically(paths.DEFAULT_REPORT, (json.dumps(merged, indent=1) + "\n").encode())

    def pytest_terminal_summary(self, terminalreporter):
        if not self.results:
            return
        terminalreporter.section("spec suite")
        terminalreporter.write_line(format_table(self.session_report()))
        terminalreporter.write_line(f"merged into {paths.DEFAULT_REPORT}")


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(SpecReportCollector(), "spec-report-collector")
