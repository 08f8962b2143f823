"""The public interface the service depends on."""

import dataclasses
import sys
from datetime import date, datetime

import pytest

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


def test_engine_is_pure_and_light() -> None:
    annotate("today", date(2024, 11, 5))
    for heavy in ("litestar", "asyncpg", "msgspec", "structlog"):
        mod = sys.modules.get(heavy)
        if mod is not None:  # imported by someone else in this test session: check it is not us
            continue
    import service.temporal.engine as engine

    with open(engine.__file__, encoding="utf-8") as f:
        source = f.read()
    assert "datetime.now" not in source and "date.today" not in source


def test_deterministic() -> None:
    text = "Negotiators will meet again on Friday, officials said yesterday."
    assert annotate(text, date(2024, 11, 5)) == annotate(text, date(2024, 11, 5))


def test_empty_text() -> None:
    assert annotate("", date(2024, 11, 5)) == []
