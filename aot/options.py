"""The compile options that shape the generated code: one frozen record, `CompileOptions`.

Every option that changes what a module compiles to lives here, once, with its
allowed values and its default: fuel metering and epoch checks (aot/ir/build.py),
how 32-bit memories' accesses are bounds checked (`BOUNDS_CHECKS`), how atomic
read-modify-writes are compiled (`ATOMICS`), whether the artifact is also a C library
(`c_api`, its prefix: aot/capi/), and the register allocator
(`REGALLOCS`: it changes the code, not what it does, so it is part of the cache
key but not of the metadata).  How a compile runs (`jobs`, the allocation
checker, a progress bar) is not an option here: the output is the same either way.

The record is built from keyword arguments (`from_keywords`: the Python API's
`**options`, one line of error for an unknown name or a bad value) or from the
CLI's argparse namespace (`from_args`), and says what it contributes to the
compile cache key (`cache_key`) and to an artifact's metadata (`metadata`;
read back by `from_metadata`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from wasmoon_aot.runtime import abi

# How a 32-bit memory's accesses are bounds checked: "guard" (the default) by the faults of
# the memory's guard pages (runtime/abi.py "Guard pages"), "explicit" by a compare and branch.
BOUNDS_CHECKS = ("guard", "explicit")
# How atomic read-modify-writes are compiled (aot/isa/aarch64/atomics.py): with the Armv8.1 LSE
# instructions (the default) or with exclusive-pair loops, for cores without LSE.
ATOMICS = ("lse", "llsc")
# The register allocators (aot/regalloc/): the default first.
REGALLOCS = ("backtracking", "simple")
_CHOICES = {"bounds_checks": BOUNDS_CHECKS, "atomics": ATOMICS, "regalloc": REGALLOCS}


def is_c_identifier(text) -> bool:
    """Whether `text` can be a C identifier (or begin one): the C API's prefix must."""
    return isinstance(text, str) and text.isascii() and text.isidentifier()


@dataclass(frozen=True)
class CompileOptions:
    consume_fuel: bool = False           # meter execution with the store's fuel
    epoch_interruption: bool = False     # check the epoch deadline at function entries and loop headers
    bounds_checks: str = BOUNDS_CHECKS[0]
    atomics: str = ATOMICS[0]
    regalloc: str = REGALLOCS[0]
    c_api: str | None = None             # the artifact is also a C library with this prefix (aot/capi/)

    def __post_init__(self):
        for name, choices in _CHOICES.items():
            value = getattr(self, name)
            if value not in choices:
                raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
        for name in ("consume_fuel", "epoch_interruption"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False, not {getattr(self, name)!r}")
        if self.c_api is not None and not is_c_identifier(self.c_api):
            raise ValueError(f"c_api must be a C identifier (the C API's prefix), not {self.c_api!r}")

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in fields(cls))

    @classmethod
    def from_keywords(cls, **options) -> CompileOptions:
        """The record of these keyword arguments (TypeError naming an unknown one)."""
        unknown = sorted(set(options) - set(cls.names()))
        if unknown:
            raise TypeError(f"unknown compile option {unknown[0]!r}: expected one of {', '.join(cls.names())}")
        return cls(**options)

    @classmethod
    def from_args(cls, args) -> CompileOptions:
        """The record of an argparse namespace: its attributes named as the options (a command
        without one of those flags gets the default)."""
        return cls(**{name: getattr(args, name) for name in cls.names() if hasattr(args, name)})

    @classmethod
    def from_metadata(cls, meta: dict) -> CompileOptions:
        """The options an artifact's metadata records (fuel and epochs; the others are not recorded)."""
        return cls(consume_fuel=bool(meta.get(abi.META_CONSUME_FUEL)),
                   epoch_interruption=bool(meta.get(abi.META_EPOCH_INTERRUPTION)))

    @property
    def guard_pages(self) -> bool:
        """Whether 32-bit memories' accesses are checked by the faults of guard pages."""
        return self.bounds_checks == "guard"

    def cache_key(self) -> dict:
        """This record's part of the compile cache key: every option, by name."""
        return asdict(self)

    def metadata(self, has_memory32: bool) -> dict:
        """This record's entries in the metadata of a module (with a 32-bit memory if `has_memory32`):
        only the options that are on, so an artifact built without them is what it always was."""
        meta = {}
        if self.consume_fuel:
            meta[abi.META_CONSUME_FUEL] = True
        if self.epoch_interruption:
            meta[abi.META_EPOCH_INTERRUPTION] = True
        if self.guard_pages and has_memory32:   # its memories get guard pages
            meta[abi.META_GUARD_PAGES] = True
        return meta
