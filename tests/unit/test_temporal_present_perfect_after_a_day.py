"""A present perfect after a day named in another clause or verb phrase ("exam on Monday and I haven't started
revising") tells of what reaches up to now: it lends no past to the day, which a post takes as the one to come.
Told before the date, a perfect may still govern it through a clause that hangs on it ("the shares have swung
wildly, falling to a low in March")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.unit._helpers import find

WEDNESDAY = datetime(2025, 9, 17, 10, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Exam on Monday and I haven't started revising", "Monday", "2025-09-22"),
        ("bake sale at school on friday, i have been told to make 3 dozen cupcakes", "friday", "2025-09-19"),
        ("party at ours on saturday, we've already bought far too much food", "saturday", "2025-09-20"),
        ("driving test on thursday and i still haven't practised reversing", "thursday", "2025-09-18"),
    ],
)
def test_a_present_perfect_after_the_day_lends_it_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, WEDNESDAY, "colloquial").value == value


def test_a_past_tense_after_the_day_still_does() -> None:
    assert find("went to the market on saturday and bought loads of plums", "saturday", WEDNESDAY,
                "colloquial").value == "2025-09-13"  # fmt: skip


def test_a_present_perfect_before_still_governs_a_clause_that_hangs_on_it() -> None:
    text = "The shares have swung wildly this year, falling to a low of 210 pence in March."
    assert find(text, "March", date(2024, 10, 30)).value == "2024-03"
