"""A weekday inside the name of a newspaper ("Sunday Times columnist", "the Mail on Sunday") or a show ("hosted
Saturday Night Live") is no day. Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import values

# A Tuesday.
TUESDAY = date(2025, 5, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday Times columnist Jo Reed died on Saturday.", [("Saturday", "DATE", "2025-05-10")]),
        ("He told the Mail on Sunday that he would resign.", []),
        ("She wrote a column for the Independent on Sunday for ten years.", [("ten years", "DURATION", "P10Y")]),
        ("The claim was first made by Sunday Telegraph reporters.", []),
        ("He hosted Saturday Night Live in 2019.", [("2019", "DATE", "2019")]),
        ("Fans watched Monday Night Football at the bar.", []),
    ],
)
def test_a_weekday_in_a_title_is_no_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("On Sunday Times Square was packed with tourists.", "Sunday"),
        ("Police were called on Friday Night after reports of a fight.", "Friday Night"),
        ("Fire Breaks Out Saturday Night In Leeds", "Saturday Night"),
        ("The paper went to press on Sunday as usual.", "Sunday"),
        ("Storm to bring snow to Scotland on Sunday", "Sunday"),
        ("The band flew back to Scotland on Sunday.", "Sunday"),
    ],
)
def test_a_weekday_beside_other_capitalised_words_is_still_a_day(text: str, phrase: str) -> None:
    assert phrase in [t for t, _, _ in values(text, TUESDAY)]
