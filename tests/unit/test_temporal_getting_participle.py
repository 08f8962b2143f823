"""A past participle after "getting" is the get-passive in the progressive, a present that looks ahead, not a
past tense: "my sister is getting married in June" is next June, as "is moving in June" is. "got married in
June" keeps its past.

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("my sister is getting married in june", "june", "2025-06", "colloquial"),
        ("my brother's getting married in may!!", "may", "2025-05", "colloquial"),
        ("we're getting paid on friday thank god", "friday", "2024-11-08", "colloquial"),
        ("The couple are getting married in April at the abbey.", "April", "2025-04", "news"),
        ("The old bridge is getting replaced in March.", "March", "2025-03", "news"),
    ],
)
def test_a_participle_after_getting_tells_no_past(text: str, phrase: str, value: str, document_type: str) -> None:
    assert find(text, phrase, document_type=document_type).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("they got married in june, lovely day", "june", "2024-06"),
        ("she got promoted in march", "march", "2024-03"),
    ],
)
def test_got_and_its_participle_keep_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value
