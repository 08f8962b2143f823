"""A post's 24-hour clock time written with a point after noon ("13.05" to "23.59") is a time after "at", "its",
"till", "since" or "by" as after "the" and a journey ("train home at 23.40", "its 15.08", "open till 17.30"),
never a price ("pints at 14.50 a pop", "15.99 a litre", "the 14.99 one"); news leaves such numbers alone.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2023, 6, 9, 15, 8)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("gig was unreal. train home at 23.40, regret nothing", "23.40", "2023-06-09T23:40"),
        ("the 15.02 from brighton didnt come. its 15.08", "15.08", "2023-06-09T15:08"),
        ("the shop is only open till 17.30, hurry", "17.30", "2023-06-09T17:30"),
        ("sat on this platform since 14.10 and nothing", "14.10", "2023-06-09T14:10"),
    ],
)
def test_a_24_hour_time_with_a_point(text: str, phrase: str, value: str) -> None:
    assert (phrase, "TIME", value) in values(text, _POSTED, document_type="colloquial")


@pytest.mark.parametrize(
    "text",
    [
        "pints at 14.50 a pop in london, mad",
        "petrol at 15.99 a litre? no chance",
        "the 14.99 one was better tbh",
    ],
)
def test_a_price_is_no_time(text: str) -> None:
    assert [v for v in values(text, _POSTED, document_type="colloquial") if v[1] == "TIME"] == []


def test_news_leaves_the_number_alone() -> None:
    assert values("Shares closed at 15.08 on Friday.", _POSTED, document_type="news") == [
        ("Friday", "DATE", "2023-06-09")
    ]
