"""Number words and numerals -> numbers ("twenty four" -> 24, "2 1/2" -> 2.5, "several" -> None)."""

from __future__ import annotations

import re

from service.temporal.lexicon import en

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_FRACTION = re.compile(r"^(\d+)\s+(\d)/(\d)$")
_PARTS = re.compile(r"[\s-]+")


def parse_number(s: str) -> float | None:
    """The number a quantity phrase denotes; None for vague quantities ("several", "a few")."""
    s = s.strip().lower().replace("½", " 1/2").replace("-and-a-half", " and a half").strip()  # "six-and-a-half"
    half = 0.0
    if s.endswith(" and a half"):
        half, s = 0.5, s[: -len(" and a half")].strip()
    if s == "a half":
        return 0.5
    if s in en.ONE_WORDS:
        return 1 + half
    if s in en.COUPLE_WORDS:
        return 2 + half
    if _THOUSANDS.fullmatch(s):
        return float(s.replace(",", "")) + half  # "1,600"
    m = _FRACTION.match(s)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    try:
        return float(s) + half
    except ValueError:
        pass
    if s in ("a hundred", "hundred"):
        return 100 + half
    total, current = 0, 0
    for part in _PARTS.split(s):
        if part in en.TENS_WORDS:
            current += en.TENS_WORDS[part]
        elif part in en.UNITS_WORDS:
            current += en.UNITS_WORDS[part]
        elif part == "a":
            current += 1
        elif part in en.MULTIPLIERS:
            total += max(current, 1) * en.MULTIPLIERS[part]
            current = 0
        elif part != "and":
            return None
    return total + current + half


def spelled_year(s: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" -> 1996, "two thousand one" -> 2001."""
    words = _PARTS.split(s.strip().lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + int(parse_number(" ".join(rest)) or 0) if rest else 2000
    if len(words) >= 2 and words[0] in en.UNITS_WORDS:
        hi = en.UNITS_WORDS[words[0]]
        lo = parse_number(" ".join(words[1:]))
        if lo is not None:
            return hi * 100 + int(lo)
    return None
