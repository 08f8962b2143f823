"""A season after "since" is one begun by the time it is counted to: the story's day in a history ("On 2
February 1943 the siege ended; the city had been cut off since the autumn": 1942's), the time of writing
where the text has come to the present ("closed since the summer", written in March: last summer), never
one still to come. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_MARCH = date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 2 February 1943 the siege ended. The city had been cut off since the autumn.", "the autumn",
         "1942-FA"),
        ("On 2 August 1943 the siege ended. The city had been cut off since the spring.", "the spring", "1943-SP"),
        ("The war ended in 1871. This year the battlefield park, closed since the summer for repairs, will "
         "reopen next month.", "the summer", "2025-SU"),
        ("The mill shut in 1902. This year its museum, shut since the autumn, plans to reopen in May.",
         "the autumn", "2025-FA"),
    ],
)  # fmt: skip
def test_a_season_after_since_has_begun_by_then(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MARCH, document_type="narrative").value == value


def test_in_news_too() -> None:
    text = "The pool, closed since the summer for roof repairs, will reopen next month."
    assert find(text, "the summer", _MARCH).value == "2025-SU"
