"""A bare month name ("in March", "March's figures"): whether an ambiguous one ("May", "march") is the month,
and which year it falls in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.patterns import EMOJI, MONTH, MONTH_FULL_NAME
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.nearest import around, pick_year
from service.temporal.resolve.story import (
    STORY_BEHIND_MONTHS,
    shared_year,
    side_of_the_story,
    year_of_unyeared,
)
from service.temporal.resolve.words import (
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    lower_case_ambiguous_month,
    month_number,
    prefix_mod,
    verb_follows,
)

# "'s" after a date: the date owns the noun that follows ("March's figures", "Saturday's match").
POSSESSIVE_AFTER = re.compile(r"['’]s\b")

# Words before an ambiguous month name ("May", "March") that confirm it is the month.
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|early|late|mid|last|next|this|"
    r"between|and|to|or|around|about|end|beginning|start|middle)\s+|-)$",
    re.IGNORECASE,
)


# Before a lower-case "may", "march", "august": words that make it the month. Fewer than for "May":
# "this may", "and may", "or may" are the modal far more often.
_LOWER_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|til|from|during|early|late|mid|last|next|nxt|(?:end|beginning|start|middle)\s+of"
    # "the last day of may", "first day of march": a month's edge day names the month.
    r"|(?:first|last|final)\s+day\s+of)\s+$"
)
# Before a capitalised short month without its period ("in Feb", "since Oct", "late Jan"): the words of time
# that make it the month rather than a name ("Jan", "Jun"); not "from", which a letter or a gift is as often
# ("a note from Jan").
_SHORT_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|until|till|during|[Ee]arly|[Ll]ate|mid|[Ll]ast|[Nn]ext|(?:end|beginning|start|middle)\s+of)\s+$"
)
# A possessive after the name: a person's ("in Jan's view").
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# In posts also where a month is waited for ("cant wait for august", "roll on march", "till jan", "its nearly
# may"): the one to come; and as a clause's subject ("jan is the longest month", "august was so hot", "may?").
_POST_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:for|roll\s+on|bring\s+on|till|til|until|it(?:['’]?s|\s+is)\s+(?:nearly|almost))\s+$", re.I
)
# "it's" right before it: the month it is, or is about to be ("its may and im wearing a coat", "it's march
# tomorrow", "its only march"; "it may rain" has no "'s").
_POST_MONTH_IT_IS_BEFORE = re.compile(
    r"\bit(?:['’]?s|\s+is)\s+(?:(?:already|finally|officially|only|just|still)\s+)?$", re.I
)
_POST_MONTH_SUBJECT_AFTER = re.compile(r"\s+(?:is|was|has|already|will|just|flew|went)\b|\s*\?", re.IGNORECASE)
# Or the subject of a question, after its auxiliary: "where did feb go", "how has jan gone so fast".
_POST_MONTH_QUESTION_BEFORE = re.compile(
    r"\b(?:where|how|when|what|why)(?:\s+(?:did|does|do|has|have|is|was)|['’]s|['’]d)\s+(?:all\s+of\s+)?$", re.I
)


# "the May elections", "the March accession": a capitalised month between "the" and a lower-case noun
# modifies it; not "the March of Dimes", "the March on Washington" (a march, by the preposition after).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_MODIFIED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|on|to|for|from|in|into|through|across|against|toward|towards|and|or|was|is|were|are)\b)[a-z]+\b"
)


_POSSESSIVE_BEFORE_A_NOUN = re.compile(r"['’]s\s+[a-z]")
# An article and a lower-case word or two (an adjective) before a capitalised "May" or "March": the month, as
# no verb and no name is written so; but "the annual March on Washington", "a silent March for peace" are
# marches.
_ARTICLE_AND_WORD_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){1,2}$")
_MARCH_OF_AFTER = re.compile(r"\s+(?:of|on|for|to|against|through|across)\b")


# Another month joined to it after: "figures for May and June", "in both May and August", "March or April",
# "from May to July", "May, June and July": a list or a range of months, not the modal or a march.
_ANOTHER_MONTH_AFTER = re.compile(
    rf"(?:\s+(?:and|or|to|through|until|till)\s+|\s*,\s*|\s*[-–]\s*)(?:(?:early|late|mid-?)\s*)?(?:{MONTH_FULL_NAME})\b"
)
# A capitalised word right before, not opening a list ("Both May and June"): the name is a person's, and so may
# the next be ("Theresa May and June Sarpong").
_NAME_BEFORE = re.compile(r"\b(?!(?:Both|Either)\s)[A-Z][a-z]+\s+$")


def _month_cue(m: Match, c: Context) -> bool:
    """Whether the words around a capitalised "May" or "March" make it the month: a preposition of time
    before it ("in May"), "the" before and the noun it modifies after ("the May elections"), or another
    month joined to it after ("May and June")."""
    if c.preceded_by(_MONTH_CUE_BEFORE, m.start):
        return True
    if c.followed_by(_ANOTHER_MONTH_AFTER, m.end) and not c.preceded_by(_NAME_BEFORE, m.start):
        return True
    if m.groups["mon"] == "March" and _POSSESSIVE_BEFORE_A_NOUN.match(c.text, m.end):
        return True  # "March's budget", "since March's vote": no verb takes an -'s ("May's" may be Theresa May)
    if c.preceded_by(_ARTICLE_AND_WORD_BEFORE, m.start) is not None and (
        m.groups["mon"] != "March" or c.followed_by(_MARCH_OF_AFTER, m.end) is None
    ):
        return True  # "a warmer May", "the coldest March", "a wet May": the capital after an article and a word
    return c.preceded_by(_THE_BEFORE, m.start) is not None and c.followed_by(_MODIFIED_NOUN_AFTER, m.end) is not None


# A word of a month-long pledge right before a month, after no article ("doing dry january"; not "a dry January").
_PLEDGE_BEFORE = re.compile(rf"(?<!\ba\s)(?<!\bthe\s)\b(?:{'|'.join(en.MONTH_PLEDGE_WORDS)})\s+$", re.IGNORECASE)


def r_month(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    name = g["mon"].rstrip(".")
    pre = g.get("pre")
    if name in en.AMBIGUOUS_MONTHS and not pre and not _month_cue(m, c):
        return None  # "May" the verb, "March" the noun
    if (
        lower_case_ambiguous_month(name)
        and not _subject_of_a_modal(m, c)
        and (
            (verb_follows(c.text, m.end, modal=name == "may") and not _asked_after_or_ends(m, c))
            or not (pre or c.preceded_by(_LOWER_MONTH_CUE_BEFORE, m.start) or _post_month(m, c))
        )
    ):
        return None  # "it may rain", "they march on": only "in may", "since march", "last august" are months
    if not pre and _names_a_person(m, c):
        return None  # "June Carter", "April Ryan", "Mr. August"
    if (
        not pre
        and may_follow_word(c.text, m.start, en.MONTH_PLEDGE_WORDS)
        and c.preceded_by(_PLEDGE_BEFORE, m.start) is not None
    ):
        return None  # "dry january", "sober october": a pledge kept all month, not the month as a date
    if name.islower() and name not in en.LOWER_CASE_MONTHS and name not in en.LOWER_CASE_AMBIGUOUS_MONTHS:
        # "back in jan", "since oct": written short in lower case, a month only after a word of time.
        if not (pre or c.preceded_by(_LOWER_MONTH_CUE_BEFORE, m.start) or _post_month(m, c)):
            return None
    elif (
        len(name) <= 3
        and not g["mon"].endswith(".")
        and name.capitalize() != "May"
        and not (
            (pre or c.preceded_by(_SHORT_MONTH_CUE_BEFORE, m.start)) and not _POSSESSIVE_AFTER.match(c.text, m.end)
        )
    ):
        return None  # "Jan" without a period is a name more often than a month, but not in "since Jan"
    mon = month_number(name)
    shared = shared_year(c, m.end, mon)
    best, anchor = (shared, "absolute") if shared is not None else year_of_unyeared(c, bare_month_year(mon, c), mon)
    if shared is None and anchor != "previous" and c.doc_type != "narrative":
        best = _year_in_a_range_of_months(m, c, mon) or best
    if shared is None and _waited_for(m, c):
        best = c.base.year + (mon < c.base.month)  # "cant wait for august": the one to come, or this one
    # A stop after a lower-case "feb" ends the sentence: posts write no abbreviation's period.
    end = m.end - 1 if name.islower() and g["mon"].endswith(".") else None
    return Resolved("DATE", f"{best:04d}-{mon:02d}", prefix_mod(pre), anchor, end=end, point=date(best, mon, 1),
                    unit="month")  # fmt: skip


# Two months joined as a range, each without a year: "between October and March", "from November to
# February" (with "early", "late", "mid" before either).
_EDGE = r"(?:(?:early|late|mid)[\s-]+)?"
_JOIN = r"\s*(?:and|to|until|till|through|-|–)\s*"
_RANGE_OPENS_BEFORE = re.compile(rf"\b(?:between|from)\s+{_EDGE}$", re.IGNORECASE)
_SECOND_MONTH_AFTER = re.compile(rf"{_JOIN}{_EDGE}(?P<mon>{MONTH})(?!\s*\d|,?\s+(?:of\s+)?\d)", re.IGNORECASE)
_FIRST_MONTH_BEFORE = re.compile(rf"\b(?:between|from)\s+{_EDGE}(?P<mon>{MONTH}){_JOIN}{_EDGE}$", re.IGNORECASE)


def _year_in_a_range_of_months(m: Match, c: Context, mon: int) -> int | None:
    """The year of a month that is an end of a range of two months without a year, told in the past or the
    future: the range runs forward and spans less than a year. Told in the past it ends at the most recent
    such month ("hives died between October and March", in October: October of last year to March of this);
    told of the future it opens at the next such month ("will run from November to February": to February of
    next year). None elsewhere."""
    text = c.text
    after = _SECOND_MONTH_AFTER.match(text, m.end)
    if after is not None and c.preceded_by(_RANGE_OPENS_BEFORE, m.start) is not None:
        is_first, first, second = True, mon, month_number(after["mon"])
    elif (before := c.preceded_by(_FIRST_MONTH_BEFORE, m.start)) is not None:
        is_first, first, second = False, month_number(before["mon"]), mon
    else:
        return None
    tense, base = c.tense(), c.base
    if tense == "past":
        end = base.year if second <= base.month else base.year - 1
        start = end if first <= second else end - 1
    elif tense == "future":
        start = base.year if first >= base.month else base.year + 1
        end = start if second >= first else start + 1
    elif is_first:
        return None
    else:
        # Told in the present, of what is done or open each year ("bins are collected from March to November",
        # in November): the first month is the nearest such one, as it is read alone, and the range still runs
        # forward from it, where the nearest second month could fall before it.
        cal_base = c.calendar_base
        cur = cal_base.year * 12 + cal_base.month - 1
        start = pick_year(around(cal_base.year), lambda y: y * 12 + first - 1 - cur, None)
        end = start if second >= first else start + 1
    return start if is_first else end


# A month word that ends its clause after "already" or "yet" ("may already!", "is it march yet?"): no modal's
# adverb, which a verb would follow.
_ENDS_AFTER_ALREADY = re.compile(r"\s+(?:already|yet)\s*(?:[!?.,]|$)", re.IGNORECASE)


def _asked_after_or_ends(m: Match, c: Context) -> bool:
    """Whether a post's "may" or "march" before a verb is the month all the same: the subject of a question after
    its auxiliary ("where did may go": no modal follows "did"), or ending its clause after "already" ("may
    already!")."""
    return c.doc_type == "colloquial" and (
        c.preceded_by(_POST_MONTH_QUESTION_BEFORE, m.start) is not None
        or _ENDS_AFTER_ALREADY.match(c.text, m.end) is not None
    )


def _post_month(m: Match, c: Context) -> bool:
    """Whether a month in lower case in a post is one by where it stands: waited for, or the subject (of a
    question too)."""
    if c.doc_type != "colloquial":
        return False
    if (
        _waited_for(m, c)
        or c.preceded_by(_POST_MONTH_QUESTION_BEFORE, m.start)
        or c.preceded_by(_POST_MONTH_IT_IS_BEFORE, m.start)
    ):
        return True
    if _ALONE_AFTER.match(c.text, m.end) is not None and (
        c.preceded_by(_GREETED_BEFORE, m.start) is not None
        or _LISTED_BEFORE.search(c.text, max(0, m.start - 4), m.start) is not None
    ):
        return True  # "ok march", "come on august!", "sunday, rain, 14 degrees, august.": the month spoken to or told
    opens = not c.text[c.layout.before(m.start) : m.start].strip()
    return opens and _POST_MONTH_SUBJECT_AFTER.match(c.text, m.end) is not None


# A month in lower case that ends its clause, greeted or spoken to ("ok march", "come on august", "hello may"),
# or an item of a list by itself after a comma ("sunday, rain, 14 degrees, august."): no verb "may" or "march"
# stands alone so.
_ALONE_AFTER = re.compile(rf"\s*(?:[.,!?;:)]|{EMOJI}|$)")
_GREETED_BEFORE = re.compile(r"\b(?:ok|okay|come\s+on|hello|goodbye|bye|welcome|oh)\s+$", re.I)
_LISTED_BEFORE = re.compile(r"\w,\s+$")


# A modal right after a month in lower case that opens its clause: the month is the modal's subject ("may may be
# the month i clean the garage", "may better be better", "march will be mad"), as no modal follows the verb "may".
_MODAL_AFTER = re.compile(r"\s+(?:may|might|will|would|should|must|better|had\s+better|has\s+to|needs\s+to)\b")


def _subject_of_a_modal(m: Match, c: Context) -> bool:
    """Whether a month in lower case in a post opens its clause and a modal follows it, as its subject."""
    if c.doc_type != "colloquial" or _MODAL_AFTER.match(c.text, m.end) is None:
        return False
    return not c.text[c.layout.clause_start(m.start) : m.start].strip()


def _waited_for(m: Match, c: Context) -> bool:
    """Whether a post waits for the month at ``m``: "cant wait for august", "roll on march"."""
    return c.doc_type == "colloquial" and c.preceded_by(_POST_MONTH_CUE_BEFORE, m.start) is not None


def _names_a_person(m: Match, c: Context) -> bool:
    """Whether the month name at ``m`` is a first or last name: after a title ("Mr. August"), or before a
    capitalised word that no date cue leads into ("June Carter sang"; but "in June President Lee")."""
    before = capitalised_before(c, m.start, _PERSON_TITLE_LAST)
    if before and before.group(1) in en.PERSON_TITLES:
        return True
    if c.preceded_by(_KIN_BEFORE, m.start) and not verb_follows(c.text, m.end):
        return True  # "my cousin june is staying", "auntie april": a relative's name ("my son may come" is "may")
    after = CAPITALISED_AFTER.match(c.text, m.end)
    if after is None or after.group(1).lower() in _DATE_WORDS_AFTER:
        return False
    return not c.preceded_by(_MONTH_CUE_BEFORE, m.start)


# A relative or a friend named right before a name: "my cousin june", "auntie may", "my friend april".
_KIN_BEFORE = re.compile(
    r"\b(?:aunt|auntie|aunty|uncle|cousin|sister|brother|sis|nan|nana|gran|granny|grandma|niece|nephew|friend|"
    r"bestie|wife|husband|daughter|girlfriend|boyfriend|colleague|neighbour|neighbor)\s+$",
    re.IGNORECASE,
)
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
# The words asked of ``_CAPITALISED_BEFORE``, as ``may_follow_word`` reads them (in lower case, with their stop).
WEEKDAY_NAME_LAST = tuple(w.lower() + stop for w in sorted(en.WEEKDAY_NAME_WORDS) for stop in ("", "."))
_PERSON_TITLE_LAST = tuple(w.lower() + stop for w in sorted(en.PERSON_TITLES) for stop in ("", "."))


def capitalised_before(c: Context, start: int, words: tuple[str, ...]) -> re.Match[str] | None:
    """``_CAPITALISED_BEFORE`` right before ``start`` where its word may be one of ``words`` (the only ones
    the caller asks about), else None."""
    return c.preceded_by(_CAPITALISED_BEFORE, start) if may_follow_word(c.text, start, words) else None


CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_DATE_WORDS_AFTER = frozenset({*WEEKDAY_NUMBERS, *MONTH_NUMBERS, *(h.split()[0].lower() for h in en.HOLIDAYS)})


# Months a month may stray to the wrong side when the tense is only a preference (see ``pick_year``).
_MONTH_SLACK = 6


def bare_month_year(mon: int, c: Context) -> int:
    """The year of a month named without one: the nearest such month on the side the clause allows. A
    narrative moves forward: of two months as near as each other to the story's date, the later."""
    base = c.calendar_base
    cur = base.year * 12 + base.month - 1
    side, slack = side_of_the_story(c, _MONTH_SLACK, STORY_BEHIND_MONTHS)
    if side == "future" and c.doc_type != "narrative" and POSSESSIVE_AFTER.match(c.text, c.span[1]):
        # "will publish October's jobs figures", "will appeal March's ruling": the month of the thing owned,
        # which the clause's future does not move; the nearer month is meant, as for "Wednesday's ruling".
        side, slack = None, None
    return pick_year(
        around(base.year), lambda y: y * 12 + mon - 1 - cur, side, slack, later_on_tie=c.doc_type == "narrative"
    )


def r_edge_day_of_a_month(m: Match, c: Context) -> Resolved | None:
    """ "the last day of June" (1542-06-30 in a history of 1542), "the first day of May 1603": the month as it
    reads alone or with its year, then its first or last day (a month of no year keeps no year, and February's
    last day of no year is its 28th)."""
    g = m.groups
    at = c.text.index(g["mon"], m.start)
    month = Match("month", at, at + len(g["mon"]), Groups(mon=g["mon"]))
    if g.get("year"):
        y = int(g["year"])
        r: Resolved | None = Resolved("DATE", f"{y:04d}-{month_number(g['mon']):02d}", None, "absolute")
    else:
        r = r_month(month, c)
    if r is None or r.type != "DATE" or not _A_MONTH_S_VALUE.fullmatch(r.value):
        return None
    year, mon = r.value[:4], int(r.value[5:7])
    last = (cal.add_months(date(int(year) if year.isdigit() else 2001, mon, 1), 1) - timedelta(days=1)).day
    day = 1 if g["edge"].lower() == "first" else last
    value = f"{year}-{mon:02d}-{day:02d}"
    if not year.isdigit():
        return Resolved("DATE", value, None, r.anchor)
    d = date(int(year), mon, day)
    return Resolved("DATE", value, None, r.anchor, point=d, unit="day")


# A month's value with its year, or with none ("1542-06", "XXXX-06").
_A_MONTH_S_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d")
