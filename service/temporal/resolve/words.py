"""Reading the words of a match: month, weekday, day and year numbers, unit names, pre-modifiers
("early", "late") as TIMEX3 mods, and whether a span opens a sentence.
"""

from __future__ import annotations

import re
from datetime import date

from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import VERB_LEMMAS
from service.temporal.numbers import spelled_year

# Lower-case month and weekday names and abbreviations -> month number (1-12), ISO weekday (1-7).
MONTH_NUMBERS = {k.lower(): v for k, v in en.MONTHS.items()}
WEEKDAY_NUMBERS = {k.lower(): v for k, v in en.WEEKDAYS.items()}
_WEEKDAY_ABBR_NUMBERS = {k.lower(): v for k, v in en.WEEKDAY_ABBREVIATIONS.items()}
# "thurs" -> "thursday".
WEEKDAY_ABBREVIATION_NAMES = {
    a: w for a, n in _WEEKDAY_ABBR_NUMBERS.items() for w, k in WEEKDAY_NUMBERS.items() if k == n
}


def weekday_number(s: str) -> int:
    """The ISO weekday a name or abbreviation stands for: "Tue." -> 2."""
    w = s.rstrip(".,").strip().lower()
    return WEEKDAY_NUMBERS.get(w) or _WEEKDAY_ABBR_NUMBERS[w]


def normalise(s: str | None) -> str:
    """Lower case with runs of white space made one space ("" for None), for lexicon look-ups."""
    # str.split() parts at the characters ``\s`` matches and drops them at both ends, in C.
    return " ".join(s.split()).lower() if s else ""


def prefix_mod(pre: str | None) -> str | None:
    """The TIMEX3 mod of a pre-modifier: "early" -> START, "late" -> END, "about" -> APPROX."""
    # "the end of the" (summer): the article of the modified expression says nothing of the mod.
    p = normalise(pre).rstrip("-").strip().removesuffix(" the")
    if not p:
        return None
    if p in ("earlier",):
        return "START"
    if p in ("later",):
        return "END"
    if p in ("around", "about"):
        return "APPROX"
    p = p.removeprefix("the ").strip()
    edge = p.split(" ")
    if len(edge) == 3 and edge[1] in en.EDGE_SPAN_UNITS:
        return en.EDGE_SPAN_WORDS.get(edge[0])  # "the early months of", "the final weeks of"
    return en.PRE_MODS.get(p) or en.PRE_MODS.get("the " + p)


def am_or_pm(am_pm: str | None) -> str:
    """ "am" or "pm" as written ("p.m.", "PM", and the "7p", "9a" of posts), as "am" or "pm"; "" for none."""
    ap = normalise(am_pm).replace(".", "")
    return {"a": "am", "p": "pm"}.get(ap, ap)


def hour_of_am_pm(hour: int, am_pm: str | None) -> int:
    """The 24-hour clock hour of an hour from 1 to 12 and its "am" or "pm" as written ("p.m.", "PM", "Pm",
    "7p"): 12 a.m. is 0 and 12 p.m. is 12; without either, the hour as it stands."""
    ap = am_or_pm(am_pm)
    if ap == "pm":
        return hour % 12 + 12
    if ap == "am":
        return hour % 12
    return hour


# The first hour of the evening: a story told up to a clock time from it on is a story of that night.
EVENING_FROM_HOUR = 18


def hour_of_part_of_day(hour: int, part: str) -> int:
    """The 24-hour clock hour of an hour from 1 to 12 said of a part of the day ("four in the afternoon",
    "every evening at 7"): after noon for the afternoon and evening, and for the night unless the hour is in
    the small hours ("two at night" is 02:00); twelve in the morning is midnight, twelve in the afternoon
    noon."""
    night = part.endswith("night")
    if part.endswith(("afternoon", "evening")) or (night and 5 <= hour < 12):
        return hour % 12 + 12
    return 0 if hour == 12 and part.endswith("morning") else hour


def hour_of_a_bare_hour(hour: int) -> int:
    """The 24-hour clock hour of a bare hour from 1 to 12 that nothing else places: after noon for 1 to 6
    (nobody plans for three in the morning) and as written from 7 to 12."""
    return hour + 12 if hour <= 6 else hour


def month_number(s: str) -> int:
    """The month a name or abbreviation stands for: "Sept." -> 9."""
    return MONTH_NUMBERS[s.rstrip(".").strip().lower()]


# The digits a number written in figures opens with ("3" of "3rd", "21" of "21st").
LEADING_DIGITS = re.compile(r"\d+")


def day_number(s: str) -> int:
    """The day of the month written as a number or ordinal: "3rd", "3", "third" -> 3."""
    s = s.lower()
    if s in en.ORDINALS:
        return en.ORDINALS[s]
    return int(LEADING_DIGITS.match(s).group())  # type: ignore[union-attr]


def year_number(s: str, ref: date) -> int:
    """The year written as digits, "'98" (the century nearest ``ref``) or words; 0 if unreadable."""
    s = s.strip()
    if s.startswith(("'", "’")):
        yy = int(s[1:3])
        y = ref.year // 100 * 100 + yy
        return y - 100 if y > ref.year + 10 else y
    if s[:1].isdigit():
        return int(s[:4])
    return spelled_year(s) or 0


def unit_name(word: str) -> str:
    """The singular unit a word names: "Weeks" -> "week"."""
    w = normalise(word)
    w = en.UNIT_ABBREVIATIONS.get(w, w)
    return en.UNIT_PLURALS.get(w, w)


_SENTENCE_START = re.compile(r"(?:[.!?]\s*|\n\s*)$")


def opens_sentence(text: str, start: int) -> bool:
    """True when ``start`` is the start of the text or of a sentence."""
    return start == 0 or _SENTENCE_START.search(text, max(0, start - 4), start) is not None


# A capitalised word after a time word that makes both part of a name ("The Sunday Times", "Daily Wrap"):
# any capitalised word but another time word ("Sunday November 3", "Monday Morning").
# In capitals, any word in capitals after it: "THE SUNDAY TIMES".
_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
_CAPITALS_WORD_AFTER = re.compile(r"\s+([A-Z]{2,})\b")
_TIME_WORDS = (
    frozenset(MONTH_NUMBERS) | frozenset(WEEKDAY_NUMBERS) | frozenset(en.PARTS_OF_DAY) | frozenset(en.DAY_DEICTICS)
)
# "the" or a possessive right before a capitalised "Today", "Now" or "Tonight": the word names a programme or a
# paper ("the Today programme", "NBC's Today show", "The Now Show", "the Tonight Show"); English puts no
# article before the time these words are.
THE_OR_POSSESSIVE_BEFORE = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")
_NAME_OPENER_BEFORE = re.compile(r"(?:\bthe|©)\s*$", re.IGNORECASE)


def names_a_title(text: str, start: int, end: int, opener_needed: bool = True) -> bool:
    """Whether the capitalised word text[start:end] is part of a name with the capitalised word after it:
    "The Sunday Times", "the Monday Briefing", "© Daily Wrap". With ``opener_needed`` the name must open
    with "the" or "©" (a weekday before a name is usually a date: "on Friday President Lee said")."""
    if not text[start : start + 1].isupper():
        return False
    nxt = (_CAPITALS_WORD_AFTER if text[start:end].isupper() else _NAME_WORD_AFTER).match(text, end)
    if nxt is None or nxt.group(1).lower() in _TIME_WORDS:
        return False
    return not opener_needed or _NAME_OPENER_BEFORE.search(text, max(0, start - 5), start) is not None


# After a time noun, "of" and a name: "the Year of the Four Emperors", "the Night of the Long Knives", "the
# Week of Blood".
_NAME_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_LAST_WORD = re.compile(r"[A-Za-z]+$")


def names_an_event(text: str, start: int, end: int) -> bool:
    """Whether the expression text[start:end], ending in a capitalised time noun that "of" and a capitalised
    word follow, is the name of an event ("the Year of the Four Emperors", "the Night of the Long Knives"),
    not a time: mid-sentence prose writes a plain "year" or "night" in lower case."""
    head = _LAST_WORD.search(text, start, end)
    return (
        head is not None
        and head.group()[0].isupper()
        and not head.group().isupper()
        and _NAME_OF_AFTER.match(text, end) is not None
    )


def lower_case_ambiguous_month(name: str) -> bool:
    """Whether a month name is "may", "march" or "august" written in lower case: another word first."""
    return name in en.LOWER_CASE_AMBIGUOUS_MONTHS


# Words after a modal "may" that the verb table leaves out: "may be", "may not", "may well", "may also".
_MODAL_ADVERBS = frozenset(
    {"be", "have", "do", "not", "well", "also", "never", "still", "just", "even", "already", "soon", "yet"}
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def verb_follows(text: str, end: int, modal: bool = True) -> bool:
    """Whether a lower-case verb (or, after a ``modal``, an adverb a modal takes) follows text[:end]: "may
    [go]", "march [on]" is not, but "may be" is the modal ("august already" is the month: no modal)."""
    nxt = _WORD_AFTER.match(text, end)
    return nxt is not None and (nxt.group(1) in VERB_LEMMAS or (modal and nxt.group(1) in _MODAL_ADVERBS))


# What may follow a phrase that closes its noun phrase: punctuation, the end, or a word that cannot be a noun it
# qualifies ("besieged in 1870–71 and again", "in the early evening the guns fell silent"), where a noun would
# make it the qualifier ("the 1870-71 season", "the late night film").
NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?]|$|\s(?:and|or|but|when|while|as|the|a|an|he|she|it|they|we|his|her|its|their|in|on|at|by|to"
    r"|from|with|during|after|before|until|was|were|had)\b)"
)
