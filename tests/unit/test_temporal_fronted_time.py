"""A time set at the head of its sentence with a comma after it ("In April, a fire burned for two days") is an
adverbial of the clause that follows: that clause's verb tells its tense as surely as a verb of its own would,
so a month told in the past is never the one to come, however near.

Sentences of our own, each with its publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

FEBRUARY = date(2023, 2, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In April, a fire at a timber yard burned for almost two days.", "April", "2022-04"),
        ("In March, the factory laid off 300 workers.", "March", "2022-03"),
        ("During April, floods closed the valley road twice.", "April", "2022-04"),
        ("Early in May, the board rejected the offer.", "Early in May", "2022-05"),
        ("In April, officials said the bridge would close for repairs.", "April", "2022-04"),
    ],
)
def test_a_fronted_month_takes_the_past_of_its_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FEBRUARY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In April, the plant will reopen with a new owner.", "April", "2023-04"),
        ("In March, the team hopes to win its first title.", "March", "2023-03"),
    ],
)
def test_a_fronted_month_takes_the_future_of_its_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, FEBRUARY).value == value
