"""README.md's Python examples, run as written (tests/readme_examples.py) so that they cannot drift."""

from __future__ import annotations

from pathlib import Path

import pytest

import readme_examples

ROOT = Path(__file__).resolve().parent.parent


def test_value_comments_become_assertions():
    code = readme_examples.checked("x = 6 * 7\nx  # 42\nx  # [42]: not this one\nx  # the answer\n")
    assert code.splitlines()[1] == "assert (x) == 42, 'x'"
    assert code.splitlines()[2] == "assert (x) == [42], 'x'"
    assert code.splitlines()[3] == "x  # the answer"
    with pytest.raises(AssertionError):
        exec(readme_examples.checked("6 * 7   # 41"), {})


def test_readme_examples_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    assert readme_examples.run(str(ROOT / "README.md")) == 3
    out = capsys.readouterr().out
    assert "55\n" in out and "integer divide by zero div" in out
    assert (tmp_path / "build" / "app.dylib").exists() and (tmp_path / "build" / "app-interruptible.so").exists()
