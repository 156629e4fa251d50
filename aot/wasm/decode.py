"""Wasm binary decoder: bytes -> `Module`, raising `DecodeError` for malformed input.

Owns the binary format: header, section framing and order, LEB128 limits, UTF-8
names, every section's entries, and the instruction stream of function bodies and
constant expressions (see opcodes.py for what each immediate decodes to).  It also
records which features (features.FEATURES names) the module uses.  Typing rules are
validate.py's job.
"""

from __future__ import annotations

from array import array

from .errors import DecodeError
from .module import (EXACT, ArrayType, ConstExpr, Data, Elem, Export, FieldType, FuncBody, FuncType, Global,
                     GlobalType, Import, MemoryType, Module, StructType, SubType, Table, TableType)
from . import opcodes as op

MAX_LOCALS = 50000

_NUM_TYPES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128"}
ABSTRACT_HEAP_TYPES = {
    0x70: "func", 0x6F: "extern", 0x6E: "any", 0x6D: "eq", 0x6C: "i31", 0x6B: "struct",
    0x6A: "array", 0x69: "exn", 0x71: "none", 0x72: "noextern", 0x73: "nofunc", 0x74: "noexn",
}
_NULLABLE_ABBREVIATION = {
    "func": "funcref", "extern": "externref", "any": "anyref", "eq": "eqref", "i31": "i31ref",
    "struct": "structref", "array": "arrayref", "exn": "exnref", "none": "nullref",
    "noextern": "nullexternref", "nofunc": "nullfuncref", "noexn": "nullexnref",
}
_IMPORT_KINDS = ("func", "table", "memory", "global", "tag")
# custom-descriptors encodings: the exact heap type prefix (before a type index only), the
# describes and descriptor clauses of a type (in that order, before its composite type) and the
# import kind of an exact function.
_EXACT_HEAP_TYPE = 0x62
_DESCRIBES, _DESCRIPTOR = 0x4C, 0x4D
_EXACT_FUNC_IMPORT = 0x20

# Section ids in their required order (custom sections, id 0, may appear anywhere).
_SECTION_ORDER = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 13: 6, 6: 7, 7: 8, 8: 9, 9: 10, 12: 11, 10: 12, 11: 13}

_END_OF_SECTION = "unexpected end of section or function"
_EXTENDED_CONST_OPS = {op.I32_ADD, op.I32_SUB, op.I32_MUL, op.I64_ADD, op.I64_SUB, op.I64_MUL}

# Per single-byte opcode: its immediate kind, or one of the decoder's own kinds below.
_NOT_OPCODE, _PREFIX_KIND, _END_KIND, _BLOCK_KIND = -1, -2, -3, -4
_SINGLE_KIND = [_NOT_OPCODE] * 256
for _code, _kind in op.IMMEDIATE_KIND.items():
    if _code < 256:
        _SINGLE_KIND[_code] = _kind
for _prefix in op.PREFIXES:
    _SINGLE_KIND[_prefix] = _PREFIX_KIND
_SINGLE_KIND[op.END] = _END_KIND
for _code in (op.BLOCK, op.LOOP, op.IF):
    _SINGLE_KIND[_code] = _BLOCK_KIND


def value_type_features(valtype: str) -> tuple[str, ...]:
    """The features a value of type `valtype` (in a local, global, signature, ...) needs."""
    if valtype in ("i32", "i64"):
        return ()
    if valtype in ("f32", "f64"):
        return ("float",)
    if valtype == "v128":
        return ("simd",)
    if valtype in ("funcref", "externref"):
        return ("reference-types",)
    if valtype in ("exnref", "nullexnref"):
        return ("exceptions",)
    if valtype.startswith("(ref"):
        heap = valtype[:-1].rsplit(" ", 1)[1]
        if f" {EXACT}" in valtype:
            return ("function-references", "custom-descriptors")
        if heap in ("exn", "noexn"):
            return ("exceptions", "function-references")
        if heap.isdigit() or heap in ("func", "extern"):
            return ("function-references",)
    return ("gc",)


def ref_type_name(nullable: bool, heap) -> str:
    """The string for a reference type with heap type `heap` (abstract name, type index or
    "exact N")."""
    if nullable and heap in _NULLABLE_ABBREVIATION:
        return _NULLABLE_ABBREVIATION[heap]
    return f"(ref null {heap})" if nullable else f"(ref {heap})"


# --- LEB128 -------------------------------------------------------------------

class TruncatedLeb(IndexError):
    """A LEB128 ran off its buffer; `offset` is its absolute start (see `recheck_truncated`)."""

    def __init__(self, offset: int, bits: int, signed: bool):
        super().__init__("truncated LEB128")
        self.offset = offset
        self.bits = bits
        self.signed = signed


def read_unsigned(buf, pos: int, bits: int, base: int) -> tuple[int, int]:
    """Decode an unsigned LEB128 of at most `bits` bits at buf[pos]; returns (value, next pos)."""
    result = 0
    shift = 0
    start = pos
    try:
        while True:
            byte = buf[pos]
            pos += 1
            if shift + 7 >= bits:
                if byte & 0x80:
                    raise DecodeError("integer representation too long", base + pos - 1)
                if byte >> (bits - shift):
                    raise DecodeError("integer too large", base + pos - 1)
                return result | (byte << shift), pos
            result |= (byte & 0x7F) << shift
            if byte < 0x80:
                return result, pos
            shift += 7
    except IndexError:
        raise TruncatedLeb(base + start, bits, False) from None


def read_signed(buf, pos: int, bits: int, base: int) -> tuple[int, int]:
    """Decode a signed LEB128 of at most `bits` bits at buf[pos]; returns (value, next pos)."""
    result = 0
    shift = 0
    start = pos
    try:
        while True:
            byte = buf[pos]
            pos += 1
            if shift + 7 >= bits:
                if byte & 0x80:
                    raise DecodeError("integer representation too long", base + pos - 1)
                unused = (0x7F << (bits - shift - 1)) & 0x7F
                if byte & unused not in (0, unused):
                    raise DecodeError("integer too large", base + pos - 1)
            result |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                if byte & 0x40:
                    result -= 1 << shift
                return result, pos
    except IndexError:
        raise TruncatedLeb(base + start, bits, signed=True) from None


def recheck_truncated(error: IndexError, data: bytes) -> None:
    """If `error` is a LEB128 cut off by a section or body end, re-read it from the whole
    file: an over-long or too-large encoding is reported as such (the spec's choice)."""
    if isinstance(error, TruncatedLeb):
        reader = read_signed if error.signed else read_unsigned
        try:
            reader(data, error.offset, error.bits, 0)
        except IndexError:
            pass


# --- the reader for section contents --------------------------------------------

class _Reader:
    """A cursor over one section's bytes; `base` is the file offset of buf[0]."""

    def __init__(self, buf: bytes, base: int, features: set[str], file_size: int):
        self.buf = buf
        self.pos = 0
        self.base = base
        self.features = features
        self.file_size = file_size

    def at_end(self) -> bool:
        return self.pos >= len(self.buf)

    def offset(self) -> int:
        return self.base + self.pos

    def byte(self) -> int:
        value = self.buf[self.pos]
        self.pos += 1
        return value

    def u32(self) -> int:
        buf = self.buf
        value = buf[self.pos]
        if value < 0x80:
            self.pos += 1
            return value
        value, self.pos = read_unsigned(buf, self.pos, 32, self.base)
        return value

    def u64(self) -> int:
        value, self.pos = read_unsigned(self.buf, self.pos, 64, self.base)
        return value

    def bytes_(self, length: int) -> bytes:
        end = self.pos + length
        if end > len(self.buf):
            raise IndexError
        value = self.buf[self.pos:end]
        self.pos = end
        return value

    def name(self) -> str:
        length = self.u32()
        if length > self.file_size - self.base - self.pos:
            raise DecodeError("length out of bounds", self.base + self.pos)
        raw = self.bytes_(length)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError("malformed UTF-8 encoding", self.base + self.pos - length) from None

    def heap_type(self, exact_message: str = "malformed heap type"):
        """An abstract heap type's name, a type index, or "exact N" for an exact one;
        `exact_message` is the error for an exact prefix without a type index after it."""
        byte = self.buf[self.pos]
        if byte in ABSTRACT_HEAP_TYPES:
            self.pos += 1
            return ABSTRACT_HEAP_TYPES[byte]
        exact = byte == _EXACT_HEAP_TYPE
        if exact:
            self.pos += 1
        start = self.pos
        value, self.pos = read_signed(self.buf, self.pos, 33, self.base)
        if value < 0:
            raise DecodeError(exact_message if exact else "malformed heap type", self.base + start)
        if exact:
            self.features.add("custom-descriptors")
            return f"{EXACT}{value}"
        return value

    def value_type(self, message: str = "malformed value type") -> str:
        start = self.pos
        byte = self.byte()
        name = _NUM_TYPES.get(byte)
        if name is None:
            name = self._ref_type_after(byte, message)
            if name is None:
                raise DecodeError(message, self.base + start)
        return name

    def ref_type(self) -> str:
        start = self.pos
        byte = self.byte()
        name = self._ref_type_after(byte)
        if name is None:
            raise DecodeError("malformed reference type", self.base + start)
        return name

    def _ref_type_after(self, byte: int, exact_message: str = "malformed heap type") -> str | None:
        if byte in ABSTRACT_HEAP_TYPES:
            return ref_type_name(True, ABSTRACT_HEAP_TYPES[byte])
        if byte == 0x63 or byte == 0x64:
            return ref_type_name(byte == 0x63, self.heap_type(exact_message))
        return None

    def limits(self, allowed_flags: int) -> tuple[int, int | None, int]:
        start = self.pos
        flags = self.byte()
        if flags & ~allowed_flags:
            raise DecodeError("malformed limits flags", self.base + start)
        minimum = self.u64()
        maximum = self.u64() if flags & 1 else None
        return minimum, maximum, flags

    def page_size_log2(self) -> int:
        """A custom page size (limits flag 8): log2 of its bytes, which must fit in 64 bits."""
        start = self.pos
        log2 = self.u32()
        if log2 >= 64:
            raise DecodeError("invalid custom page size", self.base + start)
        self.features.add("custom-page-sizes")
        return log2

    def table_type(self) -> TableType:
        elem_type = self.ref_type()
        minimum, maximum, flags = self.limits(0b101)
        if flags & 4:
            self.features.add("memory64")
        return TableType(elem_type, minimum, maximum, bool(flags & 4))

    def memory_type(self) -> MemoryType:
        start = self.pos
        try:
            minimum, maximum, flags = self.limits(0b1111)
            page_size = (self.page_size_log2(),) if flags & 8 else ()
        except IndexError:
            # Wasm 3.0 knows no flag 8 (the core suite's "\08" with nothing after it is malformed
            # limits flags): a custom page size counts only when its entry is complete.
            if self.buf[start] & 8:
                raise DecodeError("malformed limits flags", self.base + start) from None
            raise
        if flags & 2:
            self.features.add("threads")
        if flags & 4:
            self.features.add("memory64")
        return MemoryType(minimum, maximum, bool(flags & 2), bool(flags & 4), *page_size)

    def global_type(self) -> GlobalType:
        valtype = self.value_type()
        start = self.pos
        mutability = self.byte()
        if mutability > 1:
            raise DecodeError("malformed mutability", self.base + start)
        return GlobalType(valtype, mutability == 1)

    def const_expr(self) -> ConstExpr:
        start = self.pos
        ops, imms, offsets, self.pos = decode_instructions(self.buf, self.pos, self.base, self.features)
        ops.pop()  # the final `end`
        imms.pop()
        return ConstExpr(ops, imms, self.base + start)


# --- instructions -----------------------------------------------------------------

def _block_type(buf, pos: int, base: int, features: set[str]):
    byte = buf[pos]
    if byte == 0x40:
        return None, pos + 1
    if byte in _NUM_TYPES:
        if byte != 0x7F and byte != 0x7E:
            features.update(value_type_features(_NUM_TYPES[byte]))
        return _NUM_TYPES[byte], pos + 1
    if byte in ABSTRACT_HEAP_TYPES or byte == 0x63 or byte == 0x64:
        reader = _Reader(buf, base, set(), base + len(buf))
        reader.pos = pos
        name = reader.value_type()
        features.update(value_type_features(name))
        return name, reader.pos
    index, pos = read_signed(buf, pos, 33, base)
    if index < 0:
        raise DecodeError("malformed block type", base + pos - 1)
    features.add("multi-value")
    return index, pos


def _memarg(buf, pos: int, base: int, features: set[str]):
    start = pos
    flags, pos = read_unsigned(buf, pos, 32, base)
    memory = None
    if flags >= 0x40:  # bit 6: a memory index follows
        if flags >= 0x80:
            raise DecodeError("malformed memop flags", base + start)
        flags -= 0x40
        memory, pos = read_unsigned(buf, pos, 32, base)
        if memory:
            features.add("multi-memory")
    offset = buf[pos]
    if offset < 0x80:
        pos += 1
    else:
        offset, pos = read_unsigned(buf, pos, 64, base)
    if memory is None:
        return (flags, offset), pos
    return (flags, offset, memory), pos


def _read_immediate(kind: int, buf, pos: int, base: int, features: set[str]):
    """Immediates other than the hot ones handled inline in decode_instructions."""
    if kind == op.IMM_INDEX2:
        first, pos = read_unsigned(buf, pos, 32, base)
        second, pos = read_unsigned(buf, pos, 32, base)
        return (first, second), pos
    if kind == op.IMM_I64:
        return read_signed(buf, pos, 64, base)
    if kind == op.IMM_F32:
        if pos + 4 > len(buf):
            raise IndexError
        return int.from_bytes(buf[pos:pos + 4], "little"), pos + 4
    if kind == op.IMM_F64:
        if pos + 8 > len(buf):
            raise IndexError
        return int.from_bytes(buf[pos:pos + 8], "little"), pos + 8
    if kind == op.IMM_BLOCKTYPE:
        return _block_type(buf, pos, base, features)
    if kind == op.IMM_BR_TABLE:
        count, pos = read_unsigned(buf, pos, 32, base)
        if count > len(buf) - pos:
            raise IndexError
        depths = []
        for _ in range(count):
            depth = buf[pos]
            if depth < 0x80:
                pos += 1
            else:
                depth, pos = read_unsigned(buf, pos, 32, base)
            depths.append(depth)
        default, pos = read_unsigned(buf, pos, 32, base)
        return (tuple(depths), default), pos
    if kind == op.IMM_SELECT_T:
        reader = _Reader(buf, base, set(), base + len(buf))
        reader.pos = pos
        count = reader.u32()
        if count > len(buf) - reader.pos:
            raise IndexError
        types = tuple(reader.value_type() for _ in range(count))
        for valtype in types:
            features.update(value_type_features(valtype))
        return types, reader.pos
    if kind == op.IMM_HEAPTYPE:
        reader = _Reader(buf, base, features, base + len(buf))
        reader.pos = pos
        return reader.heap_type(), reader.pos
    if kind == op.IMM_TRY_TABLE:
        block_type, pos = _block_type(buf, pos, base, features)
        count, pos = read_unsigned(buf, pos, 32, base)
        if count > len(buf) - pos:
            raise IndexError
        catches = []
        for _ in range(count):
            catch_kind = buf[pos]
            pos += 1
            if catch_kind > 3:
                raise DecodeError("malformed catch clause", base + pos - 1)
            tag = None
            if catch_kind < 2:
                tag, pos = read_unsigned(buf, pos, 32, base)
            depth, pos = read_unsigned(buf, pos, 32, base)
            catches.append((catch_kind, tag, depth))
        return (block_type, tuple(catches)), pos
    if kind == op.IMM_V128 or kind == op.IMM_SHUFFLE:
        if pos + 16 > len(buf):
            raise IndexError
        return bytes(buf[pos:pos + 16]), pos + 16
    if kind == op.IMM_LANE:
        return buf[pos], pos + 1
    if kind == op.IMM_MEMARG_LANE:
        memarg, pos = _memarg(buf, pos, base, features)
        return (memarg, buf[pos]), pos + 1
    if kind == op.IMM_BR_ON_CAST:
        flags = buf[pos]
        if flags > 3:
            raise DecodeError("malformed cast flags", base + pos)
        depth, pos = read_unsigned(buf, pos + 1, 32, base)
        reader = _Reader(buf, base, features, base + len(buf))
        reader.pos = pos
        first = reader.heap_type()
        second = reader.heap_type()
        return (flags, depth, first, second), reader.pos
    if kind == op.IMM_ZERO_BYTE:
        if buf[pos] != 0:
            raise DecodeError("zero byte expected", base + pos)
        return None, pos + 1
    raise AssertionError(f"immediate kind {kind}")


def decode_instructions(buf, pos: int, base: int, features: set[str]):
    """Decode instructions from buf[pos] through the `end` that closes the sequence.

    Returns (ops, imms, offsets, next pos); offsets are absolute (base + position).
    Running off the buffer raises IndexError, which the caller turns into its message.
    """
    ops: list[int] = []
    imms: list = []
    offsets: list[int] = []
    add_op = ops.append
    add_imm = imms.append
    add_offset = offsets.append
    single_kind = _SINGLE_KIND
    kind_none, kind_index, kind_i32, kind_memarg = op.IMM_NONE, op.IMM_INDEX, op.IMM_I32, op.IMM_MEMARG
    depth = 1
    while True:
        start = pos
        code = buf[pos]
        pos += 1
        kind = single_kind[code]
        if kind == kind_index:
            imm = buf[pos]
            if imm < 0x80:
                pos += 1
            else:
                imm, pos = read_unsigned(buf, pos, 32, base)
        elif kind == kind_none:
            imm = None
        elif kind == kind_i32:
            imm = buf[pos]
            if imm < 0x40:
                pos += 1
            elif imm < 0x80:
                imm -= 0x80
                pos += 1
            else:
                imm, pos = read_signed(buf, pos, 32, base)
        elif kind == kind_memarg:
            imm = buf[pos]
            offset = buf[pos + 1]
            if imm < 0x40 and offset < 0x80:
                imm = (imm, offset)
                pos += 2
            else:
                imm, pos = _memarg(buf, pos, base, features)
        elif kind == _END_KIND:
            imm = None
            depth -= 1
            if depth == 0:
                add_op(code)
                add_imm(imm)
                add_offset(base + start)
                return ops, imms, offsets, pos
        elif kind == _BLOCK_KIND:
            depth += 1
            if buf[pos] == 0x40:
                imm = None
                pos += 1
            else:
                imm, pos = _block_type(buf, pos, base, features)
        elif kind >= 0:
            imm, pos = _read_immediate(kind, buf, pos, base, features)
            if code == op.TRY_TABLE:
                depth += 1
        elif kind == _PREFIX_KIND:
            sub = buf[pos]
            if sub < 0x80:
                pos += 1
            else:
                sub, pos = read_unsigned(buf, pos, 32, base)
            code = code * 0x1000 + sub
            kind = op.IMMEDIATE_KIND.get(code)
            if kind is None:
                raise DecodeError(f"illegal opcode {code >> 12:02x} {sub:x}", base + start)
            if kind == kind_none:
                imm = None
            elif kind == kind_index:
                imm, pos = read_unsigned(buf, pos, 32, base)
            elif kind == kind_memarg:
                imm, pos = _memarg(buf, pos, base, features)
            else:
                imm, pos = _read_immediate(kind, buf, pos, base, features)
        else:
            raise DecodeError(f"illegal opcode {code:02x}", base + start)
        add_op(code)
        add_imm(imm)
        add_offset(base + start)


# --- sections -----------------------------------------------------------------------

class _ModuleDecoder:
    def __init__(self, data: bytes):
        self.data = data
        self.module = Module()
        self.features = self.module.features

    def decode(self) -> Module:
        data = self.data
        if len(data) < 4:
            raise DecodeError("unexpected end", len(data))
        if data[:4] != b"\0asm":
            raise DecodeError("magic header not detected", 0)
        if len(data) < 8:
            raise DecodeError("unexpected end", len(data))
        if data[4:8] != b"\1\0\0\0":
            raise DecodeError("unknown binary version", 4)
        pos = 8
        last_order = 0
        while pos < len(data):
            section_start = pos
            section_id = data[pos]
            try:
                size, pos = read_unsigned(data, pos + 1, 32, 0)
            except IndexError:
                raise DecodeError("unexpected end", len(data)) from None
            if section_id != 0:
                order = _SECTION_ORDER.get(section_id)
                if order is None:
                    raise DecodeError("malformed section id", section_start)
                if order <= last_order:
                    raise DecodeError("unexpected content after last section", section_start)
                last_order = order
                self.module.section_offsets[section_id] = section_start
            end = pos + size
            if end > len(data):
                raise DecodeError("length out of bounds", pos)
            reader = _Reader(data[pos:end], pos, self.features, len(data))
            self._section(section_id, reader, end == len(data))
            if not reader.at_end():
                raise DecodeError("section size mismatch", reader.offset())
            pos = end
        self._finish()
        return self.module

    def _section(self, section_id: int, reader: _Reader, last_in_file: bool) -> None:
        try:
            self._section_contents(section_id, reader, last_in_file)
        except IndexError as error:
            recheck_truncated(error, self.data)
            if section_id == 0:
                raise DecodeError("unexpected end", reader.base + len(reader.buf)) from None
            self._reread_past_end(section_id, reader.base)

    def _section_contents(self, section_id: int, reader: _Reader, last_in_file: bool) -> None:
        if section_id == 0:
            self._custom(reader)
        elif section_id == 10:
            self._code(reader, last_in_file)
        else:
            self._SECTIONS[section_id](self, reader)

    def _reread_past_end(self, section_id: int, base: int) -> None:
        """A section's entries ran past its end.  The reference interpreter reads on into
        the following bytes, and the spec suite expects the error it then meets."""
        reader = _Reader(self.data[base:], base, self.features, len(self.data))
        try:
            self._section_contents(section_id, reader, True)
        except IndexError as error:
            recheck_truncated(error, self.data)
            raise DecodeError(_END_OF_SECTION, len(self.data)) from None
        raise DecodeError("section size mismatch", reader.offset())

    def _custom(self, reader: _Reader) -> None:
        name = reader.name()
        if name == "name":
            self._names(reader)
        reader.pos = len(reader.buf)

    def _names(self, reader: _Reader) -> None:
        """Function names from the "name" section; malformed contents are ignored."""
        names: dict[int, str] = {}
        try:
            while not reader.at_end():
                subsection = reader.byte()
                size = reader.u32()
                end = reader.pos + size
                if subsection == 1:
                    for _ in range(reader.u32()):
                        index = reader.u32()
                        names[index] = reader.name()
                reader.pos = end
        except (DecodeError, IndexError):
            return
        self.module.names = names

    def _type_section(self, reader: _Reader) -> None:
        module = self.module
        for _ in range(reader.u32()):
            group_start = len(module.types)
            if reader.buf[reader.pos] == 0x4E:
                reader.pos += 1
                self.features.add("gc")
                for _ in range(reader.u32()):
                    self._sub_type(reader, group_start)
            else:
                self._sub_type(reader, group_start)

    def _sub_type(self, reader: _Reader, group_start: int) -> None:
        start = reader.offset()
        form = reader.buf[reader.pos]
        final, supertypes = True, ()
        if form == 0x50 or form == 0x4F:
            reader.pos += 1
            self.features.add("gc")
            final = form == 0x4F
            supertypes = tuple(reader.u32() for _ in range(reader.u32()))
        describes = self._clause(reader, _DESCRIBES)
        descriptor = self._clause(reader, _DESCRIPTOR)
        self.module.types.append(self._composite_type(reader))
        self.module.subtypes.append(SubType(final, supertypes, group_start, start, describes, descriptor))

    def _clause(self, reader: _Reader, form: int) -> int | None:
        """The type index of a describes or descriptor clause (`form`) if one comes next."""
        if reader.buf[reader.pos] != form:
            return None
        reader.pos += 1
        self.features.add("custom-descriptors")
        return reader.u32()

    def _composite_type(self, reader: _Reader):
        start = reader.pos
        form = reader.byte()
        if form == _DESCRIBES or form == _DESCRIPTOR:
            raise DecodeError("malformed definition type", reader.base + start)
        if form & 0x80:
            raise DecodeError("integer representation too long", reader.base + start)
        if form == 0x60:
            params = tuple(reader.value_type() for _ in range(reader.u32()))
            results = tuple(reader.value_type() for _ in range(reader.u32()))
            return FuncType(params, results)
        if form == 0x5F:
            self.features.add("gc")
            return StructType(tuple(self._field_type(reader) for _ in range(reader.u32())))
        if form == 0x5E:
            self.features.add("gc")
            return ArrayType(self._field_type(reader))
        raise DecodeError("malformed function type", reader.base + start)

    def _field_type(self, reader: _Reader) -> FieldType:
        byte = reader.buf[reader.pos]
        if byte == 0x78 or byte == 0x77:
            reader.pos += 1
            storage = "i8" if byte == 0x78 else "i16"
        else:
            storage = reader.value_type("malformed storage type")
        start = reader.pos
        mutability = reader.byte()
        if mutability > 1:
            raise DecodeError("malformed mutability", reader.base + start)
        return FieldType(storage, mutability == 1)

    def _import_section(self, reader: _Reader) -> None:
        for _ in range(reader.u32()):
            entry_start = reader.offset()
            module_name = reader.name()
            name = reader.name()
            start = reader.pos
            kind_code = reader.byte()
            exact = kind_code == _EXACT_FUNC_IMPORT
            if exact:
                self.features.add("custom-descriptors")
                kind_code = 0
            if kind_code >= len(_IMPORT_KINDS):
                raise DecodeError("malformed import kind", reader.base + start)
            kind = _IMPORT_KINDS[kind_code]
            if kind == "func":
                desc = reader.u32()
            elif kind == "table":
                desc = reader.table_type()
            elif kind == "memory":
                desc = reader.memory_type()
            elif kind == "global":
                desc = reader.global_type()
            else:
                desc = self._tag_type(reader)
            self.module.imports.append(Import(module_name, name, kind, desc, entry_start, exact))

    def _tag_type(self, reader: _Reader) -> int:
        self.features.add("exceptions")
        start = reader.pos
        if reader.byte() != 0:
            raise DecodeError("malformed tag attribute", reader.base + start)
        return reader.u32()

    def _function_section(self, reader: _Reader) -> None:
        self.module.funcs = [reader.u32() for _ in range(reader.u32())]

    def _table_section(self, reader: _Reader) -> None:
        for _ in range(reader.u32()):
            start = reader.offset()
            if reader.buf[reader.pos] == 0x40:
                reader.pos += 1
                if reader.byte() != 0:
                    raise DecodeError("malformed table", start)
                self.features.add("function-references")
                table_type = reader.table_type()
                self.module.tables.append(Table(table_type, reader.const_expr(), start))
            else:
                self.module.tables.append(Table(reader.table_type(), None, start))

    def _memory_section(self, reader: _Reader) -> None:
        self.module.memories = [reader.memory_type() for _ in range(reader.u32())]

    def _tag_section(self, reader: _Reader) -> None:
        self.module.tags = [self._tag_type(reader) for _ in range(reader.u32())]

    def _global_section(self, reader: _Reader) -> None:
        for _ in range(reader.u32()):
            global_type = reader.global_type()
            self.module.globals.append(Global(global_type, reader.const_expr()))

    def _export_section(self, reader: _Reader) -> None:
        for _ in range(reader.u32()):
            entry_start = reader.offset()
            name = reader.name()
            start = reader.pos
            kind_code = reader.byte()
            if kind_code >= len(_IMPORT_KINDS):
                raise DecodeError("malformed export kind", reader.base + start)
            self.module.exports.append(Export(name, _IMPORT_KINDS[kind_code], reader.u32(), entry_start))

    def _start_section(self, reader: _Reader) -> None:
        self.module.start = reader.u32()

    def _elem_section(self, reader: _Reader) -> None:
        for _ in range(reader.u32()):
            start = reader.offset()
            flags = reader.u32()
            if flags > 7:
                raise DecodeError("malformed elements segment kind", start)
            table = 0
            offset_expr = None
            if flags & 1:
                mode = "declarative" if flags & 2 else "passive"
            else:
                mode = "active"
                if flags & 2:
                    table = reader.u32()
                offset_expr = reader.const_expr()
            uses_exprs = bool(flags & 4)
            if flags & 3 == 0:
                elem_type = "funcref"
            elif uses_exprs:
                elem_type = reader.ref_type()
            else:
                kind_start = reader.pos
                if reader.byte() != 0:
                    raise DecodeError("malformed element kind", reader.base + kind_start)
                elem_type = "funcref"
            count = reader.u32()
            if uses_exprs:
                items = [reader.const_expr() for _ in range(count)]
            else:
                items = []
                for _ in range(count):
                    item_start = reader.offset()
                    items.append(ConstExpr([op.REF_FUNC], [reader.u32()], item_start))
            self.module.elems.append(Elem(mode, elem_type, items, table, offset_expr, start, uses_exprs))

    def _data_count_section(self, reader: _Reader) -> None:
        self.module.data_count = reader.u32()

    def _data_section(self, reader: _Reader) -> None:
        count = reader.u32()
        module = self.module
        if module.data_count is not None and module.data_count != count:
            raise DecodeError("data count and data section have inconsistent lengths", reader.base)
        for _ in range(count):
            start = reader.offset()
            flags = reader.u32()
            if flags > 2:
                raise DecodeError("malformed data segment kind", start)
            memory = 0
            offset_expr = None
            if flags == 1:
                mode = "passive"
            else:
                mode = "active"
                if flags == 2:
                    memory = reader.u32()
                offset_expr = reader.const_expr()
            contents = reader.bytes_(reader.u32())
            module.datas.append(Data(mode, contents, memory, offset_expr, start))

    def _code(self, reader: _Reader, last_in_file: bool) -> None:
        count = reader.u32()
        buf = reader.buf
        base = reader.base
        features = self.features
        codes = self.module.codes
        for _ in range(count):
            body_offset = reader.offset()
            size = reader.u32()
            body_start = reader.pos
            body_end = body_start + size
            if body_end > len(buf):
                raise IndexError
            body = _Reader(buf[body_start:body_end], base + body_start, features, reader.file_size)
            locals_ = self._locals(body)
            try:
                # A list of ints indexes faster than bytes in the decoder's loop.
                ops, imms, offsets, pos = decode_instructions(list(body.buf), body.pos, body.base, features)
            except IndexError as error:
                recheck_truncated(error, self.data)
                if body_end < len(buf):
                    message = "END opcode expected"
                elif last_in_file:
                    message = _END_OF_SECTION
                else:
                    message = "section size mismatch"
                raise DecodeError(message, base + body_end) from None
            if pos != size:
                raise DecodeError("section size mismatch", base + body_start + pos)
            codes.append(FuncBody(body_offset, locals_, ops, imms, array("I", offsets)))   # 4 bytes an offset
            reader.pos = body_end

    def _locals(self, body: _Reader) -> list[str]:
        groups = []
        total = 0
        for _ in range(body.u32()):
            start = body.offset()
            count = body.u32()
            total += count
            if total > MAX_LOCALS:
                raise DecodeError("too many locals", start)
            groups.append((count, body.value_type()))
        locals_: list[str] = []
        for count, valtype in groups:
            locals_ += [valtype] * count
        return locals_

    def _finish(self) -> None:
        module = self.module
        if len(module.codes) != len(module.funcs):
            raise DecodeError("function and code section have inconsistent lengths", len(self.data))
        if module.data_count is not None and module.data_count != len(module.datas) \
                and 11 not in module.section_offsets:
            raise DecodeError("data count and data section have inconsistent lengths", len(self.data))
        used_ops: set[int] = set()
        for body in module.codes:
            used_ops.update(body.ops)
        for const in self._const_exprs():
            used_ops.update(const.ops)
            if not _EXTENDED_CONST_OPS.isdisjoint(const.ops):
                self.features.add("extended-const")
        if module.data_count is None and (op.MEMORY_INIT in used_ops or op.DATA_DROP in used_ops):
            raise DecodeError("data count section required", module.section_offsets.get(10, len(self.data)))
        self._record_features(used_ops)

    def _const_exprs(self):
        module = self.module
        for glob in module.globals:
            yield glob.init
        for table in module.tables:
            if table.init is not None:
                yield table.init
        for elem in module.elems:
            if elem.offset_expr is not None:
                yield elem.offset_expr
            if elem.uses_exprs:
                yield from elem.items
        for data in module.datas:
            if data.offset_expr is not None:
                yield data.offset_expr

    def _record_features(self, used_ops: set[int]) -> None:
        module = self.module
        features = self.features
        for code in used_ops:
            features.update(op.opcode_features(code))
        value_types: set[str] = set()
        type_indices = module.func_type_indices()
        for type_index in set(type_indices):
            func_type = module.types[type_index] if type_index < len(module.types) else None
            if isinstance(func_type, FuncType):
                value_types.update(func_type.params)
                value_types.update(func_type.results)
                if len(func_type.results) > 1:
                    features.add("multi-value")
        for body in module.codes:
            value_types.update(body.locals)
        for glob_type in module.global_types():
            value_types.add(glob_type.valtype)
        for table_type in module.table_types():
            if table_type.elem_type != "funcref":
                value_types.add(table_type.elem_type)
        for elem in module.elems:
            if elem.elem_type != "funcref":
                value_types.add(elem.elem_type)
        for valtype in value_types:
            features.update(value_type_features(valtype))
        if module.memory_types() or module.datas:
            features.add("memory")
        if len(module.memory_types()) > 1:
            features.add("multi-memory")
        if module.global_types():
            features.add("globals")
        if module.table_types() or module.elems:
            features.add("tables")
        if module.num_imported_funcs:
            features.add("imports")
        if any(elem.mode != "active" for elem in module.elems) or any(data.mode == "passive" for data in module.datas):
            features.add("bulk-memory")
        if len(module.table_types()) > 1:
            features.add("reference-types")

    _SECTIONS = {
        1: _type_section, 2: _import_section, 3: _function_section, 4: _table_section,
        5: _memory_section, 13: _tag_section, 6: _global_section, 7: _export_section,
        8: _start_section, 9: _elem_section, 12: _data_count_section, 11: _data_section,
    }


def decode_module(data: bytes) -> Module:
    """Decode a Wasm binary; raises DecodeError (with the spec's message) if it is malformed."""
    data = bytes(data)
    try:
        return _ModuleDecoder(data).decode()
    except DecodeError:
        raise
    except IndexError:
        raise DecodeError("unexpected end", len(data)) from None
