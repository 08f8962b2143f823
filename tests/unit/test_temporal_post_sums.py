"""A post's numbers that are sums of money, not years ("paid 1500 for it", "1200 quid").

Every sentence is our own.
"""

from datetime import date, datetime

import pytest

from tests.unit._helpers import values


def _found(text: str, posted: date | datetime, kind: str = "colloquial") -> list[tuple[str, str]]:
    return [(t, v) for t, _, v in values(text, posted, document_type=kind)]


_DEC_MORNING = datetime(2024, 12, 20, 9, 5)
_DEC_NIGHT = datetime(2024, 12, 20, 22, 40)


@pytest.mark.parametrize(
    "text",
    [
        "tickets cost 1200 each, actual madness",
        "paid 1500 for it lol",
        "it cost me like 1800 🙃",
        "they charged us about 1400 for the repair smh",
        "spent 1900 quid on flights, never again",
        "1200 quid for a sofa??",
        "she paid 2000 dollars for that bag",
        "1750 USD for a used bike 😂",
        "1500 euros for flights, no thanks",
    ],
)
@pytest.mark.parametrize("posted", [_DEC_MORNING, _DEC_NIGHT, date(2024, 12, 20)])
def test_a_sum_after_a_verb_of_paying_or_before_money_is_no_year(text: str, posted: date | datetime) -> None:
    assert _found(text, posted) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the bridge was built in 1200 and cost a fortune", [("1200", "1200")]),
        ("we moved here in 1999 and paid far too much", [("1999", "1999")]),
        ("the 1999 Grand National was a cracker", [("1999", "1999")]),
        ("spent 2019 travelling, best year ever", [("2019", "2019")]),
        ("watching the 2016 euros highlights again", [("2016", "2016")]),
        ("still not over Italy's 2020 Euros win", [("2020", "2020")]),
        ("that's 40k in 2008 dollars", [("2008", "2008")]),
        (
            "they paid for it in 2008 and spent the rest of 2009 paying it off",
            [("2008", "2008"), ("the rest of 2009", "2009")],
        ),
    ],
)
def test_a_year_beside_money_talk_stays_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _DEC_MORNING) == expected
    assert _found(text, date(2024, 12, 20), "news") == expected
