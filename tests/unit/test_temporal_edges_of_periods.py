"""The edge of a year or a month told by its first or last few units ("the early months of 1847", "the final
weeks of 1916", "the last days of May 1940"): one expression, that year or month with the mod START or END.
Before anything else ("the first hours of the war") they stay a stretch of units.

Every sentence is our own.
"""

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("In the early months of 1847 the rebels held the hills.", "the early months of 1847", "1847", "START"),
        ("The first weeks of 1916 were quiet at the front.", "The first weeks of 1916", "1916", "START"),
        ("The mine flooded in the opening days of 1862.", "the opening days of 1862", "1862", "START"),
        ("In the final months of 1848 the revolt collapsed.", "the final months of 1848", "1848", "END"),
        ("Snow fell in the closing weeks of 1709.", "the closing weeks of 1709", "1709", "END"),
        ("The army was lifted off in the last days of May 1940.", "the last days of May 1940", "1940-05", "END"),
        ("The first days of September 1939 were chaotic.", "The first days of September 1939", "1939-09", "START"),
    ],
)
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_the_edge_of_a_year_or_month_is_that_period_with_its_mod(
    text: str, phrase: str, value: str, mod: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The dam was begun in 1921. In the first weeks of March it flooded.", "the first weeks of March", "1921-03",
         "START"),
        ("The dam was begun in 1921. In the final days of that year it flooded.", "the final days of that year",
         "1921", "END"),
        ("The dam was begun in 1921. In the closing weeks of the year it flooded.",
         "the closing weeks of the year", "1921", "END"),
    ],
)  # fmt: skip
def test_the_edge_of_the_story_s_month_or_year(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the first hours of the war the bridges were blown.", "the first hours", "PTXH"),
        ("The last days of the campaign were wet.", "The last days", "PXD"),
        ("The early years were hard for the firm.", "The early years", "PXY"),
        ("Prices rose in the final months and fell again.", "the final months", "PXM"),
    ],
)
def test_the_edge_of_anything_else_stays_a_stretch_of_units(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        # The first or last months or years of a thing are an age of its life, told by the thing: no stretch the
        # text measures, and no time of the calendar.
        ("The last months of the siege were the hardest.", "narrative"),
        ("She spent the early years of her reign in the north.", "narrative"),
        ("The first years of the new kingdom were marked by famine.", "narrative"),
        ("Letters from the final months of the war were found in the attic.", "news"),
        ("In the closing decades of the empire its coinage was debased.", "narrative"),
        ("The opening months of his presidency were dominated by the budget.", "news"),
    ],
)
def test_the_first_or_last_months_or_years_of_a_thing_are_no_expression(text: str, document_type: str) -> None:
    assert [t.text for t in annotate(text, DCT, document_type)] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Two edges of a decade joined ("mid-to-late", "early to mid") are one modifier inside the span; no one
        # mod says it.
        ("The genre peaked in the mid-to-late 1960s.", "the mid-to-late 1960s", "196"),
        ("Rents climbed through the early to mid 2010s.", "the early to mid 2010s", "201"),
        ("Cities grew fast in the late to mid 1800s.", "the late to mid 1800s", "18"),
    ],
)
def test_two_edges_joined_are_one_modifier(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.mod) == (value, None)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Wages stalled in the first half of the 1970s.", "the first half of the 1970s", "197", "START"),
        ("The second half of the 1930s brought rearmament.", "The second half of the 1930s", "193", "END"),
        ("During the latter half of the 1840s the famine spread.", "the latter half of the 1840s", "184", "END"),
        ("In the first half of the 2010s the port was rebuilt.", "the first half of the 2010s", "201", "START"),
        ("Jazz clubs closed in the second half of the fifties.", "the second half of the fifties", "195", "END"),
        ("The first half of the 1700s saw the canal dug.", "The first half of the 1700s", "17", "START"),
    ],
)
@pytest.mark.parametrize("document_type", ["news", "narrative"])
def test_a_half_of_a_decade_is_that_decade_with_its_mod(
    text: str, phrase: str, value: str, mod: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_a_half_of_a_year_stays_a_half_year() -> None:
    t = find("Output rose in the first half of 1996.", "the first half of 1996", document_type="narrative")
    assert t.value == "1996-H1"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("In the early years of the 20th century the mills closed.", "the early years of the 20th century", "19",
         "START"),
        ("The closing decades of the 18th century brought canals.", "The closing decades of the 18th century", "17",
         "END"),
        ("By the final years of the 5th century BC the harbour had silted.",
         "the final years of the 5th century BC", "BC04", "END"),
        ("The band toured in the last years of the 1970s.", "the last years of the 1970s", "197", "END"),
        ("The first years of the 1920s were lean for farmers.", "The first years of the 1920s", "192", "START"),
    ],
)  # fmt: skip
def test_the_first_or_last_years_of_a_decade_or_century_are_that_period_with_its_mod(
    text: str, phrase: str, value: str, mod: str
) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_the_first_years_alone_stay_a_stretch_of_years() -> None:
    t = find(
        "The republic was proclaimed in 1919. The first years were hard.", "The first years", document_type="narrative"
    )
    assert t.type == "DURATION"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The early part of the 1960s was calm in the valley.", "The early part of the 1960s", "196", "START"),
        ("Trade grew in the latter part of the 17th century.", "the latter part of the 17th century", "16", "END"),
        ("In the middle decades of the 14th century the plague returned.",
         "the middle decades of the 14th century", "13", "MID"),
        ("The town walls went up in the middle years of the 1550s.", "the middle years of the 1550s", "155", "MID"),
    ],
)  # fmt: skip
def test_an_early_middle_or_latter_part_of_a_decade_or_century_is_that_period_with_its_mod(
    text: str, phrase: str, value: str, mod: str
) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The strikes spread in the latter part of 1911.", "the latter part of 1911", "1911", "END"),
        ("The early part of April 1862 was wet.", "The early part of April 1862", "1862-04", "START"),
        ("During the later part of 1708 the lake froze.", "the later part of 1708", "1708", "END"),
        ("The mill opened in 1822. In the early part of the summer it burned.", "the early part of the summer",
         "1822-SU", "START"),
    ],
)  # fmt: skip
def test_an_early_or_latter_part_of_a_year_month_or_season_is_that_period_with_its_mod(
    text: str, phrase: str, value: str, mod: str
) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)
