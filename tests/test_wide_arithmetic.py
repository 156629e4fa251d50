"""Wide arithmetic under register pressure: many 128-bit sums and wide products live at once, so the
allocator must place each `wide` instruction's early-def low half apart from the inputs its second
instruction still reads, spill around it and reload, and the results must equal Python's integers."""

from __future__ import annotations

import random

import pytest

from wasmoon_aot.runtime import load

from guest import wat_artifact

COUNT = 12  # 128-bit accumulators (24 i64 halves), all live across the loop body
MASK = (1 << 64) - 1


def _module() -> str:
    locals_ = " ".join(f"(local $lo{i} i64) (local $hi{i} i64)" for i in range(COUNT))
    body = []
    for i in range(COUNT):
        j = (i + 1) % COUNT
        # acc_i += mul_wide_u(x + i, y) ; acc_i -= (acc_j.lo, 0) using mul_wide_s on odd i
        mul = "i64.mul_wide_s" if i % 2 else "i64.mul_wide_u"
        body.append(f"""
      (i64.add128 (local.get $lo{i}) (local.get $hi{i})
                  ({mul} (i64.add (local.get $x) (i64.const {i})) (local.get $y)))
      (local.set $hi{i}) (local.set $lo{i})
      (i64.sub128 (local.get $lo{i}) (local.get $hi{i}) (local.get $lo{j}) (i64.const 0))
      (local.set $hi{i}) (local.set $lo{i})""")
    fold = "".join(f" (i64.xor (local.get $lo{i})) (i64.xor (local.get $hi{i}))" for i in range(COUNT))
    return f"""
(module
  (func (export "mix") (param $x i64) (param $y i64) (param $n i32) (result i64)
    {locals_}
    (loop $again
      {"".join(body)}
      (local.set $x (i64.add (local.get $x) (i64.const 0x9E3779B97F4A7C15)))
      (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i64.const 0){fold}))
"""


def _signed(v: int) -> int:
    return v - (1 << 64) if v >> 63 else v


def _expected(x: int, y: int, n: int) -> int:
    acc = [0] * COUNT
    for _ in range(n):
        for i in range(COUNT):
            j = (i + 1) % COUNT
            a, b = (x + i) & MASK, y
            product = _signed(a) * _signed(b) if i % 2 else a * b
            acc[i] = (acc[i] + product) & ((1 << 128) - 1)
            acc[i] = (acc[i] - (acc[j] & MASK)) & ((1 << 128) - 1)
        x = (x + 0x9E3779B97F4A7C15) & MASK
    result = 0
    for value in acc:
        result ^= (value & MASK) ^ (value >> 64)
    return result


@pytest.fixture(scope="module")
def mix(tmp_path_factory):
    path = wat_artifact(tmp_path_factory.mktemp("wide") / "wide.so", _module(), check=True)
    with load(path) as instance:
        yield instance.exports["mix"]


@pytest.mark.parametrize("seed", range(4))
def test_wide_operators_under_register_pressure(mix, seed):
    rng = random.Random(seed)
    x, y, n = rng.getrandbits(64), rng.choice([rng.getrandbits(64), MASK, 1 << 63]), rng.randint(1, 5)
    assert mix(_signed(x), _signed(y), n) & MASK == _expected(x, y, n)
