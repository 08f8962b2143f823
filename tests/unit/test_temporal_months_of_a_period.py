"""In a narrative, a month or season without its year in a sentence that opens with a decade or a century as
its time ("In the early 18th century the duchy lived on a harvest gathered in September") is that month of no
year (DATE XXXX-09): the period holds many such months, and the year the story told before it is none of them.
A year told after the period, or a period named in passing, leaves the story's year as it was.

Sentences of our own; publication is 19 August 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 8, 19)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The famine ended in 1744. In the early 18th century the duchy lived on one harvest, gathered in "
            "late August and September.",
            "September",
            "XXXX-09",
        ),
        (
            "The war ended in 1657. For most of the 16th century the two towns shared the banks, fishing them "
            "from March to October.",
            "March",
            "XXXX-03",
        ),
        (
            "The war ended in 1744. In the 1750s the duke built granaries, which were filled in September.",
            "September",
            "XXXX-09",
        ),
        ("The mill opened in 1921. Throughout the 1930s it shut in winter and reopened in March.", "March", "XXXX-03"),
        ("The king died in 1320. During the 14th century the fair was held in June.", "June", "XXXX-06"),
        ("The colony fell in 409 BC. In the 5th century BC its ships sailed in spring.", "spring", "XXXX-SP"),
    ],
)
def test_a_month_in_a_sentence_set_in_a_period_has_no_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, WRITTEN, "narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A year told after the period is the story's again.
        ("The war ended in 1744. Through the 1750s, and above all in 1757, the granaries opened in March.", "March",
         "1757-03"),
        # A period named in passing, not the sentence's time.
        ("In 1742 the harvest failed. Like most famines of the 18th century, it began with rain. In September "
         "prices tripled.", "September", "1742-09"),
        ("In 1742 the harvest failed, as harvests often did in the 1740s, and in September prices tripled.",
         "September", "1742-09"),
    ],
)  # fmt: skip
def test_a_month_of_the_story_keeps_its_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, WRITTEN, "narrative")
    assert (t.type, t.value) == ("DATE", value)
