"""After the past of a verb of going, "to" gives what the going was for ("went to see the doctor"), and
that was done when the going was: the infinitive does not make the time a plan that may lie ahead.

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

POSTED = datetime(2024, 11, 5, 13, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("went to see my gp on monday and still no answer", "monday", "2024-11-04"),
        ("mum came to stay on saturday, house is chaos", "saturday", "2024-11-02"),
        ("we drove to pick her up on sunday", "sunday", "2024-11-03"),
        ("rushed to catch the train at 8 and missed it", "8", "2024-11-05T08:00"),
    ],
)
def test_a_day_of_what_the_going_was_for_is_gone_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, POSTED, "colloquial").value == value


@pytest.mark.parametrize(
    "text",
    ["went to bed at midnight, woke at 5", "i went to sleep at midnight and still feel awful"],
)
def test_midnight_gone_to_bed_at_is_the_one_the_day_opened_with(text: str) -> None:
    assert find(text, "midnight", POSTED, "colloquial").value == "2024-11-05T00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A plan or a wish told with "to" still looks ahead.
        ("we decided to go on friday instead", "friday", "2024-11-08"),
        ("i want to see it on saturday", "saturday", "2024-11-09"),
    ],
)
def test_an_infinitive_after_other_verbs_still_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, POSTED, "colloquial").value == value
