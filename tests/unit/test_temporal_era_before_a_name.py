"""A year of an era right before a capitalised word: histories open sentences so ("In 218 BC Hannibal
crossed the Alps"); only after a year of our own time is the pair of letters a name's ("in 2010 BC Hydro
raised rates", British Columbia's), and the year stands alone.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 218 BC Hannibal crossed the Alps.", [("218 BC", "BC0218")]),
        ("In 490 BC Athens beat the Persians at Marathon.", [("490 BC", "BC0490")]),
        ("About 1900 BC Egypt reconquered Nubia.", [("About 1900 BC", "BC1900")]),
        ("In AD 79 Vesuvius buried Pompeii.", [("AD 79", "0079")]),
        ("In 218 BC Hannibal crossed the Alps. Two years later, at Cannae, he won.",
         [("218 BC", "BC0218"), ("Two years later", "BC0216")]),
    ],
)  # fmt: skip
def test_a_year_of_an_era_before_a_name_in_a_history(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in values(text, document_type="narrative")] == expected


@pytest.mark.parametrize("document_type", ["news", "narrative"])
@pytest.mark.parametrize(
    ("text", "year"),
    [("In 2010 BC Hydro raised its rates.", "2010"), ("The 2012 AD Awards were held in Leeds.", "2012")],
)
def test_a_year_of_our_time_before_a_name_stands_alone(text: str, year: str, document_type: str) -> None:
    assert [(t, v) for t, _, v in values(text, document_type=document_type)] == [(year, year)]
