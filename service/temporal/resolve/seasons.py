"""Seasons: "summer 1998", "this winter", and a bare season only where it is not a verb, a name or a
modifier of a noun.
"""

from __future__ import annotations

import re

from service.temporal import calendar as cal
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import PAST_FORMS
from service.temporal.numbers import parse_number
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.dates import a_year_of_the_story_s_millennium, before_the_era
from service.temporal.resolve.nearest import around, pick_year
from service.temporal.resolve.story import shared_year, told_in_past_perfect, year_of_unyeared
from service.temporal.resolve.values import duration_value
from service.temporal.resolve.words import normalise, opens_sentence, prefix_mod, year_number


def r_season_year(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("rel"):
        y, anchor = c.base.year + en.REL_DETERMINERS[normalise(g["rel"])], c.base_anchor
    elif g.get("story"):
        # "the autumn of that year": a season of the story's year, or of the year after or before it.
        y, anchor = c.anchor.year + en.REL_DETERMINERS[normalise(g["story"])], "previous"
    elif g.get("bc"):
        bc, code = int(g["bc"]), en.SEASONS[normalise(g["season"])]
        r = Resolved("DATE", f"BC{bc:04d}-{code}", prefix_mod(g.get("pre")), "absolute")
        return before_the_era(r, bc, c, cal.SEASON_MONTHS[code][0])
    elif g.get("ad") or g.get("ad2"):
        y, anchor = int(g.get("ad") or g["ad2"]), "absolute"  # "the autumn of AD 21", "the spring of 22 CE"
    elif g.get("y3"):
        if c.doc_type != "narrative":
            return None  # "the spring of 300": only a history dates by the first millennium
        y, anchor = int(g["y3"]), "absolute"
    elif g.get("y3p"):
        if not a_year_of_the_story_s_millennium(int(g["y3p"]), c):
            # "In the spring of 300 to 400 men died" of a later age: a count, and the season is alone.
            end = c.text.index(g["season"], m.start) + len(g["season"])
            alone = r_season(Match("season", m.start, end, Groups(pre=g.get("pre"), season=g["season"])), c)
            if isinstance(alone, Resolved) and alone.end is None:
                alone.end = end
            return alone
        y, anchor = int(g["y3p"]), "absolute"
    else:
        y, anchor = year_number(g["year"], c.ref), "absolute"
    code = en.SEASONS[normalise(g["season"])]
    return Resolved(
        "DATE", f"{y:04d}-{code}", prefix_mod(g.get("pre")), anchor, point=cal.season_start(y, code), unit="year"
    )


# The word after a season, hyphenated words whole ("the summer all-stars": a modifier of "all-stars").
_SEASON_NEXT_WORD = re.compile(r"\s+([a-z]+(?:-[a-z]+)*)\b")


# Words that may follow a season that is itself the time expression: prepositions, conjunctions,
# auxiliaries and verbs of change, adverbs of time.
_SEASON_FOLLOWERS = frozenset(
    {"of", "in", "on", "at", "for", "to", "from", "and", "or", "but", "when", "as", "after", "before", "until",
     "while", "if", "because", "with", "is", "was", "will", "would", "has", "had", "have", "be", "been",
     "could", "may", "might", "should", "can", "arrives", "arrived", "comes", "came", "began", "begins",
     "ended", "ends", "starts", "started", "approaches", "brought", "brings", "saw", "sees", "that", "which",
     "through", "into", "by", "than", "so", "then", "ahead", "just", "too", "also", "alone", "again", "last",
     "this", "next", "the", "a", "its", "their", "his", "her", "our", "he", "she", "they", "we", "it", "i",
     "months", "season", "break", "holidays", "vacation", "recess", "go", "goes",
     "went", "gone", "flew", "flies", "passed", "passes", "feels", "felt", "seems", "seemed", "lasted", "lasts",
     "already", "finally", "officially", "here", "over", "isn", "wasn", "won", "there", "abroad", "away",
     "together", "ashore", "indoors", "home", "whether", "unless", "once", "since", "where", "who", "whose",
     "an", "my", "your", "not", "were", "are", "did", "does", "do", "during", "without", "despite", "along",
     "across", "around", "among", "within", "toward", "towards", "against", "near", "beyond", "behind",
     # A quantifier or pronoun opens the clause's subject, so the season before it heads its own phrase: "by the
     # summer all parties had been banned", "in the spring many farmers switched", "that winter some fled".
     "all", "most", "many", "some", "both", "each", "every", "no", "few", "several", "these", "those", "you",
     "us", "them", "him", "me", "everyone", "everybody", "nobody", "nothing", "everything", "none",
     # So do a count and the words that open a noun phrase as a quantifier does: "by the autumn whole villages
     # had been abandoned", "in the spring two fleets sailed", "that winter thousands died".
     "whole", "entire", "half", "much", "more", "fewer", "another", "such", "only", "even",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "dozens",
     "scores"}
)  # fmt: skip
# What a bare "spring" or "fall" opening its clause may go on with as the season's subject ("Spring has
# arrived", "fall is here"): the season, not the verb or the coil.
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:(?:is|'s)\s+(?:(?:basically|practically|definitely|really|properly|actually|well\s+and\s+truly)\s+)?"
    r"(?:here|coming|over|nearly|almost|finally|officially|happening|(?:close|near)(?!\s+to\b)|on\s+its\s+way)|has\s+"
    r"(?:(?:finally|officially|really|definitely)\s+)?(?:arrived|come|begun|started|sprung)|arrives|arrived|came|comes|"
    r"begins|began|starts|started"
    # or is spoken to: "spring you are loud", "fall you're my favourite"
    r"|you\s+(?:are|re)|you['’]re)\b",
    re.IGNORECASE,
)
# The season's arrival told as reaching now: "winter has arrived", "spring is basically here", "autumn is well and
# truly here" (the season now, or the one just beginning; not "summer came early last year").
_ARRIVED_AFTER = re.compile(
    r"\s+(?:(?:is|'s)\s+(?:(?:basically|practically|definitely|really|properly|finally|officially|well\s+and\s+"
    r"truly)\s+)?here|has\s+(?:(?:finally|officially|really|definitely)\s+)?(?:arrived|come|begun|started|sprung))\b",
    re.IGNORECASE,
)


# A preposition of time right before a bare season: "in spring", "during the autumn", "over the summer", "by fall".
_SEASON_PREPOSITION = re.compile(
    r"\b(?:in|during|over|by|until|till|since|through|throughout|before|after)\s+(?:the\s+)?$", re.IGNORECASE
)
# A form of "spend" and a determiner right before a season: with a participle after it, the season is what
# was spent ("spent the summer purifying it"), not a modifier of the word after it ("the winter quarters").
_SPENT_BEFORE = re.compile(
    r"\b(?:spend|spends|spent|spending)\s+(?:(?:the|that|a|their|his|her|its)\s+)?$", re.IGNORECASE
)
# A post waits for the season: "roll on spring", "bring on fall", "cant wait for spring".
_AWAITED_BEFORE = re.compile(
    # (or greeted: "hello spring", "welcome fall", "goodbye spring")
    r"\b(?:roll\s+on|bring\s+on|wait\s+for|waiting\s+for|ready\s+for|hello|welcome|goodbye|bye)\s+$",
    re.IGNORECASE,
)
# "it's spring", "may actually be spring": the season that is now, the complement of "be".
_IT_IS_BEFORE = re.compile(
    r"\b(?:it['’]?s|its|it\s+is|be)\s+(?:(?:actually|finally|officially|basically|really|now|properly)\s+)?$",
    re.IGNORECASE,
)
# Months a season may stray to the wrong side when the tense is only a preference (see ``pick_year``).
_SEASON_SLACK = 6


def _season_year(code: str, c: Context) -> int:
    """The year of a season named without one: the nearest such season on the side the clause allows (the
    season under way is on both sides). Distances in months, from the base's month to the season's. A
    narrative moves forward: of two seasons as near as each other to the story's date, the later."""
    first, after = cal.SEASON_MONTHS[code]
    cur = c.base.year * 12 + c.base.month - 1

    def distance(y: int) -> float:
        lo, hi = y * 12 + first - 1, y * 12 + after - 2  # the season's first and last month
        return 0 if lo <= cur <= hi else (lo - cur if lo > cur else hi - cur)

    return pick_year(
        around(c.base.year),
        distance,
        c.direction(),
        c.slack(_SEASON_SLACK),
        later_on_tie=c.doc_type == "narrative",
    )


def r_season(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    name = normalise(g["season"])
    pre = g.get("pre") or g.get("mid")
    start = None
    if g.get("ord"):
        # "the first winter", "the second spring of the siege": a history's count of the seasons of what it
        # tells, the ordinal inside, dated as the season alone is. Elsewhere the season alone.
        if c.doc_type == "narrative":
            pre = "the "
        else:
            pre, start = None, c.text.index(g["season"], m.start)
    if (
        name in ("spring", "fall")
        and not pre
        and not c.preceded_by(_SEASON_PREPOSITION, m.start)
        and not (_opens_its_clause(c, m.start) and _SUBJECT_VERB_AFTER.match(c.text, m.end))
        and not (c.doc_type == "colloquial" and c.preceded_by(_AWAITED_BEFORE, m.start))
        and not c.preceded_by(_IT_IS_BEFORE, m.start)
    ):
        return None  # verbs and nouns far more often than seasons when bare, unless a preposition of time
        # governs them ("in spring", "by fall") or they are the subject ("Spring is here")
    if name == "fall" and pre and normalise(pre) == "the" and not _a_season_of_the_fall(c, m):
        return None  # "much of the fall", "the fall in prices", "blamed the fall on": a decline
    word = g.get("mid") or g["season"]
    if word[0].isupper() and not opens_sentence(c.text, c.text.index(word, m.start)):
        return None  # "The Long Winter", "Summer Olympics": part of a title or name
    nxt = _SEASON_NEXT_WORD.match(c.text, m.end)
    if name == "fall" and nxt and nxt.group(1) == "of":
        return None  # "after the fall of Nineveh": a collapse ("the fall of 1944" is read with its year)
    spent_doing = nxt and nxt.group(1).endswith("ing") and c.preceded_by(_SPENT_BEFORE, m.start)
    if (
        nxt
        and nxt.group(1).lower() not in _SEASON_FOLLOWERS
        and not spent_doing
        and not _verb_after_a_governed_season(c, m.start, nxt.group(1))
    ):
        return None  # "summer ice", "the winter transfer window": the season as a modifier of a noun
    code = en.SEASONS[name]
    shared = shared_year(c, m.end, cal.SEASON_MONTHS[code][0])
    story = _story_season_year(code, c)
    if shared is not None:
        y, anchor = shared, "absolute"  # "the spring and summer of 1942"
    elif story is not None:
        y, anchor = story, "previous"
    else:
        y, anchor = year_of_unyeared(c, _season_year(code, c))
        if cal.season_start(y, code) > c.ref and c.preceded_by(_SINCE_BEFORE, m.start) is not None:
            y -= 1  # "closed since the summer" is a summer begun by the time of writing
        elif c.doc_type != "narrative" and _ARRIVED_AFTER.match(c.text, m.end):
            # "winter has arrived" in late October: the season come now or just coming, whatever the tense says
            # (the present perfect reaches up to now): the one whose three months hold the post or come next,
            # however early it is felt ("summer is basically here" on a warm day in March).
            y = next(
                year
                for year in (c.ref.year - 1, c.ref.year, c.ref.year + 1)
                if cal.add_months(cal.season_start(year, code), 3) > c.ref
            )
    # "the summer months", "the winter months": the months are the season's own, inside (a time noun heads it).
    end = nxt.end() if nxt and nxt.group(1) == "months" else None
    return Resolved("DATE", f"{y:04d}-{code}", prefix_mod(pre), anchor, start=start, end=end,
                    point=cal.season_start(y, code), unit="season")  # fmt: skip


# A preposition of time before "the fall": the season ("in the fall", "from the fall", "until the fall").
_THE_FALL_PREPOSITION = re.compile(
    r"\b(?:in|during|by|until|till|since|through|throughout|before|after|from|into|over|for)\s+$", re.IGNORECASE
)
# "the fall in prices", "the fall in the pound": a decline in something (not "in 2019").
_FALL_IN_SOMETHING = re.compile(r"\s+in\s+(?![\d'])", re.IGNORECASE)


def _a_season_of_the_fall(c: Context, m: Match) -> bool:
    """Whether "the fall" is the season: after a preposition of time, and not a fall in something. In news
    "the fall" is as often a decline ("recovered much of the fall", "the fall was the steepest since 2008")."""
    return c.preceded_by(_THE_FALL_PREPOSITION, m.start) is not None and not _FALL_IN_SOMETHING.match(c.text, m.end)


def _verb_after_a_governed_season(c: Context, start: int, word: str) -> bool:
    """Whether a past-tense verb follows a season a preposition of time governs: the season closes its phrase
    and the clause's verb comes next ("a consultation held in the autumn drew 14,000 responses", "hives that
    waited until the autumn lost a third"), where a noun after it would be one the season modifies."""
    return word.lower() in PAST_FORMS and c.preceded_by(_SEASON_PREPOSITION, start) is not None


def _opens_its_clause(c: Context, pos: int) -> bool:
    """Whether the word at ``pos`` opens its clause: nothing but white space and quotes between them (the clause
    may begin before the white space after a stop, "lunch outside. spring is here", or after it)."""
    lo = c.layout.clause_start(pos)
    return lo >= _word_start(c, pos) or not c.text[lo:pos].strip(" \t\n\"'“‘(")


def _word_start(c: Context, pos: int) -> int:
    """Where the clause would begin if text[pos:] opened it: ``pos`` after white space and quotes."""
    i = pos
    while i > 0 and c.text[i - 1] in " \t\n\"'“‘(":
        i -= 1
    return i


def _story_season_year(code: str, c: Context) -> int | None:
    """In a narrative, a season named after a day or month of the story is the one under way then or the
    next ("On 22 June 1941 the invasion began. By the winter it had stalled": 1941's); after a winter,
    another season is of the next year ("the winter of 1777", then "in the spring": 1778). None elsewhere."""
    if c.doc_type != "narrative" or not c.anchor_from_text:
        return None
    a = c.anchor
    last = cal.SEASON_MONTHS[code][1] - 2  # the season's last month, counted from January of its year
    if (
        (c.anchor_unit in ("day", "week", "month") or c.anchor_season is not None)
        and c.preceded_by(_LIVED_THROUGH_BEFORE, c.span[0]) is not None
        and told_in_past_perfect(c, *c.span)
    ):
        # "In March 1642 the king reached York, where the queen had spent the winter": the past perfect puts
        # the season lived through before the story's date, the last one over by then. (Not "had sent his
        # men home for the winter", a season still ahead, nor "by the autumn had taken three towns", the
        # time the perfect is counted to.)
        cur = a.year * 12 + a.month - 1
        return next(y for y in (a.year, a.year - 1, a.year - 2) if y * 12 + last < cur)
    if (
        c.anchor_unit in ("day", "week", "month")
        and _HAD_AFTER.match(c.text, c.span[1]) is not None
        and _opens_its_clause(c, c.span[0])
    ):
        # A season that is the subject of the past perfect is the one lived through by the story's date, under
        # way or over ("On 8 October 1871 the fire broke out. The summer had been dry": 1871's; told on 3
        # February 1871, "The winter had been the coldest in memory" is the winter of 1870-71), not the next.
        cur = a.year * 12 + a.month - 1
        first = cal.SEASON_MONTHS[code][0] - 1
        return next(y for y in (a.year, a.year - 1) if y * 12 + first <= cur)
    if c.anchor_unit in ("day", "week", "month") and c.preceded_by(_SINCE_BEFORE, c.span[0]) is not None:
        # "closed since the summer" told on a day of March: the last summer begun by then.
        cur = a.year * 12 + a.month - 1
        first = cal.SEASON_MONTHS[code][0] - 1
        return next(y for y in (a.year, a.year - 1) if y * 12 + first <= cur)
    if c.anchor_unit in ("day", "week", "month"):
        cur = a.year * 12 + a.month - 1
        return next(y for y in (a.year - 1, a.year, a.year + 1) if y * 12 + last >= cur)
    if c.anchor_season == "WI" and code != "WI":
        return a.year + 1
    return None


# The past perfect right after a season that opens its clause: the season is its subject ("The summer had
# been dry"), not "had to" (a need).
_HAD_AFTER = re.compile(r"\s+had\b(?!\s+to\b)", re.IGNORECASE)
# "since (the)" before a season: a stretch from it up to the time counted to, so a season begun by then.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# Words before a season that tell of living through it: "had spent the winter", "during the summer".
_LIVED_THROUGH_BEFORE = re.compile(r"\b(?:spent|during|through|throughout|over|in)\s+(?:the\s+)?$", re.IGNORECASE)


# The words before a count of seasons that look back over them from now ("the past three summers").
_LOOKING_BACK = frozenset({"the past", "the last", "the previous"})
# After a count of seasons, words that make it the same season year after year ("two winters in a row").
_IN_A_ROW_AFTER = re.compile(r"\s+(?:in\s+a\s+row|running)\b", re.IGNORECASE)


def r_season_count(m: Match, c: Context) -> Resolved | None:
    """ "the past three summers": that season, year after year (a SET of it, as TimeBank writes it). A count
    of seasons that something takes or lasts ("the road was built in two summers", "for the next six summers
    the fleet sailed north", "spent three winters in the hills") is as many years of them, a DURATION, as
    histories tell how long a work or a stay took; not one looked back over from now or told as a run ("two
    winters in a row"), and in news and posts the SET of TimeBank's."""
    g = m.groups
    season = normalise(g.get("season") or g["season2"]).removesuffix("s")
    n = parse_number(g.get("num") or g["num2"])
    if (
        c.doc_type == "narrative"
        and n is not None
        and n == int(n)
        and normalise(g.get("det")) not in _LOOKING_BACK
        and _IN_A_ROW_AFTER.match(c.text, m.end) is None
    ):
        return Resolved("DURATION", duration_value(n, "year"), None, "publication")
    return Resolved("SET", f"XXXX-{en.SEASONS[season]}", None, "publication")
