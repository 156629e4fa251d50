"""A word buffer for the C API's hand-written AArch64 code (capi.py, capi_builtins.py).

`Asm` collects instruction words at a known text offset, with named labels that branches refer
to (resolved by `finish`), adrp/add pairs to rodata or text (linker TextRefs, patched by the
writer), and calls to C library functions through their GOT slots (rodata words the loader fills:
ImportedPointer).  Large offsets and constants go through x17.  `frame_enter`/`frame_leave`
make the frame record and save callee-saved registers in pairs above it.
"""

from __future__ import annotations

import struct

from wasmoon_aot.linker import TextRef

from . import encode as e
from .regs import FP, LR, NE, SP, X16, X17
from .sequences import materialize


class Asm:
    """Words at text offset `base` with labels: branches to labels and adrp/add pairs to text labels
    are resolved by `finish`."""

    def __init__(self, base: int, got: dict[str, int]):
        self.base, self.got = base, got
        self.words: list[int] = []
        self.labels: dict[str, int] = {}
        self.fixups: list[tuple[int, str, object]] = []   # (word index, label, encoder of the offset)
        self.text_refs: list[TextRef] = []
        self.label_refs: list[tuple[int, str]] = []        # adrp/add pairs to labels
        self._unique = 0

    def __call__(self, *words: int) -> None:
        self.words += words

    def new_label(self, hint: str) -> str:
        self._unique += 1
        return f".{hint}{self._unique}"

    def label(self, name: str) -> None:
        assert name not in self.labels, name
        self.labels[name] = len(self.words)

    def branch(self, label: str, encoder=e.b) -> None:
        """A branch to `label`: `encoder(offset)` (e.b, e.bl, or a lambda around b_cond/cbz...)."""
        self.fixups.append((len(self.words), label, encoder))
        self.words.append(0)

    def bl_text(self, offset: int) -> None:
        """bl to an absolute text offset outside this code (an entry trampoline)."""
        self.words.append(e.bl(offset - (self.base + 4 * len(self.words))))

    def address(self, rd: int, section: str, offset: int) -> None:
        self.text_refs.append(TextRef(self.base + 4 * len(self.words), section, offset))
        self.words += [e.adrp(rd, 0), e.add_imm(True, rd, rd, 0)]

    def address_of_label(self, rd: int, label: str) -> None:
        self.label_refs.append((len(self.words), label))
        self.words += [e.adrp(rd, 0), e.add_imm(True, rd, rd, 0)]

    def call_c(self, name: str) -> None:
        """Call C function `name` through its GOT slot (clobbers x16 and every caller-saved register)."""
        self.address(X16, "rodata", self.got[name])
        self(e.ldr_imm(8, X16, X16, 0), e.blr(X16))

    def const(self, rd: int, value: int, is64: bool = True) -> None:
        self(*materialize(rd, value, is64))

    def add_const(self, rd: int, rn: int, value: int) -> None:
        """rd = rn + value (rn may be sp); uses x17 for a large value."""
        if 0 <= value < 4096:
            self(e.add_imm(True, rd, rn, value))
        else:
            self.const(X17, value)
            self(e.add_ext(True, rd, rn, X17, e.UXTX))

    def mem(self, size: int, rt: int, rn: int, offset: int, load: bool, fp: bool = False) -> None:
        """A load or store of `size` bytes at [rn + offset] (x17 holds a far address)."""
        if not (0 <= offset < 4096 * size and offset % size == 0):
            self.add_const(X17, rn, offset)
            rn, offset = X17, 0
        if fp:
            self((e.ldr_fp_imm if load else e.str_fp_imm)(size, rt, rn, offset))
        else:
            self((e.ldr_imm if load else e.str_imm)(size, rt, rn, offset))

    def load(self, rt: int, rn: int, offset: int) -> None:
        self.mem(8, rt, rn, offset, True)

    def store(self, rt: int, rn: int, offset: int) -> None:
        self.mem(8, rt, rn, offset, False)

    def fill(self, base: int, count: int, value: int) -> None:
        """Store `value` in `count` (nonzero) 8-byte words from `base` (both registers are consumed)."""
        loop = self.new_label("fill")
        self.label(loop)
        self(e.str_indexed(8, value, base, 8, e.POST), e.subs_imm(True, count, count, 1))
        self.branch(loop, lambda off: e.b_cond(NE, off))

    def finish(self) -> tuple[bytes, list[TextRef]]:
        for index, label, encoder in self.fixups:
            self.words[index] = encoder(4 * (self.labels[label] - index))
        refs = list(self.text_refs)
        refs += [TextRef(self.base + 4 * index, "text", self.base + 4 * self.labels[label])
                 for index, label in self.label_refs]
        return struct.pack(f"<{len(self.words)}I", *self.words), refs


def frame_enter(a: Asm, size: int, saved: tuple[int, ...] = ()) -> None:
    """stp fp, lr; the callee-saved registers `saved` (pairs) above them; `size` bytes in all."""
    a(e.stp(True, FP, LR, SP, -size, e.PRE), e.mov_sp(FP, SP))
    for k in range(0, len(saved), 2):
        a(e.stp(True, saved[k], saved[k + 1], SP, 16 + 8 * k))


def frame_leave(a: Asm, size: int, saved: tuple[int, ...] = ()) -> None:
    for k in range(0, len(saved), 2):
        a(e.ldp(True, saved[k], saved[k + 1], SP, 16 + 8 * k))
    a(e.ldp(True, FP, LR, SP, size, e.POST), e.ret())
