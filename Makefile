# wasmoon-aot: set-up, demo and tests. Every install step the project needs lives here.
#
#   make demo   build examples/fib.wat into a .so and call it
#   make test   unit tests + the spec suite, in parallel
#   make spec   the spec suite alone, with the per-file table
#   make spec-proposals   every .wast under the suite's proposals/ (build/spec-proposals-report.json)
#   make fuzz   differential fuzzing against wasmtime (N modules from SEED; PROFILE=wasm2|wasm2-traps|simd|wasm3|exceptions|gc|wide-arithmetic|custom-page-sizes|threads|scalar|int)
#   make bench-frontend   decode+validate throughput in MB/s
#   make bench-scaling    issue 16's extreme modules, one job each: CPU seconds and peak MB against 10 s / 400 MB
#   make bench-simd       the SIMD kernels alone: executed instructions against Cranelift
#   make bench-programs   the real programs alone (zstd, brotli, lz4, xxHash, cmark-gfm, pycryptodome): instructions against Cranelift
#   make bench-bulk       memory.copy/fill (native) and calls into Python: time and instructions against wasmtime
#   make bench-threads    a parallel kernel over one shared memory on 2 threads against 1: the speed-up
#   make bench-regalloc   register allocators: time/instruction, spills, executed instructions
#   make bench-interrupt  executed instructions with epoch checks / fuel metering against none
#   make gc-stress        the GC stress test: 2.5 GiB of binary trees in a 64 MiB heap (collections, peak, time)
#   make interrupt-stress  Ctrl-C at random moments near the end of `build --jobs 2` (RUNS builds, default 40): none may hang
#   make same-code BASE=COMMIT  whether generated code differs from BASE's (refactors must print 34 of 34;
#                               BOUNDS_CHECKS=explicit compiles this tree's side with explicit bounds checks,
#                               BOTH=1 the base's side too)
#   make install-test  the wheel in a fresh venv outside the checkout: setup, a WASI run, the README examples (timings)
#
# On x86_64 the AArch64 code runs in an arm64 CPython under qemu-user; the
# sysroot is assembled from Debian's arm64 packages into $(CACHE) (git-ignored)
# by `wasmoon-aot setup` (a pip install provisions ~/.cache/wasmoon-aot the same way).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CACHE := .cache
SYSROOT := $(CACHE)/sysroot
ARCH := $(shell uname -m)
WASM_TESTSUITE ?= ../shared/wasm-testsuite
# absolute, so that recipes which cd (same-code, fuzz) see the same suite
override WASM_TESTSUITE := $(abspath $(WASM_TESTSUITE))
export WASM_TESTSUITE

MACHO_TOOLS := $(CACHE)/macho-tools.stamp

ifeq ($(ARCH),aarch64)
AARCH64_ENV := $(VENV)/.stamp
else
AARCH64_ENV := $(SYSROOT)/.stamp
endif

.PHONY: setup demo test spec spec-proposals fuzz install-test clean bench bench-bulk bench-threads bench-simd bench-programs bench-scaling gc-stress bench-tools bench-regalloc bench-interrupt same-code interrupt-stress

WASI_CC := $(CACHE)/wasi-cc.stamp

# C clients of an artifact (tests/c_client.py): clang --target=aarch64-linux-gnu links against the arm64
# C files (libc6-dev, linux-libc-dev, libgcc-12-dev) that `wasmoon-aot setup --c-dev` adds to the sysroot;
# on an arm64 host clang's own dependencies bring them.
ifeq ($(ARCH),aarch64)
C_DEV := $(WASI_CC)
else
C_DEV := $(SYSROOT)/.c-dev.stamp
endif

# The aarch64 wheels the arm64 Python imports from PYTHONPATH=$(CACHE)/wheels-aarch64: cffi and pycparser
# (the cffi clients of tests/c_client.py) and wasmtime (the benchmarks' reference). The stamp names the
# pins, so changing one fetches the folder again.
WASMTIME_VERSION := 50.0.1
AARCH64_WHEELS := wasmtime==$(WASMTIME_VERSION) cffi==2.1.1 pycparser==3.12
empty :=
WHEELS := $(CACHE)/wheels-aarch64/.stamp-$(subst ==,-,$(subst $(empty) $(empty),+,$(AARCH64_WHEELS)))

setup: $(VENV)/.stamp $(AARCH64_ENV) $(MACHO_TOOLS) $(WASI_CC) $(C_DEV) $(WHEELS)

$(VENV)/.stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV) 2>/dev/null || { apt-get update && apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# qemu-user-static plus an arm64 CPython 3.11 sysroot with the C files, without root or apt-get: the same code as
# `wasmoon-aot setup --c-dev` (aot/provision/), into $(CACHE)/sysroot, $(CACHE)/bin and $(CACHE)/debs; idempotent.
$(SYSROOT)/.stamp: | $(VENV)/.stamp
	$(BIN)/wasmoon-aot setup --root $(CACHE) --c-dev

# a sysroot provisioned before the C files were part of it gets them here; the stamp is inside the sysroot,
# so that provisioning it again without them removes it too
$(SYSROOT)/.c-dev.stamp: | $(SYSROOT)/.stamp
	$(BIN)/wasmoon-aot setup --root $(CACHE) --c-dev
	touch $@

# llvm-objdump-19, llvm-mc-19 and ld64.lld-19 check the Mach-O dylibs on Linux (tests/test_macho.py).
$(MACHO_TOOLS):
	{ command -v llvm-objdump-19 && command -v llvm-mc-19 && command -v ld64.lld-19; } >/dev/null || \
	    { apt-get update && apt-get install -y llvm-19 lld-19; }
	mkdir -p $(CACHE) && touch $@

# clang for wasm32-wasi (wasi-libc, wasm-ld, compiler-rt builtins) builds the C programs of tests/wasi.
$(WASI_CC):
	{ command -v clang && command -v wasm-ld && test -e /usr/lib/wasm32-wasi/libc.a && \
	    test -e "$$(clang --print-resource-dir)/lib/wasi"; } >/dev/null || \
	    { apt-get update && apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32; }
	mkdir -p $(CACHE) && touch $@

demo: setup
	$(BIN)/wasmoon-aot build examples/fib.wat -o build/fib.so
	@echo "fib(50), computed by AArch64 code in build/fib.so:"
	@$(BIN)/wasmoon-aot run build/fib.so --invoke fib 50
	@echo "checksum(100000):"
	@$(BIN)/wasmoon-aot run build/fib.so --invoke checksum 100000

test: setup
	WASMOON_REGALLOC_CHECK=1 $(BIN)/pytest -n auto -q -rs tests

spec: setup
	$(BIN)/wasmoon-aot spec --report build/spec-report.json

# also part of make test; this shows the timings of each step
install-test: setup
	$(BIN)/pytest -q -s tests/test_install.py

spec-proposals: setup
	$(BIN)/wasmoon-aot spec --proposals -j $(JOBS)

N ?= 200
SEED ?= 0
PROFILE ?= wasm2
JOBS ?= $(shell nproc)
fuzz: setup
	cd tests && ../$(BIN)/python -m fuzz.differential --count $(N) --seed $(SEED) --profile $(PROFILE) --jobs $(JOBS)

# Benchmarks: clang for wasm32, the aarch64 wasmtime wheel as the reference, and
# the QEMU plugin that counts executed instructions.
bench-tools: setup $(WHEELS) $(CACHE)/libinsncount.so
	command -v clang >/dev/null && test -e "$$(clang --print-resource-dir)/lib/wasi" || { apt-get update && apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32; }

$(WHEELS): | $(VENV)/.stamp
	rm -rf $(CACHE)/wheels-aarch64 $(CACHE)/wheel-downloads
	$(BIN)/pip download --quiet --platform manylinux2014_aarch64 --only-binary=:all: --python-version 3.11 \
	    --no-deps -d $(CACHE)/wheel-downloads $(AARCH64_WHEELS)
	$(BIN)/pip install --quiet --target $(CACHE)/wheels-aarch64 --no-deps --platform manylinux2014_aarch64 \
	    --only-binary=:all: $(CACHE)/wheel-downloads/*.whl
	touch $@

$(CACHE)/libinsncount.so: tests/bench/qemu/insncount.c
	command -v qemu-aarch64 >/dev/null || { apt-get update && apt-get install -y qemu-user; }
	gcc -O2 -shared -fPIC -o $@ $<

bench: bench-tools
	$(BIN)/python tests/bench/bench.py

# Register allocators compared (backtracking vs simple): allocation time per
# instruction on synthetic ~1k/10k/50k-instruction functions, spill/reload/move
# counts, and executed AArch64 instructions of integer/float C kernels.
bench-simd: bench-tools
	$(BIN)/python tests/bench/bench.py --simd

# The real programs (tests/bench/real_programs.py): C libraries from pinned PyPI sdists (pip, into
# $(CACHE)/sdists) with a driver each, built with clang; executed instructions against Cranelift.
bench-programs: bench-tools
	$(BIN)/python tests/bench/bench.py --programs

bench-regalloc: bench-tools
	$(BIN)/python tests/bench/bench_regalloc.py --counts

# The cost of --epoch-interruption and --consume-fuel: executed instructions per
# kernel, off / epoch / fuel, and the ratios (needs only clang and the plugin).
bench-interrupt: setup $(CACHE)/libinsncount.so
	command -v clang >/dev/null || { apt-get update && apt-get install -y clang lld; }
	$(BIN)/python tests/bench/bench_interrupt.py

# Bulk memory in native code and the cost of a call into Python: 1,000,000 16-byte memory.copy
# (count from memory: the routine; constant: inline) and memory.fill, memory.grow 0 and a WASI
# clock_time_get per iteration; wall time and executed instructions, ours against wasmtime's.
bench-bulk: bench-tools
	$(BIN)/python tests/bench/bench_bulk.py

bench-threads: setup
	$(BIN)/python tests/bench/bench_threads.py

# Front-end throughput (decode + validate, MB/s) on zstd built to wasm32-wasi and the
# largest spec-suite module; needs clang for wasm32 only.
bench-frontend: setup
	command -v clang >/dev/null && test -e "$$(clang --print-resource-dir)/lib/wasi" || { apt-get update && apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32; }
	$(BIN)/python tests/bench/frontend.py

# Issue 16's cases (a 4,000-arm switch in a loop, 100,000 nested blocks, a MiB-code function,
# 100,000 functions), each built by `wasmoon-aot build --jobs 1` in a fresh process; CHECK=1 adds the
# allocation checker.
bench-scaling: setup
	cd tests/bench && ../../$(BIN)/python compile_speed.py --limits $(if $(CHECK),--check)

# The gc stress test: 2.5 GiB of binary trees allocated in a 64 MiB heap (tests/gc_stress.py).
gc-stress: setup
	cd tests && ../$(BIN)/python gc_stress.py

interrupt-stress: setup
	$(BIN)/python tests/interrupt_stress.py $(if $(RUNS),--runs $(RUNS))

# Whether the compiler's output changed: the bench kernels, zstd and 20 spec modules compiled by this tree
# and by BASE (default HEAD), text and rodata compared.
BASE ?= HEAD
same-code: setup
	$(BIN)/python tests/bench/same_code.py --base $(BASE) $(if $(BOUNDS_CHECKS),--bounds-checks $(BOUNDS_CHECKS)) $(if $(BOTH),--both)

clean:
	rm -rf build
