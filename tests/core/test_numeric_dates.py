"""Numeric publication dates: day-first when dotted, by an explicit order when ambiguous, never guessed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.numeric_dates import DateOrder
from service.publication import PublicationDateError, parse_published_at


@pytest.mark.parametrize(
    ("raw", "order", "expected"),
    [
        # Dotted: day-first whatever the order says; no convention writes them month-first.
        ("5.11.2024 19:01", None, datetime(2024, 11, 5, 19, 1)),
        ("05.11.2024", "MDY", datetime(2024, 11, 5)),
        ("5.11.24", None, datetime(2024, 11, 5)),
        ("30.4.2023 08:15", "DMY", datetime(2023, 4, 30, 8, 15)),
        # Only one reading is a date.
        ("13/11/2024", None, datetime(2024, 11, 13)),
        ("13/11/2024", "MDY", datetime(2024, 11, 13)),
        ("11/13/2024", "DMY", datetime(2024, 11, 13)),
        ("12-25-2023", None, datetime(2023, 12, 25)),
        # Both readings are the same day.
        ("07/07/2024", None, datetime(2024, 7, 7)),
        # Ambiguous, read by the order given.
        ("05/11/2024", "DMY", datetime(2024, 11, 5)),
        ("05/11/2024", "MDY", datetime(2024, 5, 11)),
        ("3-4-2022 10:00", "MDY", datetime(2022, 3, 4, 10)),
        ("Tue 5/11/2024 7pm", "DMY", datetime(2024, 11, 5, 19)),
        ("05 11 2024", "DMY", datetime(2024, 11, 5)),
    ],
)
def test_numeric_dates_are_read_by_a_stated_rule(raw: str, order: DateOrder | None, expected: datetime) -> None:
    assert parse_published_at(raw, UTC, date_order=order) == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize("raw", ["05/11/2024", "1/2/2024 10:00", "11-05-2024", "Tue 5/11/2024"])
def test_an_ambiguous_date_without_an_order_is_refused_saying_how_to_fix_it(raw: str) -> None:
    with pytest.raises(PublicationDateError) as caught:
        parse_published_at(raw, UTC)
    message = str(caught.value)
    assert "published_at" in message and "ambiguous" in message
    assert "date_order" in message and "TIMELINE_DATE_ORDER" in message


@pytest.mark.parametrize(("raw", "why"), [("11.13.2024", "day-first"), ("13/13/2024", "either way")])
def test_a_numeric_date_no_reading_makes_valid_is_refused(raw: str, why: str) -> None:
    with pytest.raises(PublicationDateError, match=why):
        parse_published_at(raw, UTC, date_order="MDY")


def test_other_forms_are_untouched_by_the_order() -> None:
    for order in (None, "DMY", "MDY"):
        assert parse_published_at("2024-11-05T19:01:00Z", UTC, date_order=order) == datetime(
            2024, 11, 5, 19, 1, tzinfo=UTC
        )
        assert parse_published_at("Nov. 5, 2024", UTC, date_order=order) == datetime(2024, 11, 5, tzinfo=UTC)
