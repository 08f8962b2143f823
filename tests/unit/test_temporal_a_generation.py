""" "A generation" after "for", "in" or "over" is a stretch of years the text does not count ("for a generation
the war was hardly spoken of", "the worst flood in a generation"): DURATION PXY, the preposition outside, as
"within a generation" and "for generations" already were. Not people ("a new generation", "a generation of
historians") nor a count from a date ("a generation later"). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("After the war of 1862 the valley was quiet, and for a generation nobody spoke of it.", "a generation"),
        ("The council called it the worst flood in a generation.", "a generation"),
        ("Over a generation the port lost half its trade.", "a generation"),
        ("The new canal changed the town more than anything had in a generation.", "a generation"),
    ],
)
@pytest.mark.parametrize("document_type", ["narrative", "news"])
def test_a_generation_after_a_preposition_is_a_stretch(text: str, phrase: str, document_type: str) -> None:
    t = find(text, phrase, _TODAY, document_type=document_type)
    assert (t.type, t.value, t.mod) == ("DURATION", "PXY", None)


@pytest.mark.parametrize(
    "text",
    [
        "After the war a new generation took up the cause.",
        "The rule held for a generation of scholars in the town.",
        "The museum was built for a generation ago, the guide joked.",
        "She wrote for a generation that had never seen the sea.",
    ],
)
def test_a_generation_of_people_is_no_stretch(text: str) -> None:
    assert not any("generation" in t for t, _, _ in values(text, _TODAY, "narrative"))
