"""A clock time before a weekday with the determiner of its week ("at 9 a.m. next Friday", "at 3am last
Saturday", "6pm this Sunday") is on the day the determiner picks, as the weekday's own timex reads it; the
determiner was taken for a noun the time qualified ("the 7am flight"), and the hour fell on the coming such day
whatever the determiner said. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_WED = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "clock", "phrase", "value"),
    [
        ("Tickets go on sale at 9 a.m. next Friday.", "9 a.m.", "next Friday", "2026-11-20T09:00"),
        ("The hearing resumes at 10:30 a.m. next Thursday.", "10:30 a.m.", "next Thursday", "2026-11-26T10:30"),
        ("Doors open at 6 p.m. this Sunday.", "6 p.m.", "this Sunday", "2026-11-22T18:00"),
        ("The polls close at 8pm this coming Saturday.", "8pm", "this coming Saturday", "2026-11-21T20:00"),
        ("The shop was raided at 3 a.m. last Saturday.", "3 a.m.", "last Saturday", "2026-11-14T03:00"),
        ("The deadline passed at noon last Friday.", "noon", "last Friday", "2026-11-13T12:00"),
        ("The launch is set for 2:30 p.m. on next Monday.", "2:30 p.m.", "next Monday", "2026-11-23T14:30"),
        ("The ferry left at 7.15am this past Tuesday.", "7.15am", "this past Tuesday", "2026-11-17T07:15"),
    ],
)  # fmt: skip
def test_a_clock_time_is_on_the_weekday_its_determiner_picks(text: str, clock: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _WED).value == value[:10]
    assert find(text, clock, _WED).value == value


def test_a_noun_between_the_time_and_its_day_still_leads_to_the_day() -> None:
    t = find("She is booked on the 7am flight next Tuesday.", "7am", _WED)
    assert t.value == "2026-11-24T07:00"


def test_a_bare_weekday_after_the_time_is_still_read_alone() -> None:
    assert find("The talks resume at 9 a.m. Friday.", "9 a.m. Friday", _WED).value == "2026-11-20T09:00"
