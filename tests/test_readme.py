"""README.md's examples, run as written so that they cannot drift: the Python ones
(tests/readme_examples.py), and "From C" and "From cffi" against the C library the README
builds, under qemu (tests/c_client.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import c_client
import readme_examples
from wasmoon_aot.aot.cli import main
from wasmoon_aot.runtime.emulator import EmulatorUnavailable

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


def _c_library(tmp_path) -> tuple[str, Path]:
    """README.md's text, after its `build ... --header` line has run in tmp_path."""
    text = (ROOT / "README.md").read_text()
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    [argv] = [argv for argv in readme_examples.build_lines(text) if "--header" in argv]
    assert main(argv) == 0
    return text, tmp_path / "build"


def test_readme_from_c_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text, build = _c_library(tmp_path)
    [source] = readme_examples.blocks(text, "c")
    expected = text.split("```c\n" + source + "```\n\n```text\n", 1)[1].split("```", 1)[0]
    (tmp_path / "app.c").write_text(source)
    try:
        exe = c_client.cross_compile([tmp_path / "app.c"], tmp_path / "app", [build], [build], ["app"])
        done = c_client.run_arm64(exe, lib_dirs=[build])
    except EmulatorUnavailable as error:
        pytest.skip(str(error))
    assert (done.returncode, done.stdout) == (0, expected), done.stderr


def test_readme_from_cffi_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text, _ = _c_library(tmp_path)
    [script] = [body for info, body in re.findall(r"^```([\w ]+)\n(.*?)^```", text, re.M | re.S)
                if info == "python cffi"]
    try:
        done = c_client.run_cffi(f"import os; os.chdir({str(tmp_path)!r})\n" + readme_examples.checked(script))
    except EmulatorUnavailable as error:
        pytest.skip(str(error))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "log: 55\ninteger divide by zero\n"
