"""The C API's plan and header (aot/capi/): names, signatures, the imports struct, what is
refused, and a header that cffi's cdef, a C99 and a C++ compiler all accept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import cffi
import pytest

from wasmoon_aot.aot.capi import CApiError, c_prefix_for_output, plan_c_api
from wasmoon_aot.aot.capi.header import c_header
from wasmoon_aot.runtime import abi
from wasmoon_aot.aot.cli import main
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wasm.decode import decode_module
from wasmoon_aot.aot.wat import wat_to_wasm

EVERY_KIND_WAT = """
(module
  (import "env" "log" (func $log (param i32 f64) (result i32)))
  (import "env" "g" (global $g i32))
  (import "env" "mem" (memory 1))
  (global $c (mut i64) (i64.const 7))
  (global (export "v") v128 (v128.const i64x2 1 2))
  (global (export "r") (mut externref) (ref.null extern))
  (export "c" (global $c))
  (table (export "tab") 4 funcref)
  (func (export "fac-rec") (param i64) (result i64) local.get 0)
  (func (export "new") (param f32 v128) (result v128 f32) local.get 1 local.get 0)
  (func (export "pair") (param i32 i32) (result i32 i64)
    (call $log (local.get 0) (f64.const 1)) (i64.extend_i32_u (local.get 1)))
  (export "memory" (memory 0)))
"""


def _plan(wat: str, prefix: str = "app", **options):
    env = ModuleEnv(decode_module(wat_to_wasm(wat.encode())),
                    CompileOptions(bounds_checks="explicit", c_api=prefix, **options))
    return plan_c_api(env)


def test_names_and_signatures():
    plan = _plan(EVERY_KIND_WAT)
    names = {exp.wasm_name: exp.c_name for exp in plan.exports}
    assert names == {"fac-rec": "app_fac_rec", "new": "app_new_2", "pair": "app_pair", "c": "app_global_c",
                     "v": "app_global_v", "r": "app_global_r", "tab": "app_table_tab_size",
                     "memory": "app_memory_memory"}
    assert [(imp.field, imp.kind, imp.offset) for imp in plan.imports] == \
        [("env_log", "func", 8), ("env_g", "global", 16), ("env_mem", "memory", 24)]
    assert plan.imports_size == 32


def test_header_parses_with_cffi_and_compiles_as_c99_and_cxx(tmp_path):
    header = c_header(_plan(EVERY_KIND_WAT), "libapp.so", "test")
    assert all(line.startswith("#define ") for line in header.splitlines() if line.startswith("#"))
    ffi = cffi.FFI()
    ffi.cdef(header)
    assert [name for name, _ in ffi.typeof("app_imports").fields] == ["env", "env_log", "env_g", "env_mem"]
    assert ffi.typeof("app_v128").fields[0][1].type.cname == "unsigned long long"
    assert ffi.sizeof("app_memory") == abi.C_MEMORY_SIZE_OF
    (tmp_path / "app.h").write_text(header)
    if not shutil.which("clang"):
        pytest.skip("needs clang (make setup installs it)")
    (tmp_path / "use.c").write_text('#include "app.h"\nint main(void) { return APP_TRAP_UNREACHABLE - 1; }\n')
    (tmp_path / "use.cc").write_text('extern "C" {\n#include "app.h"\n}\nint main() { return 0; }\n')
    for compiler, source, standard in (("clang", "use.c", "-std=c99"), ("clang++", "use.cc", "-std=c++11")):
        done = subprocess.run([compiler, standard, "-Wall", "-Wextra", "-pedantic", "-Werror", "-fsyntax-only",
                               source], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("wat, message", [
    ("(module (tag $t) (func (throw $t)))", "the C API does not support exception tags yet"),
    ("(module (type (struct)))", "the C API does not support gc types yet"),
    ("(module (import \"m\" \"t\" (table 1 funcref)))", "the C API cannot import a table yet (m.t)"),
    ("(module (func (export \"f\") (param i32 i32 i32 i32 i32 i32 i32) (result i32) unreachable))",
     "export 'f': the C API passes every argument in a register"),
])
def test_refused_with_one_line(wat, message):
    with pytest.raises(CApiError) as refused:
        _plan(wat)
    assert str(refused.value).startswith(message) and "\n" not in str(refused.value)


def test_guard_pages_and_fuel_refused():
    with pytest.raises(CApiError, match="explicit bounds checks"):
        env = ModuleEnv(decode_module(wat_to_wasm(b"(module (memory 1))")), CompileOptions(c_api="app"))
        plan_c_api(env)
    with pytest.raises(CApiError, match="fuel or epochs"):
        _plan("(module)", consume_fuel=True)


@pytest.mark.parametrize("output, prefix", [("libapp.so", "app"), ("app.dylib", "app"), ("lib.so", "lib"),
                                            ("2d-math.so", "wasm_2d_math"), ("libz.1.so", "z")])
def test_prefix_from_output(output, prefix):
    assert c_prefix_for_output(Path(output)) == prefix


def test_cli_writes_header_and_refuses_cleanly(tmp_path, capsys):
    source = tmp_path / "app.wat"
    source.write_text(EVERY_KIND_WAT)
    assert main(["build", str(source), "-o", str(tmp_path / "libapp.so"), "--header", str(tmp_path / "app.h")]) == 0
    assert "app_fac_rec(app_instance *instance, long long p0, long long *r0)" in (tmp_path / "app.h").read_text()
    capsys.readouterr()
    source.write_text("(module (tag) (memory 1))")
    assert main(["build", str(source), "-o", str(tmp_path / "libbad.so"), "--header", str(tmp_path / "bad.h")]) == 1
    err = capsys.readouterr().err
    assert err == "wasmoon-aot build: the C API does not support exception tags yet\n"
    assert not (tmp_path / "libbad.so").exists() and not (tmp_path / "bad.h").exists()
    source.write_text("(module (memory 1))")
    assert main(["build", str(source), "-o", str(tmp_path / "libbad.so"), "--header", str(tmp_path / "bad.h"),
                 "--bounds-checks", "guard"]) == 1
    assert "--bounds-checks explicit" in capsys.readouterr().err
