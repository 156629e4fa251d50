"""The official spec suite: one test per top-level .wast file, each asserting that no command failed.

Each test writes build/spec-results/<file>.json and hands its tally to the
controller (tests/conftest.py), which merges them into build/spec-report.json.
The files of each proposal (proposals/<name>/) whose feature the feature table says
compiles are tested the same way, into build/spec-results/proposals/<name>/<file>.json
(`make spec-proposals` reports on every proposal).
"""

from __future__ import annotations

import json

import pytest

from wasmoon_aot.aot.files import write_atomically
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.spec import paths
from wasmoon_aot.aot.spec.report import file_totals
from wasmoon_aot.aot.spec.runner import file_label, run_file
from wasmoon_aot.aot.wasm.features import FEATURES

SPEC_RESULT_PROPERTY = "spec_result"
SUITE = paths.suite_dir()


def _params():
    files = paths.suite_files(SUITE) if SUITE.is_dir() else []
    if files:
        return [pytest.param(path, id=path.name) for path in files]
    reason = f"spec suite not found at {SUITE} (set WASM_TESTSUITE)"
    return [pytest.param(None, id="suite-missing", marks=pytest.mark.skip(reason=reason))]


def _proposal_params():
    folder = paths.proposals_dir()
    files = [path for path in paths.proposal_files(folder)
             if (feature := FEATURES.get(path.relative_to(folder).parts[0])) is not None and feature.compile]
    return [pytest.param(path, id=file_label(path, folder)) for path in files] or [
        pytest.param(None, id="no-supported-proposal", marks=pytest.mark.skip(reason=f"no proposal files in {folder}"))]


@pytest.fixture(scope="session")
def spec_engine():
    """One engine per pytest process: its runtime worker is reused across files."""
    from wasmoon_aot.aot.spec.engine import Engine
    return Engine()


@pytest.mark.parametrize("wast", _params())
def test_spec_file(wast, spec_engine, record_property):
    result = run_file(wast, spec_engine)
    write_atomically(paths.RESULTS_DIR / f"{wast.name}.json", json.dumps(result, indent=1).encode())
    record_property(SPEC_RESULT_PROPERTY, json.dumps({"file": wast.name, "result": result}))
    _assert_none_failed(result)


def _assert_none_failed(result: dict) -> None:
    totals = file_totals(result["counts"])
    first = "\n".join(f"  line {f['line']} {f['type']}: {f['reason']}" for f in result["failures"])
    assert totals["failed"] == 0, f"{totals['failed']} of {sum(totals.values())} commands failed:\n{first}"




@pytest.mark.parametrize("wast", _proposal_params())
def test_spec_proposal_file(wast, spec_engine):
    result = run_file(wast, spec_engine)
    label = file_label(wast, paths.proposals_dir())
    write_atomically(paths.RESULTS_DIR / "proposals" / f"{label}.json", json.dumps(result, indent=1).encode())
    _assert_none_failed(result)   # under its folder's dialect (aot/spec/paths.py PROPOSAL_DIALECTS)


# A few memory files again with explicit bounds checks (compile option bounds_checks="explicit"):
# guard pages are the default, so this keeps the other mode green.
EXPLICIT_FILES = ("address.wast", "memory_trap.wast", "simd_address.wast")


@pytest.fixture(scope="session")
def explicit_engine():
    from wasmoon_aot.aot.spec.engine import Engine
    return Engine(options=CompileOptions(bounds_checks="explicit"))


@pytest.mark.parametrize("name", EXPLICIT_FILES)
def test_spec_file_with_explicit_bounds_checks(name, explicit_engine):
    wast = SUITE / name
    if not wast.is_file():
        pytest.skip(f"spec suite not found at {SUITE} (set WASM_TESTSUITE)")
    result = run_file(wast, explicit_engine)
    _assert_none_failed(result)
    assert file_totals(result["counts"])["passed"], result["counts"]
