"""The scanner tries at a word only the kinds whose pattern can open with it (``openings``): that must
never lose an expression. Checked against the plain rule, every kind in priority order at every word."""

from __future__ import annotations

import itertools
import re

import pytest

from service.temporal.grammar import KINDS
from service.temporal.openings import Choice, opening, openings
from service.temporal.scanner import _LEFT_WORDS as LEFT_WORDS
from service.temporal.scanner import KIND_PATTERNS, TRIGGER, scan
from tests.unit.test_grammar_registry import EXAMPLES
from tests.unit.word_windows import words_back

# Sentences of our own with the openings that are easy to get wrong: optional leading words, spelled
# numbers, modifiers glued by a hyphen or by nothing, capitals, apostrophes, digits after letters.
SENTENCES = [
    *EXAMPLES.values(),
    "About three weeks ago, early-2025 plans and mid-November talks were set for the first half of 2025.",
    "EARLY MONDAY the board met; late yesterday it said nothing for now, and at least 20 more years remain.",
    "In the '90s and the late 1980s, each of the past three years, twice a year, every other Thursday.",
    "The Fourth of July, Christmas Eve 1889, this coming Sunday, March eighth, and the year-ago quarter.",
    "Some time later that year, earlier this month, a week or so ago, half an hour, a couple of days.",
    "FY2024-25 and Q3 FY2024, 1H25, the 12th century, the turn of the century, nineteen ninety-six.",
    "He arrived at 9.30pm on Saturday, left at 10 a.m.-noon, and returned mid-afternoon yesterday.",
    "Nov. 12-14, from 1 to 3 November, the July-September period, 2019/20, 11/5/2024 and 5.11.2024.",
    "Recent weeks, the weeks ahead, weeks or months, for years, within days, Tuesday nights, annually.",
    "The Sunday Times, Jan Smith, may and May, a while, decades, the future, these days, nowadays.",
    "1;2;3;4 May;5;the;6;June;7-8;9,10;11/12;the;13;weeks;14;ago;15;March;16",
    # A "$" inside a word ("US$5" is one word, its "5" no word start), a word cut by the head.
    "US$5 billion over 10 years, -$3 in 2 days, $40 a week; 1,200 years and 3.5 weeks; presidents'day 2024.",
    # Years of an era written once for two ("AD" before the first, or the era after the second).
    "The fort stood from 120 to 85 BC, was rebuilt AD 14-37, and fell in 410 and 411 AD; 3 to 4 BC Hydro.",
    # Numbers of no kind among those of a kind (the kinds of a bare number are asked at once), and the digits
    # after their separators, where no word starts.
    "Sales rose 12.5% to 1,234,567 units in 2023, and 3,000 workers left at 10:30 on 2024-05-01.",
    "A grant of A200,000 and B1.5, on 5.11.2024 and 11/5/2024 at 9.30, from 1998-2001, in 1,999 cases.",
    "The 2.5 million troops, 100,000 more in 1990-91; 7,500 people 3.5 hours later; 1.2.3.4 and 1.,000.",
]
_START = re.compile(r"(?<![\w’-])\S")


def _first_matching_kind(text: str, pos: int) -> tuple[str, int] | None:
    """The plain rule: every kind in priority order, the first that matches at ``pos``."""
    digit = "0" <= text[pos] <= "9"
    for kind in KINDS:
        if (kind.starts == "word" and digit) or (kind.starts == "digit" and not digit):
            continue
        m = KIND_PATTERNS[kind.name].match(text, pos)
        if m is not None:
            return kind.name, m.end()
    return None


@pytest.mark.parametrize("text", SENTENCES)
def test_a_kind_that_matches_at_a_word_is_among_those_tried_there(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        for start in _START.finditer(variant):
            pos = start.start()
            found = _first_matching_kind(variant, pos)
            if found is None:
                continue
            letters = re.match(r"[^\W\d_]*", variant[pos:])
            assert letters is not None
            word = letters.group().lower()
            kind = openings(BY_PATTERN[found[0]])
            assert kind.admits_first(word), (found, variant[pos : found[1]], word)
            key = opening(variant, pos)
            assert key is not None and key[1], (variant, pos)
            assert kind.admits(key[0]), (found, variant[pos : found[1]], key)


BY_PATTERN = {k.name: k.pattern for k in KINDS}


def _plain_scan(text: str) -> list[tuple[str, int, int]]:
    """The scanner's rule written plainly: at each trigger, the word starts up to six words before it,
    left to right, each tried with every kind; the first match that reaches the trigger is taken."""
    found: list[tuple[str, int, int]] = []
    last_end = 0
    for trigger in TRIGGER.finditer(text):
        head = trigger.start()
        if head < last_end:
            continue
        for word in re.finditer(r"(?<![\w'’-])(?<!\d[.,])[\w'’$£€]+", text[: head + 1]):
            pos, w = word.start(), word.group()
            if pos < words_back(text, head, 6, last_end):
                continue
            if pos != head and not w[0].isdigit() and w[0] not in "'’" and w.lower() not in LEFT_WORDS:
                continue
            hit = _first_matching_kind(text, pos)
            if hit is not None and hit[1] > head:
                found.append((hit[0], pos, hit[1]))
                last_end = hit[1]
                break
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_the_scanner_finds_what_trying_every_kind_finds(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        assert [(m.kind, m.start, m.end) for m in scan(variant)] == _plain_scan(variant), variant


def test_openings_of_small_patterns() -> None:
    o = openings(r"(?:(?i:the)\s+)?(?:early|late)-?(?P<m>May|June)\b")
    assert o.admits_first("the") and o.admits_first("early") and o.admits_first("latemay")
    assert not o.admits_first("for") and not o.non_letter and not o.any_word
    assert openings(r"\d+\s+(?i:days)").admits_first("") and not openings(r"\d+").admits_first("days")
    # A class of letters repeated: no limit can be read, so any word (of the three letters it needs).
    assert all(openings(r"[a-z]+ly\b").admits_first(w) for w in ("quickly", "any", "xyz"))
    assert openings(r"\w+").admits_first("anything")
    # A pattern that ends inside a word opens with any word that goes on from it.
    assert openings(r"(?i:mid)").admits_first("midweek") and not openings(r"(?i:mid)\b-").admits_first("midweek")
    # A conditional group is read as a choice of its two branches, not as any word.
    c = openings(r"(?:(?P<a>AD)\s+)?\d+\s+(?(a)(?i:to)|(?i:and))\s+\d+")
    assert not c.any_word and c.admits(_key("AD 14 to 37")) and c.admits(_key("14 and 15"))
    assert not c.admits_first("the") and not openings(r"(?P<a>x)?(?(a)y)\d").admits(_key("the year"))


def test_a_look_behind_of_one_character_drops_what_cannot_precede_it() -> None:
    # A unit glued to a figure ("5days", "3hrs") follows a digit, never the letters of "a": "a day" and "5days"
    # open a match, "aday" does not, nor any word after "a" but the unit.
    glued = openings(r"(?:(?i:a)|\d+)(?:\s+|(?<=\d))(?i:days?)\b")
    assert glued.admits(_key("a day")) and glued.admits(_key("5days")) and glued.admits(_key("5 days"))
    assert not glued.admits_first("aday") and not glued.admits(_key("a share")) and not glued.admits(_key("about two"))
    # A letter asked for: only the words that end with it go on.
    plural = openings(r"(?i:hours?|days?)(?<=[sS])\s+(?i:long)\b")
    assert plural.admits(_key("hours long")) and plural.admits(_key("days long"))
    assert not plural.admits(_key("hour long"))
    # A class the reading does not follow ("\w") asks nothing of the words before it.
    assert openings(r"(?i:the)(?<=\w)\s+(?i:day)\b").admits(_key("the day"))


def test_openings_read_two_words() -> None:
    o = openings(r"(?i:the)\s+(?:(?i:first|last)\s+)?(?:\d+\s+)?(?i:years?)\b")
    assert o.admits(_key("the first decade")) and o.admits(_key("The years")) and o.admits(_key("the 5 years"))
    assert not o.admits(_key("the company")) and not o.admits(_key("the firstborn"))
    # A number and what follows it: white space, digits and punctuation are one gap between words.
    n = openings(r"\d+(?:,\d{3})*\s+(?i:days|weeks)")
    assert n.admits(_key("1,000 days")) and n.admits(_key("3 weeks")) and not n.admits(_key("12 percent"))
    # A pattern that may end after the number opens with anything that follows it.
    assert openings(r"\d{4}\b").admits(_key("1998 was"))
    # The end of the text after the first word.
    assert not o.admits(_key("the")) and openings(r"(?i:the)\b").admits(_key("the"))


def _key(text: str) -> str:
    found = opening(text, 0)
    assert found is not None and found[1]
    return found[0]


def test_the_opening_of_a_text() -> None:
    assert opening("The First Half", 0) == ("the_first", True)
    assert opening("in the 1990s", 3) == ("the_s", True)
    assert opening("12 percent", 0) == ("_percent", True)
    assert opening("year", 0) == ("year", True)
    # Letters outside ASCII may fold to ASCII ones under (?i): the first word alone, or nothing.
    assert opening("the ſeventies", 0) == ("the", False)
    assert opening("ſome days", 0) is None
    # A long run of digits and stops: read only so far, the first word alone is asked about.
    assert opening("the " + "1;" * 100 + "days", 0) == ("the", False)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_choice_of_kinds_agrees_with_each_kind_asked_alone(text: str) -> None:
    kinds = [openings(k.pattern) for k in KINDS]
    choice = Choice(kinds)
    for variant in (text, text.lower()):
        for start in _START.finditer(variant):
            key = opening(variant, start.start())
            if key is None:
                continue
            bits = choice.admitting(*key)
            asked = [o.admits(key[0]) if key[1] else o.admits_first(key[0]) for o in kinds]
            assert [bool(bits >> i & 1) for i in range(len(kinds))] == asked, key


def test_the_choice_stops_reading_an_opening_where_no_pattern_goes_on_and_still_agrees() -> None:
    # ``Choice.admitting`` stops at the first start of an opening that no pattern's prefix goes on from:
    # asked at every prefix and word the patterns have, cut short, run on and with a letter changed.
    kinds = [openings(k.pattern) for k in KINDS]
    choice = Choice(kinds)
    seen = set().union(*(o.words | o.prefixes | o.firsts | o.first_prefixes for o in kinds))
    # (One in eight of them, in a fixed order: all take half a minute.)
    keys = {k for w in sorted(seen)[::8] for k in (w, w[:-1], f"{w}q", f"{w}_zorp", f"{w[:-1]}q", f"q{w}")}
    for key in sorted(keys):
        for two_words in (True, False):
            bits = choice.admitting(key, two_words)
            asked = [o.admits(key) if two_words else o.admits_first(key) for o in kinds]
            assert [bool(bits >> i & 1) for i in range(len(kinds))] == asked, (key, two_words)


def test_the_choice_read_from_a_text_in_lower_case_agrees_with_the_key_built_whole() -> None:
    # ``Choice.admitting_lower`` reads a plain text's opening from its three groups, the first word's part
    # once per word: the same bits as ``admitting`` of the key ``opening_of`` builds, at every prefix and
    # word of the patterns, cut short, run on, with a letter changed, and with gaps of every kind (figures,
    # punctuation, one too long to read past, the end of the text).
    from service.temporal.openings import _GAP_READ, _LONGEST, OPENING_ASCII, opening_of

    kinds = [openings(k.pattern) for k in KINDS]
    choice = Choice(kinds)
    # No prefix is longer than ``_LONGEST``: the reading of a second word stops there without counting.
    assert max(map(len, choice._paths)) <= _LONGEST
    seen = set().union(*(o.words | o.prefixes | o.firsts | o.first_prefixes for o in kinds))
    words = {k for w in sorted(seen)[::5] for k in (w, w[:-1], f"{w}q", f"{w}_zorp", f"{w[:-1]}q", f"q{w}")}
    gaps = (" ", ", 12, ", "-", ".", " " * _GAP_READ)
    for word in sorted(words):
        for gap in gaps:
            for text in (word.replace("_", gap), f"{word.replace('_', gap)}{gap}", f"{word}{gap}and"):
                opens = OPENING_ASCII.match(text.lower())
                assert opens is not None
                key = opening_of(*opens.groups())
                assert key is not None
                assert choice.admitting_lower(*opens.groups()) == choice.admitting(*key), (text, key)


def test_the_triggers_are_in_lower_case() -> None:
    # The scanner looks for them in the text folded to lower case, matched as written.
    from service.temporal.scanner import _TRIGGERS

    assert all(t == t.lower() for t in _TRIGGERS)


_KIND_OPENINGS = [openings(k.pattern) for k in KINDS]


def _kinds_admitting(raw: str, digit: bool) -> list[str]:
    """The plain rule for the kinds tried at an opening: every kind in priority order that may start
    there (with a digit or a word) and whose pattern, asked alone, admits the opening."""
    key = opening(raw, 0)
    names = []
    for kind, o in zip(KINDS, _KIND_OPENINGS, strict=True):
        if (kind.starts == "word" and digit) or (kind.starts == "digit" and not digit):
            continue
        if key is None or (o.admits(key[0]) if key[1] else o.admits_first(key[0])):
            names.append(kind.name)
    return names


def test_the_kinds_tried_at_an_opening_are_those_admitting_it_whatever_was_met_before() -> None:
    # The scanner's memo of the kinds to try is keyed on the patterns admitting an opening, not on the
    # opening: every opening sharing an entry must still get its own kinds, in the order met.
    from service.temporal.openings import OPENING, OPENING_ASCII
    from service.temporal.scanner import _tries, _tries_of_lower

    made_up = [f"{a}{b}{c}" for a in "bdfgkmnprstvz" for b in "aeiou" for c in ("lt", "mp", "rk", "nd")]
    numbered = ", ".join(f"{w} 12 {v}" for w, v in itertools.pairwise(made_up))
    texts = [*SENTENCES, " ".join(made_up), numbered]
    for text in texts:
        for variant in (text, text.lower(), text.upper()):
            for start in _START.finditer(variant):
                raw = OPENING.match(variant, start.start())
                assert raw is not None
                digit = "0" <= variant[start.start()] <= "9"
                for plain in (False, True):
                    # The scanner reads a plain text with the ASCII twin of the opening's pattern.
                    opens = OPENING_ASCII.match(variant, start.start()) if plain and variant.isascii() else raw
                    assert opens is not None
                    tries, _, _ = _tries(opens, digit, plain)
                    assert [name for name, _ in tries] == _kinds_admitting(raw.group(), digit), raw.group()
                    if plain and variant.isascii():
                        # It reads it from the text in lower case: the same span, the same kinds.
                        low = OPENING_ASCII.match(variant.lower(), start.start())
                        assert low is not None and low.span() == opens.span()
                        assert _tries(low, digit, plain)[0] == tries
                        # The scanner's own reading of an opening in lower case: the same kinds.
                        assert _tries_of_lower(low, digit) == _tries(low, digit, plain)


def test_the_memo_of_kinds_to_try_stays_as_small_as_the_grammar() -> None:
    # However many new words a text brings, the sets of kinds admitting them are the grammar's few.
    from service.temporal.scanner import _TRIES_BY_BITS

    words = [f"{a}{b}{c}{d}" for a in "bcdfghjklmnprstvwz" for b in "aeiouy" for c in "bdgklmnprst" for d in "aeiou"]
    pairs = zip(words, words[::-1], strict=True)
    scan(" ".join(f"{w} {v} on {w}day, {v}ly, {w}-{v} {len(w)}th {w}s." for w, v in pairs))
    assert len(words) > 5000 and len(_TRIES_BY_BITS) < 1000


def test_the_kinds_tried_after_a_number_depend_on_the_word_after_its_figures_alone() -> None:
    # The scanner keeps a number's kinds under the word after its figures ("0" and the word), whatever the
    # figures and the characters between: that holds only if the kinds are the same for all of them.
    from service.temporal.openings import OPENING, OPENING_ASCII
    from service.temporal.scanner import _tries

    figures = ["5", "12", "1,500", "2.5", "1999", "12:30", "3/4/", "5-", "7 ", "10%", "9 - ", "1" * 31, "2" * 40]
    for word in ("percent", "may", "pm", "am", "people", "years", "th", "s", "o", "june", "mid", "b"):
        for plain, opening_pattern in ((True, OPENING_ASCII), (False, OPENING)):
            found = []
            for fig in figures:
                opens = opening_pattern.match(f"{fig} {word} and more")
                assert opens is not None
                if opens.group(3):  # (a run of figures too long to read past has no word after it)
                    assert opens.group(3) == word
                    found.append(_tries(opens, True, plain))
            assert found and all(f == found[0] for f in found), (word, plain)
