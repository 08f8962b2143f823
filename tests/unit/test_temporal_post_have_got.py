""" "have got" is having, in the present, not a past: a post's "ive got the dentist on friday" looks ahead as
"i have the dentist on friday" does; so does a question that leaves its "has" out ("anyone got a ticket for
sat?"). A bare "got" stays the past ("got the job on friday!!").

Posted on Thursday 25 June 2026 at 16:25; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_POSTED = datetime(2026, 6, 25, 16, 25)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("ive got the dentist on friday, send thoughts", "friday", "2026-06-26"),
        ("we've got a christening on sunday so no footy", "sunday", "2026-06-28"),
        ("she's got her driving test on monday!!", "monday", "2026-06-29"),
        ("has anyone got a spare ticket for saturday?", "saturday", "2026-06-27"),
        ("anyone got a sofa i can crash on the 3rd?", "the 3rd", "2026-07-03"),
        # A bare "got" is the past.
        ("got the keys on monday and the boiler is already broken", "monday", "2026-06-22"),
    ],
)
def test_have_got_is_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _POSTED, document_type="colloquial").value == value


_LATE = datetime(2025, 11, 14, 22, 40)  # a Friday


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("had 4 hrs sleep and i have a wedding saturday 😩", "saturday", "2025-11-15"),
        ("lost my keys and now i have a driving test monday", "monday", "2025-11-17"),
        ("missed the last bus and we have a match sunday morning", "sunday morning", "2025-11-16TMO"),
        ("burnt the tea and ive got the in-laws tuesday", "tuesday", "2025-11-18"),
        ("she sprained her ankle and she's got a race on saturday", "saturday", "2025-11-15"),
        # The past of having, or a perfect, after "and" stays behind.
        ("we lost and had a rest on monday", "monday", "2025-11-10"),
        ("she fell and has had a cast on since monday", "monday", "2025-11-10"),
    ],
)
def test_having_after_and_is_present(text: str, phrase: str, value: str) -> None:
    """A past before "and" does not reach a "have" of having after it, in the present."""
    assert find(text, phrase, _LATE, document_type="colloquial").value == value
