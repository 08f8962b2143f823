"""format= wins; otherwise the Accept header's best type we serve, by q and specificity."""

from __future__ import annotations

import pytest

from service.formats.choice import choose, from_accept


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "json"),
        ("", "json"),
        ("*/*", "json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "json"),
        ("text/csv", "csv"),
        ("text/*", "csv"),
        ("application/x-ndjson", "ndjson"),
        ("application/ndjson", "ndjson"),
        ("text/calendar", "ics"),
        ("application/json;q=0.5, text/csv", "csv"),
        ("*/*;q=0.1, text/calendar;q=0.2", "ics"),
        ("text/*, text/csv;q=0", "ics"),
        ("text/html", None),
        ("application/json;q=0", None),
    ],
)
def test_accept(accept: str | None, expected: str | None) -> None:
    assert from_accept(accept) == expected


def test_format_parameter_wins_over_accept() -> None:
    assert choose("vis", "text/csv") == "vis"
    assert choose(None, "text/csv") == "csv"
