""" "last" before a thing that is no time, its "the" left out as posts leave it, is the final one of a kind and
tells no tense: "last day at work friday" looks ahead as "my last day at work is friday" does. Before a time
("last friday", "last christmas", "last term") or a verb ("when we last spoke monday") it is the past.

Posted on Wednesday 17 December 2025 at 08:10; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_POSTED = datetime(2025, 12, 17, 8, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("last day at work friday then two weeks off 🎄", "friday", "2025-12-19"),
        ("last shift of the year saturday, cannot wait", "saturday", "2025-12-20"),
        ("last exam tmrw and then i am free", "tmrw", "2025-12-18"),
        ("last match before the break sunday, get down early", "sunday", "2025-12-21"),
        ("Last day of term Friday, wrapping paper everywhere", "Friday", "2025-12-19"),
        # Before a time, or a verb, "last" still looks back.
        ("last friday was carnage at the office party", "last friday", "2025-12-12"),
        ("last time i went on monday the queue was out the door", "monday", "2025-12-15"),
        ("when we last spoke on monday he seemed fine", "monday", "2025-12-15"),
    ],
)
def test_last_of_a_kind_tells_no_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _POSTED, document_type="colloquial").value == value
