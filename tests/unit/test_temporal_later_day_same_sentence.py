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
