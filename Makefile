# wasmoon-aot: set-up, demo and tests. Every install step the project needs lives here.
#
#   make demo   build examples/fib.wat into a .so and call it
#   make test   unit tests + the spec suite, in parallel
#   make spec   the spec suite alone, with the per-file table
#
# On x86_64 the AArch64 code runs in an arm64 CPython under qemu-user; the
# sysroot is assembled from Debian's arm64 packages into $(CACHE) (git-ignored).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CACHE := .cache
SYSROOT := $(CACHE)/sysroot
ARCH := $(shell uname -m)
WASM_TESTSUITE ?= ../shared/wasm-testsuite
export WASM_TESTSUITE
ARM64_DEBS := libc6 python3.11-minimal libpython3.11-minimal libpython3.11-stdlib \
              libffi8 zlib1g libexpat1 libssl3 libgcc-s1

ifeq ($(ARCH),aarch64)
AARCH64_ENV := $(VENV)/.stamp
else
AARCH64_ENV := $(SYSROOT)/.stamp
endif

.PHONY: setup demo test spec clean

setup: $(VENV)/.stamp $(AARCH64_ENV)

$(VENV)/.stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV) 2>/dev/null || { apt-get update && apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# qemu-user-static plus an arm64 CPython 3.11 sysroot (FACTS.md); idempotent.
$(SYSROOT)/.stamp:
	command -v qemu-aarch64-static >/dev/null || { apt-get update && apt-get install -y qemu-user-static; }
	dpkg --print-foreign-architectures | grep -qx arm64 || dpkg --add-architecture arm64
	apt-get update
	rm -rf $(CACHE)/debs $(SYSROOT) && mkdir -p $(CACHE)/debs $(SYSROOT)
	cd $(CACHE)/debs && apt-get download $(addsuffix :arm64,$(ARM64_DEBS))
	for deb in $(CACHE)/debs/*.deb; do dpkg-deb -x $$deb $(SYSROOT); done
	qemu-aarch64-static -L $(SYSROOT) $(SYSROOT)/usr/bin/python3.11 -c 'import ctypes, platform; print("arm64 python ok:", platform.machine())'
	touch $@

demo: setup
	$(BIN)/wasmoon-aot build examples/fib.wat -o build/fib.so
	$(BIN)/wasmoon-aot run build/fib.so --invoke fib 50

test: setup
	$(BIN)/pytest -n auto -q tests

spec: setup
	$(BIN)/wasmoon-aot spec --report build/spec-report.json

clean:
	rm -rf build
