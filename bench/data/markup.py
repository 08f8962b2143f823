"""The inline gold markup shared by the hand-annotated evaluation sets, and its checks.

Sources write each timex in place as ``[[surface|TYPE|VALUE]]`` or ``[[surface|TYPE|VALUE|MOD]]``;
``parse`` strips the markup and computes Python character offsets (end exclusive).
"""

from __future__ import annotations

import re

MARK = re.compile(r"\[\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)(?:\|([A-Z_]+))?\]\]")
MODS = {
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
}
# A year, decade or century before the common era carries TimeML's "BC" prefix ("BC0242", "BC03").
DATE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|(?:BC)?\d{2}|(?:BC)?\d{3}|BC\d{4}(-(\d{2}|XX)(-(\d{2}|XX))?)?|BC\d{4}-(SP|SU|FA|WI)"
    r"|(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?"
    r"|(\d{4}|XXXX)-(Q[1-4X]|H[12]|SP|SU|FA|WI)"
    r"|(\d{4}|XXXX)-W(\d{2}|XX)(-WE|-[1-7])?)$"
)
TIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}(:\d{2})?|MO|AF|EV|NI)$")
DUR_RE = re.compile(r"^P((\d+|X)(Y|M|W|D|Q|E|C|L))+$|^PT((\d+|X)(H|M|S))+$|^P(\d+|X)[YMWD]T((\d+|X)[HMS])+$")
SET_EXTRA = re.compile(r"^XXXX-WXX-[1-7](T(MO|AF|EV|NI|\d{2}:\d{2}))?$|^XXXX-XX-XXT(\d{2}:\d{2}|MO|AF|EV|NI)$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

def valid_value(typ: str, v: str) -> bool:
    if typ == "DATE":
        return bool(DATE_RE.match(v))
    if typ == "TIME":
        return bool(TIME_RE.match(v))
    if typ == "DURATION":
        return bool(DUR_RE.match(v))
    return bool(DUR_RE.match(v) or DATE_RE.match(v) or SET_EXTRA.match(v))


def parse(marked: str):
    parts, timexes, pos, out_len = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        out_len += len(before)
        surface, typ, value, mod = m.groups()
        timexes.append(
            {"start": out_len, "end": out_len + len(surface), "text": surface, "type": typ, "value": value, "mod": mod}
        )
        parts.append(surface)
        out_len += len(surface)
        pos = m.end()
    parts.append(marked[pos:])
    plain = "".join(parts)
    for bad in ("[[", "]]", "|"):
        if bad in plain:
            i = plain.find(bad)
            raise ValueError("unparsed markup left: " + plain[max(0, i - 60) : i + 60])
    return plain, timexes


REVIEW = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|"
    r"year|years|month|months|week|weeks|weekend|day|days|daily|hour|hours|minute|minutes|quarter|quarters|decade|"
    r"decades|century|centuries|tonight|today|yesterday|tomorrow|now|recently|recent|currently|current|soon|future|"
    r"past|morning|afternoon|evening|night|overnight|noon|midnight|annual|annually|monthly|weekly|once|twice|"
    r"season|seasons|(?:1[6-9]|20)\d{2}s?|a\.m\.|p\.m\.)\b",
    re.IGNORECASE,
)


def review(d):
    text, spans = d["text"], [(t["start"], t["end"]) for t in d["timexes"]]
    for m in REVIEW.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = text[max(0, m.start() - 35) : m.end() + 25].replace("\n", " ")
            print(f"  {d['doc_id']}: {m.group(0)!r:14} ...{ctx}...")
