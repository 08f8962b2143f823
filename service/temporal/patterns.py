"""Regular-expression building blocks of the grammar, made from the lexicon at import time.

Months, weekdays, day numbers, spelled numbers, years, units, modifiers: the pieces from which each kind
of expression in ``grammar.KINDS`` is written, so that a word list is turned into a pattern once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser  # type: ignore[attr-defined]  # the standard library's regex parser
from typing import Any, NamedTuple

from service.temporal.lexicon import en

_Trie = dict[str, "_Trie"]


def alt(words: Iterable[str]) -> str:
    """Regex alternation of literal words (a space stands for any run of white space), that prefers the
    longest word where several match, so that prefixes never shadow words.

    The words are factored by common prefix ("Jan(?:uary)?"): the regex engine then reads each character
    once instead of trying every word in turn, which is most of the cost of a failed match.
    """
    words = list(words)
    trie = _trie(words)
    if _case_twins(trie):
        # Under (?i:...) two branches that differ only in case would both match, and the trie's order
        # of trying them is not longest first: keep the plain alternation there.
        return "|".join(_longest_first(words))
    return _emit(trie)


def alt_branches(words: Iterable[str]) -> list[str]:
    """``alt(words)`` as the branches of its alternation, one for each first letter ("Jan(?:uary)?",
    "Feb(?:ruary)?"): what may follow the alternation can be put at the end of each, where the regex
    engine passes over at once a branch whose first letter is not the text's (it enters a group that
    holds the alternation to try its branches)."""
    words = list(words)
    trie = _trie(words)
    if _case_twins(trie):
        return _longest_first(words)  # as ``alt`` has it
    if "" in trie or not trie:
        return [_emit(trie)]  # the empty word: one branch that may match nothing
    return [(r"\s+" if ch == " " else re.escape(ch)) + _emit(sub) for ch, sub in sorted(trie.items())]


def verbs_of_saying(words: Iterable[str]) -> str:
    """Regex alternation of verbs of saying (``en.SAYING_PAST`` and the like), each followed by the one told
    where it takes one first ("told reporters"), so that what comes next is what was said or when."""
    return "|".join(rf"{w}\s+\w+" if w in en.SAYING_TO_SOMEONE else w for w in words)


def verbs_of_saying_factored(words: Iterable[str], others: Iterable[str] = ()) -> str:
    """``verbs_of_saying`` of ``words``, and ``others`` as they are, factored by common prefix (``alt``): the
    regex engine reads each character once instead of trying every verb in turn. The same strings, tried in
    another order: only for a cue that ends at the expression ("...$"), whose span that order cannot change."""
    words = list(words)
    to_someone = [w for w in words if w in en.SAYING_TO_SOMEONE]
    rest = [*(w for w in words if w not in en.SAYING_TO_SOMEONE), *others]
    return "|".join([*([rf"(?:{alt(to_someone)})\s+\w+"] if to_someone else []), *([alt(rest)] if rest else [])])


def verbs_of_saying_last_words(
    words: Iterable[str], others: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words a match of ``verbs_of_saying_factored(words, others)`` may end with, and those a verb taking
    the one told ends with, a word before the end: for ``clauses.may_follow_words``."""
    words = list(words)
    to_someone = [w for w in words if w in en.SAYING_TO_SOMEONE]
    rest = [*(w for w in words if w not in en.SAYING_TO_SOMEONE), *others]
    return tuple(w.split()[-1].lower() for w in rest), tuple(w.split()[-1].lower() for w in to_someone)


def after_any_word(words: Iterable[str]) -> str:
    """Look-behinds for any of ``words`` (literal, a space standing for one character of white space) right
    before, after a word's start and one character of white space: "(?<=\\b(?:at|by)\\s)|(?<=\\bsince\\s)|...".
    One look-behind for each length of word, as a look-behind must have one width: where none of the words
    is there (most places), the regex engine tries a few look-behinds, not one for each word."""
    by_width: dict[int, list[str]] = {}
    for w in dict.fromkeys(words):
        by_width.setdefault(len(w), []).append(re.escape(w).replace(r"\ ", r"\s"))
    return "|".join(rf"(?<=\b(?:{'|'.join(ws)})\s)" for _, ws in sorted(by_width.items()))


def _trie(words: list[str]) -> _Trie:
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _longest_first(words: list[str]) -> list[str]:
    # Ties of length in the words' own order would make the pattern's text follow a set's iteration
    # order, which moves with the hash seed from one process to the next.
    return [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))]


class FirstWords(NamedTuple):
    """What alternatives of cues may open with (``first_words``): whole first words, each followed by a
    word's end; beginnings of a word, where a class or a repeat comes next; and the alternatives that open
    with neither, as they are."""

    whole: frozenset[str]
    opened: frozenset[str]
    raw: tuple[str, ...]


def first_words(alternatives: Iterable[str]) -> FirstWords | None:
    """The first word of each of ``alternatives`` (what it spells up to its first space, a word's end after
    it), the letters it opens with where a class or a repeat comes first ("p" of "p[a-z]+"), the alternative
    itself where not even a letter does ("\\w+'ll"). Each alternative is a regex of words matched as written,
    without IGNORECASE, that ends where a word ends. None where an alternative is not one this walk can read
    (a flag of its own, a syntax it does not know), or there are none."""
    whole: set[str] = set()
    opened: set[str] = set()
    raw: list[str] = []
    for a in alternatives:
        try:
            parsed = _parser.parse(a)
        except re.error:
            return None
        if parsed.state.flags & ~re.UNICODE:
            return None  # flags of its own (IGNORECASE) that a reader of its words would not share
        w, o, rest = _spell(parsed.data, {""})
        whole |= w | rest  # the alternative ends at a word's end
        if "" in o:
            raw.append(a)
            o.discard("")
        opened |= o
    if not whole and not opened and not raw:
        return None
    return FirstWords(frozenset(whole), frozenset(opened), tuple(raw))


def first_words_ahead(alternatives: Iterable[str]) -> str:
    """A look-ahead that passes wherever one of ``alternatives`` may match (``look_ahead`` of their
    ``first_words``)."""
    return look_ahead(first_words(alternatives))


def look_ahead(first: FirstWords | None) -> str:
    """A look-ahead that passes wherever alternatives may match whose ``first_words`` are ``first``: at one
    of them. Put before an alternation tried at every word of a text, the look-ahead (factored by ``alt``)
    turns away in a few steps the words that open none of its alternatives, where the alternation itself
    enters each alternative that opens with a group and tries them one after another. Empty where
    ``first_words`` could not read them."""
    if first is None:
        return ""
    whole, opened, raw = first
    parts = [*([rf"(?:{alt(whole)})(?![\w'])"] if whole else []), *([alt(opened)] if opened else []), *raw]
    return f"(?={'|'.join(parts)})"


def _spell(items: Any, pending: set[str]) -> tuple[set[str], set[str], set[str]]:
    """What the parsed regex ``items`` spells after each of the ``pending`` beginnings: the first words it
    ends with a space, the beginnings it stops spelling at something other than a letter, and those it
    is still spelling at its end."""
    whole: set[str] = set()
    opened: set[str] = set()
    for op, av in items:
        if not pending:
            break
        name = str(op)
        if name == "LITERAL" and av == ord(" "):
            whole |= pending
            pending = set()
        elif name == "LITERAL":
            pending = {p + chr(av) for p in pending}
        elif name == "IN" and av and all(str(o) == "LITERAL" for o, _ in av):
            pending = {p + chr(c) for p in pending for _, c in av}
        elif name == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            w, o, pending = _spell(av[-1], pending)
            whole, opened = whole | w, opened | o
        elif name == "BRANCH":
            ahead: set[str] = set()
            for branch in av[1]:
                w, o, p = _spell(branch, pending)
                whole, opened, ahead = whole | w, opened | o, ahead | p
            pending = ahead
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] == 0 and av[1] == 1:
            w, o, p = _spell(av[2], pending)
            whole, opened, pending = whole | w, opened | o, pending | p
        elif name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # takes up no character: what it asks is asked again by the alternative
        else:
            opened |= pending
            pending = set()
    return whole, opened, pending


def _case_twins(node: _Trie) -> bool:
    keys = [ch for ch in node if ch]
    return len({ch.lower() for ch in keys}) < len(keys) or any(_case_twins(sub) for sub in node.values())


def _emit(node: _Trie) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    # A word ends here, but a longer one goes on: try the longer first (greedy), as a flat longest-first
    # alternation would.
    return f"(?:{body})?" if "" in node else body


# Token boundaries: a span never starts or ends inside a word or a hyphenated token.
L = r"(?<![\w'’-])"
LH = r"(?<![\w’-])"  # allows a leading apostrophe ("'90s")
R = r"(?![\w-])"

# Those that are no other word are also read in lower case and in capitals ("in june", "IN JUNE").
_MONTH_FULL = alt(
    [
        *(m for m in en.MONTHS if (len(m) > 3 and m != "Sept") or m == "May"),
        *en.LOWER_CASE_MONTHS,
        *(m.upper() for m in en.LOWER_CASE_MONTHS),
    ]
)
_MONTH_ABBR = alt(m for m in en.MONTHS if (len(m) <= 3 or m == "Sept") and m != "May")
MONTH = rf"(?:(?:{_MONTH_FULL}){R}|(?:{_MONTH_ABBR})(?:\.|{R}))"
# Abbreviations in lower case, as posts write them: only right before a day ("dec 3rd", "feb 14").
# "mar" only before a day with an ordinal ending ("mar 3rd"): before a bare number it is a verb ("to mar 3 games").
# ("june" and "july" are whole words: a full stop after them ends the sentence, "the end of june. 4 nights in
# porto", and takes no day after it.)
MONTH_ABBR_LOWER = (
    rf"(?:(?:{alt(m.lower() for m in en.MONTHS if len(m) <= 4 and m not in ('May', 'Mar', 'June', 'July'))})(?:\.|{R})"
    rf"|(?:june|july){R}"
    r"|mar\.?(?=\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])))"
)
# Also "may", "march", "august" in lower case, which the resolvers accept only where syntax makes them months.
MONTH_OR_LOWER = rf"(?:{MONTH}|(?:{alt(en.LOWER_CASE_AMBIGUOUS_MONTHS)}){R})"
# A weekday name is no other word in lower case either ("see you friday").
# And in capitals, as posts shout them ("see u on THURSDAY").
WEEKDAY = rf"(?:{alt([*en.WEEKDAYS, *(w.lower() for w in en.WEEKDAYS), *(w.upper() for w in en.WEEKDAYS)])}){R}"
# "Tue, 5 Nov", "Thurs. Nov. 7", and alone as posts write them, in lower case too ("see u thurs"); the
# resolver decides where one is a day.
WEEKDAY_ABBR = rf"(?:{alt([*en.WEEKDAY_ABBREVIATIONS, *(w.lower() for w in en.WEEKDAY_ABBREVIATIONS)])})(?:\.|{R})"
# A weekday's name or its short form, in lower case for a pattern read without case ("every tues and thurs",
# "closed sun, back monday").
WEEKDAY_OR_SHORT_LOWER = alt(sorted({w.lower() for w in (*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS)}))
# Those of LOWER_CASE_HOLIDAYS in any case too, as posts write them ("MLK day", "Presidents day", "Good friday");
# but an acronym only in capitals or in lower case ("NYE", "nye"; "Bill Nye" is a man).
HOLIDAY = (
    rf"(?:{alt(h for h in en.HOLIDAYS if h not in en.BARE_DAY_NAMES)}"
    rf"|(?i:{alt(h for h in en.LOWER_CASE_HOLIDAYS if not h.isupper())})"
    rf"|{alt(h.lower() for h in en.LOWER_CASE_HOLIDAYS if h.isupper())})"
)
MONTH_FULL_NAME = alt(m for m in en.MONTHS if len(m) > 3 or m == "May")
ORD_WORDS = alt(en.ORDINALS)
# The ordinal of a century, in figures or in words: "the 18th", "the nineteenth".
CENTURY_ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{ORD_WORDS}))"
_DAY_CORE = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)|(?i:{ORD_WORDS}))"
DAY = rf"{_DAY_CORE}{R}"
# The first day of a range may be followed by the hyphen: "Nov 12-14", "12-14 November".
DAY_OPEN = rf"{_DAY_CORE}(?!\w)"
_CARD_UNITS = alt(en.UNITS_WORDS)
# The hours of a twelve-hour clock as words: "four o'clock".
HOUR_WORDS = alt(en.HOUR_WORDS)
_CARD_TENS = alt(en.TENS_WORDS)
_DIGIT_WORDS = alt(list(en.UNITS_WORDS)[1:10])
NUMWORD = (
    rf"(?:(?:{_CARD_UNITS}|{_CARD_TENS}|a)\s+(?:thousand|hundred)|(?:{_CARD_TENS})(?:[\s-](?:{_DIGIT_WORDS}))?"
    rf"|{_CARD_UNITS}|hundreds)"
)
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
# Spelled-out years as read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand".
SPELLED_YEAR = (
    rf"(?:(?:nineteen|eighteen|seventeen)\s+(?:{_CARD_TENS})(?:[\s-](?:{_DIGIT_WORDS}))?"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_CARD_UNITS}))?)"
)
# The era after a year or century: "300 BC", "146 B.C.", "AD 79" (also before), "50 CE".
# The words that tie a year to the story's ("of that year", "the autumn of the same year", "on 3 April of the
# following year"): that one, or the one after or before it.
STORY_YEAR_WORDS = r"(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)"
# Those words right after a day or a feast, with "of" or without ("on 3 April of the following year", "Lady Day
# the following year", "at Michaelmas that year"): the year the day is of, a timex of its own; not "the previous
# year's", which qualifies a noun of its own.
STORY_YEAR_AFTER = re.compile(rf"\s+(?:of\s+)?(?P<w>{STORY_YEAR_WORDS})\s+year\b(?!['’])", re.IGNORECASE)
ERA = r"(?:B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)"
YEAR = rf"(?:{YEAR4}(?![\d,.]\d)|(?i:{SPELLED_YEAR}))"
# "the next hundred years", "the first thousand days": after the word that picks a stretch out of time, a
# hundred or a thousand needs no "a" (alone, "the Hundred Years' War" names a war, not a count).
_BARE_HUNDRED = (
    r"(?:(?<=\b[Nn]ext\s)|(?<=\b[Pp]ast\s)|(?<=\b[Ll]ast\s)|(?<=\b[Ff]irst\s)|(?<=\b[Ff]ollowing\s)"
    r"|(?<=\b[Pp]revious\s)|(?<=\b[Cc]oming\s))(?:hundred|thousand)\b"
)
NUM = (
    # "1,600 years later": a count with thousands separators, as histories write long spans.
    # ("six-and-a-half years", hyphenated as British copy writes it, is "six and a half years".)
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,.]\d)|\d+(?:\.\d+)?(?:\s+\d/\d|\s+(?i:and\s+a\s+half))?|\d+\s*[½]|(?i:{NUMWORD})(?:\s+and\s+a\s+half|-and-a-half)?"
    rf"|(?i:a|an|one)(?:\s+and\s+a\s+half)?|(?i:a\s+half)|{_BARE_HUNDRED})"
)
_UNIT_SG = alt(u for u in en.UNITS if u != "weekend")
_UNIT_PL = alt(p for p, s in en.UNIT_PLURALS.items() if s != "weekend")
_ABBR_SG = alt(a for a, u in en.UNIT_ABBREVIATIONS.items() if u in en.UNITS)
_ABBR_PL = alt(a for a, u in en.UNIT_ABBREVIATIONS.items() if u in en.UNIT_PLURALS)
UNIT = rf"(?:(?i:{_UNIT_PL}|{_UNIT_SG})|{_ABBR_PL}|{_ABBR_SG}){R}"
# Where a count meets its unit with no space between, as posts write them ("3hrs", "45mins", "1hr 50", "2wks"):
# only before the short forms of the units of ``UNIT`` (a digit glued to another word is something else:
# "2day" is today, "5m" millions, "10k" a race, "4th" a day).
# Not after a decimal: "running 49.71sec" reads a stopwatch, a result as "a 49.71 clocking" is.
GLUED_UNIT = rf"(?<=\d)(?<![.,]\d)(?<![.,]\d\d)(?=(?:{_ABBR_PL}|{_ABBR_SG}){R})"
# A year written short with an apostrophe, "'88", "’09", stands alone as a year only where a preposition of
# time governs it ("back in '09", "since '98", "the class of '99") or it closes a pair of years ("1986 and
# '88"): elsewhere an apostrophe before two digits opens a quotation as often ("'30 minutes' notice").
CLIPPED_YEAR = (
    r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\b[Ff]rom\s)|(?<=\buntil\s)|(?<=\btill\s)"
    r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bduring\s)|(?<=\d\sto\s)|(?<=\d\sand\s)|(?<=\d\sor\s))"
    rf"['’]\d\d(?![\w'’-])(?![.,]\d)(?!\s*(?:%|{UNIT}|(?i:percent|per\s)))"
)
UNIT_SG = rf"(?:(?i:{_UNIT_SG})|{_ABBR_SG}){R}"
UNIT_PL = rf"(?:(?i:{_UNIT_PL})|{_ABBR_PL}){R}"
SEASON = rf"(?i:{alt(en.SEASONS)}){R}"
PART = rf"(?i:{alt(en.PARTS_OF_DAY)}){R}"
VAGUE = rf"(?i:{alt(en.VAGUE_QUANT | en.COUPLE_WORDS)})"
QMOD = rf"(?i:{alt(en.QUANT_MODS)})"
# The same before a length of time, but for "about" as the preposition of a word that governs it (see
# ``en.ABOUT_GOVERNORS``): "talking about three days" is the length "three days". (Not for "N units ago": "heard
# about a week ago" is when, told roughly.) Each look-behind is tried only once "about" has matched.
QMOD_OF_LENGTH = (
    r"(?:(?i:about)"
    + "".join(rf"(?<!\b(?i:{w})\s(?i:about))" for w in en.ABOUT_GOVERNORS)
    + rf"|(?i:{alt(m for m in en.QUANT_MODS if m != 'about')}))"
)
PREMOD = (
    # "early-2025", "end-March": the hyphenated wire style is one token, modifier inside.
    # "early in 1941", "late in March": the same modifier, with its preposition inside.
    # "the early months of 1847", "the final weeks of 1916": the edge of the period, in its few units.
    rf"(?i:the\s+(?:{alt(en.EDGE_SPAN_WORDS)})\s+(?:{alt(en.EDGE_SPAN_UNITS)})\s+of|"
    r"(?:early|late)\s+in(?=\s+(?!the\b))|early-?|late-?|mid-?|end-|the\s+(?:early|late|mid-?)|(?:the\s+)?middle\s+of|"
    # "the rest of 1971", "the rest of the year": from the story's point to the end of the period (END).
    r"the\s+(?:beginning|start|end|close|rest)\s+of|(?:beginning|start|end)\s+of(?=\s+(?:the|this|next|last)\s)|"
    # "a good part of 1990", "the better part of last year": most of the period, inside and with no mod.
    r"a\s+good\s+part\s+of|the\s+better\s+part\s+of)"
)
# A zone with an optional UTC offset: "ET", "CET", "GMT+1", "UTC+05:30".
ZONE = rf"(?:{alt(en.TIME_ZONES)})(?:[+−-]\d{{1,2}}(?::?[0-5]\d)?)?{R}"
FISCAL_PREFIX = rf"(?:{alt(en.FISCAL_YEAR_PREFIXES)})"
REL = rf"(?i:{alt(en.REL_DETERMINERS)})"
POSTMOD = rf"(?i:{alt(en.POST_MODS)})"
# An ordinal of rank: a quarter of the year, a weekday or week of a month ("the third", "the 2nd", "the last").
ORDQ = rf"(?:{alt((*en.RANK_ORDINALS, *en.LAST_ORDINALS))})"
DEICTIC = rf"(?i:{alt(en.DAY_DEICTICS)}){R}"

# The day of writing and the next, as written out and as posts spell them ("today", "tonite", "tmrw").
TODAY_OR_TOMORROW = alt(w for word in ("today", "tonight", "tomorrow") for w in en.DAY_WORD_SPELLINGS[word])
# Weekday names and their abbreviations as one plain alternation, longest first, for the patterns around a day
# that ignore case ("Wednesday, ", "sat or sun").
DAY_NAMES = "|".join(sorted({*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS}, key=lambda w: (-len(w), w)))
# Another day joined to a weekday by a comma, "and", "or", "/" or "&": the two are a list of days ("mon, wed
# and fri", "sat or sun", "sat/sun"), the other after it or before it (up to the weekday).
LISTED_DAY_AFTER = rf"\.?\s*(?:,|/|&|\band\b|\bor\b)\s*(?i:{DAY_NAMES})\.?(?![\w'’-])"
LISTED_DAY_BEFORE = rf"(?<![\w'’-])(?i:{DAY_NAMES})\.?\s*(?:,|/|&|\band|\bor)\s*"
# A list of days each with its own thing, one word and a comma apart ("sat sunny, sun cloudy", "rain sat, rain
# sun", "lie in sat, football sun"): the other day after it or before it (up to the weekday). The word between
# is no particle or adverb of a verb nor a determiner ("sat down, sun came out", "sat quietly, sun hats on",
# "sat outside, the sun was out": the verb, then the star).
_ONE_THING = (
    r"(?!(?:there|here|down|up|in|on|out|outside|inside|by|with|around|back|alone|still|the|a|an|my|your|our|his"
    r"|her|their|its|this|that)\b|[a-z]+ly\b)[a-z]+"
)
DAY_BY_DAY_AFTER = rf"(?:\s+{_ONE_THING},\s*|,\s*{_ONE_THING}\s+)(?P<day>(?i:{DAY_NAMES}))(?![\w'’-])"
DAY_BY_DAY_BEFORE = rf"(?<![\w'’-])(?i:{DAY_NAMES})(?:\s+{_ONE_THING},\s*|,\s*{_ONE_THING}\s+)"
# How far back ``DAY_BY_DAY_BEFORE`` may begin: "wednesday football, ".
DAY_BY_DAY_REACH = 32
# A word of time right before a weekday ("on sat", "till wed"), up to the weekday.
WEEKDAY_CUE = rf"\b(?:{'|'.join(en.WEEKDAY_CUE_WORDS)})\s+"

# Also with the last stop left off, as posts write it ("7 p.m tonight").
AMPM = r"(?i:a\.m\.|p\.m\.|a\.m(?![\w.])|p\.m(?![\w.])|am(?![\w-])|pm(?![\w-]))"
# "7p", "9a", "10:30p": am and pm cut to their first letter, as posts write them, right after the number (the
# resolver wants a word of time before a lone hour: "costs 7p" is pence).
AMPM_SHORT = r"(?<=\d)[ap](?![\w'’-])(?!\.\w)"

# Pictographs and symbols that posts put around dates ("exam on the 12th 😬"): an end of the phrase, like a stop.
EMOJI = r"[\u2600-\u27bf\U0001f000-\U0001faff]"
