"""The dateline (the publication's date repeated at the top of an article) is a time expression marked
as such, not an event of the story; dates in the story itself are never taken for it."""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT


def marked(text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.dateline) for t in annotate(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LONDON, Nov. 5 (Reuters) - Shares fell on Tuesday.", [("Nov. 5", True), ("Tuesday", False)]),
        (
            "\n\nNAIROBI, Kenya, November 4 (AP) --\n\nRescuers worked on Monday.",
            [("November 4", True), ("Monday", False)],
        ),
        (
            "NEW YORK, Nov. 5, 2024 /PRNewswire/ -- Acme opened a plant in March.",
            [("Nov. 5, 2024", True), ("March", False)],
        ),
        ("Paris, 5 November (AFP) - Strikes spread on Monday.", [("5 November", True), ("Monday", False)]),
    ],
)
def test_a_wire_dateline_is_marked(text: str, expected: list[tuple[str, bool]]) -> None:
    assert marked(text) == expected


@pytest.mark.parametrize(
    "first_line",
    ["Tuesday 5 November 2024 19:01 GMT", "Updated: 5 Nov 2024 | 19:01", "Published on November 5, 2024 at 7pm"],
)
def test_a_first_line_holding_only_the_publication_date_is_the_dateline(first_line: str) -> None:
    found = annotate(first_line + "\n\nShares fell on Monday.", DCT)
    on_the_line = [t.dateline for t in found if t.end <= len(first_line)]
    assert on_the_line and all(on_the_line)
    assert [t.dateline for t in found if t.text == "Monday"] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Talks collapse on Tuesday\n\nNegotiators walked out.",  # a headline: the date is the story's
        "1944\n\nAllied troops landed in Normandy.",  # a section heading, not the publication date
        "3 March 2021\n\nThe plant opened.",  # a date far from publication
        "The minister resigned on Tuesday, Nov. 5, saying she had no choice.",  # prose from the start
        "WASHINGTON - The Senate voted on Nov. 5 to pass the bill.",  # a dateline without a date
    ],
)
def test_the_story_s_own_dates_are_not_the_dateline(text: str) -> None:
    assert not any(t.dateline for t in annotate(text, DCT))


def test_the_dateline_keeps_its_value_but_anchors_nothing() -> None:
    (dl, later) = annotate("BERLIN, Nov. 4 (dpa) - The talks ended. The next day they resumed.", DCT)
    assert (dl.value, dl.dateline, dl.interval_start is not None) == ("2024-11-04", True, True)
    assert later.value == "2024-11-06"  # the day after publication, not after the dateline
