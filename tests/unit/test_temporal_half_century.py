"""A half or a quarter written as one noun with its unit ("a half-century", "the next half century", "the past
quarter-century", "the half hour it took"): a DURATION of that part of the unit, counted whole in the next
smaller unit, its determiner inside, as "half a century" already is.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The duchy lost its coast in 1520, and for the next half-century it traded only by river.",
         "the next half-century", "P50Y"),
        ("For a half century the bridge was the only crossing.", "a half century", "P50Y"),
        ("Over the past quarter-century the village has doubled in size.", "the past quarter-century", "P25Y"),
        ("The queue moved so slowly that bread went up in the half hour it took to reach the counter.",
         "the half hour", "PT30M"),
        ("The ferry takes a half-hour to cross.", "a half-hour", "PT30M"),
        ("It has been a half-decade of falling sales.", "a half-decade", "P5Y"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_a_half_or_quarter_of_a_unit_as_one_noun(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DURATION", value)


def test_every_half_hour_stays_a_set() -> None:
    assert values("Buses leave every half hour.") == [("every half hour", "SET", "PT30M")]


def test_half_a_century_is_unchanged() -> None:
    assert find("For half a century the mill stood idle.", "half a century").value == "P50Y"
