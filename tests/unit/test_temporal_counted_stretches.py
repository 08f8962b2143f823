"""Counts of time with a word between the number and the unit ("an extra hour", "two whole weeks",
"another month") and hours with their minutes left unsaid ("4 hours 42", as a race time is given).

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize("document_type", ["news", "colloquial"])
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The clocks go back, so there is an extra hour in bed.", "an extra hour", "PT1H"),
        ("Staff will get an extra day of leave.", "an extra day", "P1D"),
        ("The site was closed for two whole weeks.", "two whole weeks", "P2W"),
        ("The strike lasted a whole month.", "a whole month", "P1M"),
        ("It rained for an entire week.", "an entire week", "P1W"),
        ("The talks will take another week.", "another week", "P1W"),
        ("Another year passed before the deal was signed.", "Another year", "P1Y"),
    ],
)
def test_a_word_between_the_count_and_its_unit_keeps_it_a_count(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the marathon took me 4 hours 42, legs are gone", "4 hours 42", "PT4H42M"),
        ("finished in 2 hrs 40!! buzzing", "2 hrs 40", "PT2H40M"),
        ("the drive took 3 hours 05", "3 hours 05", "PT3H5M"),
    ],
)
def test_hours_then_a_bare_number_are_hours_and_minutes(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("we waited 2 hours 30 people were still in the queue", "2 hours"),
        ("after 3 hours 20 runners had dropped out", "3 hours"),
    ],
)
def test_a_number_that_counts_what_follows_is_no_minutes(text: str, phrase: str) -> None:
    assert find(text, phrase, document_type="colloquial").value.endswith("H")


def test_another_alone_is_no_count() -> None:
    assert values("another one bites the dust", document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("every single morning the bin lorry wakes me", "every single morning", "XXXX-XX-XXTMO"),
        ("It rained every single day of the holiday.", "every single day", "P1D"),
        ("each single week the queue got longer", "each single week", "P1W"),
    ],
)
def test_every_single_unit_is_every_unit(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("SET", value)


def test_every_single_one_is_no_set() -> None:
    assert values("every single one of them came", document_type="colloquial") == []
