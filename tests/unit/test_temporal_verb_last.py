"""The verb "last" (to go on) is no past adverb: "expected to last until Thursday" looks ahead.

"last" before a verb ("was last seen", "last raised rates") places what it tells in the past; after "to"
it is the verb itself, in the infinitive, and the modal or plan around it tells the time. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

# Sunday 14 June 2026.
SUNDAY = date(2026, 6, 14)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The heatwave is expected to last until Thursday.", "Thursday", "2026-06-18"),
        ("Forecasters expect the hot spell to last until Thursday.", "Thursday", "2026-06-18"),
        ("The talks are set to last until Wednesday, officials said.", "Wednesday", "2026-06-17"),
        ("Stocks of the vaccine are expected to last until March.", "March", "2027-03"),
        ("The closure is likely to last until Friday.", "Friday", "2026-06-19"),
    ],
)
def test_the_verb_last_after_to_tells_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SUNDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "last" as an adverb before a past verb still tells the past.
        ("The missing walker was last seen on Thursday.", "Thursday", "2026-06-11"),
        ("The central bank last raised rates in September.", "September", "2025-09"),
        ("She was the last to leave the office on Friday.", "Friday", "2026-06-12"),
    ],
)
def test_the_adverb_last_still_looks_back(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SUNDAY).value == value
