"""A day of a month with "this year", "next year" or "last year" right after it ("on March 3 last year") is
that day of the year the words count from the writer's, whatever the nearest such day would be; the two stay
separate timexes, as writers tag them. "last year's" qualifies a noun of its own and leaves the day alone.
Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_NOV = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The plant closed on March 3 last year after a fire in its boiler house.", "March 3", "2025-03-03"),
        ("The station reopened on June 14 last year, two months late.", "June 14", "2025-06-14"),
        ("He was arrested on 12 May last year and has been held since.", "12 May", "2025-05-12"),
        ("The ban was lifted on the 2nd of August last year.", "the 2nd of August", "2025-08-02"),
        ("The new law comes into force on April 1 next year.", "April 1", "2027-04-01"),
        ("The deadline for bids is September 30 next year, the ministry said.", "September 30", "2027-09-30"),
        ("Fares will rise by 5 per cent from 2 January next year.", "2 January", "2027-01-02"),
        ("The rules took effect on 1 January this year.", "1 January", "2026-01-01"),
    ],
)  # fmt: skip
def test_a_day_takes_the_year_told_after_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _NOV, document_type="news").value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The plant closed on March 3 last year after a fire.", "last year"),
        ("The new law comes into force on April 1 next year.", "next year"),
    ],
)  # fmt: skip
def test_the_year_words_stay_a_timex_of_their_own(text: str, phrase: str) -> None:
    assert find(text, phrase, _NOV, document_type="news").text == phrase


def test_last_years_before_a_noun_leaves_the_day_to_its_nearest_year() -> None:
    assert find("On 3 March last year's champion lost in the first round.", "3 March", _NOV).value == "2026-03-03"
