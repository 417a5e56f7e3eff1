"""The structure the README and pyproject.toml promise, held against the code."""

from __future__ import annotations

import re
from pathlib import Path

from coversheet.resources import tomllib
from coversheet.rules import RULES

ROOT = Path(__file__).resolve().parents[1]


def _contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_every_rule_module_is_held_independent_of_the_others() -> None:
    (independence,) = [c for c in _contracts() if c["type"] == "independence"]
    modules = {f"coversheet.rules.{p.stem}" for p in (ROOT / "coversheet" / "rules").glob("cs*.py")}
    assert set(independence["modules"]) == modules


def test_every_package_of_coversheet_sits_in_a_layer() -> None:
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    named = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    top = {p.stem for p in (ROOT / "coversheet").glob("*.py") if p.stem not in {"__init__", "__main__"}}
    top |= {p.name for p in (ROOT / "coversheet").iterdir() if (p / "__init__.py").is_file()}
    assert {f"coversheet.{name}" for name in top} == named


OOXML_LIBRARIES = {"lxml", "docx", "docxtpl", "docxcompose"}


def test_only_the_word_layer_may_import_the_ooxml_libraries() -> None:
    # The contract names its source modules: a package added later must be named there too,
    # and the package's own __init__.py (which the contract cannot name without naming word/)
    # is held here.
    (contract,) = [c for c in _contracts() if set(c.get("forbidden_modules", ())) == OOXML_LIBRARIES]
    top = {p.stem for p in (ROOT / "coversheet").glob("*.py") if p.stem != "__init__"}
    top |= {p.name for p in (ROOT / "coversheet").iterdir() if (p / "__init__.py").is_file()}
    assert set(contract["source_modules"]) == {f"coversheet.{name}" for name in top - {"word"}}
    assert not contract.get("ignore_imports")
    import ast

    tree = ast.parse((ROOT / "coversheet" / "__init__.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and not node.level}
    assert not {module.split(".")[0] for module in imported} & OOXML_LIBRARIES


def test_the_readme_rule_table_is_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (CS\d{3}) \| ([a-z-]+) \| ([a-z-]+) \| (error|warning|info) \|$", readme, re.MULTILINE)
    assert rows == [(r.code, r.name, r.group, r.severity.value) for r in RULES.values()]


def test_the_rules_page_is_written_from_the_registry() -> None:
    import runpy

    builder = runpy.run_path(str(ROOT / "tools" / "build_rules_doc.py"))
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == builder["page"](), "run `make docs`"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_from(node, path: Path) -> str:
    """The module an `ImportFrom` in `path` names, a relative import resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    base = node.module or ""
    if node.level:
        anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        base = ".".join([*anchor, *([base] if base else [])])
    return base


def _imports_of(path: Path, known: set[str]) -> set[str]:
    """Every module of coversheet that `path` imports, wherever the import is written (at the
    top, inside a function, under TYPE_CHECKING): each may run, so each may close a cycle."""
    import ast

    name = _module_name(path)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = _imported_from(node, path)
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}  # `from package import module`
    return {module for module in found if module in known and module != name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph`, as the modules around it, or None (a depth-first search)."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(module: str) -> list[str] | None:
        path.append(module)
        on_path.add(module)
        for imported in sorted(graph[module]):
            if imported in on_path:
                return [*path[path.index(imported):], imported]
            if imported not in done:
                found = visit(imported)
                if found:
                    return found
        on_path.discard(path.pop())
        done.add(module)
        return None

    for module in sorted(graph):
        if module not in done:
            found = visit(module)
            if found:
                return found
    return None


def test_no_module_of_coversheet_imports_itself_back_through_others() -> None:
    # import-linter sees the layers between packages; this sees every module, imports inside
    # functions included, which the layers leave free to go round in a circle within a package.
    files = sorted((ROOT / "coversheet").rglob("*.py"))
    known = {_module_name(path) for path in files}
    graph = {_module_name(path): _imports_of(path, known) for path in files}
    assert "coversheet.config.locate" in graph["coversheet.config.meeting_plan"]  # the walk sees function imports
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def _private_uses(path: Path, known: set[str], source: str | None = None) -> list[str]:
    """Where `path` (or `source` as if it were `path`) uses an underscore name of a module of
    coversheet: `from module import _name`, or `module._name` on a name an import bound to a
    module (`import a.b`, `from a import b`, `... as m`)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source, str(path))
    modules: dict[str, str] = {}  # a name an import bound -> the module it is
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:  # `import a.b` binds a; `import a.b as m` binds m to a.b
                bound = alias.asname or alias.name.split(".")[0]
                modules[bound] = alias.name if alias.asname else bound
        elif isinstance(node, ast.ImportFrom):
            base = _imported_from(node, path)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    modules[alias.asname or alias.name] = f"{base}.{alias.name}"
                elif base in known and alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"line {node.lineno}: from {base} import {alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            chain, value = [], node.value
            while isinstance(value, ast.Attribute):
                chain, value = [value.attr, *chain], value.value
            module = ".".join([modules[value.id], *chain]) if isinstance(value, ast.Name) and value.id in modules else None
            if module in known and module != _module_name(path):
                found.append(f"line {node.lineno}: {module}.{node.attr}")
    return found


def test_no_module_of_coversheet_uses_another_modules_private_names() -> None:
    # An underscore name is its own module's business: a module that needs another's makes it
    # public, with a docstring saying what it is for, or moves it to a module both use.
    files = sorted((ROOT / "coversheet").rglob("*.py"))
    known = {_module_name(path) for path in files}
    probe = "from coversheet.word.readers.legacy import _Question\nfrom coversheet.word.readers import legacy\nlegacy._missing('')\n"
    assert len(_private_uses(ROOT / "coversheet" / "word" / "read.py", known, probe)) == 2  # the walk sees both forms
    found = [f"{path.relative_to(ROOT)} {use}" for path in files for use in _private_uses(path, known)]
    assert not found, "another module's private names used:\n" + "\n".join(found)
