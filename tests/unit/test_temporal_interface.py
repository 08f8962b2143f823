"""The public interface the service depends on."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import service.temporal
from service.temporal import Timex, annotate


def test_timex_is_a_frozen_slotted_dataclass() -> None:
    t = annotate("It rained yesterday.", date(2024, 11, 5))[0]
    assert isinstance(t, Timex)
    assert dataclasses.is_dataclass(t) and not hasattr(t, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.value = "x"  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(Timex)] == [
        "start", "end", "text", "type", "value", "mod", "granularity", "interval_start", "interval_end",
        "anchor", "range", "dateline",
    ]  # fmt: skip


def test_offsets_index_the_text() -> None:
    text = "Négociations: they met on Friday, officials said yesterday."
    for t in annotate(text, date(2024, 11, 5)):
        assert text[t.start : t.end] == t.text


def test_intervals_are_naive() -> None:
    from datetime import timedelta, timezone

    ref = datetime(2024, 11, 5, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    t = annotate("It rained today.", ref)[0]
    assert t.value == "2024-11-05"  # the wall-clock date of the reference, not UTC's
    assert t.interval_start is not None and t.interval_start.tzinfo is None


def test_unknown_document_type_is_rejected() -> None:
    with pytest.raises(ValueError):
        annotate("today", date(2024, 11, 5), "poetry")


ENGINE = Path(service.temporal.__file__).parent
# What the engine may import: itself and pure standard-library modules. A pure library the engine comes
# to need (word lists, inflections) is added here on purpose, never an I/O, framework or clock module.
PURE_IMPORTS = {"__future__", "collections", "dataclasses", "datetime", "functools", "itertools", "math",
                "re", "typing", "types", "enum", "bisect"}  # fmt: skip
# The verb lexicon reads LemmInflect's inflection table (a word list shipped as package data) once, at
# import, never while annotating: it alone may open a file.
LEXICON_LOADERS = {"verbs.py": {"gzip", "importlib", "pathlib"}}
# Modules whose presence after annotating would mean I/O, a framework or the service around the engine.
NOT_LOADED = ("socket", "ssl", "asyncio", "subprocess", "sqlite3", "http.client", "urllib.request", "litestar",
              "asyncpg", "msgspec", "structlog", "dateparser", "uvicorn", "service.api", "service.store",
              "service.events", "service.settings", "service.logs")  # fmt: skip
# Any call of these reads the clock (the time module is not among PURE_IMPORTS): the reference date is the
# only "now" the engine knows.
CLOCK_CALLS = {"now", "today", "utcnow"}


def _engine_sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(ENGINE.rglob("*.py"))]


def test_engine_imports_only_itself_and_pure_modules() -> None:
    for path, tree in _engine_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                ok = name == "service.temporal" or name.startswith("service.temporal.")
                pure = PURE_IMPORTS | LEXICON_LOADERS.get(path.name, set())
                assert ok or name.split(".")[0] in pure, f"{path.name} imports {name}"


def test_annotating_loads_no_io_or_framework_module() -> None:
    # A fresh interpreter: this test session has the whole service loaded already.
    probe = (
        "import sys; from datetime import date; import service.temporal as t; "
        "t.annotate('Talks resume on Friday, a week after the vote of 3 March 2024.', date(2024, 11, 5)); "
        f"print([m for m in {NOT_LOADED!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ENGINE.parent.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_engine_never_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    for path, tree in _engine_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in CLOCK_CALLS, f"{path.name}:{node.lineno} calls .{node.func.attr}()"

    class NoClockDate(date):
        @classmethod
        def today(cls) -> NoClockDate:
            raise AssertionError("the engine read the clock")

    class NoClockDateTime(datetime):
        @classmethod
        def now(cls, tz: object = None) -> NoClockDateTime:
            raise AssertionError("the engine read the clock")

        @classmethod
        def today(cls) -> NoClockDateTime:
            raise AssertionError("the engine read the clock")

    text = "It rained yesterday; talks resume on Friday and end next month, a week after the vote, at 5 p.m."
    expected = annotate(text, date(2024, 11, 5))
    for name, module in list(sys.modules.items()):
        if name.startswith("service.temporal"):
            if isinstance(vars(module).get("date"), type):
                monkeypatch.setattr(module, "date", NoClockDate)
            if isinstance(vars(module).get("datetime"), type):
                monkeypatch.setattr(module, "datetime", NoClockDateTime)
    assert [(t.text, t.value) for t in annotate(text, date(2024, 11, 5))] == [(t.text, t.value) for t in expected]


def test_same_input_same_output_whatever_came_before() -> None:
    text = "Negotiators will meet again on Friday, officials said yesterday. The talks began in March."
    first = annotate(text, date(2024, 11, 5))
    annotate("In 1944 the troops landed. In August they reached Paris.", date(1990, 1, 1), "narrative")
    annotate(text, date(2001, 2, 3), "colloquial")
    assert annotate(text, date(2024, 11, 5)) == first


def test_deterministic() -> None:
    text = "Negotiators will meet again on Friday, officials said yesterday."
    assert annotate(text, date(2024, 11, 5)) == annotate(text, date(2024, 11, 5))


def test_empty_text() -> None:
    assert annotate("", date(2024, 11, 5)) == []
