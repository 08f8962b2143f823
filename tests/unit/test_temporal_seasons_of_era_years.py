"""A season or month of a year written with its era ("the autumn of AD 21", "March AD 14", "the spring of
22 CE"), and a season named by the two years it straddles however they are written ("the winter of 781–82",
"the winter of 51–50 BC", "the winter of AD 9–10"), is one expression, the first year's. Every sentence is our
own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The old abbot died in the autumn of AD 21, far from his monastery.", "the autumn of AD 21", "0021-FA"),
        ("The legion was withdrawn in the spring of 22 AD and never returned.", "the spring of 22 AD", "0022-SP"),
        ("A fire destroyed the granary in the summer of 64 CE.", "the summer of 64 CE", "0064-SU"),
        ("The walls were begun in the winter of A.D. 306 by the new governor.", "the winter of A.D. 306",
         "0306-WI"),
        ("The harbour froze in the winter of AD 9–10, when grain ran short.", "the winter of AD 9–10", "0009-WI"),
        ("The caravans stopped in the winter of 211-212 AD and resumed in spring.", "the winter of 211-212 AD",
         "0211-WI"),
        ("The rebels held the pass through the winter of 781–82 and yielded at last.", "the winter of 781–82",
         "0781-WI"),
        ("The khan wintered on the river in the winter of 1221–22.", "the winter of 1221–22", "1221-WI"),
        ("In the winter of 51–50 BC the envoys quarrelled over the harbour dues.", "the winter of 51–50 BC",
         "BC0051-WI"),
        ("Famine struck the delta in the winter of 218-217 BC.", "the winter of 218-217 BC", "BC0218-WI"),
    ],
)  # fmt: skip
def test_a_season_of_an_era_year_or_of_two_straddled_years_is_the_first_year_s(
    text: str, phrase: str, value: str
) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour froze in the winter of AD 9–10, when grain ran short.",
        "In the winter of 51–50 BC the envoys quarrelled over the harbour dues.",
        "The rebels held the pass through the winter of 781–82 and yielded at last.",
    ],
)
def test_the_years_of_a_straddled_season_are_no_expressions_of_their_own(text: str) -> None:
    assert len(values(text, _TODAY, document_type="narrative")) == 1


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The emperor died at Nola in August AD 14.", "August AD 14", "0014-08"),
        ("He fled the city in June of 68 AD with a few freedmen.", "June of 68 AD", "0068-06"),
        ("The council met in May A.D. 325 to settle the date of Easter.", "May A.D. 325", "0325-05"),
    ],
)
def test_a_month_of_an_era_year_is_that_year_s(text: str, phrase: str, value: str) -> None:
    for document_type in ("narrative", "news"):
        assert find(text, phrase, _TODAY, document_type=document_type).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What follows is counted from the first year of the straddled winter, or from the era year.
        ("The rebels held the pass through the winter of 781–82. The following summer they were pardoned.",
         "The following summer", "0782-SU"),
        ("The queen died in the autumn of AD 21. The next year the kingdom was annexed.", "The next year", "0022"),
        ("The harbour froze in the winter of AD 9–10. The following spring a granary was built.",
         "The following spring", "0010-SP"),
    ],
)  # fmt: skip
def test_the_story_goes_on_from_the_season_of_an_era_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _TODAY, document_type="narrative").value == value
