"""The verb cues of tense in a stretch of text: modals and auxiliaries, past forms, verbs of intending and
scheduling, each told apart from the nouns, adjectives and day names spelt like them.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from typing import NamedTuple

from service.temporal.clauses import Layout, may_follow_word
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import (
    LY_NOUNS,
    PAST_AS_BASE,
    PAST_FORMS,
    PLURAL_NOUNS,
)
from service.temporal.patterns import (
    DAY_BY_DAY_AFTER,
    DAY_BY_DAY_BEFORE,
    DAY_BY_DAY_REACH,
    LISTED_DAY_AFTER,
    LISTED_DAY_BEFORE,
    WEEKDAY_CUE,
    WEEKDAY_OR_SHORT_LOWER,
    alt,
    first_words,
    first_words_ahead,
    look_ahead,
)

# The future cues, a verb of intending or deciding with its to-infinitive ("plans to", "voted to close"),
# and a verb of forecasting in the present ("expects", "predicts").
_FUTURE_CUES = (
    *en.FUTURE_CUES,
    # A verb of forecasting is a cue alone, with or without its "to" ("expects to", "expects the plant to").
    rf"(?:{alt(w for w in en.INTENT_VERBS if w not in en.FORECAST_VERBS)}) to",
    rf"(?:{alt(en.DECIDING_VERBS)}) to (?!(?:be|the|a|an|its|their|his|her)\b)[a-z]+",
    rf"(?:{alt(en.FORECAST_VERBS)})",
)


def _opening_with_a_word(cue: str) -> list[str]:
    """``cue`` as alternatives that each open with a letter of their own: "(?:is|are) due" as "is due",
    "are due". The regex engine passes over at once an alternative whose first letter differs from the
    text's, but enters every one that opens with a group; the cues are tried at every word of a sentence.
    (Each alternative matches where and as the group's would, tried in the same order.)"""
    if not cue.startswith("(?:"):
        return [cue]
    parts = _top_level(cue[3:])
    if len(parts) < 2 or not parts[-1].startswith(")"):
        return [cue]
    rest = parts[-1][1:]
    if len(_top_level(rest)) > 1 or rest.startswith(("?", "*", "+", "{")):
        return [cue]  # an alternation after the group, or the group quantified: kept whole
    return [c for branch in parts[:-1] for c in _opening_with_a_word(branch + rest)]


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at its "|" outside any group, and where a group it is inside closes (the last
    part, which then opens with that ")")."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: its brackets, bars and parentheses are characters
            i = pattern.index("]", i + 2) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return [*parts, pattern[start:i], pattern[i:]]
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


_FUTURE_ALTERNATIVES = [c for cue in _FUTURE_CUES for c in _opening_with_a_word(cue)]
_PAST_ALTERNATIVES = [c for cue in en.PAST_CUES for c in _opening_with_a_word(cue)]
_CUE_WORDS = rf"(?P<future>{'|'.join(_FUTURE_ALTERNATIVES)})|(?P<past>{'|'.join(_PAST_ALTERNATIVES)})"
_CUE = re.compile(rf"(?<![\w'])(?:{_CUE_WORDS})(?![\w'])", re.IGNORECASE)

# Modals of possibility say little about when: they count only when nothing stronger is near. "would"
# is not among them: in news it is mostly the future of a reported past ("said it would close in May").
WEAK = frozenset({"could", "may", "might", "should", "must"})
# A past form right after a form of "be" (or another verb of state) is a passive participle or an
# adjective, not a past tense: "will be held", "are closed", "is scheduled", "stays closed". The
# auxiliary decides the tense, not the participle ("is getting married in June" is still to come).
# Words after which a past form is a passive participle or an adjective of state.
AUXILIARIES = frozenset(
    {"be", "been", "being", "is", "are", "am", "get", "gets", "getting", "stay", "stays", "remain", "remains",
     "seem", "seems", "look", "looks"}
)  # fmt: skip
# (One or two adverbs may stand between: "are newly opened", "are already packed", "is still not done".)
BETWEEN_BE_AND_PARTICIPLE = frozenset({"already", "still", "just", "now", "also", "all", "not", "never", "being"})
_PARTICIPLE_AFTER = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(AUXILIARIES))})|'s|'re)\s+"
    rf"(?:(?P<adv>\w+ly)\s+|(?:{'|'.join(sorted(BETWEEN_BE_AND_PARTICIPLE))})\s+){{0,2}}$",
    re.IGNORECASE,
)
# "with" and a short noun phrase before a past participle: a clause of its own with no finite verb ("with
# rain expected from Friday night", "with the final scheduled for Sunday"), whose participle tells no past.
_WITH_ABSOLUTE_BEFORE = re.compile(
    r"\bwith\s+(?:(?!(?:who|whom|which|that|and|or|but|when|as|he|she|they|we|it|i|you)\b)[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
_WITH_REACH = 40
DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "some",
     "any", "no"}
)  # fmt: skip
_ADJ_AFTER = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS))})\s+(?:(?P<adv>\w+ly)\s+|still\s+)?$", re.IGNORECASE)
# "last" before a noun phrase and a verb "be" in the present, its determiner left out as posts and headlines
# leave it: the final one of a kind, no tense ("last post day for parcels is the 18th", "last orders are at
# 11"); not a past time ("last week is a blur", "last summer's").
_LAST_THING_IS = re.compile(
    r"\s+(?!(?:week|weekend|month|year|night|time|season|century|decade|spring|summer|autumn|fall|winter|\w+day)\b)"
    r"(?:[\w-]+\s+){0,4}?[\w-]+\s+(?:is|are)\b",
    re.IGNORECASE,
)
_LAST_THING_REACH = 60

# Words after "last" that make it a time gone by ("last week", "last christmas", "last term", "last june"):
# the calendar's units, days, seasons, months and named days. Any other word after it is a thing, the
# final of its kind.
_LAST_TIME_WORDS = frozenset(
    {*(u for u in en.UNITS if u != "day"), *(u for u in en.UNIT_PLURALS if u != "days"), *en.UNIT_ABBREVIATIONS,
     *(h.split()[0] for h in en.HOLIDAYS), *en.MONTHS, "term", "semester", "season", "seasons", "time", "times",
     "nite", "xmas", "spring", "summer", "autumn", "fall", "winter", "few", "couple", "several", "two", "three"}
)  # fmt: skip
# "last" opening a clause, as posts write it without "the", before a word that is no verb: "last day at work
# friday", "last shift tmrw", "last exam monday": the final one, no tense (not "last friday", "last time",
# "when we last spoke", "it won't last till friday").
_LAST_THING = re.compile(r"\s+([a-z][a-z'’-]*)\b(?!['’]s)")
_NOT_A_THING = frozenset({"till", "until", "til", "for", "through", "into", "long", "longer", "forever", "at", "in",
                          "on", "about", "out", "of", "and", "or", "but", "year's", "week's"})  # fmt: skip


def _last_thing(text: str, end: int) -> bool:
    """Whether the "last" that ends at ``end`` qualifies a noun that is no time: the final one of a kind."""
    m = _LAST_THING.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    return (
        w not in _LAST_TIME_WORDS
        and w not in _NOT_A_THING
        and w not in PAST_FORMS
        and (w == "day" or not w.endswith("day"))
    )


def _last_of_a_kind(text: str, end: int) -> bool:
    """Whether the "last" that ends at ``end`` is followed by a thing and "is" or "are" (asked only where one
    of them is near)."""
    near = text[end : end + _LAST_THING_REACH]
    return (" is " in near or " are " in near) and _LAST_THING_IS.match(text, end) is not None


# "to" right before a word: the word is a verb in the infinitive ("is set to last until Friday").
_TO_BEFORE = re.compile(r"(?<![\w'’-])[Tt]o\s+$")
_TO_REACH = 4


def _infinitive(text: str, lo: int, start: int) -> bool:
    """Whether the word at ``start`` follows "to" (asked only of "last")."""
    return _TO_BEFORE.search(text, max(lo, start - _TO_REACH), start) is not None


# A modal of possibility with a perfect infinitive looks back: "could have come", "may have been".
MODAL_PERFECT = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)
# A present-tense verb of scheduling governing the expression: the calendar of things to come.
# "the exhibition reopens Saturday", "voting ends on Friday", "the leaders meet Monday".
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|midnight)(?:\s+[A-Z]{2,4})?"
# The first end of a range the verb governs: "runs from Monday to [Friday]", "from 7 a.m. to 8 p.m. on [Thursday]".
_FROM_TO = rf"from\s+(?:{_CLOCK}|[a-z]+)\s+(?:to|until|till|through)"
SCHEDULED = re.compile(
    # The look-behind that fails inside a word comes first: the others are asked only at word starts.
    r"(?<![\w'])(?<!\bto\s)(?<!\bdid\s)(?<!\bhad\s)(?<!\bnot\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    rf"(?:{'|'.join(en.SCHEDULE_VERBS)})(?:\s+\w+ly)?(?:\s+(?:again|here|there|"
    # The clock time of the day named: "kicks off at 9.30pm on Saturday", "close at 18:00 UTC on Friday".
    rf"at\s+home|away))?(?:\s+(?:(?:at|until|till|by)\s+{_CLOCK}|{_FROM_TO}(?:\s+{_CLOCK})?))?"
    rf"(?:\s+(?:on|in|at|from|until|till|through))?(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# The same for the text folded to lower case (``Layout.folded``), matched as written: an alternation
# ignoring case is tried branch by branch, one matched as written skips at once the branches whose
# first letter differs (three times faster here). A test keeps the pattern in lower case.
# A look-ahead of the verbs' first words after the first look-behind turns away the other words before the
# rest of the look-behinds and the verbs are tried (see ``patterns.first_words_ahead``).
_WORD_START = r"(?<![\w'])"
SCHEDULED_FOLDED = re.compile(
    SCHEDULED.pattern.replace("[A-Z]", "[a-z]").replace(
        _WORD_START, _WORD_START + first_words_ahead(v.lower() for v in en.SCHEDULE_VERBS), 1
    )
)
# Prepositions and phrases that put what follows ahead of the time of speaking: a deadline or the
# earliest moment of something still to happen.
_AHEAD_BEFORE = re.compile(r"\b(?:as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than)\s+$", re.IGNORECASE)
# A forecast or a deadline named by a bare participle or adjective, its "is" left out as headlines,
# captions and posts leave it ("snow expected Sunday night", "verdict due on Friday", "storms forecast for
# the weekend"); not with its "be" ("are due by end-October", which the verb's own cues place), never a past
# tense ("was due on Monday", "Cuba predicted Wednesday": "forecast" and
# "predicted" report like "said" unless "for" follows), a clause with its subject ("we expected on Monday
# that ...") or a comparison ("as expected on Monday").
_FORECAST_BEFORE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bas\s)(?<!\bthan\s)(?<!\bwe\s)(?<!\bi\s)(?<!\bhe\s)"
    r"(?<!\bshe\s)(?<!\bthey\s)(?<!\bwho\s)(?<!\byou\s)"
    r"\b(?:(?:expected|due)(?:\s+(?:on|in|by|for|at|around|until|before))?|(?:forecast|predicted)\s+for)(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# The longest "predicted for the " and its spaces: how far back ``_FORECAST_BEFORE`` may begin.
_FORECAST_REACH = 30


def ahead_before(layout: Layout, near: int, start: int) -> bool:
    """Whether the words right before ``start`` put it ahead of the time of speaking."""
    text = layout.text
    if may_follow_word(text, start, ("as", "than")) and layout.search(_AHEAD_BEFORE, near, start):
        return True
    # The participle is among the last three words; most windows hold none, and skip the pattern.
    tail = text[max(near, start - _FORECAST_REACH) : start].lower()
    if "expected" not in tail and "due" not in tail and "forecast" not in tail and "predicted" not in tail:
        return False
    return _FORECAST_BEFORE.search(text, near, start) is not None


# A tuple: a sentence has a dozen of them, made on every sentence an expression's tense is asked in.
class Cue(NamedTuple):
    start: int
    word: str
    future: bool


# A word that may be a verb form: lower case (a capitalised word inside a sentence is a name, "United").
WORD = re.compile(r"(?<![\w'])[A-Za-z][a-z]+(?:-[a-z]+)?(?![\w'])")
_GROUP = re.Match.group


# For a text already in lower case (``Layout.folded``; the cues are written in lower case), the cues are
# matched without IGNORECASE, several times faster. Those cues and the words are written to open with the
# character before them (group 1 is the cue or word): a pattern that opens with a class of characters lets
# the regex engine skip in C to the characters that may open a match, where a look-behind has it try the
# whole pattern at every character. Each finds what its look-behind twin finds from one character further
# on, as every cue and word ends with a letter: a match never ends on the character before the next one.
# A look-ahead turns away first the words that open no cue (most words): the alternation enters its two
# groups, and every cue in them that opens with a group of its own, at each word it is tried at.
_CUE_FIRST = first_words([*_FUTURE_ALTERNATIVES, *_PAST_ALTERNATIVES])
_CUE_LOWER_AFTER_GAP = re.compile(rf"[^\w']{look_ahead(_CUE_FIRST)}({_CUE_WORDS})(?![\w'])")
_WORD_AFTER_GAP = re.compile(r"[^\w']([A-Za-z][a-z]+(?:-[a-z]+)?)(?![\w'])")
# At the start of the text, with no character before it.
_CUE_LOWER_AT_START = re.compile(rf"({_CUE_WORDS})(?![\w'])")
_WORD_AT_START = re.compile(r"([A-Za-z][a-z]+(?:-[a-z]+)?)(?![\w'])")


def _ascii_listed(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for a plain (ASCII) text (``Layout.plain``): ``\\w`` written as the ASCII characters it
    stands for there, one table look-up per character where the category asks about each in turn."""
    source = pattern.pattern.replace(r"[^\w']", "[^A-Za-z0-9_']").replace(r"(?![\w'])", "(?![A-Za-z0-9_'])")
    source = source.replace(r"(?<![\w'])", "(?<![A-Za-z0-9_'])")
    source = source.replace(r"\w+", "[A-Za-z0-9_]+")
    assert r"\w" not in source  # every \w of these patterns is one of those above
    return re.compile(source, re.ASCII)


_PLAIN_CUES = _ascii_listed(_CUE_LOWER_AT_START), _ascii_listed(_CUE_LOWER_AFTER_GAP)
_PLAIN_WORDS = _ascii_listed(_WORD_AT_START), _ascii_listed(_WORD_AFTER_GAP)
WORD_PLAIN = _ascii_listed(WORD)


def _after_gaps(
    at_start: re.Pattern[str], after_gap: re.Pattern[str], text: str, lo: int, hi: int
) -> list[re.Match[str]]:
    """The matches in text[lo:hi] of a pattern written both ways above (its group 1 what it finds)."""
    if lo:
        return list(after_gap.finditer(text, lo - 1, hi))
    first = at_start.match(text, 0, hi)
    return [first, *after_gap.finditer(text, first.end(), hi)] if first else list(after_gap.finditer(text, 0, hi))


def _cue_spans(text: str, lo: int, hi: int, lowered: str | None, plain: bool = False) -> list[tuple[int, int, bool]]:
    """The cues of text[lo:hi] in order: start, end, and whether the cue is of the future."""
    if lowered is None:
        return [(c.start(), c.end(), c.group("future") is not None) for c in _CUE.finditer(text, lo, hi)]
    at_start, after_gap = _PLAIN_CUES if plain else (_CUE_LOWER_AT_START, _CUE_LOWER_AFTER_GAP)
    found = _after_gaps(at_start, after_gap, lowered, lo, hi)
    return [(c.start(1), c.end(), c.group("future") is not None) for c in found]


# Past forms, and base forms that are their own past ("cut", "hit", "set"), which only their subject can tell.
_PAST_OR_SHARED = PAST_FORMS | PAST_AS_BASE
# A plain text's words are found in bytes in which each character that the patterns above read between
# words ("[^\w']") is a space: ``bytes.split`` and ``bytes.find`` then find, in C, the few words where a cue
# or a past form may begin, and the patterns are asked there only, where asking them at every word cost
# several times more (a match, a word and its lower case made at each word). A hyphen is kept in the second
# table, where what the word pattern may join with one ("re-elected") is told from what no word can cross.
_WORD_OR_APOSTROPHE = re.compile(r"[\w']", re.ASCII)
_WORD_APOSTROPHE_OR_HYPHEN = re.compile(r"[\w'-]", re.ASCII)
_SPACED = bytes(i if _WORD_OR_APOSTROPHE.match(chr(i)) else 32 for i in range(256))
_SPACED_BUT_HYPHENS = bytes(i if _WORD_APOSTROPHE_OR_HYPHEN.match(chr(i)) else 32 for i in range(256))
_HYPHEN = ord("-")

# A cue opens with one of its alternatives' first words (``_CUE_FIRST``), each read here as the
# run of word characters and apostrophes it opens with ("can" of "can’t"): a word that is none of these opens
# no cue. The one alternative that opens with a class ("\\w+'ll") is asked of a sentence that holds "'ll" by
# the pattern alone.
_RUN = re.compile(r"[\w']*")
assert _CUE_FIRST is not None and not _CUE_FIRST.opened and _CUE_FIRST.raw == (r"\w+'ll",), _CUE_FIRST
_CUE_OPENERS = frozenset(m.group().encode() for m in map(_RUN.match, _CUE_FIRST.whole) if m is not None)
assert b"" not in _CUE_OPENERS  # every first word opens with a word's character: a run of them starts it
_CUE_BY_PATTERN_ONLY = "'ll"
# The past forms the word pattern can find with no hyphen in them: two letters or more.
_PAST_ALONE = frozenset(w for w in _PAST_OR_SHARED if len(w) > 1 and w.isascii() and w.isalpha() and w.islower())
# The words a past form may begin with: one of those, or what goes before the hyphen of one written with
# it ("re" of "re-elected").
_PAST_OPENERS = frozenset(
    w.encode() for w in _PAST_ALONE | {w.split("-")[0] for w in _PAST_OR_SHARED if w.count("-") == 1}
)


def _spaced(lowered: str, lo: int, hi: int) -> tuple[bytes, bytes]:
    """text[lo:hi] of a plain text folded to lower case (``lowered``), from the character before ``lo`` (a
    space before the text) and with a space after ``hi``, in bytes: its characters between words spaced,
    with and without its hyphens. A word whole in them has a space on each side (the first word of a
    sentence that starts inside a word has none before it: it is no word's start)."""
    raw = ((lowered[lo - 1 : hi] if lo else " " + lowered[:hi]) + " ").encode("ascii")
    return raw.translate(_SPACED), raw.translate(_SPACED_BUT_HYPHENS)


def _starts_of(spaced: bytes, words: frozenset[bytes], base: int) -> list[int]:
    """Where each of ``words`` stands whole in ``spaced``, in order: as positions of the text, of which
    spaced[0] is at ``base``."""
    found: list[int] = []
    for w in words:
        key = b" " + w + b" "
        i = spaced.find(key)
        while i >= 0:
            found.append(base + i + 1)
            i = spaced.find(key, i + len(key) - 1)
    found.sort()
    return found


def _plain_cue_spans(lowered: str, lo: int, hi: int, spaced: bytes, words: list[bytes]) -> list[tuple[int, int, bool]]:
    """``_cue_spans`` of a plain text: the patterns asked only where a word that may open a cue starts, each
    after the end of the last cue found, as ``finditer`` asks them."""
    if lowered.find(_CUE_BY_PATTERN_ONLY, lo, hi) >= 0:
        return _cue_spans(lowered, lo, hi, lowered, True)
    at_start, after_gap = _PLAIN_CUES
    found: list[tuple[int, int, bool]] = []
    end = -1
    for start in _starts_of(spaced, _CUE_OPENERS.intersection(words), lo - 1):
        if start <= end:
            continue  # inside the last cue
        c = at_start.match(lowered, 0, hi) if start == 0 else after_gap.match(lowered, start - 1, hi)
        if c is not None:
            found.append((start, c.end(), c.group("future") is not None))
            end = c.end()
    return found


def _past_by_pattern(text: str, lo: int, hi: int, plain: bool) -> list[tuple[str, int, int]]:
    """The words of text[lo:hi] that are past forms or their own past ("cut"): each word, start and end."""
    at_start, after_gap = _PLAIN_WORDS if plain else (_WORD_AT_START, _WORD_AFTER_GAP)
    words = _after_gaps(at_start, after_gap, text, lo, hi)
    # Most words are no past form: which are is asked in C, and only those reach the caller's loop.
    past = map(_PAST_OR_SHARED.__contains__, map(str.lower, map(_GROUP, words, repeat(1))))
    return [(t.group(1), t.start(1), t.end()) for t in compress(words, past)]


def _plain_past(
    text: str, lo: int, hi: int, spaced: bytes, hyphens: bytes, words: list[bytes]
) -> list[tuple[str, int, int]]:
    """``_past_by_pattern`` of a plain text, asked only where a word that may open a past form starts.
    No word the pattern finds goes on over a character between words that is no hyphen, so after one it
    finds what it finds reading from the start: there a past form with no hyphen after it is one as
    written with its first letter alone in either case (the pattern's "[A-Za-z][a-z]+"). Where a hyphen
    follows, the pattern is asked there (it may join the next word); where one goes before, the pattern
    reads the words the hyphens join, from the last character between words before them that is no hyphen
    to the first after them ("well-re-elected": "well-re" and "elected", or "re-elected" alone)."""
    found: list[tuple[str, int, int]] = []
    base = lo - 1  # where spaced[0] is in the text
    done = -1  # where the last word or stretch the pattern has read ends
    for start in _starts_of(spaced, _PAST_OPENERS.intersection(words), base):
        if start <= done:
            continue
        end = spaced.index(b" ", start - base) + base
        if hyphens[start - 1 - base] == _HYPHEN:
            before = hyphens.rfind(b" ", 0, start - 1 - base) + base
            after = hyphens.index(b" ", start - base) + base
            found += _past_by_pattern(text, max(before + 1, lo, done + 1), after, True)
            done = after
        elif hyphens[end - base] == _HYPHEN:
            at_start, after_gap = _PLAIN_WORDS
            t = at_start.match(text, 0, hi) if start == 0 else after_gap.match(text, start - 1, hi)
            if t is not None:
                done = t.end()
                if t.group(1).lower() in _PAST_OR_SHARED:
                    found.append((t.group(1), start, done))
        else:
            word = text[start:end]
            if word[1:].islower() and word.lower() in _PAST_ALONE:
                found.append((word, start, end))
    return found


def verb_cues(layout: Layout, lo: int, hi: int, lowered: str | None = None) -> list[Cue]:
    """The tense cues of text[lo:hi] in order: auxiliaries, modals and past forms, without passive
    participles, adjectives and month names. ``lowered`` is the text folded to lower case, if known."""
    text = layout.text
    if lowered is not None and layout.plain:
        spaced, hyphens = _spaced(lowered, lo, hi)
        words = spaced.split()
        spans = _plain_cue_spans(lowered, lo, hi, spaced, words)
        past = _plain_past(text, lo, hi, spaced, hyphens, words)
    else:
        spans = _cue_spans(text, lo, hi, lowered, layout.plain)
        past = _past_by_pattern(text, lo, hi, layout.plain)
    out: dict[int, Cue] = {}
    for start, end, future in spans:
        w = text[start:end]
        if w == "May" or (w.lower() in WEAK and MODAL_PERFECT.match(text, end)):
            continue  # "May" the month; "could have" is about the past, says little
        if not future and _after(_PARTICIPLE_AFTER, layout, lo, start):
            continue
        if future and w.split()[0].lower().endswith("s") and _after(_ADJ_AFTER, layout, lo, start):
            continue  # "their offers to acquire", "the plans to build": nouns, not verbs
        if w.lower() == "last" and (
            _after(_ADJ_AFTER, layout, lo, start)
            or _last_of_a_kind(text, end)
            or _infinitive(text, lo, start)
            or _last_thing(text, end)
        ):
            # "his last concert", "the last word", "last train is at 11": the final one, no tense; "expected
            # to last until Thursday": the verb "last" in the infinitive, which tells no time of its own
            continue
        if w.lower() == "next" and _after(_ADJ_AFTER, layout, lo, start):
            # "the next round", "its next meeting", "the next day": the one after in a sequence, no tense;
            # "next week", "next Monday" (no determiner) look ahead from the time of writing.
            continue
        if future and w.lower() == "could" and _NEGATIVE_BEFORE.search(text, max(lo, start - _NEGATIVE_REACH), start):
            future = False  # "Neither he nor his aides could be reached Wednesday": what could not be done, tried
        out[start] = Cue(start, w, future)
    taken = {i for c in out.values() for i in range(c.start, c.start + len(c.word))}
    for word, start, end in past:
        if start in taken:
            continue
        if word not in PAST_FORMS and not _past_by_its_subject(layout, lo, start, end):
            continue  # "cut", "set", "hit": the present as well, unless a singular subject says otherwise
        if word[0].isupper() and not _opens_clause(text, start):
            continue  # "United", "Limited": part of a name
        if word == "got" and _HAVE_GOT_BEFORE.search(text, max(lo, start - _DAY_CUE_REACH), start):
            continue  # "ive got the dentist on friday", "anyone got a ticket for sat?": having, no past
        if text[end + 1 : end + 2] in _AHEAD_FIRST and _AHEAD_AFTER.match(text, end):
            continue  # "schools closed tomorrow", "match cancelled next week": a participle, the copula left out
        if word in _NOTICE_STATES and _opens_clause(text, start) and _NOTICE_DAY_AFTER.match(text, end):
            continue  # "closed sunday, back monday", "Shut Mon & Tues": a notice's state, no subject, no past
        if (
            word in _FEELINGS
            and _DEGREE_OR_BEING_BEFORE.search(text, max(lo, start - _DEGREE_REACH), start)
            and not _FELT_BY_AFTER.match(text, end)
        ):
            continue  # "so excited", "really worried", "feeling stressed": an adjective of a state now
        if (
            word in _BOOKED
            and _NO_OBJECT_AFTER.match(text, end)
            and not SUBJECT_PRONOUN_BEFORE.search(text, max(lo, start - _DAY_CUE_REACH), start)
        ):
            continue  # "dec 12 flight booked", "hotel sorted!": a participle of a thing done, "is" left out
        if word in _DAY_ABBREVIATIONS and (
            _DAY_NUMBER_AFTER.match(text, end)
            or _DAY_CUE_BEFORE.search(text, max(lo, start - _DAY_CUE_REACH), start)
            or _CLOCK_BEFORE_A_DAY.search(text, max(lo, start - _DAY_CUE_REACH), start)
            or PARTING_BEFORE.search(text, max(lo, start - _PARTING_REACH), start)
            or (
                (
                    AT_AN_HOUR_AFTER.match(text, end)
                    or _HOURS_RANGE_AFTER.match(text, end)
                    or other_day_of_a_list(text, start, end, lo) is not None
                )
                and not SUBJECT_PRONOUN_BEFORE.search(text, max(lo, start - _DAY_CUE_REACH), start)
            )
        ):
            # "sat 16th", "on Sat", "see you sat", "sat at 2", "sat 10-4", "lie in sat, football sun": the day,
            # not the verb
            continue
        if (
            _may_qualify(layout, lo, start)
            and (_after(_PARTICIPLE_AFTER, layout, lo, start) or _after(_ADJ_AFTER, layout, lo, start))
            and not _verb_after_that(text, lo, start, end)
        ):
            continue  # "will be held", "the expanded plant": the auxiliary or the noun decides
        if (
            text.find("with", max(lo, start - _WITH_REACH), start) >= 0
            and layout.search(_WITH_ABSOLUTE_BEFORE, max(lo, start - _WITH_REACH), start) is not None
        ):
            continue  # "with rain expected from Friday", "with the vote scheduled for Monday": no tense
        out[start] = Cue(start, word, False)
    return [out[k] for k in sorted(out)]


# A negative subject before "could", which then tells what could not be done, as "could not" does: "Neither
# he nor his aides could be reached", "No one could be found".
_NEGATIVE_BEFORE = re.compile(r"\b(?i:neither|nor|no\s+one|nobody|none)\b[^.;:!?]*$")
_NEGATIVE_REACH = 60
# A singular subject right before a verb: a name, or "he", "she", "it" (a noun phrase is read by
# ``NOUN_PHRASE_BEFORE``).
_NAME_OR_PRONOUN_BEFORE = re.compile(r"(?:\b[A-Z][\w&'’.-]*|\b(?i:he|she|it))\s+$")
# What may open the object of a verb right after it ("cut rates", "hit the coast", "set a record", "cut 300
# jobs"), where a noun compound goes on with a preposition ("a rate cut in December").
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our|this|these|those)\b|\d|(?P<noun>[a-z]+s)\b)")


# Before such a subject, what makes the verb a bare infinitive or a question in the present: "would help the
# city cut costs by March", "let the market set the price", "if the Fed cut rates", "does the bank cut".
_BARE_INFINITIVE_BEFORE = re.compile(
    r"\b(?i:let|lets|letting|make|makes|making|made|help|helps|helping|helped|have|has|having|see|sees|seeing|"
    r"watch|watches|should|would|will|could|can|may|might|must|does|do|if|unless|whether)\s+$"
)


def _past_by_its_subject(layout: Layout, lo: int, start: int, end: int) -> bool:
    """Whether a base form that is its own past ("cut", "hit", "set", "put") is the past here: after a
    singular subject its present would take an -s ("The Fed cut rates", "The storm hit the coast", "He put
    the house up for sale"), and an object follows, which a noun compound ("a rate cut in December") lacks."""
    if layout.text[start].isupper():
        return False
    obj = _OBJECT_AFTER.match(layout.text, end)
    if obj is None or (obj["noun"] is not None and (obj["noun"] not in PLURAL_NOUNS or obj["noun"] == "does")):
        return False
    text = layout.text
    m = NOUN_PHRASE_BEFORE.search(text, layout.words_back(start, NOUN_PHRASE_WORDS, lo), start)
    if m is not None:
        words = m["words"].split()
        if any(x in NOT_IN_A_NOUN_PHRASE or x in PAST_FORMS for x in words) or words[-1] in PLURAL_NOUNS:
            return False
    else:
        m = _NAME_OR_PRONOUN_BEFORE.search(text, layout.words_back(start, 1, lo), start)
        if m is None or m.group().strip().lower() in PLURAL_NOUNS:
            return False
    return not _BARE_INFINITIVE_BEFORE.search(text, layout.words_back(m.start(), 1, lo), m.start())


# A shop's notice of when it is shut, the state opening its clause with no subject and a weekday after it
# ("open sat 10-4, closed sun", "Closed Monday for staff training"): no past, a day of the coming week.
_NOTICE_STATES = frozenset({"closed", "Closed", "CLOSED", "shut", "Shut"})
_NOTICE_DAY_AFTER = re.compile(
    rf"\s+(?:(?:on|all|from|till|until)\s+)?(?:{WEEKDAY_OR_SHORT_LOWER})s?\b",
    re.IGNORECASE,
)


# A day still to come right after a past form: no past tense can govern it, so the form is a participle
# whose "is" or "are" was left out, as headlines and posts leave it out.
_TOMORROW_WORDS = sorted(en.DAY_WORD_SPELLINGS["tomorrow"], key=lambda w: (len(w), w))
# The first letters of those words: most past forms are followed by none of them, and skip the pattern.
_AHEAD_FIRST = frozenset({*(w[0] for w in _TOMORROW_WORDS), "n", "N", "T"})
_AHEAD_AFTER = re.compile(
    rf"\s+(?:{'|'.join(reversed(_TOMORROW_WORDS))}|next\s+(?:week|wk|month|year|weekend|wknd|"
    rf"{'|'.join(w.lower() for w in en.WEEKDAYS)}))\b",
    re.IGNORECASE,
)


_BOOKED = frozenset(en.BOOKED_FORMS)
_FEELINGS = frozenset(en.FEELING_PARTICIPLES)
# A word of degree or of being right before a participle of feeling: the participle is an adjective.
_DEGREE_OR_BEING_BEFORE = re.compile(
    r"(?:\b(?:so+|very|too|really|rly|super|proper|quite|bit|extremely|incredibly|absolutely|totally|more|most|"
    r"feeling|feel|getting|get|am|are|im|be)|['’]m|['’]re)\s+$",
    re.IGNORECASE,
)
_DEGREE_REACH = 14
# An object right after it makes the participle a verb again: "it really worried me", "so annoyed the neighbours".
_FELT_BY_AFTER = re.compile(r"\s+(?:me|us|him|her|them|you|it|everyone|everybody|the|a|an|my|his|their|our|your)\b",
                            re.IGNORECASE)  # fmt: skip
# The end of a clause (a stop, an emoji, the end of the text) or "for" and its date, right after a verb.
_NO_OBJECT_AFTER = re.compile(r"\s*(?:$|[^\w\s'’]|for\s)")


# Weekday abbreviations that are also past forms ("sat", "wed"), and what makes them the day: a day of the
# month or a part of the day after ("sat 16th", "sat night"), or a word of the calendar before.
_DAY_ABBREVIATIONS = frozenset({"sat", "wed", "Sat", "Wed"})
# Also a clock time ("sat 6am") or another day of a list ("sat or sun", "sat/sun").
_DAY_NUMBER_AFTER = re.compile(
    rf"\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(en.PARTS_OF_DAY)}|\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m)\b"
    rf"|{LISTED_DAY_AFTER}",
    re.IGNORECASE,
)
# Or a range of opening hours, nothing counted after it ("open sat 10-4", "wed 7-9 at the hall"; not "i sat
# 2-3 hours").
_HOURS_RANGE_AFTER = re.compile(
    r"\s+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[-–]\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?![\w.:/%-])"
    r"(?!\s*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|times?|[a-z]+s\b))",
    re.IGNORECASE,
)
_DAY_CUE_BEFORE = re.compile(
    rf"(?:{WEEKDAY_CUE}|{LISTED_DAY_BEFORE})$",
    re.IGNORECASE,
)
# Another day of a list of days each with its own thing ("lie in sat, football sun").
_DAY_BY_DAY_AFTER = re.compile(DAY_BY_DAY_AFTER)
_DAY_BY_DAY_BEFORE = re.compile(rf"{DAY_BY_DAY_BEFORE}$")


def other_day_of_a_list(text: str, start: int, end: int, lo: int = 0) -> int | None:
    """Where the other day of a list of days each with its own thing starts ("sat sunny, sun cloudy", "lie in
    sat, football sun"), for the day word at text[start:end]: the item after it, or the one before (across the
    comma that ends a clause: read from the text, from ``lo`` at the most). None where it is no such list's."""
    after = _DAY_BY_DAY_AFTER.match(text, end)
    if after is not None:
        return after.start("day")
    before = _DAY_BY_DAY_BEFORE.search(text, max(lo, start - DAY_BY_DAY_REACH), start)
    return None if before is None else before.start()


# A clock time or the end of a range of them right before: "car boot sale 8-12 sat", "10am sat", "gig 8pm wed".
_CLOCK_BEFORE_A_DAY = re.compile(r"(?<![\w.,])\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?\s+$", re.IGNORECASE)
# How far back ``_DAY_CUE_BEFORE`` may begin: "Wednesday, " is the longest.
_DAY_CUE_REACH = 14
# A parting names the day of the next meeting ("see you sat", "cya wed"), and "at" and an hour after a short
# weekday make it the day of a plan ("sat at 2?", "wed @ 7"), unless a subject makes it the verb ("i sat at 9").
PARTING_BEFORE = re.compile(r"\b(?:see\s+(?:you|u|ya|yall|y['’]all|you\s+all|everyone)|cya|laters)\s+$", re.IGNORECASE)
AT_AN_HOUR_AFTER = re.compile(
    r"\s+(?:at|@)\s*(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?(?![\w:/%-])(?!\.\d)(?!\s+[a-z]+s\b)",
    re.IGNORECASE,
)
_PARTING_REACH = 20
# Before "got", what makes it "have got", having, in the present: "have", "'ve", "has", "'s", or the subject of
# a question that leaves "has" out ("anyone got a spare charger?").
_HAVE_GOT_BEFORE = re.compile(
    r"(?:\b(?:have|has|ive|weve|youve|theyve|anyone|anybody|someone|somebody|everyone)|['’](?:ve|s))\s+$",
    re.IGNORECASE,
)
SUBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:i|he|she|we|they|it|you|who|which|that)\s+$", re.IGNORECASE)


# A participle's auxiliary or an adjective's determiner is at most this many words before it ("is
# newly opened", "the still unnamed").
_FORM_WORDS = 3


# What follows a past form that is a verb, not an adjective before a noun: a preposition, an article, a mark,
# a day ("that collapsed Tuesday").
_VERB_NOT_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?]|(?:on|in|at|until|till|through|by|from|to|for|with|into|over|after|before|during|since|"
    r"the|a|an|its|his|her|their|our|up|down|out|off|away|back|late|early|earlier|overnight|last|this|"
    rf"yesterday|{'|'.join(en.WEEKDAYS)})\b)",
    re.IGNORECASE,
)
_THAT_BEFORE = re.compile(r"(?<![\w'’])(?i:that)\s+$")


def _verb_after_that(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the past form at text[start:end] right after "that" is a verb whose subject "that" is (a relative
    pronoun: "a meeting that ran until midnight on Wednesday", "the bridge that collapsed on Tuesday"; or a
    pronoun: "that changed in March"), not an adjective after the determiner ("that expanded plant"): a
    preposition, an article or a mark follows it, no noun."""
    return _THAT_BEFORE.search(text, max(lo, start - 6), start) is not None and (
        _VERB_NOT_NOUN_AFTER.match(text, end) is not None
    )


def _may_qualify(layout: Layout, lo: int, pos: int) -> bool:
    """A cheap first test before the patterns: could the word before ``pos`` be one that makes a past
    form a participle or an adjective? (Most words cannot, and the patterns are dearer.)"""
    w = layout.text[layout.words_back(pos, 1, lo) : pos].rstrip().lower()
    return w in AUXILIARIES or w in DETERMINERS or w in BETWEEN_BE_AND_PARTICIPLE or w.endswith(("ly", "'s", "'re"))


def _after(pattern: re.Pattern[str], layout: Layout, lo: int, pos: int) -> bool:
    """Whether ``pattern`` (anchored at its end) matches the words right before ``pos``; an adverb it
    allows in between must be an adverb, not a noun that ends like one ("the family gathered")."""
    m = layout.search(pattern, layout.words_back(pos, _FORM_WORDS, lo), pos)
    return m is not None and not (m.group("adv") and m.group("adv").lower() in LY_NOUNS)


def _opens_clause(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?;:,\"'`(\n"


# A longer noun phrase as the subject: a determiner or a possessive, then up to three adjectives or nouns
# ("its chief executive presents", "the city's new mayor takes", "Acme's chief financial officer unveils").
# Read over the few words before the verb only; the words between must be no verb or function word. A code
# of capitals and digits is such a word too ("the G20 summit opens", "the F1 season ends").
NOUN_PHRASE_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?i:the|a|an|its|his|her|their|our)|(?<![\w'’])[A-Za-z][\w&.-]*['’]s)"
    r"(?P<words>(?:\s+(?:[a-z][a-z-]*|[A-Z]+\d[\w-]*)){1,3})\s+$"
)
# How many words back such a subject may begin (the determiner and three words).
NOUN_PHRASE_WORDS = 4
# Words that cannot stand inside such a subject: it would be a clause, not a noun phrase ("the team
# played well and wins", "the man who leads").
NOT_IN_A_NOUN_PHRASE = frozenset(
    {"and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "than", "not",
     "also", "then", "now", "still", "who", "which", "that", "when", "where", "will", "would", "can", "could",
     "may", "might", "must", "should", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did"}
)  # fmt: skip

# The tense of a clause that tells, in the past, of a plan for a time after it was made (future in the
# past): the date it governs is the nearer of its two candidates, before or after the time of writing.
NEAREST = "nearest"
