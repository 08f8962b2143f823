"""After "my" or "your", as after "his" or "the", "last" is the final one and a past form an adjective ("my last
day", "your signed copy"): neither tells a past tense.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("friday is my last day at work", "friday", "2024-11-08"),
        ("saturday is your last chance to see it", "saturday", "2024-11-09"),
        ("sunday is my last shift before the holidays", "sunday", "2024-11-10"),
        ("my signed copy arrives thursday", "thursday", "2024-11-07"),
        # A past tense told beside it still looks back.
        ("i missed my last bus on friday", "friday", "2024-11-01"),
    ],
)
def test_my_last_is_no_past_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value
