"""`wasmoon-aot inspect`: what an artifact holds, as text or (`--json`) one JSON object.

`inspect_report(path)` refuses a .wasm/.wat and checks the file as the runtime would
(verify_artifact: one line for an x86 object, a truncated file, ...), reads it back through LIEF
(linker/readback.py) and returns plain data: format, architecture, sections,
exported symbols, then the Wasm view from the metadata: imports by their full
`module.name`, functions, memories, tables, globals and exports, each index
space with its imports first.  `text_lines(report)` is the text form.
"""

from __future__ import annotations

from wasmoon_aot.runtime import abi


def _signature(functype: dict) -> str:
    return f"({' '.join(functype[abi.ENTRY_PARAMS])}) -> ({' '.join(functype[abi.ENTRY_RESULTS])})"


def _limits(entry: dict) -> dict:
    limits = {"min": entry[abi.ENTRY_MIN], "max": entry.get(abi.ENTRY_MAX)}
    if entry.get(abi.ENTRY_IS64):
        limits["is64"] = True
    return limits


def _memory(entry: dict) -> dict:
    memory = _limits(entry)
    memory["page_size"] = 1 << entry.get(abi.ENTRY_PAGE_SIZE_LOG2, abi.PAGE_SIZE_LOG2)
    return memory


def _table(entry: dict) -> dict:
    return {**_limits(entry), "elem_type": entry[abi.ENTRY_ELEM_TYPE]}


def _global(entry: dict) -> dict:
    return {"type": entry[abi.ENTRY_TYPE], "mutable": entry[abi.ENTRY_MUTABLE]}


_DESCRIBE = {"memory": _memory, "table": _table, "global": _global}
_DEFINED = {"memory": abi.META_MEMORIES, "table": abi.META_TABLES, "global": abi.META_GLOBALS}


def _index_space(meta: dict, kind: str, exports: dict) -> list[dict]:
    """The memories, tables or globals: imported ones (named `module.name`) first, then defined ones."""
    items = [{**_DESCRIBE[kind](imp), "import": f"{imp[abi.ENTRY_MODULE]}.{imp[abi.ENTRY_NAME]}"}
             for imp in meta[abi.META_IMPORTS] if imp[abi.ENTRY_KIND] == kind]
    items += [_DESCRIBE[kind](entry) for entry in meta.get(_DEFINED[kind], ())]
    for index, item in enumerate(items):
        item["index"] = index
        if (kind, index) in exports:
            item["export"] = exports[kind, index]
    return items


def _functions(meta: dict, exports: dict) -> list[dict]:
    imported = [f"{imp[abi.ENTRY_MODULE]}.{imp[abi.ENTRY_NAME]}"
                for imp in meta[abi.META_IMPORTS] if imp[abi.ENTRY_KIND] == "func"]
    functions = []
    for index, function in enumerate(meta[abi.META_FUNCTIONS]):
        entry = {"index": index, "name": function[abi.ENTRY_NAME],
                 "signature": _signature(meta[abi.META_TYPES][function[abi.ENTRY_TYPE]])}
        if index < len(imported):
            entry["import"] = imported[index]
        else:
            entry["offset"], entry["size"] = function[abi.ENTRY_OFFSET], function[abi.ENTRY_SIZE]
        if ("func", index) in exports:
            entry["export"] = exports["func", index]
        functions.append(entry)
    return functions


def inspect_report(path: str) -> dict:
    """Everything `inspect` shows of the artifact at `path` (ArtifactError if the runtime would refuse it)."""
    from wasmoon_aot.linker.readback import describe, symbol_bytes
    from wasmoon_aot.runtime.errors import ArtifactError
    from wasmoon_aot.runtime.integrity import verify_artifact
    if path.endswith((".wasm", ".wat")):
        raise ArtifactError(path, "a Wasm module, not a built artifact: `wasmoon-aot build` it first")
    verify_artifact(path)
    info = describe(path)
    meta = abi.unpack_metadata(symbol_bytes(path, abi.METADATA_SYMBOL))
    exports = {(e[abi.ENTRY_KIND], e[abi.ENTRY_INDEX]): e[abi.ENTRY_NAME] for e in meta[abi.META_EXPORTS]}
    return {"artifact": path, "format": info["format"], "architecture": info["architecture"],
            "sections": info["sections"], "symbols": info["symbols"],
            "imports": [{"name": f"{imp[abi.ENTRY_MODULE]}.{imp[abi.ENTRY_NAME]}", "kind": imp[abi.ENTRY_KIND]}
                        for imp in meta[abi.META_IMPORTS]],
            "functions": _functions(meta, exports),
            "memories": _index_space(meta, "memory", exports),
            "tables": _index_space(meta, "table", exports),
            "globals": _index_space(meta, "global", exports),
            "exports": [{"name": e[abi.ENTRY_NAME], "kind": e[abi.ENTRY_KIND], "index": e[abi.ENTRY_INDEX]}
                        for e in meta[abi.META_EXPORTS]]}


def _limits_text(item: dict) -> str:
    maximum = "" if item["max"] is None else f"..{item['max']}"
    return f"{item['min']}{maximum}" + (" i64" if item.get("is64") else "")


def _tail(item: dict, imported: bool = True) -> str:
    where = f"  import {item['import']}" if imported and "import" in item else ""
    return where + (f"  export {item['export']!r}" if "export" in item else "")


def text_lines(report: dict) -> list[str]:
    """The report as `inspect` prints it."""
    lines = [f"{report['artifact']}: {report['format']} {report['architecture']}", "sections:"]
    lines += [f"  {s['name']:<12} {s['address']:#10x} {s['size']:>8}" for s in report["sections"]]
    lines.append("exported symbols:")
    lines += [f"  {s['address']:#10x} {s['size']:>8}  {s['name']}" for s in report["symbols"]]
    if report["imports"]:
        lines.append("imports:")
        lines += [f"  {imp['kind']:<7} {imp['name']}" for imp in report["imports"]]
    lines.append("functions:")
    for function in report["functions"]:
        where = f"import {function['import']}" if "import" in function else f"{function['offset']:#x} +{function['size']}"
        label = function["name"] or function.get("export") or ""
        lines.append(f"  [{function['index']}] {label:<20} {function['signature']:<30} {where}"
                     + _tail(function, imported=False))
    for key, describe in (("memories", lambda m: f"pages {_limits_text(m)} of {m['page_size']} bytes"),
                          ("tables", lambda t: f"{t['elem_type']} {_limits_text(t)}"),
                          ("globals", lambda g: ("mut " if g["mutable"] else "") + g["type"])):
        if report[key]:
            lines.append(f"{key}:")
            lines += [f"  [{item['index']}] {describe(item)}{_tail(item)}" for item in report[key]]
    return lines
