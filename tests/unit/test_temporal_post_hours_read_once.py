"""A post's sentence is read once for all its bare hours: the nearest word of the morning or the evening to an
hour, read off the sentence's matches, is the one a fresh read of the hour's own part of the sentence finds."""

from __future__ import annotations

import re
from datetime import date

import pytest

from service.temporal.resolve import post_hours
from service.temporal.resolve.context import Context

SENTENCES = [
    "swim at 6, lunch at 1, pub at 8, asleep by 11",
    "off to bed by 10; up at 5 for the early train, home by 7 tonight",
    "dinner at 7 then bed at 11, alarm at 6 for a run",
    "it gets dark by 8 so fireworks at 9, home at 10 this evening",
    "got up at 6 and went for a jog, lunch with mum at 1",
    "nightclub@11, dinner3 at 8, still up at 2",
    "woke at 5 this morning, supper at 6, the evenings are long",
]
WORD_LISTS = [post_hours.EVENING_WORDS, post_hours.MORNING_WORDS, re.compile(r"\b(?:dinner|supper)\b")]


def cuts(text: str) -> list[int]:
    """Every place an hour's part of a sentence may begin or end: a comma, a semicolon, a digit's end, a word's
    start, and inside words too."""
    return sorted({0, len(text), *range(0, len(text) + 1, 5), *(m.start() for m in re.finditer(r"[,;]|\b", text))})


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("words", WORD_LISTS)
def test_the_nearest_word_read_off_the_sentence_is_the_one_read_afresh(text: str, words: re.Pattern[str]) -> None:
    c = Context(text=text, ref=date(2024, 6, 1), doc_type="colloquial", anchor=date(2024, 6, 1))
    places = cuts(text)
    for s in places:
        for e in places:
            if e < s:
                continue
            for at in range(s, e + 1, 3):
                fresh = post_hours._nearest_of(words.finditer(text, s, e), at)
                assert post_hours._nearest(c, words, (0, len(text)), s, e, at) == fresh, (s, e, at)
