"""In news, a day named without its year later in a past-tense sentence whose whole date gave one ("was
checked out on March 3, 1960 and due back on March 17") is a day of that year, not of the year of writing;
not where the whole date is told in an aside about someone else, the later day falls before it in the year,
or the later day is told in the present.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ledger was opened on March 3, 1958 and closed two weeks later, on March 17.", "March 17", "1958-03-17"),
        ("The lease was signed on May 2, 2019, and building work began on June 10.", "June 10", "2019-06-10"),
        ("The shop was founded on Jan. 4, 1911, and sold its first loaf on Feb. 1.", "Feb. 1", "1911-02-01"),
        ("Voters rejected the plan on 4 April 2016 and the council dropped it on 12 May.", "12 May", "2016-05-12"),
    ],
)
def test_a_later_day_of_the_sentence_takes_its_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The whole date is in an aside about someone.
        ("Ms Kerr, who joined the firm on May 2, 1990, retired on Oct. 10.", "Oct. 10", "2024-10-10"),
        # Earlier in the year than the whole date.
        ("The plant closed on Sept. 30, 2020, and reopened on March 1.", "March 1", "2024-03-01"),
        # Told in the present.
        ("The law was passed on May 2, 2019, and it takes effect on Dec. 1.", "Dec. 1", "2024-12-01"),
    ],
)
def test_other_days_keep_their_own_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A month told with its year reaches a later day or feast of that month on in its sentence.
        ("Ice shut the harbour for a week in December 2019, in the days before Christmas.", "Christmas", "2019-12-25"),
        ("Floods closed the line in November 2020, and again on Nov. 28.", "Nov. 28", "2020-11-28"),
        # A relative clause of "when" right after a year tells of that year.
        ("Takings rose sharply in 2017, when a new owner took over in March.", "March", "2017-03"),
        ("It had 900 members in 2019, when a row split the club in late May.", "late May", "2019-05"),
    ],
)
def test_a_month_with_its_year_or_a_when_clause_gives_its_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told in the present or the future.
        ("Sales fell in December 2023, and the chain expects a better Christmas.", "Christmas", "2024-12-25"),
        # The "when" clause is not right after the year.
        ("The club was founded in 1990, and when it moved in March, members left.", "March", "2024-03"),
    ],
)
def test_a_month_or_when_clause_does_not_reach_other_clauses(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
