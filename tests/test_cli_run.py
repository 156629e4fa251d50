"""`wasmoon-aot run`: WASI programs through the compile cache, exit statuses, streamed stdio,
`--invoke`, and the progress bar (shown on a TTY, for builds over a second only)."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wasi_programs import artifact, wasm_program
from wasmoon_aot.aot import cache, cli, cli_run
from wasmoon_aot.aot.progress import ProgressBar
from wasmoon_aot.linker import Image, write_elf


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "wasmoon-aot"


@pytest.fixture
def builds(monkeypatch):
    """Counts the compiles `run` starts (cache misses)."""
    count = []
    real_build = cli_run._build

    def counting_build(*args):
        count.append(args)
        return real_build(*args)
    monkeypatch.setattr(cli_run, "_build", counting_build)
    return count


def _cached(name: str, cache_home: Path) -> None:
    """Compile NAME into the cache in this process (so subprocesses hit it)."""
    artifact(name)  # skips when clang or a compiler feature is missing
    cli_run.artifact_for(wasm_program(name))
    assert len(list(cache_home.iterdir())) >= 1


def test_run_exit_status_args_env_dirs_and_cache_hit(tmp_path, cache_home, builds, capfd, monkeypatch):
    artifact("args_env")
    wasm = str(wasm_program("args_env"))
    monkeypatch.setenv("WASMOON_INHERITED", "from the host")
    argv = ["run", wasm, "--env", "GREETING=hello", "--env", "WASMOON_INHERITED", "--env", "WASMOON_UNSET",
            "--", "x", "--not-an-option"]
    assert cli.main(argv) == 3
    first = capfd.readouterr().out
    assert f'argv[0] = "{wasm}"\nargv[1] = "x"\nargv[2] = "--not-an-option"\n' in first
    assert "GREETING hello\n" in first and "  WASMOON_INHERITED=from the host\n" in first
    assert "environ 2\n" in first
    assert len(builds) == 1
    started = time.perf_counter()
    assert cli.main(argv) == 3
    print(f"cache hit run: {time.perf_counter() - started:.2f}s", file=sys.stderr)
    assert capfd.readouterr().out == first
    assert len(builds) == 1, "the second run must come from the cache"
    assert [p.suffix for p in cache_home.iterdir()] == [".so"]

    root = tmp_path / "root"
    root.mkdir()
    (root / "input.txt").write_text("from the host\n")
    assert cli.main(["run", str(wasm_program("files")), "--dir", f"{root}::."]) == 0
    out = capfd.readouterr().out
    assert "  input: from the host\n" in out and "rename = 0\n" in out
    assert (root / "work" / "renamed.txt").read_text().endswith("tail\n")


def test_run_without_cache_and_invoke(tmp_path, cache_home, capfd):
    artifact("exit")
    assert cli.main(["run", str(wasm_program("exit")), "--no-cache", "--", "9"]) == 9
    assert capfd.readouterr().out == "exiting with 9\n"
    assert not cache_home.exists()
    source = tmp_path / "add.wat"
    source.write_text('(module (func (export "add") (param i32 i64) (result i64)'
                      ' (i64.add (i64.extend_i32_s (local.get 0)) (local.get 1))))')
    assert cli.main(["run", str(source), "--invoke", "add", "-5", "--", "12"]) == 0
    assert capfd.readouterr().out == "7\n"
    assert cli.main(["run", str(source), "--invoke", "add", "1"]) == 1
    assert "add takes 2 arguments, got 1" in capfd.readouterr().err


def _read_line(stream, timeout: float = 120.0) -> bytes:
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "no output: stdout is not streamed"
    return stream.readline()


def test_stdio_streams_through_a_subprocess(cache_home):
    _cached("cat", cache_home)
    process = subprocess.Popen([sys.executable, "-m", "wasmoon_aot.aot.cli", "run", str(wasm_program("cat"))],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "XDG_CACHE_HOME": str(cache_home.parent)})
    try:
        process.stdin.write(b"hello\n")
        process.stdin.flush()
        assert _read_line(process.stdout) == b"HELLO\n"   # answered before stdin closes
        process.stdin.write(b"streaming world\n")
        process.stdin.flush()
        assert _read_line(process.stdout) == b"STREAMING WORLD\n"
        process.stdin.close()
        assert process.wait(timeout=120) == 0
        assert process.stderr.read() == b"2 lines, 22 bytes\n"
    finally:
        process.kill()


def test_exit_status_of_the_process(cache_home):
    _cached("exit", cache_home)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home.parent)}
    command = [sys.executable, "-m", "wasmoon_aot.aot.cli", "run", str(wasm_program("exit"))]
    done = subprocess.run(command + ["--", "42"], capture_output=True, env=env, timeout=300)
    assert (done.returncode, done.stdout) == (42, b"exiting with 42\n")
    trapped = subprocess.run(command + ["--", "1", "trap"], capture_output=True, env=env, timeout=300)
    assert trapped.returncode == cli_run.TRAP_STATUS
    assert trapped.stderr.startswith(b"trap: unreachable")


# --- cache keys and the progress bar -----------------------------------------------------------

def test_cache_key_covers_input_flags_and_compiler():
    key = cache.cache_key(b"\0asm", {"regalloc": "backtracking"})
    assert key == cache.cache_key(b"\0asm", {"regalloc": "backtracking"})
    assert key != cache.cache_key(b"\0asm\1", {"regalloc": "backtracking"})
    assert key != cache.cache_key(b"\0asm", {"regalloc": "simple"})
    assert cache.compiler_fingerprint().startswith("0.") or "-" in cache.compiler_fingerprint()


def test_cached_artifact_builds_once(cache_home):
    built = []
    blob = write_elf(Image(text=bytes(4)))
    path, hit = cache.cached_artifact(b"source", {}, ".so", lambda: built.append(1) or blob)
    again, hit_again = cache.cached_artifact(b"source", {}, ".so", lambda: built.append(1) or b"other")
    assert (hit, hit_again, built) == (False, True, [1])
    assert again == path and path.read_bytes() == blob and path.parent == cache_home


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_tty_after_a_second(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr("wasmoon_aot.aot.progress.time.monotonic", lambda: clock[0])
    terminal, pipe = _Terminal(), io.StringIO()
    bars = [ProgressBar(terminal), ProgressBar(pipe)]
    for bar in bars:
        bar(1, 10)
    assert terminal.getvalue() == ""                     # a quick build stays quiet
    clock[0] += 1.5
    for bar in bars:
        bar(3, 10)
    assert terminal.getvalue().endswith("] 3/10 functions")
    assert "#" * 9 in terminal.getvalue()
    for bar in bars:
        bar.finish()
    assert terminal.getvalue().endswith("\r\x1b[2K")
    assert pipe.getvalue() == ""
