"""The done-when test of issue 17: a wheel, installed into a fresh venv outside the checkout, runs.

It builds the project with `pip wheel --no-deps`, installs it with `--no-index` from that wheel
and a wheelhouse of the dependencies (build/wheelhouse, downloaded once by `pip download` when a
dependency is missing from it), provisions with `wasmoon-aot setup` under a temporary
XDG_CACHE_HOME (reusing the checkout's .cache/debs and apt's cache; the archive indexes still
come from the network), then from a folder that is not the checkout runs a WASI program, the
README's Python examples (tests/readme_examples.py) and a one-file spec run. Timings are
printed (`make install-test` shows them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from wasmoon_aot.aot.wat import wat_to_wasm

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = ROOT / "build" / "wheelhouse"
BUILD_REQUIREMENTS = ["setuptools>=68", "wheel"]

HELLO = b"""
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "\\10\\00\\00\\00\\0e\\00\\00\\00")
  (data (i32.const 16) "hello, world!\\n")
  (func (export "_start")
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
"""

TINY_WAST = """(module (func (export "f") (result i32) (i32.const 7)))
(assert_return (invoke "f") (i32.const 7))
"""


def _run(command, timings: dict, label: str, **kwargs) -> subprocess.CompletedProcess:
    started = time.monotonic()
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=600, **kwargs)
    timings[label] = time.monotonic() - started
    assert done.returncode == 0, f"{label} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _pip_offline(pip: Path, arguments: list, timings: dict, label: str, dependencies: list[str]):
    """`pip ARGUMENTS --no-index --find-links WHEELHOUSE`, after filling the wheelhouse if that fails."""
    command = [pip, *arguments, "--no-index", "--find-links", WHEELHOUSE]
    if subprocess.run([str(part) for part in command], capture_output=True, timeout=600).returncode != 0:
        _run([sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "-d", WHEELHOUSE,
              *dependencies], timings, f"fill {WHEELHOUSE.name}")
    return _run(command, timings, label)


def test_pyproject_lists_every_package():
    """setuptools cannot discover packages under a prefix, so pyproject names them: every one."""
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = set()
    for prefix, folder in tool["package-dir"].items():
        found |= {".".join([prefix, *init.parent.relative_to(ROOT / folder).parts])
                  for init in (ROOT / folder).rglob("__init__.py")}
    assert set(tool["packages"]) == found


def test_wheel_installs_provisions_and_runs_outside_the_checkout(tmp_path):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    timings: dict[str, float] = {}
    dist, venv, work, xdg = tmp_path / "dist", tmp_path / "venv", tmp_path / "work", tmp_path / "xdg"
    work.mkdir()
    _pip_offline(Path(sys.executable).parent / "pip", ["wheel", "--quiet", "--no-deps", "-w", dist, ROOT],
                 timings, "pip wheel", BUILD_REQUIREMENTS)
    _run([sys.executable, "-m", "venv", venv], timings, "venv")
    _pip_offline(venv / "bin" / "pip", ["install", "--quiet", "--find-links", dist, project["name"]],
                 timings, "pip install", project["dependencies"])

    env = {key: value for key, value in os.environ.items() if not key.startswith(("WASMOON_", "PYTHON"))}
    env["XDG_CACHE_HOME"] = str(xdg)
    tool = venv / "bin" / "wasmoon-aot"
    assert _run([tool, "--version"], timings, "--version", cwd=work, env=env).stdout == \
        f"wasmoon-aot {project['version']}\n"
    setup = _run([tool, "setup", "--debs", ROOT / ".cache" / "debs"], timings, "setup", cwd=work, env=env)
    assert "arm64 Python under qemu: aarch64" in setup.stdout
    assert "already set up" in _run([tool, "setup"], timings, "setup again", cwd=work, env=env).stdout

    where = _run([venv / "bin" / "python", "-c", "import wasmoon_aot; from wasmoon_aot.runtime import emulator; "
                  "print(wasmoon_aot.__file__, wasmoon_aot.__version__, emulator.qemu(), emulator.sysroot())"],
                 timings, "locations", cwd=work, env=env).stdout.split()
    assert where[0].startswith(str(venv)) and where[1] == project["version"]
    assert where[2:] == [str(xdg / "wasmoon-aot" / "bin" / "qemu-aarch64-static"), str(xdg / "wasmoon-aot" / "sysroot")]

    (work / "hello.wasm").write_bytes(wat_to_wasm(HELLO))
    assert _run([tool, "run", "hello.wasm"], timings, "run hello.wasm", cwd=work, env=env).stdout == "hello, world!\n"

    shutil.copy(ROOT / "README.md", work)
    shutil.copy(ROOT / "tests" / "readme_examples.py", work)
    shutil.copytree(ROOT / "examples", work / "examples")
    readme = _run([venv / "bin" / "python", "readme_examples.py", "README.md"], timings, "README examples",
                  cwd=work, env=env)
    assert "3 README python blocks ran" in readme.stdout

    (work / "tiny.wast").write_text(TINY_WAST)
    _run([tool, "spec", "tiny.wast"], timings, "spec", cwd=work, env=env)
    assert (work / "build" / "spec-report.json").exists()
    assert not list(venv.rglob("spec-report.json"))

    print("\n" + "\n".join(f"{label:>18}: {seconds:6.1f} s" for label, seconds in timings.items()))
