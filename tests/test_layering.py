"""DESIGN.md's layers, checked on the source: who may import what, and the rules of thumb.

model <- readers, classify, fields <- pipeline <- api, cli. Third-party libraries each behind one
module. The imports are read with `ast`, so a test fails on the offending line, not on a guess.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "articlekit"
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


@dataclass(frozen=True)
class Import:
    """One imported module, absolute, and where the import statement is."""

    module: str
    path: str
    line: int

    def top(self) -> str:
        return self.module.split(".")[0]

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.module}"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve(node: ast.ImportFrom, path: Path) -> str:
    """The absolute module of a `from ... import` statement, relative levels resolved."""
    if node.level == 0:
        return node.module or ""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@cache
def syntax_tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@cache
def imports_of(path: Path) -> tuple[Import, ...]:
    """Every module `path` imports, anywhere in the file (function-level imports included)."""
    tree = syntax_tree(path)
    where = str(path.relative_to(PACKAGE.parent.parent))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(Import(alias.name, where, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = resolve(node, path)
            found.append(Import(module, where, node.lineno))
            # "from articlekit import pipeline" imports the submodule articlekit.pipeline
            if module == "articlekit":
                found.extend(Import(f"articlekit.{alias.name}", where, node.lineno) for alias in node.names)
    return tuple(found)


SOURCES = sorted(PACKAGE.rglob("*.py"))


def sources_under(*parts: str) -> list[Path]:
    root = PACKAGE.joinpath(*parts)
    return [path for path in SOURCES if path == root or root in path.parents]


def is_within(imported: str, *modules: str) -> bool:
    return any(imported == module or imported.startswith(module + ".") for module in modules)


def test_the_package_source_is_found() -> None:
    assert PACKAGE.joinpath("model.py").is_file()
    assert len(SOURCES) > 10


def test_imports_resolve_relative_imports() -> None:
    node = ast.parse("from ..model import Block").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert resolve(node, PACKAGE / "classify" / "chrome.py") == "articlekit.model"


@pytest.mark.parametrize("library", ["bs4", "lxml", "html5lib"])
def test_only_the_readers_import_html_parsers(library: str) -> None:
    readers = set(sources_under("readers"))
    offenders = [str(i) for path in SOURCES if path not in readers for i in imports_of(path) if i.top() == library]
    assert offenders == []


def test_only_fields_dates_imports_dateparser() -> None:
    allowed = PACKAGE / "fields" / "dates.py"
    offenders = [str(i) for path in SOURCES if path != allowed for i in imports_of(path) if i.top() == "dateparser"]
    assert offenders == []


def test_model_imports_only_the_standard_library() -> None:
    offenders = [str(i) for i in imports_of(PACKAGE / "model.py") if i.top() not in STDLIB]
    assert offenders == []


@pytest.mark.parametrize("name", ["options.py", "errors.py"])
def test_options_and_errors_import_only_the_standard_library(name: str) -> None:
    offenders = [str(i) for i in imports_of(PACKAGE / name) if i.top() not in STDLIB]
    assert offenders == []


def test_classify_does_not_reach_up_to_fields_pipeline_or_api() -> None:
    above = ("articlekit.fields", "articlekit.pipeline", "articlekit.api", "articlekit.cli", "articlekit.readers")
    offenders = [str(i) for path in sources_under("classify") for i in imports_of(path) if is_within(i.module, *above)]
    assert offenders == []


def test_readers_do_not_import_later_layers() -> None:
    later = ("articlekit.classify", "articlekit.fields", "articlekit.pipeline", "articlekit.api", "articlekit.cli")
    offenders = [str(i) for path in sources_under("readers") for i in imports_of(path) if is_within(i.module, *later)]
    assert offenders == []


def test_only_the_entry_points_import_the_pipeline_and_api() -> None:
    # pipeline is called by the api; the api by batch (many pages), the cli and the package's __init__;
    # batch by the cli and __init__; nobody imports the cli
    allowed = {
        "articlekit.pipeline": {PACKAGE / "api.py"},
        "articlekit.api": {PACKAGE / "batch.py", PACKAGE / "cli.py", PACKAGE / "__init__.py"},
        "articlekit.batch": {PACKAGE / "cli.py", PACKAGE / "__init__.py"},
        "articlekit.cli": set(),
    }
    offenders = [
        str(i)
        for path in SOURCES
        for i in imports_of(path)
        for module, importers in allowed.items()
        if is_within(i.module, module) and path not in importers and module_name(path) != module
    ]
    assert offenders == []


def test_cli_is_thin_and_uses_only_the_public_api() -> None:
    inside = ("articlekit.pipeline", "articlekit.classify", "articlekit.fields", "articlekit.readers")
    offenders = [str(i) for i in imports_of(PACKAGE / "cli.py") if is_within(i.module, *inside)]
    assert offenders == []


def test_the_package_imports_only_declared_dependencies() -> None:
    declared = {"bs4", "lxml", "dateparser", "articlekit"}
    offenders = [str(i) for path in SOURCES for i in imports_of(path) if i.top() not in STDLIB | declared]
    assert offenders == []


def test_no_utils_module() -> None:
    assert [str(path) for path in SOURCES if path.stem in ("utils", "util", "helpers", "misc", "common")] == []


def catches_everything(handler: ast.ExceptHandler) -> bool:
    """`except:`, `except Exception`, `except BaseException`, alone or in a tuple."""
    if handler.type is None:
        return True
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(name, ast.Name) and name.id in ("Exception", "BaseException") for name in names)


def test_no_catch_all_except_anywhere() -> None:
    offenders: list[str] = []
    for path in SOURCES:
        offenders.extend(
            f"{path.relative_to(PACKAGE.parent.parent)}:{node.lineno}"
            for node in ast.walk(syntax_tree(path))
            if isinstance(node, ast.ExceptHandler) and catches_everything(node)
        )
    assert offenders == []


def test_no_except_exception_in_the_text() -> None:
    # the same rule by grep, so that it also catches code the parser above would not see as a handler
    offenders = [
        f"{path.relative_to(PACKAGE.parent.parent)}:{number}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "except Exception" in line or "except BaseException" in line
    ]
    assert offenders == []


def test_catch_all_detector_sees_the_forms_it_forbids() -> None:
    for source in ("try:\n    pass\nexcept:\n    pass", "try:\n    pass\nexcept (ValueError, Exception):\n    pass"):
        handler = ast.parse(source).body[0]
        assert isinstance(handler, ast.Try)
        assert catches_everything(handler.handlers[0])
    narrow = ast.parse("try:\n    pass\nexcept ValueError:\n    pass").body[0]
    assert isinstance(narrow, ast.Try)
    assert not catches_everything(narrow.handlers[0])
