"""A past participle that governs a date ("a plan for the next ten years adopted in July") tells its past,
though "next", "coming" or "upcoming" stands before it: those are adjectives of a noun, no modal that would
govern the participle as "will" does ("will redeem shares on Oct. 31").

Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

WRITTEN = date(2024, 9, 3)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "doc_type"),
    [
        ("A budget for the next two years passed by the board in July would cut staff.", "July", "2024-07", "news"),
        ("Rules for the coming season agreed by the clubs in June will ban transfers.", "June", "2024-06",
         "narrative"),
        ("the upcoming tour announced in may would hit 12 cities", "may", "2024-05", "colloquial"),
    ],
)  # fmt: skip
def test_a_past_participle_after_a_future_adjective_is_past(text: str, phrase: str, value: str, doc_type: str) -> None:
    assert find(text, phrase, reference=WRITTEN, document_type=doc_type).value == value


def test_a_modal_still_governs_the_verb_after_it() -> None:
    assert find("The bank will repay the loan in August.", "August", reference=WRITTEN).value == "2025-08"
