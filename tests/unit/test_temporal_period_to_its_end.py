"""The end of a period reported on, told with "to" after it ("sales fell in the year to March", "prices rose in
the 12 months to April") in a clause of the past, is gone by: the last such month, not the nearer one still to
come. A forecast for such a period ("profit for the year to March will rise") still looks ahead. Every sentence
is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_NOV = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Revenue at the chain fell 4 per cent in the year to March.", "March", "2026-03"),
        ("Pre-tax profit for the year to March rose 12 per cent, the brewer said.", "March", "2026-03"),
        ("Sales for the six months to March were flat after a weak winter.", "March", "2026-03"),
        ("The charity spent more in the year to April than in any year before.", "April", "2026-04"),
        ("House prices rose 3 per cent in the 12 months to April, up from 2.8 per cent in the year to March.",
         "March", "2026-03"),
        ("Passenger numbers fell in the period up to February, the operator said.", "February", "2026-02"),
        ("Exports dropped in the quarter to the end of March.", "the end of March", "2026-03"),
    ],
)  # fmt: skip
def test_the_end_of_a_period_told_in_the_past_is_gone_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _NOV, document_type="news").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Profit for the year to March will rise by a tenth, the company forecast.", "March", "2027-03"),
        ("The airline expects to carry more passengers in the year to March.", "March", "2027-03"),
    ],
)  # fmt: skip
def test_a_forecast_for_such_a_period_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _NOV, document_type="news").value == value
