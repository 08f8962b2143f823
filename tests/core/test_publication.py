from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from service.publication import PublicationDateError, parse_published_at


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-11-05T19:01:00Z", datetime(2024, 11, 5, 19, 1, tzinfo=UTC)),
        ("2024-11-05T08:30:00+01:00", datetime(2024, 11, 5, 8, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("2024-11-05", datetime(2024, 11, 5, tzinfo=UTC)),
        ("5 November 2024 19:01", datetime(2024, 11, 5, 19, 1, tzinfo=UTC)),
        ("Tue, 05 Nov 2024 19:01:00 GMT", datetime(2024, 11, 5, 19, 1, tzinfo=UTC)),
        ("Nov. 5, 2024 3 pm EST", datetime(2024, 11, 5, 20, 0, tzinfo=UTC)),
    ],
)
def test_reads_iso_and_free_forms(raw: str, expected: datetime) -> None:
    assert parse_published_at(raw, UTC) == expected


def test_no_zone_takes_the_default_zone() -> None:
    parsed = parse_published_at("5 July 2024 10:00", ZoneInfo("Europe/London"))
    assert parsed.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize("raw", ["", "yesterday", "0", "1730000000", "November 2024", "2024-13-45", "soon"])
def test_refuses_what_is_not_a_full_absolute_date(raw: str) -> None:
    with pytest.raises(PublicationDateError, match="published_at"):
        parse_published_at(raw, UTC)
