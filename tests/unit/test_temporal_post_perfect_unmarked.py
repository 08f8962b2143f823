"""The present perfect written without its apostrophe, as posts write it ("havent packed", "hasnt replied"): a
present, of what reaches up to now, that lends no past to a date told before it in another verb phrase, as
"haven't packed" already did: "we're moving in june and i havent packed" is next June.

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("we're moving in june and i havent packed a thing", "june", "2025-06"),
        ("getting married in may and we still havent booked a venue", "may", "2025-05"),
        ("exam in january and he hasnt opened a book", "january", "2025-01"),
        ("my sisters wedding is in april and i havent got a dress", "april", "2025-04"),
        # (as with the apostrophe)
        ("we're moving in june and i haven't packed a thing", "june", "2025-06"),
    ],
)
def test_a_perfect_without_its_apostrophe_lends_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_a_past_tense_after_and_still_does() -> None:
    assert find("we moved in june and i havent unpacked", "june", document_type="colloquial").value == "2024-06"
