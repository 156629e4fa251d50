"""Test helper: a stand-in for the emitter (emit.py's FunctionEmitter) that family emitters
write to, for tests that run or disassemble single instructions.  Literal loads
(FunctionEmitter.literal_load) read literals that `place_literals` puts after the code."""

from __future__ import annotations

from wasmoon_aot.aot.isa.aarch64 import encode


class Words:
    def __init__(self):
        self.words: list[int] = []
        self.literals: list[tuple[int, int]] = []   # (word index of an ldr literal, its 128 bits)

    def put(self, *words: int) -> None:
        self.words.extend(words)

    def literal_load(self, word: int, bits: int) -> None:
        self.literals.append((len(self.words), bits))
        self.put(word)

    def place_literals(self) -> None:
        """Put the literals after the code so far, and point the loads at them."""
        for index, bits in self.literals:
            self.words[index] = encode.patch_branch(self.words[index], 4 * (len(self.words) - index))
            self.put(*((bits >> shift) & 0xFFFF_FFFF for shift in range(0, 128, 32)))
        self.literals = []
