"""Expressions anchored on a date the story itself mentions: "ten years later", "that year", "in May"
after a year, and where such an anchor stops applying."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase", "start", "granularity"),
    [
        ("The company was founded in 1998 and went public 10 years later.", "10 years", datetime(2008, 1, 1), "year"),
        ("Rebels seized the town in 2014 and lost it three years later.", "three years", datetime(2017, 1, 1), "year"),
        ("The plant opened on March 3, 2010 and closed two weeks later.", "two weeks", datetime(2010, 3, 17), "day"),
        (
            "He left the club in June 2001 and came back eight months later.",
            "eight months",
            datetime(2002, 2, 1),
            "month",
        ),
    ],
)
def test_a_duration_counted_from_a_mentioned_date_is_placed_there(
    text: str, phrase: str, start: datetime, granularity: str
) -> None:
    t = find(text, phrase)
    # The TIMEX3 stays a duration, as annotated; its place on the timeline is the date it reaches.
    assert t.type == "DURATION"
    assert (t.interval_start, t.granularity, t.anchor) == (start, granularity, "previous")


def test_a_clause_opening_count_is_a_date_after_the_mentioned_one() -> None:
    t = find("She joined in May 2019; six months later she resigned.", "six months later")
    assert (t.type, t.value, t.anchor, t.interval_start) == ("DATE", "2019-11", "previous", datetime(2019, 11, 1))
    t = find("She joined in May 2019. Six months later, she resigned.", "Six months later")
    assert (t.value, t.anchor) == ("2019-11", "previous")


def test_counts_chain_from_the_last_placed_one() -> None:
    text = "The firm was founded in 1998, went public ten years later and was sold two years later."
    assert find(text, "two years").interval_start == datetime(2010, 1, 1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The project, started in 2012, finished three years later than planned.", "three years"),
        ("Profits rose, and the plant reopened two years later.", "two years"),  # no date to count from
        ("The trial began in 2019; the verdict came many years later.", "many years"),
    ],
)
def test_a_count_without_a_date_to_count_from_stays_off_the_timeline(text: str, phrase: str) -> None:
    t = next((x for x in annotate(text, DCT) if x.text == phrase), None)
    assert t is None or (t.interval_start is None and t.interval_end is None)
