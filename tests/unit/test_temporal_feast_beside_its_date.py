"""A day named by a word and set beside its date with a comma ("on Whit Sunday, 19 May 1521") is that date:
the two name one day, and the date says which (a feast of a year the story has not reached yet, or one kept
by the Julian reckoning, takes the date written beside it). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_JUNE = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("After a long winter of talks the treaty was signed on Whit Sunday, 19 May 1521, in the cathedral.",
         "Whit Sunday", "1521-05-19"),
        ("The abbey was finished in 1530. It had been founded on Easter Monday, 17 April 1525.", "Easter Monday",
         "1525-04-17"),
        ("The choir was consecrated on St Martin's Day, 11 November 1536, before the whole court.",
         "St Martin's Day", "1536-11-11"),
        ("In 1610 the charter was renewed; the first fair had been held on Lady Day, 25 March 1604.", "Lady Day",
         "1604-03-25"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["narrative", "news"])
def test_a_feast_beside_its_date_is_that_date(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, _JUNE, document_type=document_type)
    assert (t.type, t.value) == ("DATE", value)
    assert find(text, value_text(text, phrase), _JUNE, document_type=document_type).value == value


def value_text(text: str, phrase: str) -> str:
    """The date written after the feast and its comma."""
    rest = text[text.index(phrase) + len(phrase) + 2 :]
    return rest[: next(i for i, ch in enumerate(rest) if ch in ",.")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Rents fell due at St Martin's Day 1540, as the lease required.", "St Martin's Day 1540", "1540-11-11"),
        ("The tenants paid at Martinmas and again at St. Martin's Day 1541.", "St. Martin's Day 1541", "1541-11-11"),
    ],
)
def test_st_martin_s_day_is_the_eleventh_of_november(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _JUNE, document_type="narrative").value == value


def test_a_feast_beside_a_bare_year_is_read_with_it() -> None:
    t = find("The market opened on Lady Day, 1604, in the square.", "Lady Day, 1604", _JUNE, document_type="narrative")
    assert t.value == "1604-03-25"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The king was crowned in the old church on Christmas Day, 25 December 800, before a great crowd.",
         "Christmas Day", "0800-12-25"),
        ("The bishops met on Easter Sunday, 4 April 512, and chose a new patriarch.", "Easter Sunday", "0512-04-04"),
        ("Her son was baptised on Candlemas, 2 February 967, by the bishop of the coast.", "Candlemas",
         "0967-02-02"),
    ],
)  # fmt: skip
def test_a_history_s_first_date_beside_a_feast_takes_a_three_digit_year(text: str, phrase: str, value: str) -> None:
    # The three-digit number closing the date names the year the feast is of, as it would with no feast before
    # it; no year told before makes it a count.
    assert find(text, phrase, _JUNE, document_type="narrative").value == value
    assert find(text, value_text(text, phrase), _JUNE, document_type="narrative").value == value


def test_after_a_year_of_another_millennium_a_three_digit_number_beside_a_feast_counts() -> None:
    text = "The plague reached the port in 1630. On Christmas Day, 25 December 410 died in the lower town."
    assert find(text, "25 December", _JUNE, document_type="narrative").value == "1630-12-25"
