"""An award or pick named by the stretch it is given for ("player of the month", "album of the year", "deal of
the day") is a title, no date; the same stretch after any other noun still is one ("the hottest day of the
year"). Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import values

_SUNDAY = date(2025, 1, 19)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("player of the month award for our keeper, well deserved", "colloquial"),
        ("my nan was named volunteer of the year!!", "colloquial"),
        ("deal of the day: 2 pizzas for a tenner", "colloquial"),
        ("The striker was voted player of the month by the supporters.", "news"),
        ("The band's third record was named album of the year.", "news"),
        ("She was the league's manager of the month twice.", "news"),
    ],
)
def test_an_award_s_stretch_is_no_date(text: str, doc_type: str) -> None:
    assert not any(t.endswith(("the month", "the year", "the day")) for t, _, _ in values(text, _SUNDAY, doc_type))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("hottest day of the year so far and its january", "the year", "2025"),
        ("the month has flown by", "the month", "2025-01"),
    ],
)
def test_the_stretch_after_another_noun_is_still_a_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text, _SUNDAY, "colloquial")
