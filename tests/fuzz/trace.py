"""What both engines are asked to do (a Plan) and what is compared (a trace of events).

The plan comes from the module's export types: instantiate, then call every
exported function `CALLS_PER_EXPORT` times with the seed's arguments (but those
with a non-nullable reference parameter: arguments are references only as null), reading
every exported global after each call and every exported memory and table at
the end.

Each engine turns the plan into a list of events, plain tuples compared with ==:
    ("instantiate", outcome)
    ("call", name, args, outcome)      outcome: ("ok", [result bits]) | ("trap", kind)
                                       | ("error", text) | ("diverges",) (the oracle ran out of fuel)
                                       | ("exception", tag export name, [payload bits]) (uncaught)
    ("host", [(import name, args), ...])   host functions called since the previous event
    ("globals", {name: bits})
    ("memory", name, byte length, sha256 hex)
    ("table", name, size, null-ness of its first TABLE_ELEMENTS_COMPARED elements)
Values are compared bit for bit: i32/f32 as 32-bit patterns, i64/f64 as 64-bit, v128 as one
128-bit int (each engine converts to and from its own convention),
NaN payloads included (both engines get the same raw bits in; smith's
`--canonicalize-nans` makes every NaN that arithmetic produces canonical), and
references by null-ness only (1 = non-null).  A value an engine cannot observe
(the runtime does not export that kind of item yet) is recorded as UNOBSERVED,
left out of the comparison, and counted.  A trace ends early at an error, at a
call the oracle could not finish, and at stack exhaustion (what the call did
before it depends on each engine's stack depth).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .smith import argument_bits

CALLS_PER_EXPORT = 2
TABLE_ELEMENTS_COMPARED = 64
STACK_EXHAUSTED = "call stack exhausted"
UNOBSERVED = "unobserved"
_MASKS = {"i32": (1 << 32) - 1, "f32": (1 << 32) - 1, "i64": (1 << 64) - 1, "f64": (1 << 64) - 1,
          "v128": (1 << 128) - 1}

# Trap messages that name the same event in the two engines (wasmtime reports an
# out-of-range call_indirect index as a table access, and a call_ref, throw_ref or gc access of null as any null
# reference).
_SAME_TRAP = {"undefined element": "out of bounds table access", "null function reference": "null reference",
              "null exception reference": "null reference", "null structure reference": "null reference",
              "null array reference": "null reference", "null i31 reference": "null reference"}


@dataclass
class Call:
    name: str
    params: tuple
    results: tuple
    args: list


@dataclass
class Plan:
    calls: list[Call] = field(default_factory=list)
    globals: list[tuple[str, str]] = field(default_factory=list)   # (export name, value type)
    memories: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


def make_plan(seed: int, functions, globals_, memories, tables) -> Plan:
    """`functions` is [(name, params, results)] in export order; `globals_` is [(name, type)]."""
    plan = Plan(globals=list(globals_), memories=list(memories), tables=list(tables))
    callable_ = [(name, params, results) for name, params, results in functions
                 if not any(_non_nullable(ty) for ty in params)]
    for number in range(CALLS_PER_EXPORT):
        for name, params, results in callable_:
            plan.calls.append(Call(name, tuple(params), tuple(results), argument_bits(seed, name, number, params)))
    return plan


def _non_nullable(ty: str) -> bool:
    """Whether `ty` is a reference type without null, "(ref $t)" (a nullable one is "(ref null $t)")."""
    return ty.startswith("(ref ") and not ty.startswith("(ref null ")


def value_bits(ty: str, bits: int) -> int:
    """A raw slot as compared: masked to the type's width; references as 0 (null) or 1."""
    if ty in _MASKS:
        return bits & _MASKS[ty]
    return 0 if not bits else 1


def trap_kind(message: str) -> str:
    return _SAME_TRAP.get(message, message)


def memory_event(name: str, data: bytes | None) -> tuple:
    if data is None:
        return ("memory", name, UNOBSERVED)
    return ("memory", name, len(data), hashlib.sha256(data).hexdigest())


def _ends_comparison(outcome: tuple) -> bool:
    """Nothing after this outcome is compared (what came before a stack exhaustion depends on stack depth)."""
    return outcome[0] in ("error", "diverges") or outcome == ("trap", STACK_EXHAUSTED)


def run_plan(engine, plan: Plan) -> list:
    """Drive an engine through the plan and record its trace.

    An engine has `instantiate() -> outcome`, `call(name, args) -> outcome` with
    raw result slots, `host_calls() -> [(name, args)]` made since it was last
    asked, `global_bits(name) -> int | UNOBSERVED`, `memory_bytes(name) ->
    bytes | None` and `table_elements(name, count) -> (size, [bits of the first
    `count` elements]) | None`; an outcome is ("ok", ...), ("trap", spec
    message), ("diverges",) or ("error", text) for anything else that went wrong.
    """
    outcome = _compared(engine.instantiate())
    trace = [("instantiate", outcome)]
    if _ends_comparison(outcome):
        return trace
    trace.append(("host", engine.host_calls()))
    if outcome[0] != "ok":
        return trace
    for call in plan.calls:
        outcome = _compared(engine.call(call.name, call.args), call.results)
        trace.append(("call", call.name, call.args, outcome))
        if _ends_comparison(outcome):
            return trace
        trace.append(("host", engine.host_calls()))
        if plan.globals:
            trace.append(("globals", {name: _global_event(ty, engine.global_bits(name)) for name, ty in plan.globals}))
    trace.extend(memory_event(name, engine.memory_bytes(name)) for name in plan.memories)
    trace.extend(table_event(name, engine.table_elements(name, TABLE_ELEMENTS_COMPARED)) for name in plan.tables)
    return trace


def _compared(outcome: tuple, results: tuple = ()) -> tuple:
    """An outcome as compared: result values masked (value_bits), trap messages as trap_kind names them
    (a start function's traps too)."""
    if outcome[0] == "ok" and len(outcome) > 1:
        return ("ok", [value_bits(ty, bits) for ty, bits in zip(results, outcome[1])])
    if outcome[0] == "trap":
        return ("trap", trap_kind(outcome[1]))
    return outcome


def diverges(trace: list) -> bool:
    """Whether the (oracle's) trace ends in a run that may never finish."""
    return trace[-1][-1] == ("diverges",)


def calls_before_divergence(plan: Plan, trace: list) -> Plan:
    """The plan cut just before the call that diverged in `trace`."""
    finished_calls = sum(1 for event in trace if event[0] == "call") - 1
    return Plan(plan.calls[:finished_calls], plan.globals, plan.memories, plan.tables)


def _global_event(ty: str, bits):
    return UNOBSERVED if bits == UNOBSERVED else value_bits(ty, bits)


def table_event(name: str, contents) -> tuple:
    if contents is None:
        return ("table", name, UNOBSERVED)
    size, elements = contents
    return ("table", name, size, [value_bits("funcref", bits) for bits in elements])


def first_difference(expected: list, actual: list) -> str | None:
    """None when the traces agree on everything both observed; else a description of the first divergence."""
    for index, (want, got) in enumerate(zip(expected, actual)):
        if _comparable(want, got) != _comparable(got, want):
            return f"event {index}: wasmtime {want!r} != wasmoon-aot {got!r}"
    if len(expected) != len(actual):
        return f"trace lengths differ: wasmtime {len(expected)} events, wasmoon-aot {len(actual)}"
    return None


def _comparable(event: tuple, other: tuple):
    """`event` with whatever it or `other` could not observe left out."""
    if event[0] == "globals" and other[0] == "globals":
        return ("globals", {name: bits for name, bits in event[1].items()
                            if bits != UNOBSERVED and other[1].get(name) != UNOBSERVED})
    if event[0] in ("memory", "table") and other[0] == event[0] and UNOBSERVED in (event[2], other[2]):
        return event[:2]
    return event


def unobserved_count(trace: list) -> int:
    """How many global, memory and table reads the engine behind `trace` could not make."""
    count = 0
    for event in trace:
        if event[0] == "globals":
            count += sum(bits == UNOBSERVED for bits in event[1].values())
        elif event[0] in ("memory", "table") and event[2] == UNOBSERVED:
            count += 1
    return count
