"""Surface grammar: every kind of time expression, each declared once, in priority order.

A kind is one ``Kind``: its regular expression with named groups (written from the building blocks of
``patterns``), its trigger words, whether it may start with a digit, and its resolver. The scanner tries,
at each word start near a trigger, the kinds whose pattern can open there, in this order, and reads the
groups from the match of the first that matches. Order matters: at a given position the first kind that
matches wins, so longer, more specific kinds come first.

Spans follow the TimeBank conventions: prepositions stay outside, a leading "the" is inside when the
expression is the head noun phrase, hyphenated tokens are all in or all out (no span boundary inside
a token), "ago"/"earlier" are inside.
"""

from __future__ import annotations

from service.temporal.kind import Kind, first_words, last_words, words
from service.temporal.lexicon import en
from service.temporal.patterns import (
    AMPM,
    AMPM_SHORT,
    CENTURY_ORD,
    CLIPPED_YEAR,
    DAY,
    DAY_OPEN,
    DEICTIC,
    EMOJI,
    ERA,
    FISCAL_PREFIX,
    GLUED_UNIT,
    HOLIDAY,
    HOUR_WORDS,
    LH,
    MONTH,
    MONTH_ABBR_LOWER,
    MONTH_FULL_NAME,
    MONTH_OR_LOWER,
    NUM,
    NUMWORD,
    ORD_WORDS,
    ORDQ,
    PART,
    POSTMOD,
    PREMOD,
    QMOD,
    QMOD_OF_LENGTH,
    REL,
    SEASON,
    STORY_YEAR_WORDS,
    UNIT,
    UNIT_PL,
    UNIT_SG,
    VAGUE,
    WEEKDAY,
    WEEKDAY_ABBR,
    YEAR,
    YEAR4,
    ZONE,
    L,
    R,
    after_any_word,
    alt,
)
from service.temporal.resolve import (
    ago,
    clock,
    dates,
    day_parts,
    decades,
    durations,
    holidays,
    months,
    periods,
    refs,
    relative,
    schedules,
    seasons,
    sets,
    weekdays,
)

# Units written solid with "long" ("weeklong", "yearlong"), and a unit word inside a hyphenated token.
_SOLID_LONG = ("hour", "day", "week", "month", "year")
_UNIT_WORD = rf"(?i:{alt([*en.UNIT_PLURALS, *en.UNITS])})"

# After a verb of length, a bare plural unit is its object: "took years" (one fixed-width look-behind each).
# (Not "last" after a possessive or "the": "her last years", "the firm's last months" is the adjective.)
_LAST_AS_ADJECTIVE = "".join(rf"(?<!\b(?i:{w})\slast\s)" for w in en.LAST_AS_ADJECTIVE_AFTER) + r"(?<!'s\slast\s)"
_LENGTH_VERBS_BEFORE = "|".join(rf"(?<=\b{v}\s)" + (_LAST_AS_ADJECTIVE if v == "last" else "") for v in en.LENGTH_VERBS)

# The start of a sentence: the text's, a line's, or after a full stop, question or exclamation mark (and a
# closing quote) and a space.
_SENTENCE_OPENING = r"(?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s))"
# Words after which a bare plural unit before "after" or "before" is an uncounted stretch ("only days before").
_BEFORE_A_BARE_STRETCH = "|".join(rf"(?<=\b{w}\s)" for w in en.BEFORE_A_BARE_STRETCH)

# "the second half of the century", "the first half of the decade": the story's century or decade, its edge
# as the mod (a year's halves are H1/H2, the quarter kind's). Only the period kind takes it.
_HALF_OF_THE = r"(?i:the\s+(?:first|second|latter|last)\s+half\s+of)(?=\s+(?i:the\s+(?:decade|century))\b)"

# Words that place plural units after or before a time the story told of: "the following months".
_SEQUEL_WORDS = ("following", "ensuing", "subsequent", "preceding", "intervening")

# A holiday written in lower case (or other than as its name is) with a plain word in its name ("good friday",
# "new year") is plain words after a determiner or an intensifier: "have a good friday", "a new year of
# records", "such a good Friday".
_PLAIN_MAKERS = ("a", "an", "the", "this", "that", "such", "very", "really", "so", "every", "each", "another",
                 "whole", "entire", "brand")  # fmt: skip
# (Written as the name is, "the Good Friday Agreement", it stays the feast's.)
_NOT_PLAIN_WORDS = (
    rf"(?:(?!(?!{alt(en.PLAIN_WORD_HOLIDAYS)}{R})(?i:{alt(en.PLAIN_WORD_HOLIDAYS)}){R})|"
    + "".join(rf"(?<!\b(?i:{w})\s)" for w in _PLAIN_MAKERS)
    + ")"
)

# Not right after a verb in the past (most end in "-ed"; a few common irregular ones, and "guilty" of a verdict):
# what follows such a verb is its object or adverb, not a phrase of its own ("convicted last week of fraud").
_NO_VERB_BEFORE = "".join(
    rf"(?<!{w}\s)" for w in ("ed", "guilty", "spoke", "told", "wrote", "heard", "learnt", "found", "said", "knew")
)

# A stretch of time whose final unit "last ... of" names: "of August", "of the summer", "of term", "of the year".
_A_STRETCH = rf"(?i:(?:the|this|next)\s+)?(?:{MONTH}|{SEASON}|{UNIT_SG}|(?i:term|school|holidays?|half-term){R})"

# "of that year", "of the following year": the story's year, or the one after or before it ("March of
# that year", "the autumn of the same year").
_STORY_YEAR = rf"(?<=of\s)(?P<story>{STORY_YEAR_WORDS})\s+(?i:year){R}"

# What "the early months", "the final weeks" are the edge of, as one expression with it: a year, a month,
# the story's year ("of 1847", "of May 1940", "of March", "of that year", "of the year"); a decade or century
# ("the early years of the 1990s", "the closing decades of the 19th century", see ``decades``).
_EDGE_OF_A_DATE = (
    rf"\s+(?i:of)\s+(?:(?:{MONTH_FULL_NAME})\b|\d{{3,4}}(?!\d)|(?i:that|the\s+same|the\s+following|the\s+next|the)"
    rf"\s+year\b|(?i:the)\s+(?:(?:1\d|20)\d0s|{CENTURY_ORD}\s+(?i:century))\b)"
)
# A year before the common era after a month or season: "the summer of 415 BC", "March 44 B.C.".
_BC_YEAR = r"(?P<bc>[1-9]\d{0,3})\s*(?:B\.C\.E\.|B\.C\.|BCE|BC)(?![\w-])"
# A year of the era with its name, after a day and month: "24 August AD 79", "24 August 79 AD".
_AD_YEAR = r"(?:(?:A\.D\.|AD)\s*(?P<ad>[1-9]\d{0,3})|(?P<ad2>[1-9]\d{0,3})\s*(?:A\.D\.|AD|C\.E\.|CE))(?![\w-])"
# A year of the first millennium after a month or season: "the spring of 878", "March 793" (a history's; at the
# end of its phrase, not before a word it counts, "May 300 men"; the resolvers take it in narratives only).
_YEAR3_END = (
    r"(?![\w-])(?![.,]\d)(?=\s*[,;:.)!?]|\s*$|\s+(?:[A-Z]|(?:the|a|an|and|or|but|when|while|as|"
    r"he|she|it|they|his|her|its|their|there|was|were|had|onwards?)\b))"
)
_YEAR3 = rf"(?P<y3>[1-9]\d\d){_YEAR3_END}"
# A season named by the two years it straddles is the first one's, however the years are written: "the winter
# of 781–82", "the winter of 51–50 BC", "the winter of AD 9–10" (one expression, the second year inside).
_STRADDLED = r"(?:[-/–][1-9]\d{0,3}+)?"
# The verbs a season, as the subject of its clause, takes right after its three-digit year ("the summer of 494
# lasted forty days", "the winter of 612 saw the river freeze"): the number closes the season's name; verbs a
# count of men would take ("the spring of 300 marched") are left out.
_A_SEASON_S_VERB = (
    r"(?![\w-])(?=\s+(?i:lasted|saw|brought|began|ended|passed|proved|seemed|dragged|remained|turned|set|"
    r"is|are|will)\b)"
)
_SEASON_YEAR3 = rf"(?P<y3>[1-9]\d\d){_STRADDLED}(?:{_YEAR3_END}|{_A_SEASON_S_VERB})"
_SEASON_BC_YEAR = rf"(?P<bc>[1-9]\d{{0,3}}+){_STRADDLED}\s*(?:B\.C\.E\.|B\.C\.|BCE|BC)(?![\w-])"
_SEASON_AD_YEAR = (
    rf"(?:(?:A\.D\.|AD)\s*(?P<ad>[1-9]\d{{0,3}}+){_STRADDLED}"
    rf"|(?P<ad2>[1-9]\d{{0,3}}+){_STRADDLED}\s*(?:A\.D\.|AD|C\.E\.|CE))(?![\w-])"
)
# A preposition right after a history's three-digit year ("from June 430 for fourteen months", "opened on 3
# August 449 with sixty bishops", "recalled in 460 by a new emperor"): the number may as well count what
# follows ("in May 300 to 400 men died"), so it is a year only near the story's own (the resolvers). Not
# "to" or "until" and a number: the first of two, a year only with the second (the kind "year3_range"), else
# both count ("from 786 to 809 sheep").
_BEFORE_A_PREPOSITION = r"(?=\s+(?:(?:until|till|to)\b(?!\s*\d)|(?:for|at|after|before|during|with|from|near|by)\b))"
# A day and month's three-digit year, closing its phrase or before a preposition (the resolver tests both).
_DAY_S_YEAR3 = rf"(?P<y3>[1-9]\d\d)(?:{_YEAR3_END}|(?![\w-]){_BEFORE_A_PREPOSITION}(?P<y3prep>))"
# The words a history's three-digit year may stand right after ("in 793.", "until 519, when", "by 700 the town"):
# the kind "year3" opens only there, and the scanner lets a three-digit number through to it only there.
YEAR3_AFTER: tuple[str, ...] = ("in", "until", "by", "since", "from", "before", "after")
# The words that may open a range of two such years besides those ("between 878 and 886", "the rising of
# 755–763"), and the bracket after a name ("the Tang (618–907)"): only for the kind "year3_range".
YEAR3_RANGE_AFTER: tuple[str, ...] = ("between", "of")


def either_case(word: str) -> str:
    """``word`` in a pattern with its first letter in either case ("[Ii]n"), for a look-behind, which cannot
    take an inline case flag."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


_AFTER_A_YEAR3_WORD = "|".join(rf"(?<=\b{either_case(w)}\s)" for w in YEAR3_AFTER)
_AFTER_A_YEAR3_RANGE_WORD = "|".join(rf"(?<=\b{either_case(w)}\s)" for w in YEAR3_AFTER + YEAR3_RANGE_AFTER)


_LOWER_WEEKDAYS = [w.lower() for w in en.WEEKDAYS]

# The saints whose days histories date by (see ``en.SAINTS_DAYS``).
_SAINT = alt(en.SAINTS_DAYS)

# Before so many minutes to an hour, what makes it a clock time: "at ten minutes to six", "until 20 minutes to 4".
_TALK_TO_BEFORE = "|".join(
    rf"(?<=\b{w}\s)" for w in ("at", "At", "until", "till", "around", "about", "before", "after")
)

# The part of the day after an hour: "four in the morning", "ten at night", "seven this evening".
_CLOCK_PART = (
    rf"(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|this\s+(?:morning|afternoon|evening)|tonight){R}"
)

# The part of the story's day, or of the day after it, after an hour in words: "at six the next morning", "by
# nine that evening", "at four the same afternoon" (one expression: the word alone is no time; an hour in
# figures keeps its own, "at 4 that afternoon", as "at 4" is one).
_STORY_CLOCK_PART = (
    r"(?P<story_part>(?i:that|the\s+same|the\s+next|the\s+following))\s+(?i:morning|afternoon|evening|night)"
    rf"{R}"
)

# The words right before an hour in words that may tell it alone (a preposition of time, or "about" after one:
# see the clock kind's "h11"), and what may end its clause after it, or open the next ("by about eleven the
# streets were under water"; not "and a half", which makes it a count: "about two and a half hours"). A subject
# pronoun too ("At eleven he opened the sluices"), which the resolver takes only after a clock time of the day.
# "Between eleven and one": both ends of a span of hours, the second after "and" (one look-behind for each
# length of "between eleven and"). The hours of a routine also come "from ten until six", "after eleven", "at
# four on Saturdays", "until nine in summer" (the resolver takes those only where the sentence tells a habit;
# not before "to", where "ten to one" is ten minutes before the hour).
_WORD_HOUR_AFTER = after_any_word(
    ["at", "At", "by", "By", "until", "till", "before", "Before", "about", "around", "between", "Between",
     "from", "From", "after", "After", "to"]
    + [f"{b} {w} and" for b in ("between", "Between") for w in en.HOUR_WORDS]
)  # fmt: skip
_WORD_HOUR_END = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and(?!\s+(?:a|an)\s)|when|but|while|as|the|he|she|they|we|it"
    r"|on|in|until|till|by)\b)"
)

# What may not follow a bare hour (or a range of them) that is a time: more of a number (a colon only before
# its minutes: "today 12-4: cake stall" is a range), am/pm (a clock time or range of another kind),
# "o'clock", another number, a month or a unit ("sat 9 exams" is left to the resolver).
_BARE_HOUR_END = rf"(?![\w/%°'’-]|:\d)(?![.,]\d)(?!\s*(?:{AMPM}|\d|(?i:o['’]clock)))(?!\s+(?:{MONTH_OR_LOWER}|{UNIT}))"

# A day word right before a bare hour, as posts write plans: "tomorrow 3 at the park", "tonight 8".
_DAY_WORDS = [
    spelling
    for word in ("today", "tonight", "tomorrow")
    for written in en.DAY_WORD_SPELLINGS[word]
    for spelling in (written, written.capitalize())
]

# The words after which a bare hour is one ("pub at 6", "before 9", "asleep since 9", "doors 7.30", "kickoff 3"):
# one look-behind for each length of word (``after_any_word``), not one for each word, as a number that is
# no hour (most of them) is turned away by all of them.
_BARE_HOUR_AFTER = after_any_word(
    ["at", "At", "before", "since", "from", "till", "til", "until", "doors", "Doors", "around", "about", "starts",
     "kickoff", "kick-off", "kick off", "kicks off", "by", *_DAY_WORDS,
     # In a post, an hour set against a clock time just told: "woke at 5am instead of 6", "up at 6 which is
     # really 5", "the machine said 10" (the resolver wants that clock time).
     "instead of", "rather than", "is", "really", "now", "said", "says",
     # What is booked or set for an hour: "dinner booked for 7.30", "alarm set for 5" (the resolver asks the verb).
     "booked for", "set for", "there for",
     # The same with the hedge of speech between: "heard the fox at like half 12", "up since like 5".
     "at like", "since like", "till like", "til like", "until like", "by like",
     # The time it is as a post is written: "its 2.30 and still awake", "it's 1 and no sign of him".
     "its", "Its", "it's", "It's", "it’s", "It’s"]
)  # fmt: skip
# A post that opens with the time it is, its minutes written, and goes on: "12.30 and the baby is wide awake",
# "6.15 and still no bus" (the resolver reads it as "its 12.30" is read).
_OPENS_WITH_THE_TIME = r"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=\n))(?=(?:1[0-2]|[1-9])\.[0-5]\d\s+(?:and|&)\s)"
# A clock time written with its minutes names a train or bus by when it leaves: "the 7.12", "the 6.45 was
# late" (the resolver wants the minutes).
# (And after the verb that tells when the sun rose or set: "sunset was 4.22", "sunrise was 5.03".)
_TOLD_AT_AFTER = after_any_word(["the", "The", "was", "Was"])

# A bare hour is a time when noon or midnight ends its range: "9 till noon", "8 until midnight" (the clock
# word names the end, so the number is the hour it starts at).
_TILL_NOON = r"\s+(?i:till|til|until)\s+(?i:noon|midday|midnight)\b"

# A short weekday after a clock time, as posts write them: "kickoff 3pm sat", "10am sun"; not where it is a verb
# or the start of a name ("at 3pm sat down", "10am Sun Valley").
_SHORT_DAY_AFTER_A_TIME = (
    rf"(?:{WEEKDAY_ABBR})(?!\s+(?:[A-Z]|(?i:down|there|here|up|in|on|with|by|next|around|outside|alone|still|back)\b))"
)
# A weekday that opens a run or list of days is not the day of the clock time before it: "10am to 4pm,
# Tuesday to Sunday", "9-5 Mon-Fri", "until 6pm Saturday and Sunday" (opening hours, not one day's).
_NOT_A_RUN_OF_DAYS = rf"(?!\s*(?:[-–&]|(?i:to|through|thru|till|until|and|or)\s)\s*(?:{WEEKDAY}|{WEEKDAY_ABBR}))"

# A preposition right before "almost"/"nearly" and a clock time: the word then tells how near the time is
# ("ran until almost midnight", "ended at nearly 11 p.m.") and is inside; after a verb it tells how near the
# clause is to being true ("it's almost 1am") and stays outside.
_CLOCK_PREPOSITION = (
    r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bat\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bsince\s)"
    r"|(?<=\bafter\s)|(?<=\bbefore\s))"
)

# A number no clock time opens with, turned away at once (most numbers of a text; every branch of the clock
# kind would fail on it in turn): three digits or more than four, a percentage, one with a thousands comma, or
# a decimal that is not an hour and two digits of minutes ("5.3 million", "12.75"), two digits past 24, or
# 13 to 24 without minutes or am/pm after them (only a 24-hour clock time "14:30" or "13.30pm" opens so), and
# four digits that are no hour and minutes ("1990", "2500") or a year before punctuation ("in 2005,": the
# 24-hour times of four digits that open with 1 or 20 have a word after them, "1200 hours", "2017 GMT").
_NO_CLOCK_NUMBER = (
    r"(?!\d\d\d(?!\d)|\d{5}|\d\d?(?:%|,\d|\.(?![0-5]\d(?!\d))\d)|(?:2[5-9]|[3-9]\d)(?!\d)"
    r"|(?:1[3-9]|2[0-4])(?![\d:.]|\s*[aApP])|\d\d[6-9]\d(?!\d)|(?:2[4-9]|[3-9]\d)\d\d(?!\d)"
    r"|(?:1\d|20)\d\d(?!\d|\s*[^\W\d_]))"
)

KINDS: tuple[Kind, ...] = (
    # "10am-2pm", "9.30-11am", "10 a.m.-noon": two clock times, split in two by resolve (TimeBank splits
    # ranges, the connector outside). The first may borrow the second's am/pm.
    Kind(
        "clockrange",
        rf"{L}(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<mi1>[0-5]\d))?\s*(?P<ap1>(?i:a\.m\.|p\.m\.|am|pm)|{AMPM_SHORT})?"
        rf"(?P<sep>\s*[-–]\s*)(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<mi2>[0-5]\d))?\s*(?P<ap2>{AMPM}|{AMPM_SHORT})"
        rf"(?:\s*(?P<zone>{ZONE}))?",
        clock.r_clockrange,
        starts="digit",
    ),
    # A range of bare hours in a post's schedule: "doors open 9 till 1", "open 9-5 weekdays", "between 8 and 6"
    # (the resolver decides where the numbers are hours; after a weekday, see "weekday_hour"). Not before am/pm,
    # a unit, a month or another number ("10-4pm" is a clock range, "9-11 November" days), nor with a colon
    # ("9:00 until 11:30" are clock times in every type of text, the clock kind's).
    Kind(
        "hour_range",
        rf"{L}(?P<h1>1[0-2]|[1-9])(?:\.(?P<mi1>[0-5]\d))?(?P<sep>\s*[-–]\s*|\s+(?i:till|til|until|to|and)\s+)"
        rf"(?P<h2>1[0-2]|[1-9])(?:\.(?P<mi2>[0-5]\d))?{_BARE_HOUR_END}",
        schedules.r_hour_range,
        starts="digit",
    ),
    # Clock times, optionally with a zone and the day: "5 p.m. EST Nov. 9", "10 p.m. Wednesday".
    Kind(
        "clock",
        rf"{L}(?P<qmod>(?i:about|around|approximately)\s+|{_CLOCK_PREPOSITION}(?i:almost|nearly)\s+)?{_NO_CLOCK_NUMBER}"
        # "10.30am" (UK) only with am/pm: a bare "10.30" is a number.
        rf"(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM}|{AMPM_SHORT})"
        # (Not hours, minutes and seconds, a race's time: "won in 2:05:36"; nor minutes, seconds and hundredths,
        # "ran 3:29.67". The seconds are read for the resolver, which keeps them after "at": "at 14:30:15".)
        rf"|(?<!\d:)(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<se2>[0-5]\d))?(?![:.]\d)(?P<ish2>ish)?{R}(?P<part2>\s+{_CLOCK_PART})?|(?P<noon>(?i:{alt(en.CLOCK_WORDS)})){R}"
        # Wire style 24-hour clock: "2017 GMT Friday" is 20:17, not the year 2017; with a point as British
        # copy writes it, "14.00 GMT", "9.30 BST" (the zone says it is no decimal).
        rf"|(?P<h3>[01]\d|2[0-3]|(?=\d\.)\d)\.?(?P<mi3>[0-5]\d)(?=\s*(?:{ZONE}))"
        # Military style: "0630 hours", "at 2200 hrs" (the word inside: it says the number is a clock time);
        # from 1000 on only after a preposition of time ("logged 1200 hours" is a count).
        # (The digits and the word are looked for first: most numbers fail there, before the look-behinds.)
        rf"|(?=\d{{4}}\s+(?i:hours|hrs))(?P<h4>0\d|(?:(?<=\b[Aa]t\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ff]rom\s)|(?<=\b[Bb]efore\s)"
        rf"|(?<=\b[Aa]fter\s)|(?<=\bto\s))(?:1\d|2[0-3]))(?P<mi4>[0-5]\d)\s+(?i:hours|hrs){R}"
        # A 24-hour clock time without a colon, as a timetable writes it, after a word a time of day follows:
        # "the 0740", "at 2215" (the resolver takes it in posts only; 1000 to 2059 are read by the year kind).
        rf"|(?:(?<=\b[Aa]t\s)|(?<=\b[Tt]he\s)|(?<=@)|(?<=@\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\bfrom\s)|(?<=\buntil\s)"
        rf"|(?<=\btill\s))(?P<h8>0\d|2[1-3])(?P<mi8>[0-5]\d)(?![\w:/%°'’-]|[.,]\d|\s*(?:{UNIT}|{ERA}))"
        # A train or bus by its 24-hour time after noon with a dot: "the 17.32 to york" (the resolver keeps
        # it in posts only, and only as a journey: "the 14.99 one" is a price).
        # Or after "at", "its", "till" and the like, where no price stands ("train home at 23.40", "its 15.08").
        rf"|(?:(?<=\b[Tt]he\s)|(?<=\b[Aa]t\s)|(?<=\b[Ii]ts\s)|(?<=\b[Ii]t['’]s\s)|(?<=\btill\s)|(?<=\buntil\s)"
        rf"|(?<=\bsince\s)|(?<=\bby\s))(?P<h9>1[3-9]|2[0-3])\.(?P<mi9>[0-5]\d)(?![\w:/%°'’-]|[.,]\d)"
        # "between 4 and 6 p.m.", "from 7 to 10 p.m.": a bare hour opening a range whose end has am or pm (the
        # resolver lends it that; the end is a clock time of its own).
        rf"|(?:(?<=\b[Bb]etween\s)|(?<=\b[Ff]rom\s))(?P<h10>1[0-2]|[1-9])"
        rf"(?=\s+(?i:and|to|until|till)\s+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:{AMPM}))"
        # "four in the morning", "10 o'clock", "seven o'clock at night": the part of day, if any, is inside.
        rf"|(?P<h5>1[0-2]|[1-9]|(?i:{HOUR_WORDS}))\s+(?i:o['’]clock)(?P<part5>\s+{_CLOCK_PART})?"
        rf"|(?P<h6>1[0-2]|[1-9]|(?i:{HOUR_WORDS}))(?P<part6>\s+{_CLOCK_PART}|(?<=[a-z])\s+{_STORY_CLOCK_PART})"
        # An hour in words alone after a preposition of time, where its clause ends: "held out until about four,
        # and", "was silenced by about nine.", "went to bed before ten" (the resolver wants a history told on a
        # day; a number alone after "at" is as often a count or an age).
        # (Not the first of two counts of a unit: "between two and eight years", "by four or five days".)
        rf"|(?:{_WORD_HOUR_AFTER})(?P<h11>(?i:{HOUR_WORDS})){_WORD_HOUR_END}"
        rf"(?!\s+(?i:and|or|to)\s+(?:{NUMWORD}|\d+)\s+{UNIT})"
        # A bare hour after a day and "at", as plans are written: "tonight at 8", "sunday at 11.30"; in posts
        # also after "at", "since", "from", "till" alone: "pub at 6", "asleep since 9", "doors 7.30", "quiz starts
        # 8", "kickoff 3" (see the resolver); "half 7" is half past, "8ish" about eight.
        # (A bare hour, not part of a longer number, is looked for first: most numbers fail there, before the
        # many look-behinds.)
        rf"|(?=half\s|(?:1[0-2]|[1-9])(?:\.[0-5]\d)?(?:ish)?(?![\w:/%°'’-]))(?:{_BARE_HOUR_AFTER}|(?:{_TOLD_AT_AFTER})(?=(?:1[0-2]|[1-9])\.[0-5]\d)|(?<=@\s)|(?<=@)|{_OPENS_WITH_THE_TIME}|(?=(?:1[0-2]|[1-9])(?:\.[0-5]\d)?ish{R}|(?:half\s+)?(?:1[0-2]|[1-9])(?:\.[0-5]\d)?{_TILL_NOON}))(?P<half>half\s+)?"
        rf"(?P<h7>1[0-2]|[1-9])(?:\.(?P<mi7>[0-5]\d))?(?P<ish>ish)?(?![\w:/%°'’-])(?![.,]\d|,\s*\d|\.\s*\d+\.)(?!\.\w)(?!\s+(?:\d|{MONTH_OR_LOWER}|{UNIT}|(?:more|extra|further|whole|long)\s+{UNIT}|(?:-|–|to|past|and|through|until)\s*\d))"
        # "half 7 pm": the am or pm after a half hour.
        rf"(?:\s*(?P<ap7>{AMPM}))?)"
        rf"(?:\s*(?P<zone>{ZONE}))?"
        rf"(?P<day>,?\s+(?:{WEEKDAY}|{DEICTIC}|{MONTH}\s*{DAY}(?:,?\s+{YEAR})?|{_SHORT_DAY_AFTER_A_TIME})"
        rf"{_NOT_A_RUN_OF_DAYS})?"
        # "eight o'clock Sunday night": the part of that day, which also says the hour is after noon.
        rf"(?:(?<=[a-z])\s+(?P<dpart>(?i:morning|afternoon|evening|night)){R})?",
        clock.r_clock,
        # (The hours in words are heads of their own: "until about four".)
        triggers=words(en.CLOCK_WORDS, ["o'clock", "o’clock"], en.HOUR_WORDS),
        openers=words(["half"]),
        starts="either",
    ),
    # A clock time told before or after its hour, as speech has it: "quarter to 11", "twenty past 6", "ten to
    # one", "half past seven in the evening" (the resolver keeps out odds and counts: "ten to one he's late").
    Kind(
        "clock_talk",
        # "one minute past seven", "at 20 minutes to 4": any count of minutes with the word said ("to" only after
        # a preposition of time: "from 20 minutes to 10", "by ten minutes to six" are counts); "at about twenty
        # minutes to ten", its "about" inside.
        rf"{L}(?:(?P<mins>(?i:{alt(en.CLOCK_TALK_MINUTES)}))|(?P<tpre>{_TALK_TO_BEFORE})?(?P<qmod>(?i:about|around)\s+)?(?P<nmins>(?i:{NUMWORD})|[1-5]?\d)"
        rf"\s+(?i:minutes?)(?(tpre)|(?=\s+(?i:past)\s)))"
        rf"\s+(?P<rel>(?i:to|past))\s+"
        rf"(?P<hr>1[0-2]|[1-9]|(?i:{HOUR_WORDS})){R}(?![.:]\d)(?!\s+{UNIT}){R}(?:\s*(?P<ap>{AMPM}))?"
        rf"(?P<part>\s+{_CLOCK_PART})?(?P<day>,?\s+(?:{WEEKDAY}|{DEICTIC}))?",
        clock.r_clock_talk,
        triggers=words([w.split()[-1] for w in en.CLOCK_TALK_MINUTES], ["minute", "minutes"]),
        openers=words(["a"]),
        starts="either",  # "20 past 12"
    ),
    Kind(
        "iso",
        rf"{L}(?P<y>{YEAR4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?{R}",
        dates.r_iso,
        starts="digit",
    ),
    # Year first: "2024/11/05", "2024.11.05" (East Asian and some European styles).
    Kind(
        "ymd",
        rf"{L}(?P<y>{YEAR4})[/.](?P<m>1[0-2]|0?[1-9])[/.](?P<d>3[01]|[12]\d|0?[1-9])(?![\w/-])(?!\.\d)",
        dates.r_ymd,
        starts="digit",
    ),
    # Numeric dates: "11/5/2024", "25/11/2024", "05-11-2024" (which number is the month is decided in
    # resolve), day.month.year with dots. A dashed date needs a four-digit year: "3-1-20" is no date.
    Kind(
        "slash",
        rf"{L}(?:(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>\d{{4}}|\d\d)"
        rf"|(?P<a2>3[01]|[12]\d|0?[1-9])-(?P<b2>3[01]|[12]\d|0?[1-9])-(?P<y2>{YEAR4}))(?![\w/-])(?!\.\d)",
        dates.r_slash,
        starts="digit",
    ),
    # A day and month without the year, as posts write them: "on 5/11", "until 12/3" (only after a preposition
    # of time, see the resolver: "cut by 1/2", "24/7", "9/11" are no dates).
    Kind(
        "slash_md",
        rf"{L}(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])(?![\w/-])(?![.,]\d)(?!\s+(?:(?i:of)\s+)?{MONTH})",
        dates.r_slash_md,
        starts="digit",
    ),
    Kind(
        "dotted",
        rf"{L}(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>\d{{4}})(?![\w-])(?!\.\d)",
        dates.r_dotted,
        starts="digit",
    ),
    # Two years of an era written once, after the second: "from 264 to 241 BC", "(218–201 BC)", "in 55 and 54
    # BC", "AD 14–37". Before the two-year and the three-digit year kinds, which would take the first alone
    # as a year of the common era.
    Kind(
        "era_range",
        # (Each year's digits are taken whole, possessively: fewer would leave a digit where a separator or an
        # era must follow, so giving some back could only fail, at the cost of trying.)
        # "from about 1490 to 1461 BC": the first year approximate, its marker inside.
        rf"{L}(?P<about>(?i:about|around|circa)\s+|(?:c|ca)\.\s?)?(?:(?P<era1>A\.D\.|AD)\s+)?(?P<y1>[1-9]\d{{0,3}}+)(?P<sep>\s*[-–]\s*|\s+(?i:to|and|or|until|till|through)\s+)"
        rf"(?P<y2>[1-9]\d{{0,3}}+)(?(era1)|\s*(?P<era2>{ERA}))(?!\s+[A-Z][a-z])(?![\w-])(?![.,]\d)",
        dates.r_era_range,
        triggers=words(["ad", "bc", "bce", "ce"]),
        openers=words(["ad"]),
        starts="either",
    ),
    # Two years of the first millennium as a range, in a history: "reigned from 786 to 809.", "between 878 and
    # 886 he rebuilt", "the Tang (618–907)", "the plague of 541–542". Before the three-digit year kind, which
    # takes the first alone or neither; the second closes its phrase, as a lone year's must ("from 300 to 400
    # men" counts them). The resolver tells years from counts.
    Kind(
        "year3_range",
        rf"(?:{_AFTER_A_YEAR3_RANGE_WORD}|(?<=\())(?P<y1>[1-9]\d\d)(?P<sep>\s?[–-]\s?|\s+(?:to|and|until|till)\s+)"
        rf"(?P<y2>[1-9]\d\d)(?:{_YEAR3_END}|(?![\w-]){_BEFORE_A_PREPOSITION})",
        dates.r_year3_range,
        starts="digit",
    ),
    # A season or fiscal year written as two consecutive years: "2019/20", "2024-25", "FY2024-25".
    Kind(
        "year_pair",
        # Not a year and a day of the month after it: "(1491 – 28 January 1547)".
        rf"{L}(?P<fy>{FISCAL_PREFIX}\s?)?(?P<y1>{YEAR4})(?P<sep>/|-|\s?–\s?)(?P<y2>{YEAR4}|\d\d)(?![\w/-])(?![.,]\d)"
        rf"(?!\s+(?:(?i:of)\s+)?{MONTH})",
        dates.r_year_pair,
        triggers=words(en.FISCAL_YEAR_PREFIXES),
        starts="either",
    ),
    # "FY2024", "FY24", "FY 2024", "fiscal '26", "fiscal year '26": a fiscal year, kept as its number like
    # "fiscal 1989" (the year kind takes "fiscal" before four digits; two need the apostrophe of a year).
    Kind(
        "fiscal_year",
        rf"{L}(?:(?P<fy>{FISCAL_PREFIX})\s?(?P<y>{YEAR4}|\d\d)|(?i:fiscal(?:\s+year)?)\s+['’](?P<yy>\d\d)){R}",
        dates.r_fiscal_year,
        triggers=words(en.FISCAL_YEAR_PREFIXES, ["fiscal"]),
    ),
    # Day ranges within one month: "from 1 to 3 November", "Nov. 1-3, 2024"; split in two by resolve. Two days
    # joined by a slash are a night or a weekend across them ("the night of 5/6 June", "May 10/11").
    Kind(
        "dayrange",
        rf"{L}(?:(?P<d1>{DAY_OPEN})\s*(?P<sep1>-|–|/|(?i:to|and|through|until))\s*(?P<d2>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})"
        rf"|(?P<mon2>{MONTH})\s*(?P<d3>{DAY_OPEN})\s*(?P<sep2>-|–|/|(?i:to|and|through|until))\s*(?P<d4>{DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?{R}",
        dates.r_dayrange,
        triggers=words(en.MONTHS),
        starts="either",
    ),
    # Holidays: "Christmas Eve, 1889", "last Thanksgiving", "Easter 2020", "the Fourth of July".
    Kind(
        "holiday",
        # "the following Easter", "the previous Christmas": the next or last one from the story's date.
        rf"{L}(?P<det>(?i:last|next|this|this\s+past|this\s+coming|that|the\s+(?:following|next|previous|preceding))\s+)?"
        rf"{_NOT_PLAIN_WORDS}(?P<name>{HOLIDAY})(?![\w'’-])"
        # "Easter week", "Christmas week", "the Thanksgiving weekend": the week or weekend of the day;
        # "Christmas morning", "Easter Sunday evening": a part of the day.
        # "Easter this year", "Christmas last year": the year said after the day alone is inside, as in "January
        # this year".
        rf"(?:(?P<week>\s+(?i:week|weekend){R})|(?P<part>\s+(?i:morning|afternoon|evening|night){R})"
        rf"|\s+(?P<yw>(?i:this|next|last))\s+(?i:year){R})?"
        # "the Ides of March, 44 BC", "Christmas Day 800": the year of a history, with its era or of three digits.
        rf"(?:,?\s+(?:(?P<year>{YEAR4}){R}|{_BC_YEAR}|{_YEAR3}))?",
        holidays.r_holiday,
        # ("the first day of fall" is found at its "day": "fall" is too common a verb to try the kind at.)
        triggers=last_words(h for h in en.HOLIDAYS if " day of " not in h),
        openers=first_words(en.HOLIDAYS),
        starts="either",  # "4th of July"
    ),
    # A saint's day named as histories and charters name it, beyond "St Luke's Day" (a holiday above): "the
    # feast of St Luke", "the feast day of Saint Bartholomew", "the eve of St Thomas", "the vigil of St John
    # the Baptist", "St Lucy's Eve", "Saint Crispin's Day"; with a year as a holiday takes it.
    Kind(
        "saint_s_day",
        rf"{L}(?:(?P<word>(?i:the)\s+(?:feast(?:\s+day)?|eve|vigil|day)\s+of\s+)(?:St\.?|Saint)\s+(?P<saint>{_SAINT})"
        rf"(?:\s+the\s+(?P<epithet>{alt(en.SAINT_EPITHETS)}))?(?![\w'’-])"
        rf"|(?:(?P<title>St\.?|Saint)\s+(?P<saint2>{_SAINT})['’]s\s+(?P<day>Eve|Day)(?![\w'’-])))"
        rf"(?:,?\s+(?:(?P<year>{YEAR4}){R}|{_BC_YEAR}|{_YEAR3}))?",
        holidays.r_saint_s_day,
        triggers=words(["feast", "eve", "vigil", "day"]),
        openers=words(["the", "st", "saint"]),
    ),
    # The first or last day of a month: "on the last day of June", "the first day of May 1603", "the final day
    # of February 1700" (one DATE, the day; "the last day" alone is a stretch or a day of a story's period).
    # Posts leave out the article and the capital ("last day of may and nothing done", "first day of june
    # tmrw"): after "day of" the name is the month's, whatever its case.
    Kind(
        "edge_day_of_a_month",
        rf"{L}(?:(?i:the)\s+)?(?P<edge>(?i:first|last|final))\s+(?i:day)\s+(?i:of)\s+(?P<mon>(?i:{MONTH_FULL_NAME}))"
        rf"(?:,?\s+(?P<year>{YEAR4}){R})?(?![\w'’-])(?!,?\s*\d)",
        months.r_edge_day_of_a_month,
        triggers=words(["day"]),
        openers=words(["the"]),
    ),
    # "the first Saturday of December", "the last Friday in June 2023": a weekday by its rank in a month.
    # A bank holiday or the year's longest or shortest day named with no article, or "the bank hol", where no
    # longer name ("bank holiday monday") or weekend ("bank hol weekend") is read (see en.BARE_DAY_NAMES).
    Kind(
        "bare_day_name",
        rf"{L}(?P<name>(?:(?i:the)\s+)?(?i:bank\s+hol(?:iday)?)|(?i:longest|shortest)\s+(?i:day))(?![\w'’-])"
        rf"(?!\s+(?i:weekend|wknd|wkend|week|monday|mon){R})",
        holidays.r_holiday,
        triggers=words(["holiday", "hol", "day"]),
        openers=words(["the", "bank", "longest", "shortest"]),
    ),
    Kind(
        "nth_weekday",
        # "the first Monday of each month": a day that comes round each month, one SET; "the last Friday of
        # the month", "the first Monday of next month": that day of the month counted from the writer's.
        rf"{L}(?i:the)\s+(?P<ord>(?i:{ORDQ}))\s+(?P<wd>{WEEKDAY})\s+"
        rf"(?i:of|in)\s+(?:(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?|(?P<each>(?i:each|every))\s+(?i:month)"
        rf"|(?P<rel>(?i:the|this|next|last))\s+(?i:month)(?!['’])){R}",
        holidays.r_nth_weekday,
        triggers=words(en.WEEKDAYS),
    ),
    # "the July-September period", "the April-to-June quarter": a span of months named as a period.
    Kind(
        "month_span",
        rf"{L}(?P<the>(?i:the)\s+)(?P<m1>{MONTH_FULL_NAME})\s*(?:-|–|\s(?i:to|through)\s)\s*(?P<m2>{MONTH_FULL_NAME})"
        rf"\s+(?P<head>(?i:period|quarter)){R}",
        periods.r_month_span,
        triggers=words(en.MONTHS),
    ),
    # "the first week of December", "the last week of June 2025": a week by its rank in a month; and its
    # weekend ("the last weekend in May", "the first weekend of june"; a post may leave out "the").
    Kind(
        "nth_week",
        rf"{L}(?:(?P<the>(?i:the))\s+)?(?P<ord>(?i:{ORDQ}))\s+(?P<unit>(?i:week|weekend))\s+"
        rf"(?i:of|in)\s+(?P<mon>{MONTH_OR_LOWER})(?:,?\s+(?P<year>{YEAR}))?{R}",
        relative.r_nth_week,
        triggers=words(["week", "weekend"]),
    ),
    # "the week of March 6", "the week of 6 March 2000": the week that holds the date; "the week beginning
    # April 21", "the week commencing 3 March", "the week starting Monday, June 2": the week it opens.
    Kind(
        "week_of",
        rf"{L}(?i:the)\s+(?i:week)\s+(?:(?i:of)|(?P<opens>(?i:beginning|starting|commencing)))\s+"
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})|(?P<day2>{DAY})\s+(?:(?i:of)\s+)?"
        rf"(?P<mon2>{MONTH}))(?:,?\s+(?P<year>{YEAR}))?{R}",
        dates.r_week_of,
        triggers=words(["week"]),
    ),
    # "Saturday, April 25", "Sept. 30, 1989", "March eighth", "this coming Sunday, March eighth".
    Kind(
        "mdy",
        rf"{L}(?:(?P<wd>(?:(?i:this\s+coming|this|next|last)\s+)?{WEEKDAY},?\s+|{WEEKDAY_ABBR},?\s+)"
        # "last Oct. 23", "next March 3": the determiner says which side of publication, like "last May".
        rf"|(?P<rel>(?i:this\s+past|this\s+coming|last|next))\s+)?(?P<pre>{PREMOD}\s+|(?i:around|about)\s+)?"
        # "June the 5th", "may the 1st", as the British say a date: "the" only before a day in figures with
        # its ordinal ending ("March the third battalion", "may the best team win" are no dates), and not in
        # the blessing's pun, where "may" is the verb ("may the 4th be with you").
        rf"(?P<mon>{MONTH_OR_LOWER}|{MONTH_ABBR_LOWER})\s*(?:(?i:the)\s+"
        rf"(?=(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th){R}(?!\s+(?i:be){R})))?"
        rf"(?P<day>{DAY})(?:,?\s+(?:{_BC_YEAR}|{_AD_YEAR}|(?P<year>{YEAR})|{_DAY_S_YEAR3}))?{R}(?!\s*%)",
        dates.r_mdy,
        triggers=words(en.MONTHS),
        openers=words(en.WEEKDAY_ABBREVIATIONS),
    ),
    Kind(
        "dmy",
        rf"{L}(?P<wd>(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?P<the>(?i:the)\s+)?(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH_OR_LOWER}|{MONTH_ABBR_LOWER})"
        # "15 March 44 BC", "24 August AD 79": a day of a year the era is written with; "1 June 451" of a
        # history whose own date is near it (see the resolver).
        rf"(?:,?\s+(?:{_BC_YEAR}|{_AD_YEAR}|(?P<year>{YEAR})|{_DAY_S_YEAR3}))?",
        dates.r_dmy,
        triggers=words(en.MONTHS),
        openers=words(en.WEEKDAY_ABBREVIATIONS),
        starts="either",
    ),
    # A weekday with a day of the month and no month: "Saturday the 16th", "sat 16th", "Fri 8th" (the month is the
    # nearest in which that day is that weekday, see the resolver).
    Kind(
        "weekday_day",
        rf"{L}(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:(?i:the)\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th){R}",
        dates.r_weekday_day,
        triggers=words(en.WEEKDAYS, en.WEEKDAY_ABBREVIATIONS),
    ),
    # A weekday with its clock time right after it, as posts and listings write them: "fri 8pm", "Thursday
    # 7.30pm", "sat 6am": one TIME ("at 8pm on Friday" keeps the two apart, the preposition outside). Not
    # before a range ("sat 10am-2pm"), whose times are two.
    Kind(
        "weekday_clock",
        rf"{L}(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})\s+(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM}|{AMPM_SHORT})"
        r"(?!\s*(?:[-–]|to\b|till\b|until\b))",
        weekdays.r_weekday_clock,
        triggers=words(en.WEEKDAYS, en.WEEKDAY_ABBREVIATIONS),
    ),
    # A day word and a clock time with am/pm right after it: "tomorrow 8pm", "tonight 10.30pm" (one TIME, as
    # "fri 8pm" is); not before a range ("tomorrow 10am-2pm"), whose times are two.
    Kind(
        "deictic_clock",
        rf"{L}(?P<word>{DEICTIC})\s+(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})"
        r"(?!\s*(?:[-–]|to\b|till\b|until\b))",
        weekdays.r_deictic_clock,
        triggers=words(en.DAY_DEICTICS),
    ),
    # A weekday with a bare hour, or a range of bare hours, right after it, as posts write plans: "tuesday 8",
    # "thurs 3.15", "sat 10-4" (one TIME with the first hour in a post, the weekday alone elsewhere; see the
    # resolver). Not before a month, a unit or "o'clock" ("Tuesday 8 November").
    Kind(
        "weekday_hour",
        rf"{L}(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?P<h1>1[0-2]|[1-9])(?:[:.](?P<mi1>[0-5]\d))?"
        rf"(?:(?P<sep>\s*[-–]\s*|\s+(?i:till|til|until|to)\s+)(?P<h2>1[0-2]|[1-9])(?:\.(?P<mi2>[0-5]\d))?)?"
        rf"{_BARE_HOUR_END}(?!\s*(?:[-–]|(?i:to|till|til|until|through|and|or|noon|midnight){R}))",
        schedules.r_weekday_hour,
        triggers=words(en.WEEKDAYS, en.WEEKDAY_ABBREVIATIONS),
    ),
    # A day of the month alone, after a preposition of time and "the" (inside the span, see the resolver):
    # "on the 15th", "by the 3rd."; never before a noun ("the 25th anniversary", "the 11th Circuit"), so
    # only before punctuation, a clock time or a range.
    Kind(
        "month_day",
        rf"{L}(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        # What may follow it: the clause's end, a range's connector, or a word that cannot be the noun an
        # ordinal qualifies ("on the 24th apparently", "on the 4th itself"; not "on the 15th floor").
        rf"(?=\s*(?:[,.;:!?)]|{EMOJI}|$)|\s+(?i:at|to|through|until|till|and|or|but|so|then|instead|again|too|"
        # (a post's tag question too: "bank hol is the 26th right?")
        rf"when|if|because|lol|btw|right(?=\s*[?,])|\w+ly|itself"
        # or the verb of the clause it ends the subject of ("the workshop on the 30th is full")
        rf"|is|was|are|were|will|would|has|had|can|could|should|might|must|works|suits){R}"
        # Nor the subject of the clause it opens: a determiner or a pronoun ("On the 14th the army crossed",
        # "by the 20th it had fallen", "on the 5th we fly"), as histories and posts tell the days of a month.
        rf"|\s+(?:the|a|an|his|her|its|their|our|i|you|he|she|it|they|we|this|these|those|there|both|all|most|"
        rf"some|many|several|each|every|no){R})",
        dates.r_month_day,
        starts="digit",
    ),
    # "August 1988", "June last year", "January this year", "March of that year", "May of the following
    # year".
    # Two months of one year written once, after the second: "(May–June 1862)", "March-April 1862", "from
    # March to May 1862". Split in two, the connector outside, as TimeML splits ranges; the hyphenated pair
    # too, as "1914-18" is.
    Kind(
        "month_pair",
        rf"{L}(?P<m1>{MONTH_FULL_NAME})(?P<sep>\s*[-–—]\s*|\s+(?i:to|and|or|through|until|till)\s+)"
        rf"(?P<m2>{MONTH_FULL_NAME}),?\s+(?P<year>{YEAR4})(?![\w-])(?![.,]\d)",
        dates.r_month_pair,
        triggers=words(en.MONTHS),
    ),
    Kind(
        "month_year",
        rf"{L}(?P<pre>{PREMOD}\s+)?(?P<mon>{MONTH_OR_LOWER}),?\s+(?:(?i:of)\s+)?"
        # (A year before the era first: "March 1190 BC" is no March of 1190.)
        rf"(?:{_BC_YEAR}|{_AD_YEAR}|(?P<year>{YEAR}|'\d\d){R}|(?P<rel>(?i:this|last|next))\s+(?i:year){R}"
        rf"|{_STORY_YEAR}|{_YEAR3}"
        # "from June 430 for fourteen months": before a preposition, a year only near the story's (the resolver).
        rf"|(?P<y3p>[1-9]\d\d)(?![\w-]){_BEFORE_A_PREPOSITION})",
        dates.r_month_year,
        triggers=words(en.MONTHS),
    ),
    Kind(
        "season_year",
        # "the winter of 2010-11": a winter named by the two years it straddles is the first one's.
        # "the autumn of next year", "the spring of last year": the year counted from the writer's (no comma
        # between: "in the spring, last year's winner").
        # (A year before the era first: "the winter of 1319 BC" is no winter of 1319.)
        rf"{L}(?P<pre>{PREMOD}\s+|(?i:the)\s+)?(?P<season>{SEASON})(?:,?\s+(?:(?i:of)\s+)?(?:{_SEASON_BC_YEAR}"
        rf"|{_SEASON_AD_YEAR}|(?P<year>{YEAR}|'\d\d)(?:[-/–](?:{YEAR4}|\d\d))?{R}|{_STORY_YEAR}|{_SEASON_YEAR3}"
        rf"|(?P<y3p>[1-9]\d\d)(?![\w-]){_BEFORE_A_PREPOSITION})"
        rf"|\s+(?:(?i:of)\s+)?(?P<rel>(?i:this|last|next))\s+(?i:year){R}(?!['’]))",
        seasons.r_season_year,
        triggers=words(en.SEASONS),
    ),
    Kind(
        "century",
        # A part of it: "the middle of the 18th century", "the first half of the 20th century", "the third
        # quarter of the 7th century BC", "the later 19th century", "the last decade of the 19th century" (a
        # decade: 189). A millennium likewise: "the 2nd millennium BC" (BC1).
        rf"{L}(?P<the>(?i:the)\s+)?(?:(?P<part>(?i:beginning|start|middle|end|close|dawn|(?:first|second|latter|last)\s+half"
        rf"|(?:first|second|third|fourth|last|final)\s+quarter"
        rf"|(?P<dec>{ORD_WORDS}|{alt(en.LAST_ORDINALS)})\s+decade)\s+of\s+the)\s+)?(?P<pre>(?i:early|later|late|mid)[\s-]?)?"
        rf"(?P<n>{CENTURY_ORD})[\s-](?P<unit>(?i:century|millennium)){R}(?:\s+(?P<era>{ERA})(?![\w-]))?",
        decades.r_century,
        triggers=words(["century", "millennium"]),
        starts="either",
    ),
    # Quarters and halves: "the fiscal-first quarter", "this year's third quarter", "the first quarter
    # of 2025", "third-quarter", "the 1988 second quarter", "the first half of the year", "the end of the
    # first quarter".
    Kind(
        "quarter",
        rf"{L}(?P<pre>{PREMOD}\s+)?(?P<the>(?i:the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?(?P<y1>{YEAR4}\s+)?"
        rf"(?P<fis1>(?i:fiscal)[\s-])?(?P<ord>(?i:{ORDQ}))[\s-](?P<fis2>(?i:fiscal)\s+)?"
        # Not a part of a unit of time: "a quarter of an hour", "three quarters of a century" (see ``half_dur``);
        # nor a half of the story's decade or century ("the second half of the century": a period noun, its
        # edge; a quarter of one stays this kind's, which gives it no value).
        rf"(?P<unit>(?i:quarters?|half|halves)){R}(?!\s+(?i:of)\s+(?i:an?)\s+{UNIT_SG})"
        rf"(?!(?<=[Hh]alf)\s+(?i:of\s+the\s+(?:decade|century)){R})"
        rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<y2>{YEAR4})|(?P<rel>(?i:this|last|next))\s+(?i:year)"
        rf"|(?P<theyear>(?i:the|that))\s+(?:(?i:fiscal)\s+)?(?i:year)){R})?",
        periods.r_quarter,
        triggers=words(["quarter", "quarters", "half", "halves"]),
    ),
    # "Q3", "Q3 2024", "Q3 FY2024", "1Q25", "Q4'23"; halves "H1 2025", "1H25" (bare "H1" only after a
    # preposition, see resolve).
    Kind(
        "qnum",
        rf"{L}(?:(?i:the)\s+)?(?P<q>[QH][1-4]|q[1-4]|[1-4][QH])(?:\s+(?P<y>{YEAR4})|\s*(?P<fy>{FISCAL_PREFIX}\s?(?:{YEAR4}|\d\d)"
        rf"|'\d\d)|(?<=\d[QH])(?P<yy>\d\d))?{R}",
        periods.r_qnum,
        triggers=words(["q", "h"]),
        starts="either",
    ),
    # Decades and centuries.
    Kind(
        "decade",
        # A part of it: "the end of the 1970s", "the middle of the 1920s".
        rf"{LH}(?P<part>(?i:(?:the\s+)?(?:beginning|start|middle|end|close|dawn)\s+of)\s+(?=the\s))?"
        # "the mid-to-late 1990s": two edges joined, one modifier (no one mod says it).
        rf"(?P<the>(?i:the)\s+)?(?P<pre>(?i:(?:early|late|mid)(?:\s*-\s*|\s+)(?:to|or)(?:\s*-\s*|\s+))?(?i:early|late|mid)[\s-]?)?"
        # A decade before the era first, so that its era is not left behind: "the 480s BC", "the 40s BC",
        # "the 1270s BC".
        rf"(?:(?P<bcdec>[1-9]\d{{0,2}}0)s\s+(?:BCE|BC|B\.C\.(?:E\.)?)"
        # "the 1640s-50s": two decades, the second written short (split in two, the dash outside).
        rf"|(?P<cent>1\d|20)(?P<dec>\d)0'?s(?:(?P<dash>[-–])(?P<dec2>\d)0s(?![\w-]))?|(?P<short>'\d0'?s)|(?P<word>(?i:{alt(en.DECADE_WORDS)}))"
        # "the 380s", "the 790s": a decade of the first millennium, in a history after "the" (see the resolver).
        rf"|(?P<dec3>[1-9]\d0)s"
        # "the 90s" without the apostrophe, as posts write it: only 30s-90s (the 20s, 10s and 00s of which
        # century?), and only after "the" (see the resolver).
        rf"|(?P<bare>[3-9]0s)){R}",
        decades.r_decade,
        triggers=words(en.DECADE_WORDS),
        starts="either",
    ),
    # "the turn of the century": the century boundary nearest the publication date.
    Kind(
        "turn",
        rf"{L}(?P<the>(?i:the)\s+)?(?i:turn\s+of\s+the)\s+(?:(?P<n>{CENTURY_ORD})\s+)?"
        rf"(?P<what>(?i:{alt(en.TURN_WORDS)})){R}",
        decades.r_turn,
        triggers=words(en.TURN_WORDS),
    ),
    # "the 19th and 20th centuries": two centuries, split in two with the connector outside.
    Kind(
        "century_pair",
        # An edge of either, inside as its mod: "the late 12th or early 13th century".
        rf"{L}(?:(?i:the)\s+)?(?P<pre1>(?i:early|late|mid)[\s-])?(?P<n1>{CENTURY_ORD})\s+(?P<sep>(?i:and|to|or|through))\s+"
        # "from the 12th to the 15th century": the singular after a range as well; and an era after both.
        rf"(?:(?i:the)\s+)?(?P<pre2>(?i:early|late|mid)[\s-])?(?P<n2>{CENTURY_ORD})[\s-](?i:centuries|century){R}"
        rf"(?:\s+(?P<era>{ERA})(?![\w-]))?",
        decades.r_century_pair,
        triggers=words(["centuries", "century"]),
        starts="either",
    ),
    # "the year-ago quarter", "the comparable year-earlier period", "year-ago".
    Kind(
        "yearago",
        rf"{L}(?P<the>(?i:the|a)\s+(?:(?i:comparable|corresponding|same)\s+)?)?(?i:year-(?:ago|earlier|before))"
        rf"(?P<head>\s+(?:(?i:{ORDQ})\s+)?(?i:quarter|period|nine\s+months|six\s+months|first\s+half|second\s+half)"
        rf"{R})?",
        ago.r_yearago,
        triggers=words(["year"]),
    ),
    # "full-year results", "its full-year forecast": the whole year reported on, as "third-quarter" is its quarter
    # (the determiner belongs to the noun after it).
    Kind(
        "full_year",
        rf"{L}(?i:full-year){R}",
        periods.r_full_year,
        triggers=words(["full-year"]),
    ),
    # "the day before", "the week after", "the night before": one unit from the date last mentioned.
    # Only when nothing follows in the clause: "the day before the vote" is "the day" + "before the vote".
    Kind(
        "unit_before",
        # (And a season of a history: "the winter before had been mild", "the summer after".)
        rf"{L}(?i:the)\s+(?P<unit>(?i:day|night|morning|evening|week|month|year)|{SEASON}){R}\s+"
        rf"(?P<dir>(?i:before|after|earlier)){R}(?=\s*(?:[,.;:!?)]|$))",
        relative.r_unit_before,
        triggers=words(["day", "night", "morning", "evening", "week", "month", "year", *en.SEASONS]),
    ),
    # "in the new year", "early in the new year" (in lower case: "the New Year" is the holiday).
    Kind(
        "new_year",
        rf"{L}(?P<pre>(?i:early|late|earlier|later)\s+in\s+)?(?i:the)\s+new\s+year{R}(?![’']s)",
        periods.r_new_year,
        triggers=words(["year"]),
    ),
    Kind(
        "yearend",
        rf"{L}(?P<pre>(?i:around|about)\s+)?(?i:year[\s-]end|year's\s+end){R}",
        periods.r_yearend,
        triggers=words(["year"]),
    ),
    # "a week from Saturday", "ten days from today", "two weeks from next Monday": a count from a day named.
    Kind(
        "from_day",
        rf"{L}(?P<num>{NUM})\s+(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?)){R}\s+(?i:from)\s+"
        rf"(?P<day>(?P<det>(?i:this|next)\s+)?{WEEKDAY}|{DEICTIC})",
        relative.r_from_day,
        triggers=words(["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"]),
        starts="either",
    ),
    # "N units ago", "a year earlier", "two weeks later" (kept or not by the engine), "a week or so ago".
    Kind(
        "ago",
        # "Half a century later", "a year and a half later": halves of a unit, counted in the next finer one.
        rf"{L}(?P<qmod>{QMOD}\s+)?(?P<num>{NUM}|{VAGUE}|(?i:half\s+an?))\s+(?P<unit>{UNIT})(?P<half>\s+(?i:and\s+a\s+half){R})?"
        rf"(?P<post>\s+{POSTMOD})?"
        # ("a week later than planned", "a fortnight earlier than usual" compare with another time: a count
        # alone.)
        rf"\s+(?P<dir>(?i:ago|earlier(?!\s+than{R})|later(?!\s+than{R})|afterwards?|from\s+now|hence|previously|beforehand)"
        # "two years before.", "Ten years on, the town ...": the word closes its clause (else "before" and "on"
        # are prepositions: "two years before the war", "two years on the throne").
        rf"|(?i:before|on)(?=\s*[,.;:])"
        # "two days after that": after the date last told ("that" no determiner: not "after that meeting").
        rf"|(?i:after\s+th(?:at|is))(?=\s*[,.;:!?]|\s+(?:(?i:the|a|an|he|she|it|they|we|i|his|her|its|their)\b|[A-Z])))"
        rf"{R}",
        ago.r_ago,
        triggers=words(en.UNITS, en.UNIT_PLURALS, en.UNIT_ABBREVIATIONS),
        starts="either",
    ),
    Kind(
        "vague_ago",
        rf"{L}(?P<unit>(?i:years|months|weeks|days|decades)){R}\s+(?i:ago){R}",
        ago.r_vague_ago,
        triggers=words(["years", "months", "weeks", "days", "decades"]),
    ),
    # Anaphoric or deictic unit: "the following day", "that year", "this coming Sunday", "last week",
    # "earlier this month", "the end of this week", "this past spring", "late last year".
    Kind(
        "rel",
        rf"{L}(?P<pre>{PREMOD}\s+|(?i:earlier|later|sometime|some\s+time)\s+|(?i:around|about)\s+"
        # "early in the next century", "late in the following year": the edge of the unit the story moves to.
        rf"|(?i:early|late)\s+in\s+(?=(?i:the\s+(?:next|following|previous|preceding|same))\s))?"
        # "last day of term", "last Saturday of the summer": the final one of a stretch, not the one before now;
        # and "my last day at work" is the final one too ("last day" is never yesterday, as "last night" is).
        # But after a verb in the past the "of" is the verb's ("was accused last week of lying", "warned last
        # month of a slowdown", "found guilty last year of fraud"): there "last" is the one before now, unless
        # a stretch of time follows "of" ("booked last week of August").
        rf"(?!{_NO_VERB_BEFORE}(?i:last)\s+[\w.]+\s+(?i:of)\s|(?i:last)\s+[\w.]+\s+(?i:of)\s+{_A_STRETCH}"
        rf"|(?i:last)\s+(?i:day)(?![\w'’-]))"
        # "to the present day" is the writer's time as a whole (a REF word), not the day of writing.
        rf"(?!(?i:the\s+present\s+day){R})"
        # "said that July 14 is the date": "that" a conjunction before a month and its day, read by "mdy".
        rf"(?!(?i:that)\s+{MONTH}\.?\s+\d)"
        # "the same quarter of 2022": a period set in the year written after it, read by "period".
        rf"(?!(?i:the\s+(?:same|comparable|corresponding)\s+\w+\s+(?:of|in)\s+){YEAR4}{R})"
        rf"(?P<det>{REL})\s+(?P<fis>(?i:fiscal|financial)\s+)?"
        # "this Friday night", "nxt sat morning": the part of that day; "last march", "next may", as posts write
        # them (see the resolver).
        rf"(?P<head>{UNIT_SG}|(?i:weekend|term|period){R}|(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})(?:\s+(?P<part>{PART}))?|{MONTH_OR_LOWER}"
        rf"|{SEASON}|(?i:{alt(en.PARTS_OF_DAY)}){R})"
        rf"(?!\s+(?i:or\s+two))(?!\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year){R})(?P<post>\s+{POSTMOD})?",
        relative.r_rel,
        triggers=words(
            en.UNITS,
            en.UNIT_ABBREVIATIONS,
            en.WEEKDAYS,
            en.WEEKDAY_ABBREVIATIONS,
            en.MONTHS,
            en.SEASONS,
            en.PARTS_OF_DAY,
            ["term", "period"],
        ),
    ),
    # Compounds of length: "a decades-long feud", "a day-long meeting", "the two-week-long strike",
    # "a weeklong festival". One token, a duration like "two-year".
    Kind(
        "long_compound",
        rf"{L}(?:(?P<num>\d+|(?i:{NUMWORD}|a|an|one))-)?(?:(?P<unit>{_UNIT_WORD})-|(?P<solid>(?i:{alt(_SOLID_LONG)})))"
        rf"(?i:long){R}",
        durations.r_long_compound,
        triggers=words(en.UNITS, en.UNIT_PLURALS, [u + "long" for u in _SOLID_LONG]),
        starts="either",
    ),
    # "in two weeks' time", "in a year's time": the date that far from now.
    Kind(
        "units_time",
        rf"{L}(?P<num>{NUM})\s+(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?))(?:['’]s?|s['’])\s+(?i:time){R}",
        relative.r_units_time,
        triggers=words(["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"]),
        starts="either",
    ),
    # "half a century", "half an hour", "half the year"; quarters of one: "a quarter of an hour", "three quarters of
    # a century".
    Kind(
        "half_dur",
        rf"{L}(?P<qmod>{QMOD_OF_LENGTH}\s+)?(?:(?:(?i:half)|(?P<quarters>(?i:a|one|two|three))[\s-](?i:quarters?)\s+(?i:of))"
        # (and "half the year" as posts say it: "half the year gone already", P6M; not "half the year's profit")
        rf"\s+(?:(?i:an?)|(?<=[Hh]alf\s)(?i:the)(?=\s+(?i:year|decade|century){R}(?!['’])))\s+(?P<unit>{UNIT_SG})"
        # The part written before the unit as one noun, with its determiner: "a half-century", "the next half
        # century", "the past quarter-century", "the half hour it took".
        rf"|(?P<det>(?i:an?|the(?:\s+(?:next|past|last|previous|following))?)\s+)"
        rf"(?P<part>(?i:half|quarter))[\s-](?P<unit2>(?i:century|decade|hour)){R})",
        durations.r_half_dur,
        triggers=words(en.UNITS, ["quarter", "quarters"]),
    ),
    # "a week on sunday", a post's "a week sunday": British speech for "sunday week", a week after the coming
    # such day; not before a noun the weekday qualifies ("a week on sunday nights").
    Kind(
        "week_on_weekday",
        rf"{L}(?i:a\s+week\s+(?:on\s+)?)(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}){R}"
        rf"(?!['’]?s?\s+(?i:nights?|mornings?|afternoons?|evenings?|days?|week){R})",
        weekdays.r_weekday_week,
        triggers=words(en.WEEKDAYS, en.WEEKDAY_ABBREVIATIONS),
        openers=words(["a", "week", "on"]),
    ),
    # Durations: "the past five years", "the first nine months", "two-year", "2 1/2 years",
    # "at least 20 more years", "two to three weeks", "the next 12 to 18 months", "a minute and a half".
    Kind(
        "duration",
        rf"{L}(?P<qmod>{QMOD_OF_LENGTH}\s+)?(?P<det>(?i:the\s+(?:past|last|next|first|coming|previous|following|latest|"
        # "another two weeks", "an additional three years": one more count, its determiner inside as "a week"'s.
        rf"final|initial|remaining|same|entire|full|other)|each\s+of\s+the\s+(?:past|last|next)|the|another"
        rf"|an\s+additional|a\s+further|an\s+extra)\s+)?"
        rf"(?P<qmod2>{QMOD_OF_LENGTH}\s+)?(?!{YEAR4}(?:[\s-]+(?i:quarter|half|year|period){R}|\s+(?i:and)\s))"
        # "another month", "an extra hour", "two whole weeks", "six long years", "a single year": one more, all of
        # it, just one, or how it felt, still a count.
        # "between two and five years" (the resolver splits it as "between two to six days"; not before "ago",
        # "old": "two and three thousand years ago" is the second count's, its own kind; nor after a year:
        # "in 1820 and 30 years later").
        # "30-odd years": a round count and some more, about that many.
        rf"(?P<num>{NUM}|(?i:another))(?P<odd>-odd)?(?:\s+(?P<to>(?i:to|or|(?P<andto>and))\s+(?:{NUM})))?"
        rf"(?P<sep>[\s-]+|{GLUED_UNIT})(?i:more\s+|additional\s+|further\s+|single\s+|"
        rf"full\s+|trading\s+|business\s+|calendar\s+|working\s+|straight\s+|consecutive\s+|successive\s+|extra\s+|whole\s+|"
        rf"entire\s+|solid\s+|long\s+|short\s+|hard\s+|brief\s+|bitter\s+)?"
        rf"(?P<unit>{UNIT})(?![\s-]+old{R})(?P<half>\s+and\s+a\s+half{R})?"
        # "two hours and 15 minutes", "2 hours 51 minutes": one duration; "4 hours 42", "2 hrs 40": minutes
        # left unsaid after hours, as a race time is given (not before what is counted: "2 hrs 40 laps"; a
        # word that only ends in "s" is no plural: "1hr 40 this morning").
        rf"(?P<more>\s+(?:(?i:and)\s+)?(?P<num2>\d+|(?i:{NUMWORD}))\s+(?P<unit2>{UNIT})"
        rf"|(?<=[RrSs])(?:(?<=(?i:hours))|(?<=(?i:hour))|(?<=(?i:hrs))|(?<=(?i:hr)))\s+(?P<min2>[0-5]\d)(?![\w:%/'’-])(?![.,]\d)(?!\s+(?!(?:this|is|was|has|as)\b)(?:[a-z]+s|people|men|women)\b))?"
        rf"(?P<post>\s+{POSTMOD})?(?(andto)(?!\s+(?i:ago|old|of\s+age){R}))",
        durations.r_duration,
        triggers=words(en.UNITS, en.UNIT_PLURALS, en.UNIT_ABBREVIATIONS),
        openers=words(["another"]),
        starts="either",
    ),
    # A count of seasons: "the past three summers", "two winters", "the next two springs". A plural
    # "springs"/"falls" is also a noun or a verb, so those need the determiner.
    Kind(
        "season_count",
        rf"{L}(?:(?P<det>(?i:the\s+(?:past|last|next|previous|coming|following|first))\s+)(?P<num>{NUM})\s+"
        rf"(?P<season>(?i:summers|winters|autumns|springs|falls))|(?P<num2>\d+|(?i:{NUMWORD}))\s+"
        rf"(?P<season2>(?i:summers|winters|autumns))){R}",
        seasons.r_season_count,
        triggers=words(["summers", "winters", "autumns", "springs", "falls"]),
        starts="either",
    ),
    # "It was the third day of the siege", "today is the eighth day of the strike": the day the story is on,
    # counted from the start of something (see the resolver: only after "is" or "was"); in a history, "on the
    # second day" of an event just dated.
    Kind(
        "nth_day",
        rf"{L}(?P<the>(?i:the)\s+)?(?P<ord>(?i:{ORD_WORDS})|\d{{1,3}}(?:st|nd|rd|th))\s+(?i:day){R}",
        periods.r_nth_day,
        triggers=words(["day"]),
    ),
    # "extra hour in bed", "the extra hour is a lie": one unit more, its article left out as posts leave it
    # ("an extra hour" and "one extra day" are counts of the duration kind, tried first from their start).
    Kind(
        "extra_unit",
        rf"{L}(?i:extra)\s+(?P<unit>{UNIT_SG})(?![\s-]+(?i:old|long){R})",
        durations.r_one_unit,
        triggers=words(en.UNITS, en.UNIT_ABBREVIATIONS),
        openers=words(["extra"]),
    ),
    # A post's "meetings all day", "rain all week", "all 3 days": the whole of the unit, a duration (see the
    # resolver: posts only; not "an all day breakfast").
    Kind(
        "all_unit",
        rf"{L}(?i:all)\s+(?:(?P<num>\d{{1,2}}|(?i:{NUMWORD}))\s+(?P<units>(?i:days|weeks|months|years))"
        rf"|(?P<unit>(?i:day|week|month|year))){R}(?![\s-]+(?i:long|round|old){R})",
        durations.r_all_unit,
        triggers=words(["day", "week", "month", "year", "days", "weeks", "months", "years"]),
        openers=words(["all"]),
    ),
    # "9 sleeps til christmas", "3 more sleeps", "one more sleep": days counted in the nights to sleep till one,
    # as children count them (a count is needed: "retail never sleeps"; "4 sleep last night" is hours of it).
    Kind(
        "sleeps",
        rf"{L}(?:(?P<num>\d{{1,3}}|(?i:{NUMWORD}))\s+(?:(?i:more)\s+)?(?i:sleeps)|(?i:one|1)\s+(?i:more)\s+(?i:sleep)){R}",
        durations.r_sleeps,
        triggers=words(["sleep", "sleeps"]),
        starts="either",
    ),
    # "the first week", "the final hour": the opening or closing stretch of something, one unit long.
    Kind(
        "edge_unit",
        rf"{L}(?i:the)\s+(?P<edge>(?i:first|final|opening|closing))\s+(?P<unit>(?i:hour|week|month)){R}",
        durations.r_one_unit,
        triggers=words(["hour", "week", "month"]),
    ),
    # "the first hours of the war", "the early years", "over the years": an unnumbered stretch of units; not
    # before the year or month whose edge it tells ("the early months of 1847": that year, START).
    Kind(
        "edge_units",
        rf"{L}(?:(?<=\b[Oo]ver\s)(?i:the)\s+|(?i:the)\s+(?P<edge>(?i:first|early|last|final|opening|closing|initial))\s+)"
        rf"(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries)){R}(?!{_EDGE_OF_A_DATE})",
        durations.r_edge_units,
        triggers=words(["hours", "days", "weeks", "months", "years", "decades", "centuries"]),
    ),
    Kind(
        "vague_dur",
        rf"{L}(?P<qmod>{QMOD_OF_LENGTH}\s+)?(?P<det>(?i:the\s+(?:past|last|next|coming|first|following))\s+)?"
        rf"(?P<vague>{VAGUE})[\s-]+(?:(?i:more|additional)\s+)?(?P<unit>{UNIT_PL}|(?<=-){UNIT_SG})(?P<post>\s+{POSTMOD})?",
        durations.r_vague_dur,
        triggers=words(en.UNITS, en.UNIT_PLURALS),
    ),
    # "recent weeks", "coming months", "the following days", "the weeks ahead", "weeks or months".
    Kind(
        "recent_pl",
        rf"{L}(?P<det>(?i:the\s+)?(?:recent|coming|past|future)\s+|(?i:the\s+(?:{alt(_SEQUEL_WORDS)}))\s+)(?P<unit>{UNIT_PL})"
        rf"(?P<and>\s+(?i:and)\s+{UNIT_PL})?",
        durations.r_recent_pl,
        triggers=words(en.UNIT_PLURALS),
    ),
    Kind(
        "ahead_pl",
        rf"{L}(?i:the)\s+(?P<unit>{UNIT_PL})\s+(?i:ahead|to\s+come){R}",
        durations.r_ahead_pl,
        triggers=words(en.UNIT_PLURALS),
    ),
    Kind(
        "or_pl",
        rf"{L}(?P<unit>{UNIT_PL})\s+(?i:or)\s+{UNIT_PL}",
        durations.r_or_pl,
        triggers=words(en.UNIT_PLURALS),
    ),
    # Bare plural after a preposition of duration: "for years", "for hours", "within weeks", "the first rain in
    # days"; or as the object of a verb of length: "could take months", "the talks lasted days", "spent years".
    Kind(
        "bare_pl",
        # ("for generations", "the worst flood in generations": years the text does not count, PXY; "for hours",
        # "trapped for days"; not "paid for hours worked".)
        rf"(?:(?:(?<=\b[Ff]or\s)|(?<=\b[Ii]n\s))(?P<unit>(?i:years|months|weeks|days|hours|minutes|decades|centuries|generations))(?!\s+(?:worked|off)\b)"
        rf"|(?:(?<=\b[Ww]ithin\s)(?P<within>)|{_LENGTH_VERBS_BEFORE})(?P<wunit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))"
        # A bare plural before "after" or "before", after a comma, a verb's past participle or "only", "just",
        # "was": "fired the coach on Sunday, hours after the defeat", "indicted days before the election",
        # "spotted only days before they pass" (not "the days before", "a hundred days after": counted); or
        # opening its sentence: "Days after the storm, ...", "Hours before the vote, ...".
        rf"|(?:(?<=,\s)|{_BEFORE_A_BARE_STRETCH}|(?<=[a-z]ed\s)(?<!\bhundred\s)|{_SENTENCE_OPENING})"
        rf"(?P<aunit>(?i:hours|days|weeks|months))(?=\s+(?:after|before)\s)"
        # "in the years that followed": the stretch after the story's time, "the" outside (as AQUAINT marks it).
        rf"|(?:(?<=\b(?i:in)\s(?i:the)\s)|(?<=\b(?i:during)\s(?i:the)\s))"
        rf"(?P<funit>(?i:years|months|weeks|days|decades|centuries))(?=\s+(?i:that|which)\s+(?i:followed|ensued)\b)"
        # "Within a generation (of the conquest)": years the text does not count, as "for generations", "within"
        # inside (not "a generation ago"); "for a generation", "the biggest change in a generation", the
        # preposition outside as for any stretch (not "a generation of historians", "for a generation that had
        # never seen the sea": people, as "a new generation").
        rf"|(?P<gwithin>(?i:within)\s+)(?P<gen>(?i:a\s+generation))(?!\s+(?i:ago|later|earlier|before|after|or)\b)"
        rf"|(?:(?<=\b[Ff]or\s)|(?<=\b[Ii]n\s)|(?<=\b[Oo]ver\s))(?P<gen2>(?i:a\s+generation))"
        rf"(?!\s+(?i:ago|later|earlier|before|after|or|of|that|who|which|whose)\b)"
        # "caused months of delays", "after weeks of talks": a bare plural of what was gone through, the object
        # of a verb or a preposition (not "years of their lives": a share of something's own); "minutes later",
        # "Years earlier": a stretch back or on the text does not count (the word before is the resolver's).
        rf"|(?P<ounit>(?i:minutes|hours|days|weeks|months|years|decades))"
        rf"(?=\s+(?:(?i:of)\s+(?!(?i:age|my|our|your|his|her|its|their)\b)[a-z]|(?i:later|earlier)\b))"
        rf"){R}"
        # "years of war" is a count of things; "within weeks of his death" is still a stretch of time.
        rf"(?!\s+(?i:ago|old|past))(?(within)|(?(gwithin)|(?(ounit)|(?!\s+of\s+(?!\w+ing\b)))))",
        durations.r_bare_pl,
        triggers=words(en.UNIT_PLURALS, ["generations", "generation"]),
        openers=words(["within"]),
    ),
    # Sets: "every week", "each Thursday", "every half hour", "twice a year", "annually", "Tuesday nights".
    Kind(
        "set",
        # "every third year", "every 2nd week": one in so many (not "every second", the unit, with no head after).
        rf"{L}(?:(?P<each>(?i:every|each))\s+(?:(?i:single)\s+)?(?:(?P<num>{NUM}|other|\d{{1,2}}(?:st|nd|rd|th)"
        rf"|(?i:{alt(o for o in en.ORDINALS if o != 'first')}))\s+|(?P<half>(?i:half)(?:\s+an?\s+|[\s-]))"
        # "every few hours", "every couple of weeks": a count left vague, the set of that stretch.
        rf"|(?<=[Ee]very\s)(?P<vague>(?i:few|several|couple\s+of))\s+(?=(?i:{alt(en.UNIT_PLURALS)})\b))?"
        # "every Sunday evening": the part of each day; "every August 13": that day of each year.
        rf"(?P<head>{UNIT}|(?:{WEEKDAY}|{WEEKDAY_ABBR})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)){R})?"
        rf"|{MONTH}(?:\s+(?P<mday>{DAY})(?!\s*,?\s*\d))?|{SEASON}|(?i:weekend|morning|afternoon|evening|night){R}"
        # "every 9am": that time of each day.
        rf"|(?P<chead>(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*{AMPM}))"
        # "every Monday and Thursday", "each Tuesday, Thursday and Saturday": the weekdays joined to the first
        # recur as it does (each its own set, the connectors outside); not one with a part of the day after it
        # ("every Monday and Friday night": that night is told apart).
        rf"(?:(?<=[Dd]ay)(?P<more>(?:,\s*{WEEKDAY}|,?\s+(?i:and|or|&)\s+{WEEKDAY}){{1,5}})"
        rf"(?!\s+(?i:morning|afternoon|evening|night)))?"
        # "every morning at 7", "every Sunday at 10.30am": the clock time of each (see the resolver).
        rf"(?P<at>\s+(?i:at)\s+(?P<ch>1[0-2]|[1-9])(?:[:.](?P<cmi>[0-5]\d))?(?:\s*(?P<cap>{AMPM}))?(?![\w:%/-])(?![.,]\d)"
        rf"(?!\s*(?i:percent|per|{UNIT})))?"
        # (the count in figures, "3 times a week", opens with a digit: the next kind's)
        rf"|(?P<times>(?i:once|twice|thrice|{NUMWORD}\s+times))\s+(?i:a|an|per|each|every)\s+(?P<unit2>{UNIT_SG}))",
        sets.r_set,
        triggers=words(
            en.UNITS,
            en.WEEKDAYS,
            en.WEEKDAY_ABBREVIATIONS,
            en.MONTHS,
            en.SEASONS,
            en.PARTS_OF_DAY,
            ["once", "twice", "thrice", "times"],
        ),
    ),
    # "3 times a week", "10 times a day": a count of times in figures, the same set as "three times a week".
    Kind(
        "set_times_in_figures",
        rf"{L}(?P<times>\d+\s+(?i:times))\s+(?i:a|an|per|each|every)\s+(?P<unit2>{UNIT_SG}){R}",
        sets.r_set,
        triggers=words(["times"]),
        starts="digit",
    ),
    Kind(
        "freq",
        rf"{L}(?P<adv>(?i:{alt(en.FREQ_ADVERBS)})){R}",
        sets.r_freq,
        triggers=words(en.FREQ_ADVERBS),
    ),
    Kind(
        "wd_plural",
        # "Mondays", and in lower case as posts write it ("i hate mondays").
        rf"{L}(?:(?<=\b(?:on|at)\s)(?P<we>(?i:weekends)){R}|(?P<wd>(?:{alt([*en.WEEKDAYS, *_LOWER_WEEKDAYS])})s)"
        rf"(?:\s+(?P<part>(?i:mornings|afternoons|evenings|nights)))?"
        rf"|(?P<wd1>{alt(en.WEEKDAYS)})\s+(?P<part1>(?i:mornings|afternoons|evenings|nights))){R}",
        sets.r_wd_plural,
        triggers=words([w + "s" for w in en.WEEKDAYS], ["weekends"]),
    ),
    # A part of the day in the plural, as a habit: "in the evenings", "most nights" (the set of them; "in" outside);
    # not nights picked out by what follows ("in the nights that followed", "the evenings of the festival").
    Kind(
        "part_plural",
        rf"{L}(?:(?<=\b[Ii]n\s)(?i:the)|(?i:most))\s+(?P<part>(?i:mornings|afternoons|evenings|nights)){R}"
        rf"(?!\s+(?i:that|which|of|before|after|when|ahead|to\s+come|leading)\b)",
        sets.r_part_plural,
        triggers=words(["mornings", "afternoons", "evenings", "nights"]),
        openers=words(["the", "most"]),
    ),
    # Day deictics with parts of day: "yesterday", "late yesterday", "this morning", "last night",
    # "tomorrow afternoon", "mid-afternoon yesterday".
    Kind(
        "deictic",
        rf"{L}(?P<pre>(?i:early|late|earlier|later|mid-?)\s*)?(?P<word>{DEICTIC})"
        rf"(?:\s+(?P<part>{PART}))?",
        relative.r_deictic,
        triggers=words(en.DAY_DEICTICS),
        starts="either",  # "2nite", "2moro"
    ),
    Kind(
        "part_deictic",
        rf"{L}(?P<pre>(?i:early|late|earlier|later)\s+)?(?P<part>{PART})\s+(?P<word>{DEICTIC}|{WEEKDAY})",
        day_parts.r_part_deictic,
        triggers=words(en.PARTS_OF_DAY, en.DAY_DEICTICS, en.WEEKDAYS),
    ),
    # A part of the publication day on its own: "by mid afternoon", "overnight losses".
    Kind(
        "lone_part",
        rf"{L}(?P<part>(?i:mid[\s-]?afternoon|mid[\s-]?morning|overnight)){R}",
        day_parts.r_lone_part,
        triggers=words(en.PARTS_OF_DAY, ["midmorning"]),
    ),
    # "at dawn", "before sunrise", "by nightfall", "by evening" (the preposition is checked in resolve).
    Kind(
        "lone_dawn",
        # "by early afternoon", "until late evening": its modifier inside.
        rf"{L}(?P<pre>(?i:early|late)\s+)?(?P<part>(?i:{alt([*en.LONE_PARTS_OF_DAY, *en.LONE_DAY_PARTS])})){R}"
        rf"(?!\s+(?i:of){R})",
        day_parts.r_lone_dawn,
        triggers=words([*en.LONE_PARTS_OF_DAY, *en.LONE_DAY_PARTS]),
    ),
    Kind(
        "this_part",
        # ("the overnight low": "overnight" is an adjective there, the night's time alone, as "lone_part" reads it.)
        # "in the early evening", "by the late afternoon": the modifier after the article, as inside it.
        rf"{L}(?P<pre>(?i:early|late|earlier|later)\s+)?(?P<det>(?i:this|last|the))\s+(?!(?i:overnight){R})"
        rf"(?P<inner>(?i:early|late)\s+)?(?P<part>{PART}|(?i:{alt(en.MORNING_SHORT)}){R})",
        day_parts.r_this_part,
        # "a.m", not "a.m.": a trigger that ends in a stop would cost the scanner its fast search for heads.
        triggers=words(en.PARTS_OF_DAY, [w.rstrip(".") for w in en.MORNING_SHORT]),
    ),
    # "thursday week": a week after the coming Thursday (see the resolver); not "a thursday week night".
    Kind(
        "weekday_week",
        rf"{L}(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})\s+(?i:week){R}(?!['’]?s?\s+(?i:nights?|days?|ends?){R})",
        weekdays.r_weekday_week,
        triggers=words(en.WEEKDAYS, en.WEEKDAY_ABBREVIATIONS),
    ),
    Kind(
        "weekday",
        # Also abbreviated, as posts write them: "Concert on Sat!", "Thurs at 8" (see the resolver).
        rf"{L}(?P<pre>(?i:early|late|earlier|later|mid-?)\s*)?(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})(?:\s+(?P<part>{PART}))?",
        weekdays.r_weekday,
        triggers=words(en.WEEKDAYS, en.WEEKDAY_ABBREVIATIONS),
    ),
    # Months: "mid-November", "early September", "the end of November", "the middle of October".
    Kind(
        "month",
        # Abbreviations in lower case too ("back in jan", "since oct"): the resolver wants a preposition.
        rf"{L}(?P<pre>{PREMOD}\s*)?(?P<mon>{MONTH_OR_LOWER}|{MONTH_ABBR_LOWER})(?!\s*\d)",
        months.r_month,
        triggers=words(en.MONTHS),
    ),
    Kind(
        "season",
        # "the end of the summer": a modifier and the season's own article, both inside; "the second spring"
        # (of a siege, a war: a history counts its seasons) with its ordinal (see the resolver).
        # "midsummer", "mid-winter": the middle of the season in one word, the modifier inside.
        rf"{L}(?P<pre>{PREMOD}\s+(?:(?i:the)\s+)?|(?i:the)\s+(?P<ord>(?i:first|second|third|fourth|fifth)\s+)?"
        rf"|(?P<mid>(?i:mid)-?)(?=(?i:{alt(en.MID_SEASONS)}){R}))?"
        rf"(?P<season>{SEASON})",
        seasons.r_season,
        triggers=words([*en.SEASONS, *(f"mid{season}" for season in en.MID_SEASONS)]),
    ),
    # Years of an era and approximate years, as histories write them: "300 BC", "AD 79", "146 B.C.",
    # "about 300 BC", "c. 1120", "circa 1480". "AD" goes before the number or after it, the others after.
    Kind(
        "era_year",
        # "the end of 216 BC", "early 44 BC", "the rest of 217 BC": a part of it, inside as the mod.
        rf"{L}(?P<edge>{PREMOD}\s*)?(?:(?P<pre>(?i:about|around|circa)\s+|(?:c|ca)\.\s?)?(?:(?P<era1>A\.D\.|AD)\s+(?P<y1>[1-9]\d{{0,3}})"
        # Not a year from 1950 on before a name: "in 2010 BC Hydro raised rates" (British Columbia), "the 2012
        # AD Awards"; an earlier year may open a sentence's subject ("In 480 BC Xerxes crossed", "About 1900 BC
        # Egypt ...").
        rf"|(?!(?:19[5-9]\d|20\d\d)\s*{ERA}\s+[A-Z][a-z])(?P<y2>[1-9]\d{{0,3}})\s*(?P<era2>{ERA}))|(?P<circa>(?i:circa)\s+|(?:c|ca)\.\s?)(?P<y3>[1-9]\d{{2,3}})"
        # "in about 1331", "around 1900": a year, about (never "about 1500 people", see the resolver); "around
        # 874" only in a history of the first millennium (see the resolver).
        rf"|(?P<about>(?i:about|around)\s+)(?:(?P<y4>1\d{{3}}|20\d\d)|(?P<y5>[1-9]\d\d)))"
        rf"(?![\w-])(?![.,]\d)",
        dates.r_era_year,
        triggers=words(["ad", "bc", "bce", "ce", "circa"]),
        openers=words(["c", "ca", "circa", "ad"]),
        starts="either",
    ),
    # A three-digit year in a history: "raided the island in 793." (after "in", before punctuation or "and":
    # "in 793 fathoms" is a count; never in news, where such a number is a count of something). After "in",
    # "until", "by", "since", "from", "before" or "after" and before the subject of a clause ("In 431 a council
    # met", "until 519, when"), a year only near the story's own (see the resolver).
    Kind(
        "year3",
        rf"(?:{_AFTER_A_YEAR3_WORD})(?P<y>[1-9]\d\d)(?:(?<=[Ii]n\s\d\d\d)(?P<closed>(?=\s*[,;:)]|\.(?!\d)|\s+(?i:and|when|but){R}))"
        rf"|(?={_YEAR3_END})|(?![\w-]){_BEFORE_A_PREPOSITION})",
        dates.r_year3,
        starts="digit",
    ),
    # Years: "1998", "fiscal 1989", "mid-1996", "the year two thousand", "1994 or later", "'98".
    Kind(
        "year",
        rf"{L}(?<![$£€#¥]){L}(?P<pre>{PREMOD}\s*|(?i:the\s+end\s+of\s+)|(?i:pre|post)-)?(?P<fis>(?i:fiscal|calendar|the\s+year|"
        rf"(?:the\s+)?fiscal\s+year|model\s+year)\s+)?(?P<y>{YEAR}|{CLIPPED_YEAR}){R}(?![.,]\d)(?!\s*(?:%|(?i:percent|per\s+cent)))"
        rf"(?P<post>\s+(?i:or\s+later|and\s+beyond|or\s+earlier))?",
        clock.r_year_or_clock,
        triggers=words(["nineteen", "eighteen", "seventeen", "thousand"]),
        openers=words(["pre", "post"]),
        starts="either",
    ),
    # The writer's time of year, a year back: "more guards than at this time last year", "up from this time a
    # year ago" (a month, as the season of the year is meant; "at" outside).
    Kind(
        "this_time_last_year",
        rf"{L}(?i:this\s+time\s+(?:last\s+year|a\s+year\s+ago)){R}",
        periods.r_this_time_last_year,
        triggers=words(["time"]),
    ),
    # Two units on or back: "the week before last", "the year after next", "the day after next"; in posts the
    # article is often left out ("week after next").
    Kind(
        "two_away",
        rf"{L}(?P<det>(?i:the)\s+)?(?P<head>(?i:day|week|weekend|month|year))\s+"
        rf"(?i:(?P<dir>before)\s+last|after\s+next){R}(?!\s+(?:{WEEKDAY}|{MONTH}|(?i:{UNIT})))",
        periods.r_two_away,
        triggers=words(["day", "week", "weekend", "month", "year"]),
    ),
    # Period nouns: "the quarter", "the latest period", "the full year", "the 1988 period", "the year",
    # "the end of the decade".
    Kind(
        "period",
        # ("the state's fiscal year": after a possessive, the fiscal year alone, "'s" outside.)
        # ("by mid-century", "mid-decade": the middle of the story's century or decade, no article written.)
        # ("later in the day", "early in the day": "the day" alone, "later in" outside, as TimeBank marks it;
        # "earlier in the year" is one span.)
        rf"{L}(?P<pre>{PREMOD}\s+|(?i:earlier|later|early|late)\s+in\s+(?!(?i:the\s+day){R})|{_HALF_OF_THE}\s+"
        rf"|(?i:mid)-(?=(?i:century|decade){R}))?"
        rf"(?P<det>(?<=[Mm]id-)|(?:(?i:the|this|that|a|its)\s+|(?<=['’]s\s)(?=(?i:fiscal|financial)\s))(?:(?P<same>(?i:comparable|corresponding|same))\s+|(?i:full|fiscal|financial|calendar|latest|"
        rf"most\s+recent|recent|entire|whole|current|flat|first|fiscal-first)\s+)*)(?P<y>{YEAR4}\s+)?"
        rf"(?P<head>(?i:year|quarter|period|month|week|day|fiscal\s+year|financial\s+year|morning|afternoon|evening|weekend|decade|"
        rf"century)){R}"
        rf"(?P<tail>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year){R})?"
        # ("the same quarter of 2022": the year the period is set in, only after a word that sets it beside one.)
        rf"(?(same)(?P<of_year>\s+(?i:of|in)\s+(?P<y_of>{YEAR4}){R})?)",
        periods.r_period,
        triggers=words(en.UNITS, ["period", "morning", "afternoon", "evening"]),
        starts="either",
    ),
    # "the long weekend", "the holiday weekend", "this bank holiday weekend"; in posts also a bare "weekend",
    # "wknd", "bank holiday weekend" (see the resolver).
    Kind(
        "post_weekend",
        rf"{L}(?P<det>(?:(?i:the|this)\s+)?(?i:long|holiday|(?:long\s+)?bank\s+hol(?:iday)?)\s+|(?i:the|this)\s+(?i:long)\s+)?"
        rf"(?i:weekend|wknd|wkend){R}",
        periods.r_post_weekend,
        triggers=words(["weekend", "wknd", "wkend"]),
        openers=words(["long", "holiday", "bank"]),
    ),
    # REF words: "now", "recently", "the future", "these days".
    Kind(
        "ref",
        rf"{L}(?P<ref>(?i:{alt(en.REF_WORDS)})){R}",
        refs.r_ref,
        triggers=last_words(en.REF_WORDS),
    ),
    Kind(
        "while",
        rf"{L}(?i:a\s+(?:little\s+|long\s+|short\s+)?while){R}",
        durations.r_while,
        triggers=words(["while"]),
    ),
    Kind(
        "decade_word",
        rf"{L}(?i:centuries|decades){R}(?!\s+(?i:ago|of|old))",
        durations.r_decade_word,
        triggers=words(["centuries", "decades"]),
    ),
)

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
if len(BY_NAME) != len(KINDS):
    raise RuntimeError("two kinds of expression share a name")
