"""A few words quoted inside the writer's clause ("could be on the road "by the summer"", "to reopen "well before
Christmas"") are governed by that clause's verb: the quotation marks open no clause of their own. A quoted
sentence, words quoted right after a verb of speech (said in the speaker's own tense), and a quoted title (in
capitals) are left as they were.

Sentences of our own. Publication is Monday 24 March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal.clauses import Layout
from tests.unit._helpers import find

MONDAY = date(2025, 3, 24)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('The council said a minibus could be on the road "by the summer".', "the summer", "2025-SU"),
        ('Officials said the new wing would open "later in the autumn" if funds allow.', "the autumn", "2025-FA"),
        ('The charity said the shelter could close "by the end of June".', "the end of June", "2025-06"),
        ('Managers said the plant should reopen "by the summer" and hire staff.', "the summer", "2025-SU"),
        ('Engineers warned the road could stay shut "until the autumn".', "the autumn", "2025-FA"),
        ("The club said it would sign a striker ``before the summer'' and build a new stand.", "the summer", "2025-SU"),
        ("The council hopes the minibus will be running “by the summer”, a spokesman said.", "the summer", "2025-SU"),
    ],
)
def test_a_quoted_phrase_takes_the_writers_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value


def test_the_quoted_words_are_in_the_clause_around_them() -> None:
    text = 'The firm expects sales to recover "by the autumn" at the latest.'
    layout = Layout(text)
    at = text.index("the autumn")
    assert layout.clause_start(at) == 0
    assert layout.clause_end(at) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # Right after a verb of speech: the words as they were said.
        'Protesters chanted "not in May" outside the hall yesterday.',
        # A title opens with a capital.
        'Her album "Summer in the City" was released in March.',
        # A quoted sentence after a comma.
        'The mayor said, "we open in June."',
    ],
)
def test_quotations_that_open_a_clause_of_their_own(text: str) -> None:
    layout = Layout(text)
    at = text.index('"') + 1
    assert layout.clause_start(at) == at
