"""docs/PYTHON.md's examples, run as written (tests/readme_examples.py), so that the Python API's
documentation cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import readme_examples

ROOT = Path(__file__).resolve().parent.parent


def test_python_docs_examples_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    assert readme_examples.run(str(ROOT / "docs" / "PYTHON.md")) == 7
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["integer divide by zero", "inner at wasm offset " + out[1].split()[-1]]
    assert out[2].startswith("outer at wasm offset 0x")
    assert out[3:] == ["all fuel consumed by WebAssembly", "interrupt"]
    assert (tmp_path / "build" / "fib.so").exists() and list((tmp_path / "xdg" / "wasmoon-aot").iterdir())
