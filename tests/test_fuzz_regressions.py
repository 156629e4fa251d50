"""Replays every module that differential fuzzing saved in tests/fuzz/regressions/ against wasmtime."""

from __future__ import annotations

import pytest

from fuzz.differential import REGRESSIONS, check_module, regression_seed

SAVED = sorted(REGRESSIONS.glob("*.wasm"))


@pytest.mark.parametrize("path", SAVED, ids=[path.name for path in SAVED])
def test_saved_mismatch_now_agrees_with_wasmtime(path):
    result = check_module(regression_seed(path), path.read_bytes())
    if result.status == "skipped":
        pytest.skip(f"the compiler does not support {result.detail} yet")
    assert result.status == "ran", result.detail
