"""The engine compiles each of its patterns once, at module level: ``re.search(r"...", text)`` and the other
module-level functions of ``re`` look the pattern up in ``re``'s own cache of 512, which a long run fills, so a
pattern written in a call is compiled again and again."""

import ast
import textwrap
from pathlib import Path

import service.temporal

_ENGINE = Path(service.temporal.__file__).parent
# The functions of ``re`` that take a pattern and compile it through that cache (``re.compile`` is how a
# pattern is compiled once).
_COMPILING = frozenset({"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"})


def _calls_with_a_pattern(tree: ast.AST) -> list[str]:
    """The calls in ``tree`` of a module-level function of ``re`` (``re.search(...)``, or ``search(...)``
    imported from ``re``), as "line: source"."""
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "re"
        for alias in node.names
        if alias.name in _COMPILING
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute):
            called = f.attr in _COMPILING and isinstance(f.value, ast.Name) and f.value.id == "re"
        else:
            called = isinstance(f, ast.Name) and f.id in imported
        if called:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_engine_module_calls_re_with_a_pattern() -> None:
    modules = sorted(_ENGINE.rglob("*.py"))
    assert len(modules) > 20  # the engine's modules were found
    calls = {
        str(p.relative_to(_ENGINE)): found
        for p in modules
        if (found := _calls_with_a_pattern(ast.parse(p.read_text(encoding="utf-8"))))
    }
    assert calls == {}


def _found_in(source: str) -> list[str]:
    return _calls_with_a_pattern(ast.parse(textwrap.dedent(source)))


def test_the_check_finds_a_call_written_with_a_string_pattern() -> None:
    source = """
        import re

        def f(s: str) -> bool:
            return re.search(r"\\bnext\\s+week\\b", s) is not None
    """
    assert _found_in(source) == ["5: re.search('\\\\bnext\\\\s+week\\\\b', s)"]


def test_the_check_finds_an_imported_function_and_a_formatted_pattern() -> None:
    source = """
        from re import sub as replace

        def f(day: str, s: str) -> str:
            return replace(f"this {day}", "", s)
    """
    assert len(_found_in(source)) == 1


def test_the_check_lets_a_pattern_compiled_once_be() -> None:
    source = """
        import re

        _NEXT_WEEK = re.compile(r"\\bnext\\s+week\\b")

        def f(s: str) -> bool:
            return _NEXT_WEEK.search(s) is not None
    """
    assert _found_in(source) == []
