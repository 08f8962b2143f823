"""A shop's or a club's notice of its hours: "closed" or "shut" opening its clause with no subject, a weekday
after it ("closed sunday, back monday"), is a state to come, not a past; "sat" before a range of hours ("open
sat 10-4") is the day, not the verb. With a subject, they stay the past ("the shop closed sunday", "i sat 2-3
hours in a&e on monday").

Posted on Friday 14 November 2025 at 19:00; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_POSTED = datetime(2025, 11, 14, 19, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("closed sunday, back monday as normal", "sunday", "2025-11-16"),
        ("closed sunday, back monday as normal", "monday", "2025-11-17"),
        ("Closed Monday for staff training, sorry!", "Monday", "2025-11-17"),
        ("bakery news: shut tuesday for a deep clean 🧽", "tuesday", "2025-11-18"),
        ("open sat 10-4, closed sun", "sun", "2025-11-16"),
        ("car boot sat 8-12, and again on sunday if it stays dry", "sunday", "2025-11-16"),
        # With a subject, the past stays.
        ("the chippy closed sunday after 40 years", "sunday", "2025-11-09"),
        ("i sat 2-3 hours in a&e on monday", "monday", "2025-11-10"),
    ],
)
def test_a_notice_of_hours_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _POSTED, document_type="colloquial").value == value
