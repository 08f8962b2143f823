"""Surface grammar: text -> candidate time expressions, in one regex pass.

Every kind of expression is one regular expression with named groups, built from the lexicon at
import time. The kinds are joined, in priority order, into one master alternation that is scanned once
over the text; the kind that matched is then re-matched alone (anchored to the span) to read its
groups. Alternation order matters: at a given position the first kind that matches wins, so longer,
more specific kinds come first.

Spans follow the TimeBank conventions: prepositions stay outside, a leading "the" is inside when the
expression is the head noun phrase, hyphenated tokens are all in or all out (no span boundary inside
a token), "ago"/"earlier" are inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from service.temporal.lexicon import en


def _alt(words) -> str:
    """Regex alternation of literal words, longest first so that prefixes never shadow words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Token boundaries: a span never starts or ends inside a word or a hyphenated token.
L = r"(?<![\w'’-])"
LH = r"(?<![\w’-])"  # allows a leading apostrophe ("'90s")
R = r"(?![\w-])"

_MONTH_FULL = _alt(m for m in en.MONTHS if (len(m) > 3 and m != "Sept") or m == "May")
_MONTH_ABBR = _alt(m for m in en.MONTHS if (len(m) <= 3 or m == "Sept") and m != "May")
MONTH = rf"(?:(?:{_MONTH_FULL}){R}|(?:{_MONTH_ABBR})(?:\.|{R}))"
WEEKDAY = rf"(?:{_alt(en.WEEKDAYS)}){R}"
# "Tue, 5 Nov", "Thurs. Nov. 7": an abbreviated weekday, only ever read right before a written date.
WEEKDAY_ABBR = rf"(?:{_alt(en.WEEKDAY_ABBREVIATIONS)})(?:\.|{R})"
HOLIDAY = _alt(en.HOLIDAYS)
MONTH_FULL_NAME = _alt(m for m in en.MONTHS if len(m) > 3 or m == "May")
_ORD_WORDS = _alt(en.ORDINALS)
_DAY_CORE = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)|(?i:{_ORD_WORDS}))"
DAY = rf"{_DAY_CORE}{R}"
# The first day of a range may be followed by the hyphen: "Nov 12-14", "12-14 November".
_DAY_OPEN = rf"{_DAY_CORE}(?!\w)"
_CARD_UNITS = _alt(en.UNITS_WORDS)
_CARD_TENS = _alt(en.TENS_WORDS)
_DIGIT_WORDS = _alt(list(en.UNITS_WORDS)[1:10])
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
YEAR = rf"(?:{YEAR4}(?![\d,.]\d)|(?i:{SPELLED_YEAR}))"
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+\s*[½]|(?i:{NUMWORD})(?:\s+and\s+a\s+half)?"
    rf"|(?i:a|an|one)(?:\s+and\s+a\s+half)?|(?i:a\s+half))"
)
_UNIT_SG = _alt(u for u in en.UNITS if u != "weekend")
_UNIT_PL = _alt(p for p, s in en.UNIT_PLURALS.items() if s != "weekend")
UNIT = rf"(?i:{_UNIT_PL}|{_UNIT_SG}){R}"
UNIT_SG = rf"(?i:{_UNIT_SG}){R}"
UNIT_PL = rf"(?i:{_UNIT_PL}){R}"
SEASON = rf"(?i:{_alt(en.SEASONS)}){R}"
PART = rf"(?i:{_alt(en.PARTS_OF_DAY)}){R}"
VAGUE = rf"(?i:{_alt(en.VAGUE_QUANT | en.COUPLE_WORDS)})"
QMOD = rf"(?i:{_alt(en.QUANT_MODS)})"
PREMOD = (
    # "early-2025", "end-March": the hyphenated wire style is one token, modifier inside.
    r"(?i:early-?|late-?|mid-?|end-|the\s+(?:early|late|mid-?)|(?:the\s+)?middle\s+of|the\s+(?:beginning|start|end|close)\s+of)"
)
# A zone with an optional UTC offset: "ET", "CET", "GMT+1", "UTC+05:30".
ZONE = rf"(?:{_alt(en.TIME_ZONES)})(?:[+−-]\d{{1,2}}(?::?[0-5]\d)?)?{R}"
FISCAL_PREFIX = rf"(?:{_alt(en.FISCAL_YEAR_PREFIXES)})"
REL = rf"(?i:{_alt(en.REL_DETERMINERS)})"
POSTMOD = rf"(?i:{_alt(en.POST_MODS)})"
_ORDQ = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
DEICTIC = rf"(?i:{_alt(en.DAY_DEICTICS)}){R}"

_AMPM = r"(?i:a\.m\.|p\.m\.|am(?![\w-])|pm(?![\w-]))"
_KINDS: list[tuple[str, str]] = [
    # "10am-2pm", "9.30-11am", "10 a.m.-noon": two clock times, split in two by resolve (TimeBank splits
    # ranges, the connector outside). The first may borrow the second's am/pm.
    (
        "clockrange",
        rf"{L}(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<mi1>[0-5]\d))?\s*(?P<ap1>(?i:a\.m\.|p\.m\.|am|pm))?"
        rf"(?P<sep>\s*[-–]\s*)(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<mi2>[0-5]\d))?\s*(?P<ap2>{_AMPM})"
        rf"(?:\s*(?P<zone>{ZONE}))?",
    ),
    # Clock times, optionally with a zone and the day: "5 p.m. EST Nov. 9", "10 p.m. Wednesday".
    (
        "clock",
        rf"{L}(?P<qmod>(?i:about|around|approximately)\s+)?"
        # "10.30am" (UK) only with am/pm: a bare "10.30" is a number.
        rf"(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|am{R}|pm{R}))"
        rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d){R}|(?P<noon>(?i:{_alt(en.CLOCK_WORDS)})){R}"
        # Wire style 24-hour clock: "2017 GMT Friday" is 20:17, not the year 2017.
        rf"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*(?:{ZONE})))"
        rf"(?:\s*(?P<zone>{ZONE}))?"
        rf"(?P<day>,?\s+(?:{WEEKDAY}|(?i:today|yesterday|tomorrow){R}|{MONTH}\s*{DAY}(?:,?\s+{YEAR})?))?",
    ),
    ("iso", rf"{L}(?P<y>{YEAR4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?{R}"),
    # Year first: "2024/11/05", "2024.11.05" (East Asian and some European styles).
    ("ymd", rf"{L}(?P<y>{YEAR4})[/.](?P<m>1[0-2]|0?[1-9])[/.](?P<d>3[01]|[12]\d|0?[1-9])(?![\w/-])(?!\.\d)"),
    # Numeric dates: "11/5/2024", "25/11/2024", "05-11-2024" (which number is the month is decided in
    # resolve), day.month.year with dots. A dashed date needs a four-digit year: "3-1-20" is no date.
    (
        "slash",
        rf"{L}(?:(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>\d{{4}}|\d\d)"
        rf"|(?P<a2>3[01]|[12]\d|0?[1-9])-(?P<b2>3[01]|[12]\d|0?[1-9])-(?P<y2>{YEAR4}))(?![\w/-])(?!\.\d)",
    ),
    ("dotted", rf"{L}(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>\d{{4}})(?![\w-])(?!\.\d)"),
    # A season or fiscal year written as two consecutive years: "2019/20", "2024-25", "FY2024-25".
    (
        "year_pair",
        rf"{L}(?P<fy>{FISCAL_PREFIX}\s?)?(?P<y1>{YEAR4})(?:/|-|–)(?P<y2>{YEAR4}|\d\d)(?![\w/-])(?![.,]\d)",
    ),
    # "FY2024", "FY24", "FY 2024": a fiscal year, kept as its number like "fiscal 1989".
    ("fiscal_year", rf"{L}(?P<fy>{FISCAL_PREFIX})\s?(?P<y>{YEAR4}|\d\d){R}"),
    # Day ranges within one month: "from 1 to 3 November", "Nov. 1-3, 2024"; split in two by resolve.
    (
        "dayrange",
        rf"{L}(?:(?P<d1>{_DAY_OPEN})\s*(?P<sep1>-|–|(?i:to|and|through|until))\s*(?P<d2>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})"
        rf"|(?P<mon2>{MONTH})\s*(?P<d3>{_DAY_OPEN})\s*(?P<sep2>-|–|(?i:to|and|through|until))\s*(?P<d4>{DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?{R}",
    ),
    # Holidays: "Christmas Eve, 1889", "last Thanksgiving", "Easter 2020", "the Fourth of July".
    (
        "holiday",
        rf"{L}(?P<det>(?i:last|next|this|this\s+past|this\s+coming)\s+)?(?P<name>{HOLIDAY})(?![\w'’-])"
        rf"(?:,?\s+(?P<year>{YEAR4}){R})?",
    ),
    # "the July-September period", "the April-to-June quarter": a span of months named as a period.
    (
        "month_span",
        rf"{L}(?P<the>(?i:the)\s+)(?P<m1>{MONTH_FULL_NAME})\s*(?:-|–|\s(?i:to|through)\s)\s*(?P<m2>{MONTH_FULL_NAME})"
        rf"\s+(?P<head>(?i:period|quarter)){R}",
    ),
    # "Saturday, April 25", "Sept. 30, 1989", "March eighth", "this coming Sunday, March eighth".
    (
        "mdy",
        rf"{L}(?P<wd>(?:(?i:this\s+coming|this|next|last)\s+)?{WEEKDAY},?\s+|{WEEKDAY_ABBR},?\s+)?(?P<pre>{PREMOD}\s+|(?i:around|about)\s+)?"
        rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?{R}(?!\s*%)",
    ),
    (
        "dmy",
        rf"{L}(?P<wd>(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?P<the>(?i:the)\s+)?(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # "August 1988", "June last year", "January this year", "the winter of nineteen ninety-four".
    (
        "month_year",
        rf"{L}(?P<pre>{PREMOD}\s+)?(?P<mon>{MONTH}),?\s+(?:(?i:of)\s+)?"
        rf"(?:(?P<year>{YEAR}|'\d\d){R}|(?P<rel>(?i:this|last|next))\s+(?i:year){R})",
    ),
    (
        "season_year",
        rf"{L}(?P<pre>{PREMOD}\s+|(?i:the)\s+)?(?P<season>{SEASON}),?\s+(?:(?i:of)\s+)?(?P<year>{YEAR}|'\d\d){R}",
    ),
    # Quarters and halves: "the fiscal-first quarter", "this year's third quarter", "the first quarter
    # of 2025", "third-quarter", "the 1988 second quarter", "Q3".
    (
        "quarter",
        rf"{L}(?P<the>(?i:the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?(?P<y1>{YEAR4}\s+)?"
        rf"(?P<fis1>(?i:fiscal)[\s-])?(?P<ord>(?i:{_ORDQ}))[\s-](?P<fis2>(?i:fiscal)\s+)?"
        rf"(?P<unit>(?i:quarters?|half|halves)){R}"
        rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<y2>{YEAR4})|(?P<rel>(?i:this|last|next))\s+(?i:year)){R})?",
    ),
    # "Q3", "Q3 2024", "Q3 FY2024", "1Q25", "Q4'23"; halves "H1 2025", "1H25" (bare "H1" only after a
    # preposition, see resolve).
    (
        "qnum",
        rf"{L}(?:(?i:the)\s+)?(?P<q>[QH][1-4]|[1-4][QH])(?:\s+(?P<y>{YEAR4})|\s*(?P<fy>{FISCAL_PREFIX}\s?(?:{YEAR4}|\d\d)"
        rf"|'\d\d)|(?<=\d[QH])(?P<yy>\d\d))?{R}",
    ),
    # Decades and centuries.
    (
        "decade",
        rf"{LH}(?P<the>(?i:the)\s+)?(?P<pre>(?i:early|late|mid)[\s-]?)?"
        rf"(?:(?P<cent>1\d|20)(?P<dec>\d)0'?s|(?P<short>'\d0'?s)|(?P<word>(?i:{_alt(en.DECADE_WORDS)}))){R}",
    ),
    # "the turn of the century": the century boundary nearest the publication date.
    (
        "turn",
        rf"{L}(?P<the>(?i:the)\s+)?(?i:turn\s+of\s+the)\s+(?:(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))\s+)?"
        rf"(?P<what>(?i:{_alt(en.TURN_WORDS)})){R}",
    ),
    (
        "century",
        rf"{L}(?P<the>(?i:the)\s+)?(?P<pre>(?i:early|late|mid)[\s-]?)?"
        rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))[\s-](?i:century){R}",
    ),
    # "the year-ago quarter", "the comparable year-earlier period", "year-ago".
    (
        "yearago",
        rf"{L}(?P<the>(?i:the|a)\s+(?:(?i:comparable|corresponding|same)\s+)?)?(?i:year-(?:ago|earlier|before))"
        rf"(?P<head>\s+(?:(?i:{_ORDQ})\s+)?(?i:quarter|period|nine\s+months|six\s+months|first\s+half|second\s+half)"
        rf"{R})?",
    ),
    # "the day before", "the week after", "the night before": one unit from the date last mentioned.
    # Only when nothing follows in the clause: "the day before the vote" is "the day" + "before the vote".
    (
        "unit_before",
        rf"{L}(?i:the)\s+(?P<unit>(?i:day|night|morning|evening|week|month|year)){R}\s+"
        rf"(?P<dir>(?i:before|after|earlier)){R}(?=\s*(?:[,.;:!?)]|$))",
    ),
    ("yearend", rf"{L}(?P<pre>(?i:around|about)\s+)?(?i:year[\s-]end|year's\s+end){R}"),
    # "N units ago", "a year earlier", "two weeks later" (kept or not by the engine), "a week or so ago".
    (
        "ago",
        rf"{L}(?P<qmod>{QMOD}\s+)?(?P<num>{NUM}|{VAGUE})\s+(?P<unit>{UNIT})(?P<post>\s+{POSTMOD})?"
        rf"\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence)){R}",
    ),
    ("vague_ago", rf"{L}(?P<unit>(?i:years|months|weeks|days|decades)){R}\s+(?i:ago){R}"),
    # Anaphoric or deictic unit: "the following day", "that year", "this coming Sunday", "last week",
    # "earlier this month", "the end of this week", "this past spring", "late last year".
    (
        "rel",
        rf"{L}(?P<pre>{PREMOD}\s+|(?i:earlier|later|sometime|some\s+time)\s+|(?i:around|about)\s+)?"
        rf"(?P<det>{REL})\s+(?P<fis>(?i:fiscal)\s+)?"
        rf"(?P<head>{UNIT_SG}|(?i:weekend|term|period){R}|{WEEKDAY}|{MONTH}|{SEASON}|(?i:{_alt(en.PARTS_OF_DAY)}){R})"
        rf"(?!\s+(?i:or\s+two))(?!\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year){R})(?P<post>\s+{POSTMOD})?",
    ),
    # Durations: "the past five years", "the first nine months", "two-year", "2 1/2 years",
    # "at least 20 more years", "two to three weeks", "the next 12 to 18 months", "a minute and a half".
    (
        "duration",
        rf"{L}(?P<qmod>{QMOD}\s+)?(?P<det>(?i:the\s+(?:past|last|next|first|coming|previous|following|latest|"
        rf"final|initial|remaining|same|entire|full|other)|each\s+of\s+the\s+(?:past|last|next)|the)\s+)?"
        rf"(?P<qmod2>{QMOD}\s+)?(?!{YEAR4}[\s-]+(?i:quarter|half|year|period){R})"
        rf"(?P<num>{NUM})(?:\s+(?P<to>(?i:to|or)\s+(?:{NUM})))?(?P<sep>[\s-]+)(?i:more\s+|additional\s+|"
        rf"full\s+|trading\s+|business\s+|calendar\s+|working\s+|straight\s+|consecutive\s+)?"
        rf"(?P<unit>{UNIT})(?![\s-]+old{R})(?P<half>\s+and\s+a\s+half{R})?"
        # "two hours and 15 minutes", "2 hours 51 minutes": one duration.
        rf"(?P<more>\s+(?:(?i:and)\s+)?(?P<num2>\d+|(?i:{NUMWORD}))\s+(?P<unit2>{UNIT}))?"
        rf"(?P<post>\s+{POSTMOD})?",
    ),
    # "half a century", "half an hour".
    ("half_dur", rf"{L}(?P<qmod>{QMOD}\s+)?(?i:half)\s+(?i:an?)\s+(?P<unit>{UNIT_SG})"),
    # "the first week", "the final hour": the opening or closing stretch of something, one unit long.
    ("edge_unit", rf"{L}(?i:the)\s+(?P<edge>(?i:first|final|opening|closing))\s+(?P<unit>(?i:hour|week|month)){R}"),
    (
        "vague_dur",
        rf"{L}(?P<qmod>{QMOD}\s+)?(?P<det>(?i:the\s+(?:past|last|next|coming|first|following))\s+)?"
        rf"(?P<vague>{VAGUE})[\s-]+(?:(?i:more|additional)\s+)?(?P<unit>{UNIT_PL}|(?<=-){UNIT_SG})(?P<post>\s+{POSTMOD})?",
    ),
    # "recent weeks", "coming months", "the weeks ahead", "weeks or months".
    (
        "recent_pl",
        rf"{L}(?P<det>(?i:the\s+)?(?:recent|coming|past|future)\s+)(?P<unit>{UNIT_PL})"
        rf"(?P<and>\s+(?i:and)\s+{UNIT_PL})?",
    ),
    ("ahead_pl", rf"{L}(?i:the)\s+(?P<unit>{UNIT_PL})\s+(?i:ahead|to\s+come){R}"),
    ("or_pl", rf"{L}(?P<unit>{UNIT_PL})\s+(?i:or)\s+{UNIT_PL}"),
    # Bare plural after a preposition of duration: "for years", "within weeks", "in years".
    (
        "bare_pl",
        rf"(?:(?:(?<=\b[Ff]or\s)|(?<=\bin\s))(?P<unit>(?i:years|months|weeks|decades|centuries))"
        rf"|(?<=\bwithin\s)(?P<wunit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))){R}"
        rf"(?!\s+(?i:ago|old))(?!\s+of\s+(?!\w+ing\b))",
    ),
    # Sets: "every week", "each Thursday", "twice a year", "annually", "Tuesday nights".
    (
        "set",
        rf"{L}(?:(?P<each>(?i:every|each))\s+(?:(?P<num>{NUM}|other)\s+)?"
        rf"(?P<head>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|(?i:weekend|morning|afternoon|evening|night){R})"
        rf"|(?P<times>(?i:once|twice|thrice|(?:{NUMWORD}|\d+)\s+times))\s+(?i:a|an|per|each|every)\s+(?P<unit2>{UNIT_SG}))",
    ),
    ("freq", rf"{L}(?P<adv>(?i:{_alt(en.FREQ_ADVERBS)})){R}"),
    (
        "wd_plural",
        rf"{L}(?:(?<=\b(?:on|at)\s)(?P<we>(?i:weekends)){R}|(?P<wd>(?:{_alt(en.WEEKDAYS)})s)(?:\s+(?P<part>(?i:mornings|afternoons|evenings|nights)))?"
        rf"|(?P<wd1>{_alt(en.WEEKDAYS)})\s+(?P<part1>(?i:mornings|afternoons|evenings|nights))){R}",
    ),
    # Day deictics with parts of day: "yesterday", "late yesterday", "this morning", "last night",
    # "tomorrow afternoon", "mid-afternoon yesterday".
    (
        "deictic",
        rf"{L}(?P<pre>(?i:early|late|earlier|later|mid-?)\s*)?(?P<word>{DEICTIC})"
        rf"(?:\s+(?P<part>{PART}))?",
    ),
    (
        "part_deictic",
        rf"{L}(?P<pre>(?i:early|late|earlier|later)\s+)?(?P<part>{PART})\s+(?P<word>{DEICTIC}|{WEEKDAY})",
    ),
    # A part of the publication day on its own: "by mid afternoon", "overnight losses".
    ("lone_part", rf"{L}(?P<part>(?i:mid[\s-]?afternoon|mid[\s-]?morning|overnight)){R}"),
    # "at dawn", "before sunrise", "by nightfall" (the preposition is checked in resolve).
    ("lone_dawn", rf"{L}(?P<part>(?i:{_alt(en.LONE_PARTS_OF_DAY)})){R}(?!\s+(?i:of){R})"),
    ("this_part", rf"{L}(?P<pre>(?i:early|late|earlier|later)\s+)?(?P<det>(?i:this|last|the))\s+(?P<part>{PART})"),
    (
        "weekday",
        rf"{L}(?P<pre>(?i:early|late|earlier|later|mid-?)\s*)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?",
    ),
    # Months: "mid-November", "early September", "the end of November", "the middle of October".
    ("month", rf"{L}(?P<pre>{PREMOD}\s*)?(?P<mon>{MONTH})(?!\s*\d)"),
    ("season", rf"{L}(?P<pre>{PREMOD}\s+|(?i:the)\s+)?(?P<season>{SEASON})"),
    # Years: "1998", "fiscal 1989", "mid-1996", "the year two thousand", "1994 or later", "'98".
    (
        "year",
        rf"{L}(?<![$£€#¥]){L}(?P<pre>{PREMOD}\s*|(?i:the\s+end\s+of\s+))?(?P<fis>(?i:fiscal|calendar|the\s+year|"
        rf"the\s+fiscal\s+year|model\s+year)\s+)?(?P<y>{YEAR}){R}(?![.,]\d)(?!\s*(?:%|(?i:percent|per\s+cent)))"
        rf"(?P<post>\s+(?i:or\s+later|and\s+beyond|or\s+earlier))?",
    ),
    # Period nouns: "the quarter", "the latest period", "the full year", "the 1988 period", "the year".
    (
        "period",
        rf"{L}(?P<pre>{PREMOD}\s+|(?i:earlier|later)\s+in\s+)?(?P<det>(?i:the|this|that|a|its)\s+(?:(?i:full|fiscal|calendar|latest|most\s+recent|recent|"
        rf"comparable|corresponding|same|entire|whole|current|flat|first|fiscal-first)\s+)*)(?P<y>{YEAR4}\s+)?"
        rf"(?P<head>(?i:year|quarter|period|month|week|day|fiscal\s+year|morning|afternoon|evening|weekend)){R}"
        rf"(?P<tail>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year){R})?",
    ),
    # REF words: "now", "recently", "the future", "these days".
    ("ref", rf"{L}(?P<ref>(?i:{_alt(en.REF_WORDS)})){R}"),
    ("while", rf"{L}(?i:a\s+(?:little\s+|long\s+|short\s+)?while){R}"),
    ("decade_word", rf"{L}(?i:centuries|decades){R}(?!\s+(?i:ago|of|old))"),
]

# Strip named groups for the master pattern: names must be unique there, and the kind's own pattern
# is re-run on the span to read the groups anyway.
_NAMED = re.compile(r"\(\?P<\w+>")
KIND_PATTERNS: dict[str, re.Pattern[str]] = {name: re.compile(pat) for name, pat in _KINDS}
_DIGIT_FIRST = {"clockrange", "clock", "iso", "ymd", "year_pair", "slash",
                "dotted", "dayrange", "dmy", "decade", "century", "ago", "duration", "qnum",
                "year", "period"}  # fmt: skip
_DIGIT_ONLY = {"clockrange", "iso", "ymd", "slash", "dotted"}
_DIGIT_PREFIX = "d_"  # group names must be unique: the digit branch's copies carry a prefix


def _master(names: list[str], prefix: str = "") -> str:
    return "|".join(f"(?P<{prefix}{name}>{_NAMED.sub('(?:', pat)})" for name, pat in _KINDS if name in names)


# Kinds that can start with a digit are tried apart from the others: a quick test of the first character
# halves the alternatives the regex engine walks at each start position.
_ALL = [name for name, _ in _KINDS]
MASTER: re.Pattern[str] = re.compile(
    LH
    + "(?:(?=[0-9])(?:"
    + _master([n for n in _ALL if n in _DIGIT_FIRST], _DIGIT_PREFIX)
    + ")|(?=[^0-9])(?:"
    + _master([n for n in _ALL if n not in _DIGIT_ONLY])
    + "))"
)


def _trie_regex(words) -> str:
    """A prefix-factored alternation of ``words``: much faster for the regex engine than a flat one."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return emit(trie)


# Head words: every kind of expression contains at least one of these. The master alternation is
# only tried near a head, so the cost of a pass is proportional to the number of heads, not of words.
_HEADS = {
    w.lower()
    for w in [
        *en.MONTHS,
        *en.WEEKDAYS,
        *en.UNITS,
        *en.UNIT_PLURALS,
        *en.SEASONS,
        *en.PARTS_OF_DAY,
        *en.DAY_DEICTICS,
        *en.FREQ_ADVERBS,
        *en.DECADE_WORDS,
        *en.CLOCK_WORDS,
        *en.LONE_PARTS_OF_DAY,
        *en.FISCAL_YEAR_PREFIXES,
    ]
}
_HEADS |= {w.split()[-1] for w in en.REF_WORDS}
_HEADS |= {"noon", "midnight", "term", "period", "nineteen", "eighteen", "seventeen", "thousand", "once",
           "twice", "thrice", "times", "halves", "q", "h", "while",
           "midafternoon", "midmorning", "half", "christmas", "thanksgiving", "easter", "halloween", "eve"}  # fmt: skip
_HEADS |= {w.lower() + "s" for w in en.WEEKDAYS}
TRIGGER: re.Pattern[str] = re.compile(r"(?<!\w)(?:\d|'\d|(?i:" + _trie_regex(sorted(_HEADS)) + r")(?![a-zA-Z]))")
# Words that may open an expression before its head ("the", "early", "at least", "three", ...).
# Only these, digits and heads are tried as start positions.
_LEFT_WORDS = (
    {w.lower() for w in [*en.UNITS_WORDS, *en.TENS_WORDS, *en.ORDINALS, *en.REL_DETERMINERS]}
    | {w.split()[0] for w in [*en.REF_WORDS, *en.QUANT_MODS, *en.PRE_MODS, *en.VAGUE_QUANT, *en.COUPLE_WORDS]}
    | {"the", "a", "an", "its", "each", "every", "per", "early", "late", "mid", "middle", "earlier", "later",
       "sometime", "some", "fiscal", "calendar", "model", "several", "few", "many", "couple", "these", "this",
       "that", "last", "next", "past", "once", "twice", "thrice", "comparable", "corresponding",
       "full", "entire", "whole", "recent", "flat", "hundred", "hundreds", "coming", "future", "half", "no",
       "at", "up", "as", "until", "just", "right", "most", "more", "less", "fewer", "opening", "closing",
       "final"}
    | {w.split()[0].lower() for w in en.HOLIDAYS}
    | {w.lower() for w in en.WEEKDAY_ABBREVIATIONS}
    | _HEADS
)  # fmt: skip
# Words of the text; the digits after a thousands separator or decimal point are not a word start.
_WORD = re.compile(r"(?<![\w'’-])(?<!\d[.,])[\w'’$£€]+")

# How far an expression may reach left of its head: "each of the past three years".
_LEFT_REACH = 40


@dataclass(slots=True)
class Match:
    """A candidate expression: its kind, span and the named groups of its kind's pattern."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


def scan(text: str) -> Iterator[Match]:
    """Yield candidate time expressions left to right, non-overlapping, in one pass over ``text``.

    Equivalent to ``MASTER.finditer`` for expressions that contain a head word (all of them do), but
    the master pattern is only tried at the word starts shortly before each head.
    """
    last_end = 0
    # A start position gives the same result whichever head it is tried for: remember the failures.
    failed: set[int] = set()
    for h in TRIGGER.finditer(text):
        head = h.start()
        if head < last_end:
            continue
        for w in _WORD.finditer(text, max(last_end, head - _LEFT_REACH), head + 1):
            pos = w.start()
            if pos in failed:
                continue
            word = w.group()
            if pos != head and not word[0].isdigit() and word[0] not in "'’" and word.lower() not in _LEFT_WORDS:
                continue
            m = MASTER.match(text, pos)
            if m is None or m.end() <= head:
                failed.add(pos)
                continue
            kind = m.lastgroup
            assert kind is not None
            kind = kind.removeprefix(_DIGIT_PREFIX)
            s, e = m.span()
            sub = KIND_PATTERNS[kind].match(text, s, e)
            yield Match(kind, s, e, sub.groupdict() if sub is not None else {})
            last_end = e
            break
