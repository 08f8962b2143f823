"""A web story's stamp ("Updated 7:10 p.m.", "Last updated 11:55 p.m. EDT", "Posted at 06:30 GMT"), a line of its
own under the headline, tells when the report was filed: the clock time is on the publication's day and is
part of the dateline, not an event. A date the headline names is not its day. A clock time in running text
after such a word, or one that names its own day, keeps its reading.

Sentences of our own. Publication is Tuesday 5 November 2024.
"""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Council tax rise to be voted on Nov. 20\n\nUpdated 7:10 p.m.\n\nCouncillors met today.",
            "7:10 p.m.",
            "2024-11-05T19:10",
        ),
        (
            "Ferry sailings cancelled until Friday\nLast updated 11:55 p.m. EDT\nThe operator said on Tuesday.",
            "11:55 p.m. EDT",
            "2024-11-05T23:55",
        ),
        (
            "Storm warning extended to Sunday\n\nPosted at 06:30 GMT\n\nForecasters said gusts would ease.",
            "06:30 GMT",
            "2024-11-05T06:30",
        ),
        (
            "Strike called for December 2\nPublished: 9.15am\nUnion members voted yesterday.",
            "9.15am",
            "2024-11-05T09:15",
        ),
    ],
)
def test_a_stamp_is_on_the_publication_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert t.value == value
    assert t.dateline


def test_the_headline_date_keeps_its_own_value() -> None:
    found = {t.text: t.value for t in annotate("Council tax rise to be voted on Nov. 20\n\nUpdated 7:10 p.m.\n", DCT)}
    assert found["Nov. 20"] == "2024-11-20"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Running text: the report was updated at a time of the story's day.
        ("The timetable will be updated at 6 p.m. on Sunday.", "6 p.m.", "2024-11-10T18:00"),
        # The stamp names its own day.
        (
            "Rail strike called off\nUpdated 4:05 p.m. Monday\nThe union said talks went well.",
            "4:05 p.m. Monday",
            "2024-11-04T16:05",
        ),
    ],
)
def test_not_a_stamp(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert t.value == value
    assert not t.dateline
