"""Extreme module shapes, written straight as Wasm binaries (no wasm-tools, so even
100,000-deep nesting is made in milliseconds): deep `block`/`loop`/`if` nesting
(and blocks left from every level), a wide `br_table`, a long straight-line
function, a function of over a MiB of jump table, many small functions.

Every shape exports `f: (i32) -> i32` (the many-functions shape exports one of its
functions as `f`), and `model(name, size, x)` computes in Python what `f(x)` returns,
so tests can run the compiled shape and check it.  Used by the compile-time scaling
benchmark (compile_speed.py) and by tests/test_scaling.py.
"""

from __future__ import annotations

FUNC_I32_I32 = b"\x60\x01\x7f\x01\x7f"      # the type (i32) -> i32
BLOCK, LOOP, IF, ELSE, END, BR, BR_IF, BR_TABLE, RETURN = 0x02, 0x03, 0x04, 0x05, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F
LOCAL_GET, LOCAL_SET, LOCAL_TEE, I32_LOAD, I32_CONST, CALL = 0x20, 0x21, 0x22, 0x28, 0x41, 0x10
I32_ADD, I32_SUB, I32_MUL, I32_AND, I32_XOR, I32_SHL, I32_ROTL = 0x6A, 0x6B, 0x6C, 0x71, 0x73, 0x74, 0x77
F64_CONVERT_I32_S, I32_TRUNC_F64_S = 0xB7, 0xAA
EMPTY = 0x40
MASK = 0xFFFF_FFFF


def uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def sleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        done = (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40)
        out.append(byte | (0 if done else 0x80))
        if done:
            return bytes(out)


def _vec(items: list[bytes]) -> bytes:
    return uleb(len(items)) + b"".join(items)


def _section(section_id: int, payload: bytes) -> bytes:
    return bytes([section_id]) + uleb(len(payload)) + payload


def module(bodies: list[bytes], memory: bool = False, export: int = 0) -> bytes:
    """A module of (i32) -> i32 functions with these bodies (locals + code, without
    the size prefix), exporting function `export` as "f" (and a memory of one page)."""
    sections = [_section(1, _vec([FUNC_I32_I32])), _section(3, _vec([b"\0"] * len(bodies)))]
    if memory:
        sections.append(_section(5, _vec([b"\0\x01"])))
    sections.append(_section(7, _vec([uleb(1) + b"f\0" + uleb(export)])))
    sections.append(_section(10, _vec([uleb(len(body)) + body for body in bodies])))
    return b"\0asm\x01\0\0\0" + b"".join(sections)


def _const(value: int) -> bytes:
    value &= MASK
    return bytes([I32_CONST]) + sleb(value - (1 << 32) if value >> 31 else value)


def nested_blocks(depth: int) -> bytes:
    """`depth` nested blocks, empty but for the innermost: it leaves them all when x
    is odd, else adds 3 to x."""
    code = bytes([BLOCK, EMPTY]) * depth
    code += bytes([LOCAL_GET, 0, I32_CONST, 1, I32_AND, BR_IF]) + uleb(depth - 1)
    code += bytes([LOCAL_GET, 0, I32_CONST, 3, I32_ADD, LOCAL_SET, 0]) + bytes([END]) * depth
    return module([b"\0" + code + bytes([LOCAL_GET, 0, END])])


def nested_exits(depth: int) -> bytes:
    """`depth` nested blocks, each left by a br_if to the outermost (when x is non-zero):
    one join with `depth` predecessors at every depth.  Returns x either way."""
    code = bytes([BLOCK, EMPTY]) * depth + b"".join(
        bytes([LOCAL_GET, 0, BR_IF]) + uleb(depth - 1 - level) + bytes([END]) for level in range(depth))
    return module([b"\0" + code + bytes([LOCAL_GET, 0, END])])


def nested_loops(depth: int) -> bytes:
    """`depth` nested loops; the innermost counts x down to 0 by looping back to the
    outermost loop (so every loop header is a real join), then returns 7."""
    code = bytes([LOOP, EMPTY]) * depth
    code += bytes([LOCAL_GET, 0, LOCAL_GET, 0, I32_CONST, 1, I32_SUB, LOCAL_SET, 0, BR_IF]) + uleb(depth - 1)
    code += bytes([END]) * depth
    return module([b"\0" + code + bytes([I32_CONST, 7, END])])


def nested_ifs(depth: int) -> bytes:
    """`depth` nested if/else; level k adds k+1 in its else arm and the then arms go on
    while x is non-zero (x drops by one per level)."""
    code = bytes([LOCAL_GET, 0, IF, EMPTY, LOCAL_GET, 0, I32_CONST, 1, I32_SUB, LOCAL_SET, 0]) * depth
    code += b"".join(bytes([ELSE, LOCAL_GET, 1]) + _const(level + 1) + bytes([I32_ADD, LOCAL_SET, 1, END])
                     for level in reversed(range(depth)))
    return module([b"\x01\x01\x7f" + code + bytes([LOCAL_GET, 1, END])])


def wide_br_table(width: int) -> bytes:
    """A br_table of `width` targets over 4 blocks: target k of x goes to block k % 4,
    out of range goes to the default (block 3); block j returns 10 * j + 1."""
    code = bytes([BLOCK, EMPTY]) * 4 + bytes([LOCAL_GET, 0, BR_TABLE]) + uleb(width)
    code += b"".join(uleb(k % 4) for k in range(width)) + uleb(3)
    for j in range(4):
        code += bytes([END]) + _const(10 * j + 1) + bytes([RETURN])
    return module([b"\0" + code + bytes([I32_CONST, 0, END])])


def _steps(steps: int) -> bytes:
    """Step k: y = rotl(i32.trunc_f64_s(f64.convert_i32_s(y ^ k)), 1), y in local 1."""
    return b"".join(bytes([LOCAL_GET, 1]) + _const(k) + bytes(
        [I32_XOR, F64_CONVERT_I32_S, I32_TRUNC_F64_S, I32_CONST, 1, I32_ROTL, LOCAL_SET, 1])
        for k in range(steps))


def straight_line(steps: int) -> bytes:
    """A function of `steps` straight-line steps over a local y, each a few instructions
    and a trapping conversion (so trap branches all along), inside a loop run twice,
    behind two things that must reach far: a bounds-checked load at the start (traps
    for x >= 65533) and a br_if that jumps over everything when x is odd; f returns
    y + x."""
    code = bytes([LOCAL_GET, 0, I32_LOAD, 2, 0, LOCAL_SET, 1, I32_CONST, 2, LOCAL_SET, 2])  # y = mem[x] (0)
    code += bytes([BLOCK, EMPTY, LOCAL_GET, 0, I32_CONST, 1, I32_AND, BR_IF, 0, LOOP, EMPTY])
    code += _steps(steps)
    code += bytes([LOCAL_GET, 2, I32_CONST, 1, I32_SUB, LOCAL_TEE, 2, BR_IF, 0, END])  # loop again once
    code += bytes([END, LOCAL_GET, 1, LOCAL_GET, 0, I32_ADD, END])
    return module([b"\x01\x02\x7f" + code], memory=True)


def far_function(width: int, steps: int = 100) -> bytes:
    """Code far from where it is branched to or from, at little compile cost: a loop
    run twice around `steps` straight-line steps (as in straight_line) and a br_table
    of `width` targets (its jump table is code too), behind a bounds-checked load at
    the start (traps for x >= 65533) and a br_if over everything when x is odd.  The
    br_table index is x * 8: below `width` it adds 11 to y, else (the default) 10."""
    code = bytes([LOCAL_GET, 0, I32_LOAD, 2, 0, LOCAL_SET, 1, I32_CONST, 2, LOCAL_SET, 2])  # y = mem[x] (0)
    code += bytes([BLOCK, EMPTY, LOCAL_GET, 0, I32_CONST, 1, I32_AND, BR_IF, 0, LOOP, EMPTY])
    code += _steps(steps)
    code += bytes([BLOCK, EMPTY, BLOCK, EMPTY, LOCAL_GET, 0, I32_CONST, 3, I32_SHL, BR_TABLE])
    code += uleb(width) + bytes([0]) * width + bytes([1, END])
    code += bytes([LOCAL_GET, 1, I32_CONST, 1, I32_ADD, LOCAL_SET, 1, END])
    code += bytes([LOCAL_GET, 1, I32_CONST, 10, I32_ADD, LOCAL_SET, 1])
    code += bytes([LOCAL_GET, 2, I32_CONST, 1, I32_SUB, LOCAL_TEE, 2, BR_IF, 0, END])  # loop again once
    code += bytes([END, LOCAL_GET, 1, LOCAL_GET, 0, I32_ADD, END])
    return module([b"\x01\x02\x7f" + code], memory=True)


def _arm_constant(arm: int) -> int:
    """The distinct constant arm `arm` of switch_in_loop sets (most need two instructions)."""
    return (arm * 0x9E3779B1 + 0x7F4A7C15) & MASK


SWITCH_TRIPS = 8


def switch_in_loop(arms: int) -> bytes:
    """A C `switch` of `arms` cases inside a loop, as clang makes it: a br_table to one
    block per case, each setting a local v from its own constant and branching to the
    join after the switch.  The loop runs SWITCH_TRIPS times (i counts down from
    SWITCH_TRIPS to 1) and switches on x + i (out of range: the default, v unchanged);
    after the switch acc = rotl(acc ^ v, 1).  f returns acc."""
    x, i, acc, v = 0, 1, 2, 3
    code = bytes([I32_CONST, SWITCH_TRIPS, LOCAL_SET, i, LOOP, EMPTY]) + bytes([BLOCK, EMPTY]) * (arms + 1)
    code += bytes([LOCAL_GET, x, LOCAL_GET, i, I32_ADD, BR_TABLE]) + uleb(arms)
    code += b"".join(uleb(arm) for arm in range(arms)) + uleb(arms)
    for arm in range(arms):   # after arm's block ends, the join block is arms - 1 - arm levels out
        code += bytes([END]) + _const(_arm_constant(arm)) + bytes([LOCAL_SET, v, BR]) + uleb(arms - 1 - arm)
    code += bytes([END, LOCAL_GET, acc, LOCAL_GET, v, I32_XOR, I32_CONST, 1, I32_ROTL, LOCAL_SET, acc])
    code += bytes([LOCAL_GET, i, I32_CONST, 1, I32_SUB, LOCAL_TEE, i, BR_IF, 0, END, LOCAL_GET, acc, END])
    return module([b"\x01\x03\x7f" + code])


def _switch_model(arms: int, x: int) -> int:
    acc = v = 0
    for i in range(SWITCH_TRIPS, 0, -1):
        index = (x + i) & MASK
        if index < arms:
            v = _arm_constant(index)
        acc ^= v
        acc = ((acc << 1) | (acc >> 31)) & MASK
    return acc


def _line_model(steps: int, y: int) -> int:
    for k in range(steps):
        y ^= k
        y = ((y << 1) | (y >> 31)) & MASK
    return y


def many_functions(count: int) -> bytes:
    """`count` small functions; function k returns x * k + (function k-1)(x) (k > 0),
    function 0 returns x.  Exports the last."""
    bodies = [b"\0" + bytes([LOCAL_GET, 0, END])]
    for k in range(1, count):
        bodies.append(b"\0" + bytes([LOCAL_GET, 0]) + _const(k) + bytes([I32_MUL, LOCAL_GET, 0, CALL])
                      + uleb(k - 1) + bytes([I32_ADD, END]))
    return module(bodies, export=count - 1)


SHAPES = {"nested blocks": nested_blocks, "nested exits": nested_exits, "nested loops": nested_loops,
          "nested ifs": nested_ifs,
          "br_table targets": wide_br_table, "switch arms in a loop": switch_in_loop, "straight-line steps": straight_line,
          "functions": many_functions}


def model(name: str, size: int, x: int) -> int:
    """What `f(x)` of SHAPES[name](size) returns, as a signed i32 (None when it traps)."""
    if name == "nested blocks":
        result = x if x & 1 else x + 3
    elif name == "nested exits":
        result = x
    elif name == "nested loops":
        result = 7
    elif name == "nested ifs":
        levels = min(x & MASK, size)    # then arms entered; level `levels` takes its else, if any
        result = levels + 1 if levels < size else 0
    elif name == "br_table targets":
        x &= MASK
        result = 10 * (x % 4 if x < size else 3) + 1
    elif name == "switch arms in a loop":
        result = _switch_model(size, x)
    elif name == "straight-line steps":
        if x & MASK > 65532:
            return None
        y = 0
        for _ in range(0 if x & 1 else 2):
            y = _line_model(size, y)
        result = y + x
    elif name == "functions":
        result = x * (1 + sum(range(size)))
    else:
        raise KeyError(name)
    result &= MASK
    return result - (1 << 32) if result >> 31 else result


def far_model(width: int, steps: int, x: int) -> int | None:
    """What `f(x)` of far_function(width, steps) returns (None when it traps)."""
    if x & MASK > 65532:
        return None
    y = 0
    for _ in range(0 if x & 1 else 2):
        y = _line_model(steps, y)
        y += 11 if (x << 3) & MASK < width else 10
    result = (y + x) & MASK
    return result - (1 << 32) if result >> 31 else result
