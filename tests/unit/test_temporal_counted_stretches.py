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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey recovered slowly over the next hundred years.", "the next hundred years", "P100Y"),
        ("Over the past hundred years the coast has moved inland.", "the past hundred years", "P100Y"),
        ("It was the wettest summer in the last hundred years.", "the last hundred years", "P100Y"),
        ("For the first thousand days the new government did little.", "the first thousand days", "P1000D"),
    ],
)
def test_a_hundred_without_its_article_after_next_or_past(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


def test_the_hundred_years_war_is_no_count() -> None:
    assert values("The Hundred Years' War began in 1337.", document_type="narrative") == [("1337", "DATE", "1337")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Within a generation the abbey held lands in four counties.", "Within a generation"),
        ("The town had doubled in size within a generation.", "within a generation"),
        ("Within a generation of the conquest the old language was gone.", "Within a generation"),
    ],
)
def test_within_a_generation(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DURATION", "PXY", "EQUAL_OR_LESS")


@pytest.mark.parametrize(
    "text", ["A generation of poets grew up in its shadow.", "A generation ago the river was clean."]
)
def test_a_generation_alone_is_no_stretch(text: str) -> None:
    assert not [v for v in values(text, document_type="narrative") if "generation" in v[0].lower()]
