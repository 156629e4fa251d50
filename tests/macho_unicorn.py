"""A tiny dyld + runtime for the tests: runs a Mach-O artifact's code under the Unicorn emulator.

It reads the dylib with its own parser (not the writer's code): maps each
segment at a base address with its protection, walks the chained fixups and
rebases every pointer, finds symbols through the exports trie, and reads the
metadata behind `_wasmoon_metadata`.  Then it plays the runtime's part as
runtime/abi.py describes it: a Store, a VMContext (memory, globals, funcrefs,
type ids, import slots), HostFunc records whose callback is an address the
emulator hooks to call Python, and an entry trampoline call per export.
"""

from __future__ import annotations

import struct

from unicorn import UC_ARCH_ARM64, UC_HOOK_CODE, UC_MODE_ARM, UC_PROT_ALL, UC_PROT_EXEC, UC_PROT_READ, \
    UC_PROT_WRITE, Uc
from unicorn.arm64_const import UC_ARM64_REG_LR, UC_ARM64_REG_SP, UC_ARM64_REG_X0, UC_ARM64_REG_X1, \
    UC_ARM64_REG_X2

from wasmoon_aot.runtime import abi

LC_SEGMENT_64, LC_DYLD_EXPORTS_TRIE, LC_DYLD_CHAINED_FIXUPS = 0x19, 0x80000033, 0x80000034
DYLD_CHAINED_PTR_64 = 2
SG_READ_ONLY = 0x10
PAGE_NONE = 0xFFFF

IMAGE_BASE = 0x1_0000_0000
HEAP_BASE, HEAP_SIZE = 0x6000_0000, 0x10_0000
STACK_BASE, STACK_SIZE = 0x7000_0000, 0x20_0000
HOOK_BASE = 0x5000_0000
CALLBACK_ADDRESS, EXIT_ADDRESS = HOOK_BASE, HOOK_BASE + 0x100
MEMORY_BASE = 0x2_0000_0000
RET = 0xD65F03C0
MASK32 = 0xFFFFFFFF


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
            elif cmd in (LC_DYLD_EXPORTS_TRIE, LC_DYLD_CHAINED_FIXUPS, 0x1D):
                self.linkedit[cmd] = struct.unpack_from("<II", data, at + 8)
            at += size

    def blob(self, cmd: int) -> bytes:
        offset, size = self.linkedit[cmd]
        return self.data[offset:offset + size]

    def exports(self) -> dict[str, int]:
        return {name.decode(): address for name, address in parse_exports_trie(self.blob(LC_DYLD_EXPORTS_TRIE)).items()}

    def rebases(self) -> list[tuple[int, int]]:
        """(vm address of the slot, unslid target) for every pointer, by walking the chains."""
        payload = self.blob(LC_DYLD_CHAINED_FIXUPS)
        version, starts_offset, _, _, imports_count, _, _ = struct.unpack_from("<7I", payload)
        assert version == 0 and imports_count == 0
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
                    assert not value >> 63, "binds are not expected"
                    target = (value & ((1 << 36) - 1)) | (((value >> 36) & 0xFF) << 56)
                    found.append((vmaddr + offset, target))
                    step = (value >> 51) & 0xFFF
                    if not step:
                        break
                    offset += 4 * step
        return found


def _protection(initprot: int) -> int:
    return ((UC_PROT_READ if initprot & 1 else 0) | (UC_PROT_WRITE if initprot & 2 else 0)
            | (UC_PROT_EXEC if initprot & 4 else 0))


class UnicornInstance:
    """The artifact mapped and instantiated in a fresh emulator; `call(name, *values)` -> (trap code, results)."""

    def __init__(self, data: bytes, host_functions: dict | None = None):
        self.macho = MachOFile(data)
        self.uc = uc = Uc(UC_ARCH_ARM64, UC_MODE_ARM)
        self._map_image()
        self.symbols = {name: IMAGE_BASE + address for name, address in self.macho.exports().items()}
        self.meta = self._metadata()
        self._heap_cursor = HEAP_BASE
        uc.mem_map(HEAP_BASE, HEAP_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        uc.mem_map(STACK_BASE, STACK_SIZE, UC_PROT_READ | UC_PROT_WRITE)
        uc.mem_map(HOOK_BASE, 0x1000, UC_PROT_ALL)
        uc.mem_write(CALLBACK_ADDRESS, struct.pack("<I", RET))
        uc.hook_add(UC_HOOK_CODE, self._on_callback, begin=CALLBACK_ADDRESS, end=CALLBACK_ADDRESS)
        self.host_calls: list[tuple[str, list[int]]] = []
        self._host_by_id: list[tuple[str, object, int, int]] = []
        self._instantiate(host_functions or {})

    # --- loading (the dyld part) ---------------------------------------------------------

    def _map_image(self) -> None:
        data = self.macho.data
        for _, vmaddr, vmsize, fileoff, filesize, _, _ in self.macho.segments:
            self.uc.mem_map(IMAGE_BASE + vmaddr, vmsize, UC_PROT_ALL)
            self.uc.mem_write(IMAGE_BASE + vmaddr, data[fileoff:fileoff + filesize])
        for slot, target in self.macho.rebases():
            self.uc.mem_write(IMAGE_BASE + slot, struct.pack("<Q", IMAGE_BASE + target))
        for _, vmaddr, vmsize, _, _, initprot, flags in self.macho.segments:
            if flags & SG_READ_ONLY:  # dyld write-protects these once fixed up
                initprot &= ~2
            self.uc.mem_protect(IMAGE_BASE + vmaddr, vmsize, _protection(initprot))

    def _metadata(self) -> dict:
        address = self.symbols["_" + abi.METADATA_SYMBOL]
        header = bytes(self.uc.mem_read(address, abi.METADATA_HEADER.size))
        length = abi.METADATA_HEADER.unpack(header)[2]
        return abi.unpack_metadata(bytes(self.uc.mem_read(address, abi.METADATA_HEADER.size + length)))

    # --- the runtime part ------------------------------------------------------------------

    def alloc(self, size: int, content: bytes = b"") -> int:
        address = self._heap_cursor
        self._heap_cursor += (size + 15) & ~15
        assert self._heap_cursor <= HEAP_BASE + HEAP_SIZE
        self.uc.mem_write(address, content.ljust(size, b"\0"))
        return address

    def word(self, address: int, value: int | None = None) -> int:
        if value is not None:
            self.uc.mem_write(address, struct.pack("<Q", value))
        return struct.unpack("<Q", self.uc.mem_read(address, 8))[0]

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
        uc = self.uc
        uc.reg_write(UC_ARM64_REG_X0, self.vmctx)
        uc.reg_write(UC_ARM64_REG_X1, self.text_base + function["offset"])
        uc.reg_write(UC_ARM64_REG_X2, values)
        uc.reg_write(UC_ARM64_REG_SP, STACK_BASE + STACK_SIZE - 0x100)
        uc.reg_write(UC_ARM64_REG_LR, EXIT_ADDRESS)
        uc.emu_start(entry, EXIT_ADDRESS, count=50_000_000)
        assert uc.reg_read(UC_ARM64_REG_SP) == STACK_BASE + STACK_SIZE - 0x100, "the entry trampoline restores sp"
        code = uc.reg_read(UC_ARM64_REG_X0) & MASK32
        slots = struct.unpack(f"<{len(results)}Q", uc.mem_read(values, 8 * len(results))) if results else ()
        return code, list(slots)
