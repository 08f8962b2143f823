"""A saint's day named by the saint, as chronicles and charters name it: "the feast of St Luke", "the feast
day of Saint Michael", "the feast of St John the Baptist", "Saint Crispin's Day"; and its eve or vigil, the day
before ("the eve of St Thomas", "the vigil of St Bartholomew", "St Lucy's Eve"). A year beside it is read with
it, and a yearly habit makes it a day of every year. Every sentence is our own.
"""

from datetime import date

import pytest

from service.temporal import annotate
from tests.unit._helpers import find

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey was founded in 1132. Its church was hallowed on the feast of St Luke.",
         "the feast of St Luke", "1132-10-18"),
        ("The guild met in 1407, and on the feast day of Saint Michael it chose a warden.",
         "the feast day of Saint Michael", "1407-09-29"),
        ("The mill was sold in 1562; the deed was sealed on the feast of St. Bartholomew.",
         "the feast of St. Bartholomew", "1562-08-24"),
        ("In 1350 the pilgrims set out on the feast of St John the Baptist.",
         "the feast of St John the Baptist", "1350-06-24"),
        ("In 1300 the chapter met on the feast of St John the Evangelist.",
         "the feast of St John the Evangelist", "1300-12-27"),
        ("The battle was fought on Saint Crispin's Day 1415.", "Saint Crispin's Day 1415", "1415-10-25"),
    ],
)  # fmt: skip
def test_the_feast_of_a_saint_is_the_saint_s_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The old bishop died in 1225, on the eve of St Thomas.", "the eve of St Thomas", "1225-12-20"),
        ("In 1480 the gates were shut on the vigil of St Bartholomew.", "the vigil of St Bartholomew",
         "1480-08-23"),
        ("The monks of the priory fasted in 1391 on St Lucy's Eve.", "St Lucy's Eve", "1391-12-12"),
        ("Bonfires were lit in 1610 on Saint John's Eve across the valley.", "Saint John's Eve", "1610-06-23"),
    ],
)  # fmt: skip
def test_the_eve_or_vigil_of_a_saint_is_the_day_before(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _TODAY, document_type="narrative").value == value


def test_the_feast_beside_its_date_is_that_date_too() -> None:
    text = "The kings met by the river in July 843; the treaty was read out on the feast of St Bartholomew, 24 August."
    assert find(text, "the feast of St Bartholomew", _TODAY, document_type="narrative").value == "0843-08-24"
    assert find(text, "24 August", _TODAY, document_type="narrative").value == "0843-08-24"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("From 1271 the masters chose a rector every year on the feast of St Luke.", "the feast of St Luke"),
        ("Each year on the eve of St John the villagers lit fires on the hill.", "the eve of St John"),
    ],
)
def test_a_saint_s_day_kept_every_year_has_no_year(text: str, phrase: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert t.value.startswith("XXXX-")


def test_a_saint_s_name_alone_is_no_date() -> None:
    text = "In 1480 the monks of St Luke built a new cloister, and the feast of the founder was kept."
    assert [t.text for t in annotate(text, _TODAY, "narrative")] == ["1480"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("A hermit settled in the valley in 803, and his church was consecrated on the feast of St"
         " Martin, 11 November 823.",
         "the feast of St Martin", "0823-11-11"),
        ("The charter was sealed on the feast of St Stephen, 26 December 1190.", "the feast of St Stephen",
         "1190-12-26"),
        ("The town paid its rent on St Hilary's Day 1402.", "St Hilary's Day 1402", "1402-01-13"),
        ("In 1415 the fair opened on the feast of St Giles and ran for a week.", "the feast of St Giles",
         "1415-09-01"),
    ],
)  # fmt: skip
def test_a_saint_s_feast_beside_its_date_takes_the_date_s_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _TODAY, document_type="narrative").value == value


def test_a_monastery_s_night_office_is_no_night() -> None:
    text = "In 1120 the monks rose at two in the morning for the night office and sang the evening office at dusk."
    assert [t.text for t in annotate(text, _TODAY, "narrative") if "night" in t.text or "evening" in t.text] == []
