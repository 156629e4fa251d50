"""The ABI contract between compiled artifacts and the runtime.

Everything both sides must agree on lives here and nowhere else: the metadata
blob's framing, trap codes and their spec messages, the Store and VMContext
layouts, the host-function record, and the signatures of the trampolines the
compiler emits.  Standard library only: the runtime imports it inside the
emulated AArch64 Python.

Value slots
    Every Wasm value crosses a boundary as one 64-bit slot holding its raw bits:
    i32 and f32 zero-extended from 32 bits, i64 and f64 as they are, funcref,
    externref and anyref as a pointer-sized word (0 is null; an anyref's bits are
    described at ANYREF_I31_TAG); a v128 takes two consecutive
    slots, its low 64 bits first (`value_slots`, `slot_count`).

Entry trampoline (one per function type that is called from outside)
    int32_t entry(void *vmctx, void *code, uint64_t *values)
    `values` holds the arguments on entry and the results on return; it has
    max(slot_count(params), slot_count(results)) slots.  Returns 0, or a trap code.  It saves
    the callee-saved registers, records the entry stack pointer in the Store
    (restoring the previous one on exit, so entries nest), and on the outermost
    entry sets the Store's stack limit STACK_BUDGET bytes below it.

Host trampoline (one per imported function type)
    Called by Wasm code like any function, with the import slot's callee vmctx
    pointing at a HostFunc record.  It spills the arguments into a values array
    on its stack and calls
        int32_t callback(int64_t host_id, uint64_t *values)
    which writes the results back in place and returns 0, or a trap code.
    Its values array has max(slot_count(params), slot_count(results)) slots.

Trap stub (`TRAP_SYMBOL`, one per artifact)
    Wasm code traps with `x0` = its vmctx (or a HostFunc record: both start with
    the Store pointer), `w1` = trap code, then `bl` to the stub.  The stub stores
    the code and the return address (the instruction after the `bl`) in the
    Store, and the return addresses of the frames above it up to the entry
    (STORE_TRAP_FRAMES), resets sp to the entry stack pointer and returns the code
    from the entry trampoline.  The metadata's trap_sites table is keyed by such
    return addresses' text offsets: the trap's, and every call's (a caller's frame).
"""

from __future__ import annotations

import enum
import hashlib
import json
import struct

# --- metadata blob ---------------------------------------------------------

METADATA_SYMBOL = "wasmoon_metadata"
TEXT_SYMBOL = "wasmoon_text"  # start of the text; metadata offsets are relative to it
TRAP_SYMBOL = "wasmoon_trap"
DATA_SYMBOL = "wasmoon_data"  # data segments' bytes; META_DATAS entries give [start, length] within it
METADATA_MAGIC = b"WASMOON\0"
METADATA_VERSION = 1
METADATA_HEADER = struct.Struct("<8sII")  # magic, version, JSON length

# The metadata's top-level keys: aot/artifact.py writes them, runtime/artifact.py
# (and instance.py, worker.py, interrupt.py) read them.  ENTRY_KEYS below names the
# keys of the entries (dicts) under each list-valued one.
META_TYPES = "types"                  # one entry by type index
META_IMPORTS = "imports"              # one entry per import, in import order
META_FUNCTIONS = "functions"          # one entry by function index (ENTRY_OFFSET None: imported)
META_MEMORIES = "memories"            # one entry per defined memory
META_TABLES = "tables"                # one entry per defined table
META_GLOBALS = "globals"              # one entry per defined global
META_EXPORTS = "exports"              # one entry per export
META_START = "start"                  # start function index, or None
META_DATAS = "datas"                  # one entry per data segment
META_ELEMS = "elems"                  # one entry per element segment
META_ENTRY_TRAMPOLINES = "entry_trampolines"      # type index (string) -> text offset
META_HOST_TRAMPOLINES = "host_trampolines"        # imported function type index (string) -> text offset
META_BUILTIN_TRAMPOLINES = "builtin_trampolines"  # builtin name -> text offset
META_TRAP_SITES = "trap_sites"        # sorted [return address text offset, function index, Wasm offset]: traps, calls
META_LANDING_SITES = "landing_sites"  # sorted return address text offsets of calls a try_table guards
META_TAGS = "tags"                    # one entry per defined tag
META_VMCTX = "vmctx"                  # VMContextLayout.counts()

# The keys inside those entries (an entry is a dict; constant expressions are
# [[operator name, immediate], ...]).
ENTRY_PARAMS = "params"               # a type's parameter value types
ENTRY_RESULTS = "results"             # a type's result value types
ENTRY_MODULE = "module"               # an import's module name
ENTRY_NAME = "name"                   # an import's or export's name; a function's name section name or None
ENTRY_KIND = "kind"                   # "func", "memory", "table", "global" or "tag"
ENTRY_TYPE = "type"                   # a function's or tag's type index; a global's value type
ENTRY_MIN = "min"                     # limits: the minimum size (pages or elements)
ENTRY_MAX = "max"                     # limits: the maximum size, or None
ENTRY_ELEM_TYPE = "elem_type"         # a table's or element segment's reference type
ENTRY_MUTABLE = "mutable"             # whether a global is mutable
ENTRY_INIT = "init"                   # a global's initial value, a table's if it has one (constant expression)
ENTRY_OFFSET = "offset"               # a function's text offset; a segment's offset (constant expression or None)
ENTRY_SIZE = "size"                   # a function's code size in bytes
ENTRY_INDEX = "index"                 # the index of an export's item in its kind's index space
ENTRY_MODE = "mode"                   # a segment's mode: "active", "passive" or (elements) "declarative"
ENTRY_MEMORY = "memory"               # an active data segment's memory index
ENTRY_TABLE = "table"                 # an active element segment's table index
ENTRY_BYTES = "bytes"                 # a data segment's [start, length] in DATA_SYMBOL
ENTRY_ITEMS = "items"                 # an element segment's items (constant expressions)
ENTRY_IS64 = "is64"                   # true for a 64-bit memory or table (memory64); absent otherwise
ENTRY_PAGE_SIZE_LOG2 = "page_size_log2"  # a memory's page size, log2 bytes; absent for PAGE_SIZE_LOG2
ENTRY_SHARED = "shared"               # true for a shared memory (threads); absent otherwise
ENTRY_EXACT = "exact"                 # true for a function imported with an exact type (custom
                                      # descriptors: no subtype's function matches); absent otherwise
ENTRY_FIELDS = "fields"               # a struct type's fields: [storage type, mutable] each (gc)
ENTRY_ELEMENT = "element"             # an array type's element: [storage type, mutable] (gc)
ENTRY_SUPERTYPE = "supertype"         # a gc type's declared supertype index, or None
ENTRY_CANON = "canon"                 # a gc type's spelling (struct, array, or function type in a rec group
                                      # or with a sub declaration): equal types spell alike
# The keys an entry under each top-level key may have (an import has those of its kind).
ENTRY_KEYS = {
    META_TYPES: (ENTRY_PARAMS, ENTRY_RESULTS, ENTRY_FIELDS, ENTRY_ELEMENT, ENTRY_SUPERTYPE, ENTRY_CANON),
    META_IMPORTS: (ENTRY_MODULE, ENTRY_NAME, ENTRY_KIND, ENTRY_TYPE, ENTRY_MIN, ENTRY_MAX, ENTRY_ELEM_TYPE,
                   ENTRY_MUTABLE, ENTRY_IS64, ENTRY_PAGE_SIZE_LOG2, ENTRY_SHARED, ENTRY_EXACT),
    META_FUNCTIONS: (ENTRY_TYPE, ENTRY_OFFSET, ENTRY_SIZE, ENTRY_NAME),
    META_MEMORIES: (ENTRY_MIN, ENTRY_MAX, ENTRY_IS64, ENTRY_PAGE_SIZE_LOG2, ENTRY_SHARED),
    META_TABLES: (ENTRY_ELEM_TYPE, ENTRY_MIN, ENTRY_MAX, ENTRY_INIT, ENTRY_IS64),
    META_GLOBALS: (ENTRY_TYPE, ENTRY_MUTABLE, ENTRY_INIT),
    META_EXPORTS: (ENTRY_NAME, ENTRY_KIND, ENTRY_INDEX),
    META_TAGS: (ENTRY_TYPE,),
    META_DATAS: (ENTRY_MODE, ENTRY_MEMORY, ENTRY_OFFSET, ENTRY_BYTES),
    META_ELEMS: (ENTRY_MODE, ENTRY_TABLE, ENTRY_ELEM_TYPE, ENTRY_OFFSET, ENTRY_ITEMS),
}
# Compile options that add code, recorded (value true) only when on, so an artifact
# built without them is byte-identical to one from a compiler that never had them.
META_CONSUME_FUEL = "consume_fuel"
META_EPOCH_INTERRUPTION = "epoch_interruption"
COMPILE_OPTION_KEYS = (META_CONSUME_FUEL, META_EPOCH_INTERRUPTION)  # the META_ keys that are compile options
# Bounds checks by guard pages (see "Guard pages" below): guard_pages (value true) when a module
# with a 32-bit memory is compiled with them (its memories get them); fault_sites when accesses
# rely on them (sorted [start, end) text offsets of their code).
META_GUARD_PAGES = "guard_pages"
META_FAULT_SITES = "fault_sites"
GUARD_KEYS = (META_GUARD_PAGES, META_FAULT_SITES)
# The META_ keys written only for a module that has tags or try_tables (exceptions), so that the
# metadata of a module without them is what it always was.
EXCEPTION_KEYS = (META_TAGS, META_LANDING_SITES)


def compile_options(meta: dict) -> dict:
    """The compile options an artifact's metadata records: {key: True} for each one that is on."""
    return {key: True for key in COMPILE_OPTION_KEYS if meta.get(key)}


def pack_metadata(meta: dict) -> bytes:
    """Frame the metadata dict as the blob stored behind METADATA_SYMBOL (deterministic)."""
    body = json.dumps(meta, sort_keys=True, separators=(",", ":")).encode()
    return METADATA_HEADER.pack(METADATA_MAGIC, METADATA_VERSION, len(body)) + body


def unpack_metadata(header_and_body: bytes) -> dict:
    magic, version, length = METADATA_HEADER.unpack_from(header_and_body)
    if magic != METADATA_MAGIC:
        raise ValueError("not a wasmoon-aot artifact (bad metadata magic)")
    if version != METADATA_VERSION:
        raise ValueError(f"artifact metadata version {version}, runtime reads {METADATA_VERSION}")
    start = METADATA_HEADER.size
    return json.loads(header_and_body[start:start + length])


# --- integrity record -------------------------------------------------------
#
# Every artifact carries one record outside the metadata, found from the file's
# own headers (an ELF SHT_NOTE section named INTEGRITY_OWNER, a Mach-O LC_NOTE
# whose data owner is INTEGRITY_OWNER) so the runtime checks the file before
# the dynamic loader maps it (runtime/integrity.py says which bytes the checksum
# covers).  ABI_IDENTITY is a digest of this very file: an artifact whose
# compiler shared another version of this contract is refused, whatever it is.

INTEGRITY_OWNER = b"wasmoon"
INTEGRITY_MAGIC = b"WASMOON\1"
INTEGRITY_RECORD = struct.Struct("<8s32sI68s")  # magic, ABI_IDENTITY, content checksum, fingerprint
INTEGRITY_CHECKSUM = struct.Struct("<I")  # the checksum field alone...
INTEGRITY_CHECKSUM_AT = 40                # ...and where it lies in the record
with open(__file__, "rb") as _source:
    ABI_IDENTITY = hashlib.sha256(_source.read()).digest()


def pack_integrity_record(checksum: int, fingerprint: str) -> bytes:
    """The record for an artifact built by compiler `fingerprint` whose content checksum is `checksum`."""
    name = fingerprint.encode()
    if len(name) > INTEGRITY_RECORD.size - INTEGRITY_CHECKSUM_AT - INTEGRITY_CHECKSUM.size:
        raise ValueError(f"compiler fingerprint {fingerprint!r} is too long for the integrity record")
    return INTEGRITY_RECORD.pack(INTEGRITY_MAGIC, ABI_IDENTITY, checksum, name)


def unpack_integrity_record(record: bytes) -> tuple[bytes, bytes, int, str]:
    """(magic, ABI identity, content checksum, compiler fingerprint) of a record."""
    magic, identity, checksum, name = INTEGRITY_RECORD.unpack(record)
    return magic, identity, checksum, name.rstrip(b"\0").decode(errors="replace")


# --- traps ------------------------------------------------------------------

class TrapCode(enum.IntEnum):
    OK = 0
    UNREACHABLE = 1
    INTEGER_DIVIDE_BY_ZERO = 2
    INTEGER_OVERFLOW = 3
    INVALID_CONVERSION = 4
    MEMORY_OUT_OF_BOUNDS = 5
    TABLE_OUT_OF_BOUNDS = 6
    INDIRECT_CALL_TYPE_MISMATCH = 7
    UNINITIALIZED_ELEMENT = 8
    UNDEFINED_ELEMENT = 9
    NULL_REFERENCE = 10
    STACK_OVERFLOW = 11
    HOST_EXCEPTION = 12
    EXIT = 13  # not a fault: the guest asked to exit (WASI proc_exit); errors.Exit carries the status
    OUT_OF_FUEL = 14  # artifacts built with consume_fuel: the store's fuel ran out
    INTERRUPT = 15    # artifacts built with epoch_interruption: the store's epoch deadline was reached
    NULL_FUNCTION_REFERENCE = 16  # call_ref / return_call_ref of a null reference
    UNCAUGHT_EXCEPTION = 17  # a Wasm exception left the innermost entry (runtime/exceptions.py raises it)
    NULL_EXCEPTION_REFERENCE = 18  # throw_ref of a null exnref
    NULL_I31_REFERENCE = 19  # i31.get_s / i31.get_u of a null reference
    CAST_FAILURE = 20  # ref.cast of a reference not of the target type
    NULL_STRUCT_REFERENCE = 21
    NULL_ARRAY_REFERENCE = 22
    ARRAY_OUT_OF_BOUNDS = 23
    ALLOCATION_TOO_LARGE = 24
    OUT_OF_GC_MEMORY = 25
    UNALIGNED_ATOMIC = 26  # an atomic access whose effective address is not a multiple of its size
    EXPECTED_SHARED_MEMORY = 27  # memory.atomic.wait32/64 on a memory that is not shared
    MISSING_IMPORT = 28  # the C API's <prefix>_new: an import the module needs is NULL
    OUT_OF_MEMORY = 29   # the C API's <prefix>_new: the C library could not allocate the instance
    NULL_DESCRIPTOR_REFERENCE = 30  # struct.new_desc or a descriptor cast given a null descriptor
    DESCRIPTOR_CAST_FAILURE = 31    # ref.cast_desc_eq of a reference without that descriptor


# The spec suite's text for each trap (assert_trap / assert_exhaustion match by prefix).
TRAP_MESSAGES = {
    TrapCode.UNREACHABLE: "unreachable",
    TrapCode.INTEGER_DIVIDE_BY_ZERO: "integer divide by zero",
    TrapCode.INTEGER_OVERFLOW: "integer overflow",
    TrapCode.INVALID_CONVERSION: "invalid conversion to integer",
    TrapCode.MEMORY_OUT_OF_BOUNDS: "out of bounds memory access",
    TrapCode.TABLE_OUT_OF_BOUNDS: "out of bounds table access",
    TrapCode.INDIRECT_CALL_TYPE_MISMATCH: "indirect call type mismatch",
    TrapCode.UNINITIALIZED_ELEMENT: "uninitialized element",
    TrapCode.UNDEFINED_ELEMENT: "undefined element",
    TrapCode.NULL_REFERENCE: "null reference",
    TrapCode.STACK_OVERFLOW: "call stack exhausted",
    TrapCode.HOST_EXCEPTION: "host function raised an exception",
    TrapCode.EXIT: "exit",
    TrapCode.OUT_OF_FUEL: "all fuel consumed by WebAssembly",  # wasmtime's texts for these two
    TrapCode.INTERRUPT: "interrupt",
    TrapCode.NULL_FUNCTION_REFERENCE: "null function reference",
    TrapCode.UNCAUGHT_EXCEPTION: "uncaught exception",
    TrapCode.NULL_EXCEPTION_REFERENCE: "null exception reference",
    TrapCode.NULL_I31_REFERENCE: "null i31 reference",
    TrapCode.CAST_FAILURE: "cast failure",
    TrapCode.NULL_DESCRIPTOR_REFERENCE: "null descriptor reference",
    TrapCode.DESCRIPTOR_CAST_FAILURE: "descriptor cast failure",
    TrapCode.NULL_STRUCT_REFERENCE: "null structure reference",
    TrapCode.NULL_ARRAY_REFERENCE: "null array reference",
    TrapCode.ARRAY_OUT_OF_BOUNDS: "out of bounds array access",
    TrapCode.ALLOCATION_TOO_LARGE: "allocation size too large",
    TrapCode.UNALIGNED_ATOMIC: "unaligned atomic",
    TrapCode.EXPECTED_SHARED_MEMORY: "expected shared memory",
    TrapCode.OUT_OF_GC_MEMORY: "out of memory: the gc heap is full",
    TrapCode.MISSING_IMPORT: "missing import",
    TrapCode.OUT_OF_MEMORY: "out of memory",
}

# Bytes of native stack that Wasm code may use below the outermost entry.
STACK_BUDGET = 1 << 20

# --- Store: one per store, shared by its instances -------------------------

STORE_ENTRY_SP = 0      # sp at the innermost active entry trampoline, 0 outside Wasm
STORE_STACK_LIMIT = 8   # prologues trap when sp would go below this
STORE_TRAP_CODE = 16    # u32, written by the trap stub
STORE_TRAP_PC = 24      # return address of the trapping `bl`, absolute
STORE_FUEL = 32         # i64 fuel left (consume_fuel code traps at a check where it is <= 0)
STORE_INTERRUPT = 40    # u64, nonzero once the epoch reached the store's deadline (runtime/interrupt.py)
STORE_EXCEPTION = 48    # externref handle of the exception being caught, 0 when none (exceptions.py)
# gc (runtime/gc_heap.py): the current allocation run [GC_TOP, GC_END) that compiled code
# bumps through, and the shadow stack where compiled code keeps the references live across
# a safepoint (a call or an allocation), one frame of 8-byte slots per function activation
# that has any: [its base, STORE_SHADOW_TOP) is every root in Wasm frames.
STORE_GC_TOP = 56
STORE_GC_END = 64
STORE_SHADOW_TOP = 72
STORE_SHADOW_LIMIT = 80
STORE_HOST_CALLS = 88   # u64, calls from the store's Wasm code into Python (store.py's _dispatch counts them)
# The trap stub's backtrace (Trap.frames): walking the fp chain from the trapping frame up to the
# innermost entry, it stores the return address of each Wasm caller (innermost first, at most
# TRAP_FRAMES_MAX) from STORE_TRAP_FRAMES on, and the byte offset just past the last one in
# STORE_TRAP_FRAMES_END.
STORE_TRAP_FRAMES_END = 96
STORE_TRAP_FRAMES = 104
TRAP_FRAMES_MAX = 64
STORE_SIZE = STORE_TRAP_FRAMES + 8 * TRAP_FRAMES_MAX

# --- VMContext: one per instance --------------------------------------------
#
# Fixed header, then variable-length arrays whose offsets VMContextLayout
# computes from the module's counts (the metadata records the counts, so the
# compiler and the runtime derive the same offsets from this one function):
#
#   imports[i]    16 bytes: code address, callee vmctx (or HostFunc record)
#   builtins[b]   16 bytes: like an import; runtime services (BUILTINS below)
#   tables[t]      8 bytes: TableDef *   (defined here, or the exporter's)
#   globals[g]     8 bytes: pointer to the global's 16-byte cell
#   memories[m]    8 bytes: MemoryDef * of memory m + 1 (multi-memory)
#   datas          8 bytes: SegmentDef * of the instance's data segments (an array, one per segment)
#   elems          8 bytes: SegmentDef * of its element segments (likewise)
#
# Linear memory 0 is reached through VMCTX_MEMORY -> MemoryDef, and any other
# memory through its memories[] pointer, so an imported memory grown by another
# instance is seen at once.

VMCTX_STORE = 0         # Store *
VMCTX_MEMORY = 8        # MemoryDef * of memory 0, or 0
VMCTX_FUNCREFS = 16     # FuncRef[num functions]: one record per function of the index space
VMCTX_TYPE_IDS = 24     # uint32[num types]: process-wide canonical id of each function type
VMCTX_HEADER_SIZE = 32
IMPORT_SLOT_SIZE = 16
IMPORT_SLOT_CODE = 0    # code address to call
IMPORT_SLOT_VMCTX = 8   # vmctx (or HostFunc record) passed to it in x0

MEMORYDEF_BASE = 0      # uint8 *
MEMORYDEF_SIZE = 8      # bytes, a multiple of the memory's page size
MEMORYDEF_SIZE_OF = 16
PAGE_SIZE_LOG2 = 16     # the default page: 64 KiB
PAGE_SIZE = 1 << PAGE_SIZE_LOG2
# custom-page-sizes: the page sizes (log2 of the bytes) a memory may declare.
PAGE_SIZE_LOG2S = (0, PAGE_SIZE_LOG2)


def max_memory_pages(is64: bool, page_size_log2: int = PAGE_SIZE_LOG2) -> int:
    """The most pages a memory may have: 2**32 bytes (2**64 for a 64-bit memory), and one byte less
    with 1-byte pages (the byte size must fit the address type)."""
    address_bits = 64 if is64 else 32
    return min(1 << (address_bits - page_size_log2), (1 << address_bits) - 1)

TABLEDEF_BASE = 0       # uint64[size]: FuncRef * (0 = null) or an externref handle
TABLEDEF_SIZE = 8       # elements
TABLEDEF_SIZE_OF = 16
# Elements a table may grow to when it declares no maximum (the spec allows 2^32-1): the runtime's
# tables and the C API's native table.grow (aot/isa/aarch64/capi.py) both stop there.
TABLE_MAX_ELEMENTS = 10_000_000

# A data or element segment as compiled memory.init/table.init read it (runtime/segments.py):
SEGMENTDEF_ADDRESS = 0  # a data segment's bytes (in DATA_SYMBOL), an elem segment's uint64 reference bits
SEGMENTDEF_LENGTH = 8   # its length now, bytes or elements: 0 once dropped (data.drop/elem.drop, or applied)
SEGMENTDEF_SIZE_OF = 16

FUNCREF_CODE = 0        # a funcref value is a pointer to one of these records
FUNCREF_VMCTX = 8
FUNCREF_TYPE_ID = 16    # uint32
FUNCREF_SIZE = 24

GLOBAL_CELL_SIZE = 16   # value bits at offset 0 (i32/f32 zero-extended)

# Runtime services called from Wasm code like imported functions, through the
# per-signature host trampolines: (name, params, results).  Immediates of the
# Wasm instruction (segment and table indices) are passed as leading i32 args.
BUILTINS = (
    # Bulk memory and table operations are native code (no builtin); growing stays here.
    ("memory.grow", ("i32",), ("i32",)),                          # delta -> old pages or -1
    ("table.grow", ("i32", "i64", "i32"), ("i32",)),              # table, init ref, delta
    # Memories other than memory 0 (multi-memory) and 64-bit ones (memory64): the memory index
    # leads, the delta and result are i64.
    ("memory.grow.indexed", ("i32", "i64"), ("i64",)),            # memory, delta -> old pages or -1
    # 64-bit tables (memory64): an i64 delta and result.
    ("table.grow64", ("i32", "i64", "i64"), ("i64",)),            # table, init ref, delta
    # Exceptions (runtime/exceptions.py): an exception is an externref handle; tags are indices
    # in the instance's tag index space, payload slots count abi.value_slots.
    ("exn.new", ("i32",), ("externref",)),                        # tag -> a new exception
    ("exn.throw", ("externref",), ()),                            # exn: unwinds, never returns
    ("exn.take", (), ("externref",)),                             # the caught exception; clears it
    ("exn.is", ("externref", "i32"), ("i32",)),                   # exn, tag -> whether exn has that tag
    *((f"exn.set.{ty}", ("externref", "i32", ty), ()) for ty in ("i32", "i64", "f32", "f64", "v128",
                                                                 "funcref", "externref")),
    *((f"exn.get.{ty}", ("externref", "i32"), (ty,)) for ty in ("i32", "i64", "f32", "f64", "v128",
                                                                "funcref", "externref")),
    # gc: objects are allocated by the runtime for now (abi GC_TYPE_ID describes them).
    ("gc.alloc", ("i32", "i32"), ("anyref",)),                    # type index, array length (0 for a struct)
    ("gc.test", ("anyref", "i32", "i32"), ("i32",)),              # ref, type index, flags -> is one
    ("array.fill", ("anyref", "i32", "i64", "i32"), ()),          # array, dst, value bits, len
    ("array.copy", ("anyref", "i32", "anyref", "i32", "i32"), ()),  # dst array, dst, src array, src, len
    ("array.init_data", ("i32", "anyref", "i32", "i32", "i32"), ()),  # data segment, array, dst, src, len
    ("array.init_elem", ("i32", "anyref", "i32", "i32", "i32"), ()),  # elem segment, array, dst, src, len
    ("array.new_data", ("i32", "i32", "i32", "i32"), ("anyref",)),  # type index, data segment, src, len
    ("array.new_elem", ("i32", "i32", "i32", "i32"), ("anyref",)),  # type index, elem segment, src, len
    # threads (runtime/waiters.py): the memory index and the memarg offset lead, then the Wasm operands
    # (the address zero-extended); each traps on an unaligned or out-of-bounds effective address.
    ("memory.atomic.notify", ("i32", "i64", "i64", "i32"), ("i32",)),  # memory, offset, addr, count -> woken
    ("memory.atomic.wait32", ("i32", "i64", "i64", "i32", "i64"), ("i32",)),  # ..., expected, timeout ns
    ("memory.atomic.wait64", ("i32", "i64", "i64", "i64", "i64"), ("i32",)),  # -> 0 ok, 1 not-equal, 2 timed out
)
BUILTIN_INDEX = {name: index for index, (name, _, _) in enumerate(BUILTINS)}
BUILTIN_SIGNATURES = {name: (params, results) for name, params, results in BUILTINS}


class VMContextLayout:
    """Offsets of the variable parts of one module's VMContext."""

    def __init__(self, num_imported_funcs: int, num_tables: int, num_globals: int, num_memories: int = 1):
        self.num_imported_funcs = num_imported_funcs
        self.num_tables = num_tables
        self.num_globals = num_globals
        self.num_memories = num_memories
        self.imports = VMCTX_HEADER_SIZE
        self.builtins = self.imports + IMPORT_SLOT_SIZE * num_imported_funcs
        self.tables = self.builtins + IMPORT_SLOT_SIZE * len(BUILTINS)
        self.globals = self.tables + 8 * num_tables
        self.memories = self.globals + 8 * num_globals
        self.datas = self.memories + 8 * max(num_memories - 1, 0)
        self.elems = self.datas + 8
        self.size = self.elems + 8

    @classmethod
    def from_metadata(cls, meta: dict) -> "VMContextLayout":
        counts = meta[META_VMCTX]
        return cls(counts["imported_funcs"], counts["tables"], counts["globals"], counts.get("memories", 1))

    def counts(self) -> dict:
        """The counts the metadata records; "memories" only when there are several (memory 0 needs
        no slot of its own), so a module with at most one memory records what it always did."""
        counts = {"imported_funcs": self.num_imported_funcs, "tables": self.num_tables,
                  "globals": self.num_globals}
        if self.num_memories > 1:
            counts["memories"] = self.num_memories
        return counts

    def import_slot(self, index: int) -> int:
        return self.imports + IMPORT_SLOT_SIZE * index

    def builtin_slot(self, name: str) -> int:
        return self.builtins + IMPORT_SLOT_SIZE * BUILTIN_INDEX[name]

    def memory(self, index: int) -> int:
        """The offset of memory `index`'s MemoryDef pointer."""
        return VMCTX_MEMORY if index == 0 else self.memories + 8 * (index - 1)

    def table(self, index: int) -> int:
        return self.tables + 8 * index

    def global_(self, index: int) -> int:
        return self.globals + 8 * index


# --- Guard pages: bounds checks by faults (compile option bounds_checks="guard") ---
#
# A 32-bit memory reserves GUARDED_RESERVATION bytes of address space (4 GiB, then a
# PROT_NONE guard of GUARD_BYTES), so an access at zero-extended addr + offset, with
# offset + size <= GUARD_BYTES, lands in the reservation: compiled code makes it
# unchecked and lists its code in META_FAULT_SITES ([start, end) text offsets,
# sorted); the trap site keyed by `end` (META_TRAP_SITES) is its Wasm offset.  A
# wider access (and every 64-bit memory's) keeps its explicit check.
#
# The fault handler (GUARD_HANDLER_SYMBOL, AArch64 code in every guard artifact,
# `void handler(int sig, siginfo_t *, void *ucontext)`) is installed once per process
# for SIGSEGV and SIGBUS.  It reads the registry whose address the runtime keeps in
# the handler artifact's data word GUARD_SLOT_SYMBOL.  Registry (all uint64):
GUARD_BYTES = 32 << 20   # as wasmtime's default: offsets past it are rare, and qemu-user's cost is per page
GUARDED_RESERVATION = (1 << 32) + GUARD_BYTES
GUARD_HANDLER_SYMBOL = "wasmoon_guard_handler"
GUARD_SLOT_SYMBOL = "wasmoon_guard_registry"
REGISTRY_UC_INDIRECT = 0     # 0: the registers are in the ucontext; else the offset of a pointer to them
REGISTRY_UC_REGS = 8         # offset of x0 from the ucontext (or from that pointer); then x1..x30, sp, pc
REGISTRY_CHAIN = 16          # GUARD_SIGNALS x {signal, function, argument}: a fault that is not a
REGISTRY_CHAIN_ENTRY = 24    # Wasm access branches to function(signal, info, ucontext), or with an
GUARD_SIGNALS = 2            # argument, to function(signal, argument, NULL) (sigaction restoring the
                             # previous action, so the fault repeats under it)
REGISTRY_COUNT = REGISTRY_CHAIN + GUARD_SIGNALS * REGISTRY_CHAIN_ENTRY   # artifacts registered
REGISTRY_RECORDS = REGISTRY_COUNT + 8
RECORD_TEXT = 0              # an artifact's text start
RECORD_TEXT_END = 8          # its end
RECORD_SITES = 16            # uint32 [start, end) pairs: META_FAULT_SITES
RECORD_SITE_COUNT = 24
RECORD_TRAP_STUB = 32        # the trap stub's address
RECORD_SIZE = 40
UC_REG_FP, UC_REG_LR, UC_REG_PC = 8 * 29, 8 * 30, 8 * 32   # from x0 in the register block
# The handler rewrites a guarded access's fault as a call of the trap stub from its end:
# x0 = [fp - 8] (the function's vmctx, as its trap islands read it), w1 =
# MEMORY_OUT_OF_BOUNDS, lr = text + end, pc = the trap stub.
FRAME_VMCTX = -8             # where every Wasm function with a frame keeps its vmctx, from fp
# Where the registers of the interrupted code lie in the handler's ucontext:
# (REGISTRY_UC_INDIRECT, REGISTRY_UC_REGS) per OS.  Linux: ucontext_t.uc_mcontext at 176 is
# {fault_address, regs[31], sp, pc, pstate}; macOS: uc_mcontext (offset 48) points to
# {es (16 bytes), ss {x[29], fp, lr, sp, pc, cpsr}}.
UCONTEXT_REGISTERS = {"linux": (0, 184), "darwin": (48, 16)}

# --- HostFunc record: the callee vmctx of an imported host function ---------

HOSTFUNC_STORE = 0      # same place as VMCTX_STORE, so the trap stub treats both alike
HOSTFUNC_CALLBACK = 8   # int32_t (*)(int64_t host_id, uint64_t *values)
HOSTFUNC_ID = 16
HOSTFUNC_SIZE = 24
# The C API (compile option c_api, aot/capi/): an imported function is a C function pointer
# `int (*)(void *env, params..., result pointers...)` from the embedder's imports struct, whose
# first word is that `env`; its import slot's vmctx is one of these records (the Store first,
# so the trap stub treats it like a vmctx), and its code an adapter of the function's type.
C_IMPORTS_ENV = 0       # the embedder's `void *env`, then one pointer per import
# A C library's memory is a MemoryDef followed by the most bytes memory.grow may make it (the
# embedder's `<prefix>_memory` {base, size, max_size}: an exporter's limits travel with it).
C_MEMORY_MAXIMUM = 16
C_MEMORY_SIZE_OF = 24
CIMPORT_STORE = 0
CIMPORT_FUNCTION = 8
CIMPORT_ENV = 16
CIMPORT_SIZE = 24
HOST_FRAME_RECORD = 16  # where a host trampoline keeps its HostFunc record, above its frame record (fp)
HOST_FRAME_VALUES = 32  # a host trampoline's values array lies this far above its frame record (its fp)

VALUE_TYPES = ("i32", "i64", "f32", "f64", "v128", "funcref", "externref", "anyref")


def value_slots(valtype: str) -> int:
    """How many 64-bit value slots a value of `valtype` takes: 2 for a v128, else 1."""
    return 2 if valtype == "v128" else 1


def slot_count(types) -> int:
    """The value slots of a sequence of values of these types."""
    return sum(value_slots(ty) for ty in types)


# Typed references (Wasm 3.0) in the metadata's types (of functions, globals, tables):
# "(ref null HT)" or "(ref HT)", HT an abstract heap type or a function type spelled
# whole, starting with FUNC_TYPE_SPELLING (the compiler's aot/wasm/subtyping.portable_spelling),
# so that equal types spell alike in every artifact (a struct or array type starts with
# DATA_TYPE_SPELLING instead); "nullfuncref", "nullexternref" and the gc abbreviations
# ("anyref", "eqref", "i31ref", "structref", "arrayref", "nullref") are the nullable forms.
# An exact reference type (custom descriptors) has EXACT_SPELLING before its type: "(ref exact HT)".
# Such a value travels as a funcref, an externref for the extern hierarchy, or an anyref for
# the any hierarchy (gc): `value_kind` says which.
FUNC_TYPE_SPELLING = "<"
EXACT_SPELLING = "exact "
DATA_TYPE_SPELLING = "{"
_EXTERN_HEAPS = ("extern", "noextern", "exn", "noexn")  # an exnref travels as an externref
_FUNC_HEAPS = ("func", "nofunc")
ANY_HEAPS = ("any", "eq", "i31", "struct", "array", "none")
_ANY_ABBREVIATIONS = ("anyref", "eqref", "i31ref", "structref", "arrayref", "nullref")


def value_kind(valtype: str) -> str:
    """How a value of `valtype` travels: a VALUE_TYPES name.  (A heap type may also be a type
    index, as the compiler spells types before writing them.)"""
    if valtype in VALUE_TYPES:
        return valtype
    if valtype in ("nullfuncref", "nullexternref"):
        return valtype[4:]
    if valtype in ("exnref", "nullexnref"):
        return "externref"
    if valtype in _ANY_ABBREVIATIONS:
        return "anyref"
    if valtype.startswith("(ref "):
        heap = valtype[5:-1].removeprefix("null ").removeprefix(EXACT_SPELLING)
        if heap in _EXTERN_HEAPS:
            return "externref"
        if heap in ANY_HEAPS or heap.startswith(DATA_TYPE_SPELLING):
            return "anyref"
        if heap in _FUNC_HEAPS or heap.startswith(FUNC_TYPE_SPELLING) or heap.isdigit():
            return "funcref"
    raise ValueError(f"no representation for {valtype!r} values")


# --- anyref bits (gc) -----------------------------------------------------------------
# An anyref word is 0 (null), an i31 ((value << 1) | ANYREF_I31_TAG, zero-extended from
# 32 bits), or a host externref handle h carried inside the any hierarchy by
# any.convert_extern: (h << ANYREF_HOST_SHIFT) | ANYREF_HOST_TAG.  An anyref (other than
# null) carried in the extern hierarchy by extern.convert_any is its bits | EXTERNREF_FROM_ANY;
# host externref handles stay below that bit.  So the two conversions are exact inverses.
ANYREF_I31_TAG = 1
ANYREF_HOST_TAG = 2
ANYREF_TAG_MASK = 3
ANYREF_HOST_SHIFT = 2
EXTERNREF_FROM_ANY = 1 << 63


# A struct or array object (gc) lives outside linear memory, 8-aligned, so its anyref bits
# are its address.  Header: GC_TYPE_ID (u32, the canonical id of its type, as
# VMCTX_TYPE_IDS holds it) and GC_KIND (u32: GC_KIND_STRUCT or GC_KIND_ARRAY); a struct's
# header goes on with GC_DESCRIPTOR (u64: its descriptor object when its type has a descriptor
# clause, custom descriptors; else 0), at the same place in every struct, as a subtype may have
# a descriptor its supertype lacks; its fields follow from STRUCT_FIELDS, each naturally
# aligned in order (`struct_layout`); an array has its u32 length at ARRAY_LENGTH and its
# elements from ARRAY_DATA, packed.
GC_TYPE_ID = 0
GC_KIND = 4
GC_KIND_STRUCT = 1
GC_KIND_ARRAY = 2
GC_DESCRIPTOR = 8
STRUCT_FIELDS = 16
ARRAY_LENGTH = 8
ARRAY_DATA = 16
# gc.test's type index operand may instead name the abstract struct or array type; its flags
# operand has bit 0 set when null passes, GC_TEST_EXACT when only the type itself does (an exact
# reference type: no strict subtype).
GC_TEST_STRUCT = 0xFFFF_FFFF
GC_TEST_ARRAY = 0xFFFF_FFFE
GC_TEST_EXACT = 2
_STORAGE_BYTES = {"i8": 1, "i16": 2, "i32": 4, "f32": 4, "i64": 8, "f64": 8, "v128": 16}


def storage_bytes(storage: str) -> int:
    """Bytes a field or element of storage type `storage` takes (a reference: 8)."""
    return _STORAGE_BYTES.get(storage, 8)


def struct_layout(storages) -> tuple[list[int], int]:
    """(offset of each field, object size rounded up to 8) of a struct with these field types."""
    offsets, end = [], STRUCT_FIELDS
    for storage in storages:
        size = storage_bytes(storage)
        end = (end + size - 1) // size * size
        offsets.append(end)
        end += size
    return offsets, (end + 7) // 8 * 8


def i31_bits(value: int) -> int:
    """The anyref bits of ref.i31 `value` (its low 31 bits)."""
    return ((value << 1) | ANYREF_I31_TAG) & 0xFFFF_FFFF


def any_from_extern(bits: int) -> int:
    """any.convert_extern on raw bits."""
    if bits & EXTERNREF_FROM_ANY:
        return bits & ~EXTERNREF_FROM_ANY
    return bits and (bits << ANYREF_HOST_SHIFT) | ANYREF_HOST_TAG


def extern_from_any(bits: int) -> int:
    """extern.convert_any on raw bits."""
    if bits & ANYREF_TAG_MASK == ANYREF_HOST_TAG:
        return bits >> ANYREF_HOST_SHIFT
    return bits and bits | EXTERNREF_FROM_ANY
