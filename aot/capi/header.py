"""The C header of an artifact's C API (`wasmoon-aot build --header app.h`), from its CApiPlan.

The header declares exactly what plan.py decides, with no preprocessor line but `#define`s of
integer constants (the trap codes), so that it is C99, C++ (inside `extern "C" { }`) and
cffi's `ffi.cdef` alike; it needs no other header (`int`, `long long`, `unsigned char`).
"""

from __future__ import annotations

from wasmoon_aot.runtime import abi

from .plan import CApiPlan, CFunctionType


def c_header(plan: CApiPlan, library: str, version: str) -> str:
    """The header text for `plan`'s artifact, written as `library` by wasmoon-aot `version`."""
    p = plan.prefix
    lines = [
        f"/* The C API of {library}, made by wasmoon-aot {version} (`wasmoon-aot build --header`).",
        "",
        f"   {p}_new instantiates the module (NULL and *trap set on failure), {p}_free frees the",
        "   instance.  Each export function returns 0, or the code of the trap that ended it",
        f"   ({p}_trap_message says what it means), and writes its results through the",
        "   pointers only when it returns 0.  Values: i32 int, i64 long long, f32 float, f64 double,",
        f"   references void *, v128 {p}_v128 (two 64-bit halves, low first).  One thread at a",
        "   time may run an instance's code.  From C++, include this file inside extern \"C\" { }. */",
        "",
        f"typedef struct {p}_instance {p}_instance;",
        f"typedef struct {{ unsigned long long lo, hi; }} {p}_v128;",
        f"typedef struct {{ unsigned char *base; unsigned long long size, max_size; }} {p}_memory;",
        "",
        f"/* What the module imports; may be NULL when it imports nothing.  env is passed to every",
        "   imported function, which returns 0, or a trap code that ends the Wasm call.  A global",
        "   is a pointer to its value (16 bytes of storage); a memory's base comes from malloc",
        "   (memory.grow reallocates it, up to max_size bytes).  Another instance's export is",
        "   imported through its _ref function. */",
        f"typedef struct {p}_imports {{",
        "    void *env;",
    ]
    for imp in plan.imports:
        where = f"/* {imp.kind} {imp.module!r} {imp.name!r} */"
        if imp.kind == "func":
            lines.append(f"    int (*{imp.field})({_arguments(plan, imp.type, 'void *env')}); {where}")
        elif imp.kind == "global":
            lines.append(f"    {_pointer(plan.c_type(imp.valtype))}{imp.field}; {where}")
        else:
            lines.append(f"    {p}_memory *{imp.field}; {where}")
    lines += [
        f"}} {p}_imports;",
        "",
        f"{p}_instance *{p}_new(const {p}_imports *imports, int *trap);",
        f"void {p}_free({p}_instance *instance);",
        f"const char *{p}_trap_message(int code);",
        "",
    ]
    instance = f"{p}_instance *instance"
    for exp in plan.exports:
        where = f"/* export {exp.wasm_name!r} */"
        if exp.kind == "func":
            lines.append(f"int {exp.c_name}({_arguments(plan, exp.type, instance)}); {where}")
        elif exp.kind == "memory":
            lines.append(f"unsigned char *{exp.c_name}({instance}, unsigned long long *size); {where}")
            lines.append(f"{p}_memory *{exp.c_name}_ref({instance}); /* to import it elsewhere */")
        elif exp.kind == "table":
            lines.append(f"unsigned long long {exp.c_name}({instance}); {where}")
        else:
            c_type = plan.c_type(exp.valtype)
            lines.append(f"{_declare(c_type, exp.c_name + '_get')}({instance}); {where}")
            if exp.mutable:
                lines.append(f"void {exp.c_name}_set({instance}, {_declare(c_type, 'value')});")
            lines.append(f"{_pointer(c_type)}{exp.c_name}_ref({instance}); /* to import it elsewhere */")
    lines.append("")
    lines += [f"#define {p.upper()}_TRAP_{code.name} {int(code)}" for code in abi.TrapCode if code]
    return "\n".join(lines) + "\n"


def _arguments(plan: CApiPlan, functype: CFunctionType, first: str) -> str:
    arguments = [first]
    arguments += [_declare(plan.c_type(ty), f"p{k}") for k, ty in enumerate(functype.params)]
    arguments += [_declare(_pointer(plan.c_type(ty)), f"r{k}") for k, ty in enumerate(functype.results)]
    return ", ".join(arguments)


def _pointer(c_type: str) -> str:
    """The C type of a pointer to `c_type`, spelled to be followed directly by a name."""
    return f"{c_type}*" if c_type.endswith("*") else f"{c_type} *"


def _declare(c_type: str, name: str) -> str:
    return f"{c_type}{name}" if c_type.endswith("*") else f"{c_type} {name}"
