"""Long narratives of a life or of an institution over a century: the relative dates a biography or a modern
history writes after its own dates ("in the new year" after a winter)."""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the winter of 1942 he was arrested; he was released in the new year.", "the new year", "1943"),
        ("The mill closed in December 1850 and reopened in the new year.", "the new year", "1851"),
        ("The strike began in 1911 and was settled in the new year.", "the new year", "1912"),
        ("Talks broke down in November 1961. They resumed early in the new year.", "early in the new year", "1962"),
        ("In the autumn of 1777 the army fell back; in the new year it marched north.", "the new year", "1778"),
        ("She sailed for Lisbon in May 1820 and was home again in the new year.", "the new year", "1821"),
        ("On 2 January 1905 the pits flooded, the first disaster of the new year.", "the new year", "1905"),
    ],
)
def test_the_new_year_of_a_narrative_is_the_one_after_the_story_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_the_new_year_of_news_still_reads_the_tense() -> None:
    assert find("Talks will resume in the new year.", "the new year").value == "2025"
    assert find("The strike began in the new year.", "the new year").value == "2024"
