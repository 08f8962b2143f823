"""Tense cues are matched on the text folded to lower case where that finds exactly what matching the
text ignoring case finds; elsewhere on the text itself."""

from __future__ import annotations

import re
from datetime import date

import pytest

from service.temporal.clauses import Layout
from service.temporal.lexicon import en
from service.temporal.patterns import first_words, first_words_ahead
from service.temporal.tense_cues import (
    _CUE_LOWER_AFTER_GAP,
    _CUE_WORDS,
    _WORD_AFTER_GAP,
    _WORD_AT_START,
    SCHEDULED_FOLDED,
    WORD,
    _after_gaps,
    _past_by_pattern,
    _plain_past,
    _spaced,
    verb_cues,
)

SENTENCES = [
    "The council WILL meet on Friday, officials Said, and the vote was held in May.",
    "She'll travel to Lima next week; they're expected to sign, but couldn't agree on a date.",
    "Prices Have Been rising since March, and the firm Plans To expand, a spokesman told reporters.",
    "“We will not wait,” he said — the talks had been scheduled to resume on Monday.",
    "May the talks succeed: the board MAY decide later, but it could have acted sooner.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_cues_found_on_the_folded_text_are_those_found_ignoring_case(text: str) -> None:
    layout = Layout(text)
    lowered = layout.folded()
    assert lowered is not None
    assert verb_cues(layout, 0, len(text), lowered) == verb_cues(layout, 0, len(text))


@pytest.mark.parametrize("text", [*SENTENCES, "Will they come? Said so: was-it 'had' had, we'll see."])
def test_cues_and_words_read_from_any_position_are_those_the_look_behind_finds(text: str) -> None:
    # The cues and words are found by patterns that open with the character before them; from any start,
    # at the text's start too, they find what the patterns that look behind find.
    layout = Layout(text)
    for lo in range(len(text) + 1):
        assert verb_cues(layout, lo, len(text), layout.folded()) == verb_cues(layout, lo, len(text)), lo
        words = _after_gaps(_WORD_AT_START, _WORD_AFTER_GAP, text, lo, len(text))
        assert [w.span(1) for w in words] == [w.span() for w in WORD.finditer(text, lo, len(text))], lo


# Plain sentences whose past forms stand beside hyphens, in capitals, with apostrophes and numbers: the
# words of a plain text are found by splitting it, the patterns asked only where a cue or a past form may
# begin (``tense_cues._plain_past``); they must find what the patterns find at every word.
PLAIN_SENTENCES = [
    "Officials re-read the well-known plan; it was over-booked and co-signed, so-called experts said.",
    "SHE SAID-so: the long-awaited vote, voted-on and hand-picked, is expected to pass--he said--next week.",
    "Cut-price deals, hit-and-run drivers: the Fed cut rates and will set a date; we'll see-said-done.",
    "Said the mayor, re-elected-said in May-June, they'd planned to re-open but the -closed shops closed- at 6.",
    "We'll go; it'll rain. Voted 3-2, down-graded_x and e-mailed2 back-to-back; Co-Signed was-it 'had' had.",
    "He'd have called-off-called the deal - scheduled to-day - and can't wait; the walk-out ended.",
]


@pytest.mark.parametrize("text", PLAIN_SENTENCES)
def test_the_words_of_a_plain_text_split_are_those_the_patterns_find(text: str) -> None:
    layout = Layout(text)
    assert layout.plain
    for lo in range(len(text) + 1):
        for hi in {lo, (lo + len(text)) // 2, len(text) - 1, len(text)}:
            if lo <= hi:
                assert verb_cues(layout, lo, hi, layout.folded()) == verb_cues(layout, lo, hi), (lo, hi)
                # Each past form once, in order ("re-elected-said" is read from "re" on once).
                spaced, hyphens = _spaced(text.lower(), lo, hi)
                split = _plain_past(text, lo, hi, spaced, hyphens, spaced.split())
                assert split == _past_by_pattern(text, lo, hi, plain=True), (lo, hi)


def test_first_words_are_read_from_each_alternative() -> None:
    first = first_words(["is (?:due|set) to", r"\w+'ll", "p[a-z]+ed", "can(?:'t|not)? wait"])
    assert first is not None
    assert first.whole == {"is", "can", "can't", "cannot"}
    assert first.opened == {"p"}
    assert first.raw == (r"\w+'ll",)
    assert first_words(["(?i)will"]) is None
    assert first_words([]) is None


def test_a_character_that_folds_in_more_ways_than_lower_keeps_the_text_as_written() -> None:
    # "ſ" (long s) matches "s" ignoring case, but lowers to itself; the Kelvin sign lowers to "k".
    assert Layout("The deal was ſigned.").folded() is None
    assert Layout("A 5 \u212a rise was reported.").folded() is None
    assert Layout("The “deal” — signed in Zürich").folded() is None  # ü has a case: kept as written
    assert Layout("The “deal” — signed on Friday").folded() == "the “deal” — signed on friday"


def test_the_cues_are_written_in_lower_case() -> None:
    # The folded text is matched as written: a cue with a capital would never match it.
    for cue in (*en.FUTURE_CUES, *en.PAST_CUES, *en.INTENT_VERBS, *en.DECIDING_VERBS):
        literal = re.sub(r"\\.|\(\?P<\w+>", "", cue)
        assert literal == literal.lower(), cue


def test_the_words_of_a_game_are_written_in_lower_case() -> None:
    # They too are looked for in the folded text, matched as written.
    from service.temporal.resolve.periods import _GAME_WORDS

    literal = re.sub(r"\\.", "", _GAME_WORDS.pattern)
    assert literal == literal.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Two TOUCHDOWNS in the third quarter sealed it.",
        "Scoring slowed in the third quarter, when the Bears led 14-10.",
        "Sales rose in the third quarter, the company said.",
    ],
)
def test_a_quarter_of_a_game_is_told_the_same_in_any_case(text: str) -> None:
    from service.temporal import annotate

    assert [t.value for t in annotate(text, date(2024, 11, 5))] == [
        t.value for t in annotate(text.replace("Bears", "BEARS"), date(2024, 11, 5))
    ]
    # The game's words are found in capitals too: no quarter of the calendar where a game is told.
    assert ("Q3" in " ".join(t.value for t in annotate(text.upper(), date(2024, 11, 5)))) == ("Sales" in text)


@pytest.mark.parametrize(
    "text",
    [
        # A game's word first in the text, first in the sentence before, and first in the quarter's own.
        "Touchdowns came late, in the third quarter, when the Bears pulled away.",
        "The crowd was quiet. Overtime loomed after a tie in the fourth quarter.",
        "The crowd was quiet at first. It grew loud in the second half; scoring picked up then.",
    ],
)
def test_a_game_s_word_is_found_at_the_start_of_a_text_or_a_sentence(text: str) -> None:
    from service.temporal import annotate

    for variant in (text, text.lower()):
        values = [t.value for t in annotate(variant, date(2024, 11, 5))]
        assert not any("Q" in v or "H" in v for v in values), (variant, values)


def test_the_scheduling_verbs_are_written_in_lower_case() -> None:
    # Looked for in the folded text too, with the capitals of a time zone's class in lower case.
    from service.temporal.tense_cues import SCHEDULED

    literal = re.sub(r"\\.|\[A-Z\]", "", SCHEDULED.pattern)
    assert literal == literal.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The exhibition REOPENS Saturday.",
        "Voting Ends at 8 PM ET on Friday.",
        "The show opens at 9.30pm CET on Sunday.",
        "The museum, closed for repairs, reopens again on Monday.",
    ],
)
def test_a_schedule_is_read_alike_in_the_folded_text_and_in_the_text_as_written(text: str) -> None:
    from service.temporal import annotate

    for variant in (text, text.lower(), text.upper()):
        # "Zürich" has a letter with a case outside ASCII: that text is matched as written, ignoring case.
        folded, as_written = (annotate(v, date(2024, 11, 5)) for v in (variant, variant + " Zürich."))
        assert Layout(variant).folded() is not None and Layout(variant + " Zürich.").folded() is None
        assert [t.value for t in folded] == [t.value for t in as_written], variant
        assert folded[-1].value > "2024-11-05", variant  # the schedule puts the day ahead


# Sentences of our own where a cue that opens with a group is met, or nearly: every auxiliary before
# each participle, "can't wait", the verbs of intending and deciding in each form, and words that share
# a cue's first letters without being one.
CUE_EDGES = [
    "It is to close; they are to vote; I am to speak; it was to open and they were to sail on Friday.",
    "Talks are expected to resume, the plant was scheduled to close, and fares were set for a rise.",
    "Rain is likely on Monday, storms were possible in June, and a deal is unlikely before March.",
    "Snow is forecast for Tuesday; prices are projected to fall; the vote has been postponed until May.",
    "The hearings have been pushed back, the trial has been put off, and it was likely started earlier.",
    "We can't wait, can’t wait, cant wait, cannot wait and can not wait for the summer.",
    "She plans to run, planned to stay, is planning to leave, pledged to act and vowed to return.",
    "They agreed to sell, agree to the terms, decided to stay, voted to be neutral and offers to pay.",
    "Isaac is island-bound, the areas were weather-beaten, the plant's plans tomorrow, an aim, a vow.",
]


@pytest.mark.parametrize("text", [*SENTENCES, *CUE_EDGES])
def test_cues_split_to_open_with_a_word_find_what_the_cues_as_written_find(text: str) -> None:
    # The cue pattern tries "(?:is|are) due" as "is due|are due" (cheaper for the regex engine): the
    # same cues, with the same spans and the same tense, as the cues written in the lexicon.
    from service.temporal.tense_cues import _CUE, _FUTURE_CUES

    written = re.compile(
        rf"(?<![\w'])(?:(?P<future>{'|'.join(_FUTURE_CUES)})|(?P<past>{'|'.join(en.PAST_CUES)}))(?![\w'])",
        re.IGNORECASE,
    )
    for variant in (text, text.lower()):
        found = [(m.span(), m.lastgroup) for m in _CUE.finditer(variant)]
        assert found == [(m.span(), m.lastgroup) for m in written.finditer(variant)], variant
        assert found  # every sentence holds a cue


def test_a_group_that_opens_a_cue_is_split_into_its_words() -> None:
    from service.temporal.tense_cues import _opening_with_a_word as split

    assert split("(?:is|are) (?:due|set) to") == ["is (?:due|set) to", "are (?:due|set) to"]
    assert split("(?:(?:a|b(?:c|d))) to") == ["a to", "b(?:c|d) to"]
    # Kept whole: a quantified group, an alternation after it, a cue that opens with a word.
    assert split("(?:a|b)? to") == ["(?:a|b)? to"]
    assert split("(?:a|b)|c") == ["(?:a|b)|c"]
    assert split("will") == ["will"]
    # Bars and parentheses inside a class are characters, not alternatives or groups.
    assert split("(?:[|(]x|y)z") == ["[|(]xz", "yz"]


AHEAD_SENTENCES = [
    "they'll agree to sell; we agreed to buy the plant, and she agrees to the terms she'd asked to see.",
    "the firm plans to expand and is planning to hire; it pledged to pay, promised to stay, predicts growth.",
    "the vote was postponed and has been rescheduled; talks were to resume but couldn't, or could not.",
    "crowds are expected to gather, rain is likely on friday, snow is forecast; it was due to open.",
    "we can't wait, cannot wait, can’t wait; looking forward to it, counting down to the show next door.",
    "the upcoming sale, coming soon: prices ought to fall, might rise, must settle, should hold.",
    "he had been scheduled to speak two years ago; last week they'd offered to settle and ordered to pay.",
    "the board voted to close it and threatened to sue; the union sought to block it, urged to strike.",
    "aims to, aim to, hopes to, intend to, seeks to, vowed to, wants to, anticipates, foresees, projects.",
]


@pytest.mark.parametrize("text", AHEAD_SENTENCES)
def test_the_look_ahead_before_the_cues_turns_away_no_cue(text: str) -> None:
    # The look-ahead of the cues' first words only passes over words sooner: the cues found are the same.
    without = re.compile(rf"[^\w']({_CUE_WORDS})(?![\w'])")
    for lo in range(len(text)):
        found = [(c.span(1), c.group("future")) for c in _CUE_LOWER_AFTER_GAP.finditer(text, lo)]
        assert found == [(c.span(1), c.group("future")) for c in without.finditer(text, lo)], lo


def test_first_words_ahead_reads_the_first_word_of_each_alternative() -> None:
    ahead = first_words_ahead(["is (?:due|set) to", "a(?:gree(?:d|s)?|sked) to", r"\w+'ll", "p[a-z]+ed", "next(?! to)"])
    pattern = re.compile(ahead)
    for word in ("is due", "agreed to", "asked", "we'll", "planned", "next week", "next to"):
        assert pattern.match(word), word
    for word in ("isle", "ask", "agre", "the", "well", "nexus"):
        assert not pattern.match(word), word
    # Flags of its own, or nothing to read: no look-ahead at all.
    assert first_words_ahead(["(?i)will"]) == ""
    assert first_words_ahead([]) == ""


@pytest.mark.parametrize(
    "text",
    [
        "the exhibition reopens on saturday and the museum closes at 6 p.m. on sunday.",
        "voting ends friday; the leaders meet in june, the team plays away on the 3rd.",
        "the summit kicks off at 9.30 on monday, goes on sale next week and comes into force in may.",
        "he opened the door to return home; they did not meet; the plan was to vote.",
    ],
)
def test_the_look_ahead_before_the_scheduling_verbs_turns_away_no_verb(text: str) -> None:
    # The look-ahead of the verbs' first words only passes over words sooner: the verbs found are the same.
    from service.temporal.tense_cues import SCHEDULED

    without = re.compile(SCHEDULED.pattern.replace("[A-Z]", "[a-z]"))
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 7):
            found = SCHEDULED_FOLDED.search(text, lo, hi)
            expected = without.search(text, lo, hi)
            assert (found and found.span()) == (expected and expected.span()), (lo, hi)


@pytest.mark.parametrize(
    "text", [*SENTENCES, *AHEAD_SENTENCES, "it's_5 o'clock—we'll see; x-ray 2day, ab_cd and 3rd-quarter"]
)
def test_the_ascii_forms_of_the_word_and_cue_patterns_find_what_they_do_in_a_plain_text(text: str) -> None:
    # A plain text's patterns list the ASCII characters of \w: they find the same, from any start.
    from service.temporal import tense, tense_cues

    if not text.isascii():
        text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("—", "-")
    for pattern in (tense_cues.WORD, tense._S_WORD, tense_cues._WORD_AFTER_GAP, tense_cues._CUE_LOWER_AFTER_GAP):
        plain = tense_cues._ascii_listed(pattern)
        for variant in (text, text.lower()):
            for lo in range(len(variant)):
                found = [(m.span(), m.groups()) for m in plain.finditer(variant, lo)]
                assert found == [(m.span(), m.groups()) for m in pattern.finditer(variant, lo)], (pattern, lo)
