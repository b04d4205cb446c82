"""The package reads one way: no module imports one that imports it back, and the library never imports flows/."""
import ast
from pathlib import Path

from etl.paths import REPO_ROOT

LIBRARY = REPO_ROOT / "src" / "etl"


def modules() -> dict[str, Path]:
    found = {}
    for base, folder in ((REPO_ROOT / "src", LIBRARY), (REPO_ROOT, REPO_ROOT / "flows")):
        for path in folder.rglob("*.py"):
            name = ".".join(path.relative_to(base).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def imports(known: dict[str, Path]) -> dict[str, set[str]]:
    """Module → the project modules it imports anywhere in its body (lazy and type-checking imports too)."""
    graph = {}
    for name, path in known.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        graph[name] = {t for t in targets if t in known and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while (w := stack.pop()) != v:
                component.append(w)
            if component:
                out.append(sorted([v, *component]))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def package(module: str) -> str:
    """etl.publish.release → etl.publish; etl.cli → etl.cli; flows.pipeline → flows."""
    parts = module.split(".")
    return parts[0] if parts[0] == "flows" else ".".join(parts[:2])


def test_no_module_imports_one_that_imports_it_back():
    assert cycles(imports(modules())) == []


def test_no_package_imports_one_that_imports_it_back():
    by_package: dict[str, set[str]] = {}
    for module, targets in imports(modules()).items():
        by_package.setdefault(package(module), set()).update(package(t) for t in targets)
    for name, targets in by_package.items():
        targets.discard(name)
        for t in targets:
            by_package.setdefault(t, set())
    assert cycles(by_package) == []


def test_the_library_never_imports_its_orchestration():
    graph = imports(modules())
    assert {m: sorted(t for t in ts if t.startswith("flows")) for m, ts in graph.items()
            if m.startswith("etl") and any(t.startswith("flows") for t in ts)} == {}


def test_a_cycle_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
