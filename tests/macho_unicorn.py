"""A tiny dyld + libSystem + runtime for the tests: runs a Mach-O artifact's code under the Unicorn emulator.

`MachOFile` reads the dylib with its own parser (not the writer's code).
`UnicornDylib` is the dyld part: it maps each segment at a base address with
its protection, walks the chained fixups, rebases every pointer and resolves
every bind, and finds symbols through the exports trie.  A bind must name a
libSystem function the harness provides: a table {C name: Python function}
(its defaults are calloc, malloc, free, realloc, mmap, munmap, mprotect,
memcpy, memmove and memset, over the emulator's memory; a test adds or
replaces entries) gives each bound name a stub, a `ret` whose execution the
harness hooks to call the function with x0..x7 and put its result in x0.
`UnicornInstance` adds the runtime's part as runtime/abi.py describes it: it
reads the metadata behind `_wasmoon_metadata` and builds a Store, a VMContext
(memory, globals, funcrefs, type ids, import slots), HostFunc records whose
callback is an address the emulator hooks to call Python, and an entry
trampoline call per export.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

from unicorn import UC_ARCH_ARM64, UC_HOOK_CODE, UC_MODE_ARM, UC_PROT_ALL, UC_PROT_EXEC, UC_PROT_READ, \
    UC_PROT_WRITE, Uc
from unicorn.arm64_const import UC_ARM64_REG_LR, UC_ARM64_REG_SP, UC_ARM64_REG_X0, UC_ARM64_REG_X1, \
    UC_ARM64_REG_X2, UC_ARM64_REG_X3, UC_ARM64_REG_X4, UC_ARM64_REG_X5, UC_ARM64_REG_X6, UC_ARM64_REG_X7

from wasmoon_aot.runtime import abi

LC_LOAD_DYLIB, LC_SEGMENT_64, LC_DYLD_EXPORTS_TRIE, LC_DYLD_CHAINED_FIXUPS = 0xC, 0x19, 0x80000033, 0x80000034
DYLD_CHAINED_PTR_64, DYLD_CHAINED_IMPORT = 2, 1
LIBSYSTEM = "/usr/lib/libSystem.B.dylib"
SG_READ_ONLY = 0x10
PAGE_NONE = 0xFFFF

IMAGE_BASE = 0x1_0000_0000
HEAP_BASE, HEAP_SIZE = 0x6000_0000, 0x10_0000
STACK_BASE, STACK_SIZE = 0x7000_0000, 0x20_0000
HOOK_BASE = 0x5000_0000
CALLBACK_ADDRESS, EXIT_ADDRESS = HOOK_BASE, HOOK_BASE + 0x100
STUB_BASE, STUB_LIMIT = HOOK_BASE + 0x1000, HOOK_BASE + 0x2000  # one `ret` per bound C function
C_HEAP_BASE, C_HEAP_SIZE = 0x6800_0000, 0x400_0000  # malloc's bump region
MMAP_BASE = 0x4_0000_0000  # mmap's fresh regions, one after another
MMAP_ALIGN = 0x4000
MEMORY_BASE = 0x2_0000_0000
RET = 0xD65F03C0
MASK32, MASK64 = 0xFFFFFFFF, (1 << 64) - 1
ARGUMENT_REGISTERS = (UC_ARM64_REG_X0, UC_ARM64_REG_X1, UC_ARM64_REG_X2, UC_ARM64_REG_X3, UC_ARM64_REG_X4,
                      UC_ARM64_REG_X5, UC_ARM64_REG_X6, UC_ARM64_REG_X7)

CFunction = Callable[[list[int]], int]  # x0..x7 -> x0


def uleb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def parse_exports_trie(trie: bytes) -> dict[bytes, int]:
    """name -> address; asserts the radix-tree shape (no symbol-less node with one child below the root)."""
    exports: dict[bytes, int] = {}
    pending = [(0, b"", True)]
    while pending:
        offset, prefix, is_root = pending.pop()
        size, at = uleb(trie, offset)
        if size:
            flags, after = uleb(trie, at)
            assert flags == 0, "regular exports only"
            exports[prefix], _ = uleb(trie, after)
        at += size
        count = trie[at]
        at += 1
        assert is_root or size or count >= 2, f"node {prefix!r} is neither terminal nor a branch"
        for _ in range(count):
            end = trie.index(b"\0", at)
            label = trie[at:end]
            assert label, "empty edge label"
            child, at = uleb(trie, end + 1)
            pending.append((child, prefix + label, False))
    return exports


class MachOFile:
    """The load commands a loader needs, read straight from the bytes."""

    def __init__(self, data: bytes):
        self.data = data
        magic, _, _, filetype, ncmds, _, _, _ = struct.unpack_from("<IiiIIIII", data)
        assert magic == 0xFEEDFACF and filetype == 6
        self.segments = []   # (name, vmaddr, vmsize, fileoff, filesize, initprot, flags)
        self.dylibs = []     # LC_LOAD_DYLIB paths: library ordinal n is dylibs[n - 1]
        self.linkedit = {}   # command -> (dataoff, datasize)
        self.commands = []   # (cmd, offset, size)
        at = 32
        for _ in range(ncmds):
            cmd, size = struct.unpack_from("<II", data, at)
            self.commands.append((cmd, at, size))
            if cmd == LC_SEGMENT_64:
                name, vmaddr, vmsize, fileoff, filesize, _, initprot, _, flags = struct.unpack_from(
                    "<16sQQQQiiII", data, at + 8)
                self.segments.append((name.rstrip(b"\0").decode(), vmaddr, vmsize, fileoff, filesize, initprot, flags))
            elif cmd == LC_LOAD_DYLIB:
                name_at = struct.unpack_from("<I", data, at + 8)[0]
                self.dylibs.append(data[at + name_at:at + size].split(b"\0", 1)[0].decode())
            elif cmd in (LC_DYLD_EXPORTS_TRIE, LC_DYLD_CHAINED_FIXUPS, 0x1D):
                self.linkedit[cmd] = struct.unpack_from("<II", data, at + 8)
            at += size

    def blob(self, cmd: int) -> bytes:
        offset, size = self.linkedit[cmd]
        return self.data[offset:offset + size]

    def exports(self) -> dict[str, int]:
        return {name.decode(): address for name, address in parse_exports_trie(self.blob(LC_DYLD_EXPORTS_TRIE)).items()}

    def rebases(self) -> list[tuple[int, int]]:
        """(vm address of the slot, unslid target) for every rebased pointer, by walking the chains."""
        return [(where, (value & ((1 << 36) - 1)) | (((value >> 36) & 0xFF) << 56))
                for where, value in self._chained_slots() if not value >> 63]

    def imports(self) -> list[tuple[str, str]]:
        """(library path, symbol name) per entry of the chained-fixups imports table."""
        payload = self.blob(LC_DYLD_CHAINED_FIXUPS)
        _, _, imports_offset, symbols_offset, count, imports_format, symbols_format = struct.unpack_from(
            "<7I", payload)
        assert (imports_format, symbols_format) == (DYLD_CHAINED_IMPORT, 0)
        found = []
        for word in struct.unpack_from(f"<{count}I", payload, imports_offset):
            ordinal, weak, name_offset = word & 0xFF, (word >> 8) & 1, word >> 9
            assert not weak and 1 <= ordinal <= len(self.dylibs), f"import {word:#x}: bad ordinal or weak"
            name = payload[symbols_offset + name_offset:].split(b"\0", 1)[0].decode()
            found.append((self.dylibs[ordinal - 1], name))
        return found

    def binds(self) -> list[tuple[int, str, str, int]]:
        """(vm address of the slot, library path, symbol name, addend) for every bound slot."""
        imports = self.imports()
        found = []
        for where, value in self._chained_slots():
            if value >> 63:
                assert not (value >> 32) & ((1 << 19) - 1), "reserved bind bits are set"
                found.append((where, *imports[value & 0xFFFFFF], (value >> 24) & 0xFF))
        return found

    def _chained_slots(self) -> list[tuple[int, int]]:
        """(vm address, raw 64-bit entry) of every slot on every chain."""
        payload = self.blob(LC_DYLD_CHAINED_FIXUPS)
        version, starts_offset = struct.unpack_from("<2I", payload)
        assert version == 0
        seg_count = struct.unpack_from("<I", payload, starts_offset)[0]
        assert seg_count == len(self.segments)
        found = []
        for index in range(seg_count):
            info = struct.unpack_from("<I", payload, starts_offset + 4 + 4 * index)[0]
            if not info:
                continue
            at = starts_offset + info
            _, page_size, pointer_format, segment_offset, _, page_count = struct.unpack_from("<IHHQIH", payload, at)
            assert pointer_format == DYLD_CHAINED_PTR_64
            assert segment_offset == self.segments[index][1]
            starts = struct.unpack_from(f"<{page_count}H", payload, at + 22)
            _, vmaddr, _, fileoff, _, _, _ = self.segments[index]
            for page, start in enumerate(starts):
                if start == PAGE_NONE:
                    continue
                offset = page * page_size + start
                while True:
                    value = struct.unpack_from("<Q", self.data, fileoff + offset)[0]
                    found.append((vmaddr + offset, value))
                    step = (value >> 51) & 0xFFF
                    if not step:
                        break
                    offset += 4 * step
        return found


def _protection(initprot: int) -> int:
    return ((UC_PROT_READ if initprot & 1 else 0) | (UC_PROT_WRITE if initprot & 2 else 0)
            | (UC_PROT_EXEC if initprot & 4 else 0))


class UnicornDylib:
    """The dylib mapped in a fresh emulator with its fixups applied (the dyld part), its binds resolved to the
    harness's C functions: `c_functions` adds to or replaces the defaults (see the module docstring)."""

    def __init__(self, data: bytes, c_functions: dict[str, CFunction] | None = None):
        self.macho = MachOFile(data)
        self.uc = uc = Uc(UC_ARCH_ARM64, UC_MODE_ARM)
        self.c_functions: dict[str, CFunction] = {**self._libsystem(), **(c_functions or {})}
        self.c_calls: list[tuple[str, list[int]]] = []
        self._heap_cursor, self._c_heap_cursor, self._mmap_cursor = HEAP_BASE, C_HEAP_BASE, MMAP_BASE
        self._c_heap_sizes: dict[int, int] = {}
        self._stubs: list[str] = []
        uc.mem_map(HEAP_BASE, HEAP_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        uc.mem_map(C_HEAP_BASE, C_HEAP_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        uc.mem_map(STACK_BASE, STACK_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        uc.mem_map(HOOK_BASE, STUB_LIMIT - HOOK_BASE, UC_PROT_ALL)
        self._map_image()
        self.symbols = {name: IMAGE_BASE + address for name, address in self.macho.exports().items()}

    # --- loading (the dyld part) ---------------------------------------------------------

    def _map_image(self) -> None:
        data = self.macho.data
        for _, vmaddr, vmsize, fileoff, filesize, _, _ in self.macho.segments:
            self.uc.mem_map(IMAGE_BASE + vmaddr, vmsize, UC_PROT_ALL)
            self.uc.mem_write(IMAGE_BASE + vmaddr, data[fileoff:fileoff + filesize])
        for slot, target in self.macho.rebases():
            self.uc.mem_write(IMAGE_BASE + slot, struct.pack("<Q", IMAGE_BASE + target))
        for slot, library, name, addend in self.macho.binds():
            self.uc.mem_write(IMAGE_BASE + slot, struct.pack("<Q", self._resolve(library, name) + addend))
        if self._stubs:
            self.uc.hook_add(UC_HOOK_CODE, self._on_c_call, begin=STUB_BASE, end=STUB_BASE + 4 * len(self._stubs) - 1)
        for _, vmaddr, vmsize, _, _, initprot, flags in self.macho.segments:
            if flags & SG_READ_ONLY:  # dyld write-protects these once fixed up
                initprot &= ~2
            self.uc.mem_protect(IMAGE_BASE + vmaddr, vmsize, _protection(initprot))

    def _resolve(self, library: str, name: str) -> int:
        """The address of the stub for libSystem's `name` (Mach-O spelling, `_`-prefixed), made on first use."""
        if library != LIBSYSTEM or not name.startswith("_") or name[1:] not in self.c_functions:
            raise LookupError(f"symbol not found: {name!r}, expected in {library!r} (the harness provides "
                              f"{sorted(self.c_functions)} from {LIBSYSTEM})")
        if name[1:] not in self._stubs:
            address = STUB_BASE + 4 * len(self._stubs)
            assert address < STUB_LIMIT
            self.uc.mem_write(address, struct.pack("<I", RET))
            self._stubs.append(name[1:])
        return STUB_BASE + 4 * self._stubs.index(name[1:])

    def _on_c_call(self, uc, address, size, user_data) -> None:
        """Runs before a stub's `ret`: the C function's result goes to x0."""
        name = self._stubs[(address - STUB_BASE) // 4]
        args = [uc.reg_read(register) for register in ARGUMENT_REGISTERS]
        self.c_calls.append((name, args))
        uc.reg_write(UC_ARM64_REG_X0, self.c_functions[name](args) & MASK64)

    # --- the C library (the libSystem part) ----------------------------------------------------

    def _libsystem(self) -> dict[str, CFunction]:
        return {"malloc": lambda a: self._malloc(a[0]), "calloc": lambda a: self._malloc(a[0] * a[1]),
                "free": lambda a: 0, "realloc": lambda a: self._realloc(a[0], a[1]),
                "mmap": lambda a: self._mmap(a[1], a[4]), "munmap": lambda a: 0, "mprotect": lambda a: 0,
                "memcpy": self._memmove, "memmove": self._memmove,
                "memset": lambda a: self._memset(a[0], a[1], a[2])}

    def _malloc(self, size: int) -> int:
        """A bump allocation, 16-aligned and zeroed (the region is never reused)."""
        address = self._c_heap_cursor
        self._c_heap_cursor += (max(size, 1) + 15) & ~15
        assert self._c_heap_cursor <= C_HEAP_BASE + C_HEAP_SIZE, "the harness's C heap is full"
        self._c_heap_sizes[address] = size
        return address

    def _realloc(self, pointer: int, size: int) -> int:
        moved = self._malloc(size)
        if pointer:
            kept = min(size, self._c_heap_sizes[pointer])
            self.uc.mem_write(moved, bytes(self.uc.mem_read(pointer, kept)))
        return moved

    def _mmap(self, length: int, fd: int) -> int:
        """A fresh zeroed read-write region (anonymous mappings only; the address hint is ignored)."""
        assert fd & MASK32 == MASK32, "the harness maps anonymous memory only (fd -1)"
        address = self._mmap_cursor
        size = (length + MMAP_ALIGN - 1) & -MMAP_ALIGN
        self.uc.mem_map(address, size, UC_PROT_READ | UC_PROT_WRITE)
        self._mmap_cursor += size + MMAP_ALIGN  # an unmapped page between regions
        return address

    def _memmove(self, args: list[int]) -> int:
        destination, source, length = args[:3]
        if length:
            self.uc.mem_write(destination, bytes(self.uc.mem_read(source, length)))
        return destination

    def _memset(self, destination: int, value: int, length: int) -> int:
        if length:
            self.uc.mem_write(destination, bytes([value & 0xFF]) * length)
        return destination

    # --- running code ----------------------------------------------------------------------

    def alloc(self, size: int, content: bytes = b"") -> int:
        """Memory for the harness's own records (not the C heap the code sees through malloc)."""
        address = self._heap_cursor
        self._heap_cursor += (size + 15) & ~15
        assert self._heap_cursor <= HEAP_BASE + HEAP_SIZE
        self.uc.mem_write(address, content.ljust(size, b"\0"))
        return address

    def word(self, address: int, value: int | None = None) -> int:
        if value is not None:
            self.uc.mem_write(address, struct.pack("<Q", value))
        return struct.unpack("<Q", self.uc.mem_read(address, 8))[0]

    def run(self, address: int, *args: int) -> int:
        """Run the code at `address` with integer arguments in x0..x7 until it returns; its x0."""
        assert len(args) <= len(ARGUMENT_REGISTERS)
        uc = self.uc
        for register, value in zip(ARGUMENT_REGISTERS, args):
            uc.reg_write(register, value & MASK64)
        uc.reg_write(UC_ARM64_REG_SP, STACK_BASE + STACK_SIZE - 0x100)
        uc.reg_write(UC_ARM64_REG_LR, EXIT_ADDRESS)
        uc.emu_start(address, EXIT_ADDRESS, count=50_000_000)
        assert uc.reg_read(UC_ARM64_REG_SP) == STACK_BASE + STACK_SIZE - 0x100, "the callee restores sp"
        return uc.reg_read(UC_ARM64_REG_X0)

    def call_c(self, name: str, *args: int) -> int:
        """Call the exported C function `name` (its C name, no `_`) with integer arguments; its x0."""
        return self.run(self.symbols["_" + name], *args)


class UnicornInstance(UnicornDylib):
    """The artifact mapped and instantiated in a fresh emulator; `call(name, *values)` -> (trap code, results)."""

    def __init__(self, data: bytes, host_functions: dict | None = None):
        super().__init__(data)
        self.meta = self._metadata()
        self.uc.mem_write(CALLBACK_ADDRESS, struct.pack("<I", RET))
        self.uc.hook_add(UC_HOOK_CODE, self._on_callback, begin=CALLBACK_ADDRESS, end=CALLBACK_ADDRESS)
        self.host_calls: list[tuple[str, list[int]]] = []
        self._host_by_id: list[tuple[str, object, int, int]] = []
        self._instantiate(host_functions or {})

    def _metadata(self) -> dict:
        address = self.symbols["_" + abi.METADATA_SYMBOL]
        header = bytes(self.uc.mem_read(address, abi.METADATA_HEADER.size))
        length = abi.METADATA_HEADER.unpack(header)[2]
        return abi.unpack_metadata(bytes(self.uc.mem_read(address, abi.METADATA_HEADER.size + length)))

    # --- the runtime part ------------------------------------------------------------------

    def _instantiate(self, host_functions: dict) -> None:
        meta = self.meta
        self.text_base = self.symbols["_" + abi.TEXT_SYMBOL]
        self.layout = abi.VMContextLayout.from_metadata(meta)
        self.store = self.alloc(abi.STORE_SIZE)
        self.vmctx = vmctx = self.alloc(self.layout.size)
        self.word(vmctx + abi.VMCTX_STORE, self.store)
        types = [(tuple(t["params"]), tuple(t["results"])) for t in meta["types"]]
        type_ids = [types.index(t) for t in types]
        self.word(vmctx + abi.VMCTX_TYPE_IDS, self.alloc(4 * len(types), struct.pack(f"<{len(types)}I", *type_ids)))
        func_index = 0
        for imp in meta["imports"]:
            assert imp["kind"] == "func", "the test loader links function imports only"
            slot = vmctx + self.layout.import_slot(func_index)
            self.word(slot + abi.IMPORT_SLOT_CODE, self.text_base + meta["host_trampolines"][str(imp["type"])])
            self.word(slot + abi.IMPORT_SLOT_VMCTX, self._host_record(imp["name"], host_functions[imp["name"]],
                                                                      *map(len, types[imp["type"]])))
            func_index += 1
        funcrefs = self.alloc(abi.FUNCREF_SIZE * max(len(meta["functions"]), 1))
        self.word(vmctx + abi.VMCTX_FUNCREFS, funcrefs)
        for index, function in enumerate(meta["functions"]):
            record = funcrefs + abi.FUNCREF_SIZE * index
            if function["offset"] is None:
                slot = vmctx + self.layout.import_slot(index)
                code, callee = self.word(slot + abi.IMPORT_SLOT_CODE), self.word(slot + abi.IMPORT_SLOT_VMCTX)
            else:
                code, callee = self.text_base + function["offset"], vmctx
            self.word(record + abi.FUNCREF_CODE, code)
            self.word(record + abi.FUNCREF_VMCTX, callee)
            self.uc.mem_write(record + abi.FUNCREF_TYPE_ID, struct.pack("<I", type_ids[function["type"]]))
        assert not meta["tables"] and not meta["builtin_trampolines"], "not needed by these tests"
        for index, glob in enumerate(meta["globals"]):
            cell = self.alloc(abi.GLOBAL_CELL_SIZE, struct.pack("<Q", self._constant(glob["init"])))
            self.word(vmctx + self.layout.global_(index), cell)
        if meta["memories"]:
            self.memory_size = abi.PAGE_SIZE * meta["memories"][0]["min"]
            self.uc.mem_map(MEMORY_BASE, max(self.memory_size, 0x1000), UC_PROT_READ | UC_PROT_WRITE)
            memory_def = self.alloc(abi.MEMORYDEF_SIZE_OF, struct.pack("<QQ", MEMORY_BASE, self.memory_size))
            self.word(vmctx + abi.VMCTX_MEMORY, memory_def)
            data_base = self.symbols["_" + abi.DATA_SYMBOL]
            for segment in meta["datas"]:
                if segment["mode"] == "active":
                    start, length = segment["bytes"]
                    self.uc.mem_write(MEMORY_BASE + self._constant(segment["offset"]),
                                      bytes(self.uc.mem_read(data_base + start, length)))

    @staticmethod
    def _constant(expr: list) -> int:
        (operator, immediate), = expr
        assert operator in ("i32.const", "i64.const")
        return immediate & (MASK32 if operator == "i32.const" else (1 << 64) - 1)

    def _host_record(self, name: str, function, num_params: int, num_results: int) -> int:
        host_id = len(self._host_by_id)
        self._host_by_id.append((name, function, num_params, num_results))
        return self.alloc(abi.HOSTFUNC_SIZE, struct.pack("<QQq", self.store, CALLBACK_ADDRESS, host_id))

    def _on_callback(self, uc, address, size, user_data) -> None:
        """`int32 callback(int64 host_id, uint64 *values)`: runs before the `ret` at CALLBACK_ADDRESS."""
        host_id, values = uc.reg_read(UC_ARM64_REG_X0), uc.reg_read(UC_ARM64_REG_X1)
        name, function, num_params, num_results = self._host_by_id[host_id]
        args = list(struct.unpack(f"<{num_params}Q", uc.mem_read(values, 8 * num_params)))
        self.host_calls.append((name, args))
        results = function(args)
        assert len(results) == num_results
        if results:
            uc.mem_write(values, struct.pack(f"<{len(results)}Q", *results))
        uc.reg_write(UC_ARM64_REG_X0, 0)

    def call(self, export: str, *args: int) -> tuple[int, list[int]]:
        """Call exported function `export` with raw slot values; (trap code, raw result slots)."""
        meta = self.meta
        index = next(e["index"] for e in meta["exports"] if e["name"] == export and e["kind"] == "func")
        function = meta["functions"][index]
        params, results = meta["types"][function["type"]]["params"], meta["types"][function["type"]]["results"]
        assert len(args) == len(params)
        values = self.alloc(8 * max(len(params), len(results), 1), struct.pack(f"<{len(args)}Q", *args))
        entry = self.text_base + meta["entry_trampolines"][str(function["type"])]
        code = self.run(entry, self.vmctx, self.text_base + function["offset"], values) & MASK32
        slots = struct.unpack(f"<{len(results)}Q", self.uc.mem_read(values, 8 * len(results))) if results else ()
        return code, list(slots)
