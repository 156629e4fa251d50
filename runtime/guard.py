"""Guard pages: the process's fault handler for artifacts compiled with them, and its registry.

The handler is AArch64 code in every guard-page artifact (aot/isa/aarch64/guard_handler.py;
runtime/abi.py "Guard pages" has the registry layout).  `register` (called for each such
artifact as it loads) adds the artifact's text range, fault sites and trap stub to the one
native registry, and the first time installs the handler of that artifact for SIGSEGV and
SIGBUS through libc's sigaction, keeping the previous actions in the registry's chain: a
fault that is not a guarded Wasm access goes to the previous handler, or, when that was
the default or ignore, the previous action is put back and the fault repeats under it
(so it kills as before; Python's faulthandler, a handler, keeps working).

Loaded artifacts are never unloaded (runtime/artifact.py keeps them), so the handler's
code and every registered text stay mapped; the registry's buffers are never freed (a
full registry is copied into a bigger one, and the data word repointed).
"""

from __future__ import annotations

import ctypes
import struct
import sys
import threading

from . import abi

_libc = ctypes.CDLL(None, use_errno=True)
_PLATFORM = "darwin" if sys.platform == "darwin" else "linux"
# libc's struct sigaction (sa_handler first, then an empty sa_mask: only the signal itself is
# blocked while the handler runs): its size and the offset of sa_flags; SA_SIGINFO, SA_ONSTACK;
# the signals a guard page's fault may arrive as (SIGSEGV, SIGBUS).
_SIGACTION = {"linux": (152, 136, 4, 0x08000000, (11, 7)),
              "darwin": (16, 12, 0x40, 0x1, (11, 10))}
_SIG_DFL, _SIG_IGN = 0, 1

_lock = threading.Lock()
_kept: list = []          # every buffer the handler may read, and the handler's artifact
_registry = None          # the registry buffer the handler's data word points at
_capacity = 0
_slot = None              # the handler artifact's data word (ctypes c_uint64)


def _address(buffer) -> int:
    return ctypes.addressof(buffer)


def _write(buffer, offset: int, *words: int) -> None:
    struct.pack_into(f"<{len(words)}Q", buffer, offset, *words)


def _new_registry(capacity: int):
    global _registry, _capacity
    buffer = ctypes.create_string_buffer(abi.REGISTRY_RECORDS + abi.RECORD_SIZE * capacity)
    if _registry is not None:
        ctypes.memmove(buffer, _registry, abi.REGISTRY_RECORDS + abi.RECORD_SIZE * _capacity)
    _kept.append(buffer)
    _registry, _capacity = buffer, capacity
    if _slot is not None:
        _slot.value = _address(buffer)


def _install(artifact) -> None:
    """Install `artifact`'s handler for the guard signals, chaining to the actions it replaces."""
    global _slot
    size, flags_at, siginfo, onstack, signals = _SIGACTION[_PLATFORM]
    indirect, regs = abi.UCONTEXT_REGISTERS[_PLATFORM]
    _write(_registry, abi.REGISTRY_UC_INDIRECT, indirect, regs)
    _slot = ctypes.c_uint64.from_address(artifact.symbol(abi.GUARD_SLOT_SYMBOL))
    _slot.value = _address(_registry)
    _kept.append(artifact)
    handler = artifact.symbol(abi.GUARD_HANDLER_SYMBOL)
    sigaction = ctypes.cast(_libc.sigaction, ctypes.c_void_p).value
    for index, signal in enumerate(signals):
        new, old = ctypes.create_string_buffer(size), ctypes.create_string_buffer(size)
        _kept.append(old)
        struct.pack_into("<Q", new, 0, handler)
        struct.pack_into("<i", new, flags_at, siginfo | onstack)
        if _libc.sigaction(signal, new, old) != 0:
            raise OSError(ctypes.get_errno(), f"sigaction({signal}) failed installing the guard-page handler")
        previous = struct.unpack_from("<Q", old, 0)[0]
        flags = struct.unpack_from("<i", old, flags_at)[0]
        if flags & siginfo or previous not in (_SIG_DFL, _SIG_IGN):
            chain = (signal, previous, 0)
        else:   # put the default (or ignore) back and let the fault repeat under it
            chain = (signal, sigaction, _address(old))
        _write(_registry, abi.REGISTRY_CHAIN + abi.REGISTRY_CHAIN_ENTRY * index, *chain)


def register(artifact) -> None:
    """Let the handler turn faults at `artifact`'s guarded accesses into out-of-bounds traps."""
    sites = artifact.meta.get(abi.META_FAULT_SITES, [])
    table = (ctypes.c_uint32 * (2 * len(sites) or 1))(*(bound for site in sites for bound in site))
    with _lock:
        if _registry is None:
            _new_registry(64)
        count = struct.unpack_from("<Q", _registry, abi.REGISTRY_COUNT)[0]
        if count == _capacity:
            _new_registry(2 * _capacity)
        _kept.append(table)
        _write(_registry, abi.REGISTRY_RECORDS + abi.RECORD_SIZE * count, artifact.text_base,
               artifact.text_base + artifact.text_end, _address(table), len(sites),
               artifact.symbol(abi.TRAP_SYMBOL))
        _write(_registry, abi.REGISTRY_COUNT, count + 1)   # the record is complete before it counts
        if _slot is None:
            _install(artifact)
