"""Import hygiene of the three packages (docs/ARCHITECTURE.md, dependency rules).

Inside a package imports are relative; across packages they are absolute
(`from wasmoon_aot.runtime import abi`), never a relative import climbing out of
its package.  runtime/ imports neither aot/ nor linker/, aot/regalloc/ never
aot/isa/, the driver (aot/compiler.py) no particular ISA, and no module-level
imports go round in a circle
(late imports inside functions count: they only hide a circle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("aot", "linker", "runtime")


def _modules() -> dict[str, Path]:
    """Dotted name (e.g. "aot.isa.aarch64.emit") -> file, for every module of the three packages."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


MODULES = _modules()


def _imports(name: str) -> list[tuple[str, int, ast.ImportFrom | ast.Import]]:
    """(imported dotted name without the wasmoon_aot prefix, relative level, node) for each import of `name`."""
    path = MODULES[name]
    tree = ast.parse(path.read_text())
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module.removeprefix("wasmoon_aot.") if node.module.startswith("wasmoon_aot.") else ""
            if target:
                found.append((target, node.level, node))
                found += [(f"{target}.{alias.name}", node.level, node) for alias in node.names
                          if f"{target}.{alias.name}" in MODULES]
        elif isinstance(node, ast.Import):
            found += [(alias.name.removeprefix("wasmoon_aot."), 0, node) for alias in node.names
                      if alias.name.startswith("wasmoon_aot.")]
    return found


def test_the_walk_sees_the_packages() -> None:
    assert {"aot.compiler", "aot.isa", "runtime.abi", "runtime.remote", "linker.elf"} <= set(MODULES)
    assert ("runtime.abi", 0) in [(target, level) for target, level, _ in _imports("aot.artifact")]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_relative_inside_a_package_absolute_across(name: str) -> None:
    package = name.split(".")[0]
    for target, level, node in _imports(name):
        if target.split(".")[0] != package:
            assert level == 0, f"{name}:{node.lineno} reaches {target} by a relative import"
        elif isinstance(node, ast.ImportFrom):
            assert level > 0, f"{name}:{node.lineno} imports its own package's {target} absolutely"


@pytest.mark.parametrize("importer, forbidden", [
    ("runtime", ("aot", "linker")),
    ("aot.regalloc", ("aot.isa",)),
    ("aot.compiler", ("aot.isa.",)),    # the driver reaches an ISA only through aot.isa's backend_for
])
def test_dependency_rules(importer: str, forbidden: tuple[str, ...]) -> None:
    for name in MODULES:
        if name == importer or name.startswith(importer + "."):
            for target, _, node in _imports(name):
                assert not any(target == f or target.startswith(f if f.endswith(".") else f + ".")
                               for f in forbidden), f"{name}:{node.lineno} imports {target}"


def test_no_import_cycles() -> None:
    graph = {name: {target for target, _, _ in _imports(name)
                    if target in MODULES and target != name and not name.startswith(target + ".")}
             for name in MODULES}
    state: dict[str, int] = {}   # 1 on the current path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycle = path[path.index(target):] + [target] if target in path else [name, target]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target, path + [target])
        state[name] = 2

    for name in sorted(MODULES):
        if name not in state:
            visit(name, [name])
