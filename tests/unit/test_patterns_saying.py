"""The verbs of saying factored by prefix find, right before an expression, what the flat list finds."""

from __future__ import annotations

import re

from service.temporal.lexicon import en
from service.temporal.patterns import verbs_of_saying, verbs_of_saying_factored

_WORDS = (*en.REPORTING_PRESENT, *en.REPORTING_PRESENT_PLURAL, *en.REPORTING_PAST, *en.SAYING_PAST)
_OTHERS = ("pledged", "vowed")
_FLAT = re.compile(rf"\b(?:{verbs_of_saying(_WORDS)}|{'|'.join(_OTHERS)})\s+(?:on\s+)?$", re.IGNORECASE)
_FACTORED = re.compile(rf"\b(?:{verbs_of_saying_factored(_WORDS, _OTHERS)})\s+(?:on\s+)?$", re.IGNORECASE)


def test_the_factored_verbs_find_the_same_span_before_a_date() -> None:
    for text in (
        "The minister said on ",
        "She told reporters ",
        "the firm SAYS ",
        "he tells us on ",
        "they say ",
        "the board pledged on ",
        "officials had planned ",
        "the told ",
        "the mayor sayss ",
        "residents, he added, ",
    ):
        for lo in range(len(text)):
            flat, factored = _FLAT.search(text, lo), _FACTORED.search(text, lo)
            assert (flat and flat.span()) == (factored and factored.span()), (text, lo)


def test_after_any_word_asks_one_look_behind_for_each_width_and_finds_each_word() -> None:
    import re

    from service.temporal.patterns import after_any_word

    behind = after_any_word(["at", "by", "since", "kick off", "kick-off", "at"])
    assert behind.count("(?<=") == 3  # widths 2, 5 and 8 ("kick off" and "kick-off" in one), no repeat
    pattern = re.compile(rf"(?:{behind})\d")
    for text in ("at 7", "by 9", "since 5", "kick off 3", "kick-off 4", "kick\toff 2"):
        assert pattern.search(text), text
    for text in ("cat 7", "bat 9", "at7", "kickoff 3", "ice 5"):
        assert not pattern.search(text), text
