"""C and cffi clients of a C library with an artifact's interface, on a stand-in written in C
(libstandin.so, cross-compiled here): the header through cffi's cdef, callbacks as imports,
memory through ffi.buffer; a C program linked against it under qemu; 10,000 instantiations
with RSS flat (tests/c_client.py). Also `wasmoon-aot setup --c-dev`'s stamp rule."""

from __future__ import annotations

import json

import pytest

from c_client import ClientError, cross_compile, rss_growth_kib, run_arm64, run_cffi, sysroot
from wasmoon_aot.aot.cli import main
from wasmoon_aot.aot.provision import SetupError, command as setup_command
from wasmoon_aot.runtime.emulator import EmulatorUnavailable

# In the style of the header `wasmoon-aot build --header` writes: no preprocessor lines (cffi's
# cdef takes it as it is), so a C client includes <stdint.h> first.
HEADER = """\
typedef struct s_instance s_instance;
typedef struct s_imports {
    void *env;
    int32_t (*env_log)(void *env, int32_t x);
} s_imports;
s_instance *s_new(const s_imports *imports, int32_t *trap);
void s_free(s_instance *instance);
int32_t s_add(s_instance *instance, int32_t a, int32_t b, int32_t *result);
uint8_t *s_memory_mem(s_instance *instance, uint64_t *size);
const char *s_trap_message(int32_t code);
"""

# s_add(a, b) stores env_log(env, a + b) in *result and at memory offset 16; overflow of a + b
# traps. A new instance's memory (64 KiB) starts with "hello"; without env_log s_new traps.
STANDIN_C = r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "standin.h"

enum { OVERFLOW = 1, MISSING_IMPORT = 2, MEMORY_SIZE = 65536 };

struct s_instance { s_imports imports; uint8_t *memory; };

s_instance *s_new(const s_imports *imports, int32_t *trap) {
    if (imports == NULL || imports->env_log == NULL) {
        *trap = MISSING_IMPORT;
        return NULL;
    }
    s_instance *instance = malloc(sizeof *instance);
    instance->imports = *imports;
    instance->memory = calloc(MEMORY_SIZE, 1);
    memcpy(instance->memory, "hello", 5);
    *trap = 0;
    return instance;
}

void s_free(s_instance *instance) {
    free(instance->memory);
    free(instance);
}

int32_t s_add(s_instance *instance, int32_t a, int32_t b, int32_t *result) {
    int32_t sum;
    if (__builtin_add_overflow(a, b, &sum))
        return OVERFLOW;
    *result = instance->imports.env_log(instance->imports.env, sum);
    memcpy(instance->memory + 16, result, sizeof *result);
    return 0;
}

uint8_t *s_memory_mem(s_instance *instance, uint64_t *size) {
    *size = MEMORY_SIZE;
    return instance->memory;
}

const char *s_trap_message(int32_t code) {
    switch (code) {
    case OVERFLOW: return "integer overflow";
    case MISSING_IMPORT: return "missing import env.log";
    default: return "unknown trap";
    }
}
"""


@pytest.fixture
def standin(tmp_path):
    """The folder holding standin.h and libstandin.so (cross-compiled; skips only without qemu/sysroot)."""
    try:
        sysroot()
    except EmulatorUnavailable as missing:
        pytest.skip(str(missing))
    (tmp_path / "standin.h").write_text(HEADER)
    (tmp_path / "standin.c").write_text(STANDIN_C)
    cross_compile([tmp_path / "standin.c"], tmp_path / "libstandin.so", [tmp_path], flags=["-shared", "-fPIC"])
    return tmp_path


CFFI_CLIENT = r"""
import json, sys
from cffi import FFI

ffi = FFI()
ffi.cdef(open(sys.argv[1]).read())
lib = ffi.dlopen(sys.argv[2])
owner = {"calls": []}

@ffi.callback("int32_t(void *, int32_t)")
def log(env, x):
    ffi.from_handle(env)["calls"].append(x)
    return 3 * x

handle = ffi.new_handle(owner)
imports = ffi.new("s_imports *", {"env": handle, "env_log": log})
trap = ffi.new("int32_t *")
instance = lib.s_new(imports, trap)
result = ffi.new("int32_t *")
added = lib.s_add(instance, int(sys.argv[3]), int(sys.argv[4]), result)
size = ffi.new("uint64_t *")
memory = ffi.buffer(lib.s_memory_mem(instance, size), size[0])
seen = {"added": added, "result": result[0], "calls": owner["calls"], "size": size[0],
        "greeting": memory[0:5].decode(), "stored": int.from_bytes(memory[16:20], "little", signed=True)}
overflow = lib.s_add(instance, 2**31 - 1, 1, result)
lib.s_free(instance)
missing = lib.s_new(ffi.new("s_imports *"), trap)
print(json.dumps({**seen, "overflow": [overflow, ffi.string(lib.s_trap_message(overflow)).decode()],
                  "missing": [missing == ffi.NULL, trap[0], ffi.string(lib.s_trap_message(trap[0])).decode()]}))
"""


def test_cffi_takes_the_header_calls_back_and_reads_memory(standin):
    a, b = 1200, -34
    done = run_cffi(CFFI_CLIENT, args=[standin / "standin.h", standin / "libstandin.so", a, b])
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["added"] == 0 and seen["calls"] == [a + b] and seen["result"] == 3 * (a + b)
    assert seen["size"] == 65536 and seen["greeting"] == "hello" and seen["stored"] == 3 * (a + b)
    assert seen["overflow"] == [1, "integer overflow"]
    assert seen["missing"] == [True, 2, "missing import env.log"]


C_CLIENT = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "standin.h"

static int32_t log_plus(void *env, int32_t x) {
    ++*(int *)env;
    return x + 1000;
}

int main(int argc, char **argv) {
    int calls = 0;
    s_imports imports = { &calls, log_plus };
    int32_t trap, result;
    s_instance *instance = s_new(&imports, &trap);
    if (instance == NULL) {
        printf("trap %s\n", s_trap_message(trap));
        return 1;
    }
    int32_t code = s_add(instance, atoi(argv[1]), atoi(argv[2]), &result);
    uint64_t size;
    uint8_t *memory = s_memory_mem(instance, &size);
    printf("add %d result %d calls %d\n", code, result, calls);
    printf("memory %llu %.5s\n", (unsigned long long)size, (const char *)memory);
    code = s_add(instance, INT32_MAX, 1, &result);
    printf("overflow %d %s\n", code, s_trap_message(code));
    s_free(instance);
    return 0;
}
"""


def test_a_c_program_linked_against_the_library_runs_under_qemu(standin):
    (standin / "client.c").write_text(C_CLIENT)
    exe = cross_compile([standin / "client.c"], standin / "client", [standin], [standin], ["standin"])
    done = run_arm64(exe, [40, 2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["add 0 result 1042 calls 1", "memory 65536 hello",
                                        "overflow 1 integer overflow"]
    (standin / "moved").mkdir()
    (standin / "libstandin.so").rename(standin / "moved" / "libstandin.so")
    unfound = run_arm64(exe, [40, 2])  # the rpath no longer leads to it
    assert unfound.returncode != 0 and "libstandin.so: cannot open shared object file" in unfound.stderr
    assert run_arm64(exe, [40, 2], lib_dirs=[standin / "moved"]).stdout == done.stdout


LEAK_PRELUDE = r"""
#include <stdint.h>
#include "standin.h"
static int32_t log_same(void *env, int32_t x) { return x; }
static const s_imports imports = { 0, log_same };
static int32_t trap;
"""
# Growth allowed over the 9,900 instantiations and frees after the first 100: the probe's own first
# reading and printing happen before it counts, so a clean library measures 0 here; a leak of 27
# bytes per instance reaches the bound.
RSS_BOUND_KIB = 256


def test_ten_thousand_instances_keep_rss_flat(standin):
    libraries = dict(include_dirs=[standin], lib_dirs=[standin], libs=["standin"])
    growth = rss_growth_kib(standin, "s_free(s_new(&imports, &trap));", LEAK_PRELUDE, **libraries)
    assert growth < RSS_BOUND_KIB, f"RSS grew by {growth} KiB over 9,900 s_new/s_free"
    # the probe sees a leak: 900 instances never freed keep their 64 KiB memories
    leaking = rss_growth_kib(standin, "s_new(&imports, &trap);", LEAK_PRELUDE, total=1_000, **libraries)
    assert leaking > 900 * 64 * 3 // 4, f"the probe missed a leak of 900 memories ({leaking} KiB)"


def test_clang_errors_come_with_its_stderr(standin):
    (standin / "broken.c").write_text("int main(void) { return missing; }\n")
    with pytest.raises(ClientError, match="use of undeclared identifier 'missing'"):
        cross_compile([standin / "broken.c"], standin / "broken")


# --- `wasmoon-aot setup --c-dev`: a sysroot without the C files is provisioned again ---------

def test_c_dev_provisions_a_root_whose_stamp_lacks_the_c_files(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("wasmoon_aot.runtime.emulator.runs_natively", lambda: False)
    asked = []

    def no_archive():
        asked.append(True)
        raise SetupError("no archive here")
    monkeypatch.setattr("wasmoon_aot.aot.provision.command.candidate_source_lists", no_archive)
    (tmp_path / "sysroot").mkdir()
    (tmp_path / "sysroot" / ".stamp").write_text("".join(f"{name} 1 arm64\n" for name in setup_command.ARM64_PACKAGES))
    (tmp_path / "bin").mkdir()
    qemu = tmp_path / "bin" / "qemu-aarch64-static"
    qemu.write_text("#!/bin/sh\necho aarch64\n")
    qemu.chmod(0o755)
    assert main(["setup", "--root", str(tmp_path)]) == 0 and not asked
    assert main(["setup", "--root", str(tmp_path), "--c-dev"]) == 1 and asked
    output = capsys.readouterr()
    assert f"{tmp_path} lacks libc6-dev, libgcc-12-dev, linux-libc-dev: provisioning it again" in output.out
    assert output.err == "wasmoon-aot setup: no archive here\n"
    with open(tmp_path / "sysroot" / ".stamp", "a") as stamp:
        stamp.writelines(f"{name} 1 arm64\n" for name in setup_command.C_DEV_PACKAGES)
    assert main(["setup", "--root", str(tmp_path), "--c-dev"]) == 0 and len(asked) == 1
    assert capsys.readouterr().out == f"already set up in {tmp_path} (--force to provision again)\n"
