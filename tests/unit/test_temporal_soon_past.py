""" "soon" right before a past verb ("the trickle soon became a flood", "he was soon released") is shortly after
a time the sentence already told of, no time to come from the writing: left untagged in every document type.
Before a present or future verb, or after an auxiliary of one, it stays FUTURE_REF.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    "text",
    [
        "Cash began to trickle in from abroad, and the trickle soon became a flood.",
        "He was taken to hospital on Monday but was soon released.",
        "The strikers soon returned to work.",
        "The company soon found that demand had collapsed.",
        "Rebels took the town in March; government troops were soon sent to retake it.",
    ],
)
def test_soon_before_a_past_verb_is_no_future(text: str) -> None:
    assert "soon" not in [t[0] for t in values(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks will resume soon.",
        "The minister said the law would soon be changed.",
        "Officials said the bridge is soon expected to reopen.",
        "The report will be soon published.",
        "Retailers warned that shelves could empty if the ships were not unloaded soon.",
    ],
)
def test_soon_of_a_time_to_come_stays_the_future(text: str) -> None:
    assert ("soon", "DATE", "FUTURE_REF") in values(text)
