"""A time expression in the subject of a clause reported by a past verb of saying or thinking, whose verb is a
modal of what may come ("warned that a cold snap in February could undo the cut"): the modal is the verb of
the expression's clause and looks ahead; the verb of saying only tells when it was said. Where the expression
goes with the verb of saying ("said on Friday that talks could resume") or the modal looks back ("could have
been"), the past keeps it.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``): the coming March is 2025's, the last
one 2024's.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Growers warned that a hard frost in March could wipe out the crop.", "March", "2025-03"),
        ("The regulator said a further cut in March may follow if prices keep easing.", "March", "2025-03"),
        ("Analysts said the vote on Thursday will decide the deal.", "Thursday", "2024-11-07"),
        ("The union feared that the ballot in March might split its members.", "March", "2025-03"),
        ("Officials believed a thaw in February could flood the valley again.", "February", "2025-02"),
        ("He said that on Friday the plant could close for good.", "Friday", "2024-11-08"),
    ],
)
def test_a_modal_of_the_reported_clause_governs_its_subject(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The expression goes with the verb of saying.
        ("He said on Friday that talks could resume.", "Friday", "2024-11-01"),
        ("She warned investors on Monday the deal could collapse.", "Monday", "2024-11-04"),
        # A modal that looks back.
        ("The firm said sales in March could have been higher.", "March", "2024-03"),
        # No modal: the reported clause's own past.
        ("Officials said sales in March rose by a tenth.", "March", "2024-03"),
    ],
)
def test_the_verb_of_saying_keeps_its_own_and_past_clauses(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
