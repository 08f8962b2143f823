"""Decades and centuries: "the 1990s", "the '80s", "the nineties", "the 20th century"."""

from __future__ import annotations

import re
from datetime import date

from service.temporal import calendar as cal
from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.dates import before_the_era
from service.temporal.resolve.words import LEADING_DIGITS, normalise, prefix_mod


def r_decade(m: Match, c: Context) -> Resolved | list[Resolved] | None:
    g = m.groups
    mod = _PART_MODS.get(normalise(g.get("part")).removeprefix("the ").removesuffix(" of")) or prefix_mod(g.get("pre"))
    start, mod = _part_before(m, c, mod)
    if g.get("bcdec"):
        # "the 480s BC" (BC048), "the 1270s BC" (BC127): no place on the timeline, whose calendar starts
        # at year 1. "the 1200s BC" is a century (BC12), as "the 1800s" is.
        bcdec = int(g["bcdec"])
        century = bcdec >= 100 and bcdec % 100 == 0
        value = f"BC{bcdec // 100:02d}" if century else f"BC{bcdec // 10:03d}"
        # The story is at it, on the stand-in of its first year (counting down: 1239 BC of the 1230s BC), so
        # "that decade" after it is the same one (BC123), not one counted from the publication.
        unit = "century" if century else "decade"
        return before_the_era(Resolved("DATE", value, mod, "absolute"), bcdec + cal.YEARS_IN[unit] - 1, c, unit=unit)
    if g.get("dec3"):
        # "the 380s" (038), "the 800s" (the century, 08): a history's only, after "the", not a measure ("temperatures
        # in the 100s").
        if (
            c.doc_type != "narrative"
            or not (g.get("the") or c.preceded_by(_JOINED_TO_A_DECADE_BEFORE))
            or c.preceded_by(_MEASURE_BEFORE)
            or c.followed_by(_MEASURE_AFTER)
        ):
            return None
        dec3 = int(g["dec3"])
        if dec3 % 100 == 0:
            return Resolved("DATE", f"{dec3 // 100:02d}", mod, "absolute", start=start)
        return Resolved(
            "DATE", f"{dec3 // 10:03d}", mod, "absolute", start=start, point=date(dec3, 1, 1), unit="decade"
        )
    if g.get("cent") and g["dec"] == "0" and g["cent"] != "20":
        # "the 1800s", "the early 1300s": a century (the 2000s, still near, is a decade).
        cent = int(g["cent"])
        return Resolved("DATE", f"{cent:02d}", mod, "absolute", start=start)  # anchors nothing, as centuries
    if g.get("dec2"):
        # "the 1640s-50s": "the 1640s" (164) and "50s" (165), the dash outside, the later in the same century.
        first, second = int(g["cent"]) * 10 + int(g["dec"]), int(g["cent"]) * 10 + int(g["dec2"])
        if second <= first:
            return None
        dash = c.text.index(g["dash"], c.text.index(g["cent"] + g["dec"], m.start))
        return [
            Resolved("DATE", f"{first:03d}", mod, "absolute", end=dash, point=date(first * 10, 1, 1), unit="decade"),
            Resolved("DATE", f"{second:03d}", None, "absolute", start=dash + 1, point=date(second * 10, 1, 1),
                     unit="decade"),
        ]  # fmt: skip
    if g.get("cent"):
        dec = int(g["cent"]) * 10 + int(g["dec"])
        anchor = "absolute"
    else:
        if g.get("short"):
            d1 = int(g["short"][1])
        elif g.get("bare"):
            if not g.get("the") or c.preceded_by(_MEASURE_BEFORE) or c.followed_by(_MEASURE_AFTER):
                return None  # "highs in the 90s", "the 80s Fahrenheit": degrees or a score, not a decade
            d1 = int(g["bare"][0])
        elif g.get("word"):
            if not g.get("the"):
                return None
            d1 = en.DECADE_WORDS[normalise(g["word"])]
        else:
            return None
        if c.doc_type == "narrative" and c.anchor_from_text:
            # "In 1905 the firm was founded. In the twenties it grew": the story's century, whose
            # decades a history moves through, before or after the year told.
            dec, anchor = c.anchor.year // 100 * 10 + d1, "previous"
        else:
            dec = c.ref.year // 100 * 10 + d1
            if dec * 10 > c.ref.year:
                dec -= 10
            anchor = "publication"
    return Resolved("DATE", f"{dec:03d}", mod, anchor, start=start, point=date(dec * 10, 1, 1),
                    unit="decade")  # fmt: skip


# A part of a decade or century right before it: its half ("the first half of the 1990s", "the latter half of
# the sixties", "the last half of the '80s"), its first, middle or last few years or decades ("the early years
# of the 1990s", "the closing decades of the 19th century", "the middle decades of the 14th century"), or its
# early or latter part.
_PART_BEFORE = re.compile(
    rf"\b(?:(?:the\s+)?(first|second|latter|last)\s+half|the\s+({'|'.join(en.EDGE_SPAN_WORDS)}|middle)\s+(?:years|decades)"
    r"|the\s+(early|earlier|first|middle|latter|later|last)\s+part)\s+of\s+$",
    re.IGNORECASE,
)
# The mod of an early, middle or late part told by a word other than an edge's ("the latter part").
_PART_WORD_MODS = {"middle": "MID", "earlier": "START", "latter": "END", "later": "END"}


def _part_before(m: Match, c: Context, mod: str | None) -> tuple[int, str | None]:
    """The start of a decade or century (from "the"), moved back over a part of it told before it, and the
    mod that part gives; as they were without one. ("half" is left by "quarter", whose halves are of a year;
    "the early years" by the stretch of units, whose pattern stops before a decade or century.)"""
    g = m.groups
    part = c.preceded_by(_PART_BEFORE, m.start) if g.get("the") and not g.get("part") and not g.get("pre") else None
    if part is None:
        return m.start, mod
    if part.group(1):
        return part.start(), _PART_MODS[part.group(1).lower()]
    word = (part.group(2) or part.group(3)).lower()
    return part.start(), en.EDGE_SPAN_WORDS.get(word) or _PART_WORD_MODS[word]


# Around "the 90s" written without an apostrophe: what shows it counts degrees, points or a speed.
_MEASURE_BEFORE = re.compile(
    r"\b(?:temperatures?|temps?|highs?|lows?|degrees|thermometers?|mercury|readings?|scores?|speeds?|"
    r"polls?|percent|ratings?)\b[^.!?;]*$",
    re.IGNORECASE,
)
# A decade of the first millennium joined to one told with "the" before it ("in the 460s and 470s", "the 380s
# or 390s"): the article shared.
_JOINED_TO_A_DECADE_BEFORE = re.compile(r"\bthe\s+[1-9]\d0s\s+(?:and|or|to)\s+$", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s*(?:°|degrees|fahrenheit|celsius|[FC]\b|percent|%|mph|km/h)", re.IGNORECASE)


def r_century(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    num = _century_number(g["n"])
    bc = normalise(g.get("era")).replace(".", "") in ("bc", "bce")
    part = normalise(g.get("part")).removesuffix(" of the")
    if "quarter" in part:
        mod = _QUARTER_MODS.get(part.split(" ")[0])  # "the third quarter of the 7th century BC": the century
    elif normalise(g.get("pre")).rstrip("- ") == "later":
        mod = "END"  # "the later 19th century", as "the late"
    else:
        mod = _PART_MODS.get(part.split(" ")[0] if "half" in part else part) or prefix_mod(g.get("pre"))
    if normalise(g.get("unit")) == "millennium":
        # TIMEX3 writes a millennium by its first digit, as a century by its first two: "the 2nd millennium
        # BC" (2000-1001 BC) is BC1, "the first millennium" 0.
        if g.get("dec") or not 1 <= num <= (_BC_MILLENNIA if bc else 3):
            return None
        return Resolved("DATE", f"{'BC' if bc else ''}{num - 1}", mod, "absolute")
    if not 1 <= num <= (_BC_CENTURIES if bc else 21):
        return None
    start, mod = _part_before(m, c, mod)
    if g.get("dec"):
        if bc:
            return None  # a decade counted in a century before the era: no value of TIMEX3's years
        nth = normalise(g["dec"])
        dec = (num - 1) * 10 + (10 if nth in en.LAST_ORDINALS else en.ORDINALS[nth]) - 1
        return Resolved("DATE", f"{dec:03d}", None, "absolute", point=date(max(dec * 10, 1), 1, 1), unit="decade")
    if bc:
        return Resolved("DATE", f"BC{num - 1:02d}", mod, "absolute", start=start)  # "the 8th century BC"
    return Resolved("DATE", f"{num - 1:02d}", mod, "absolute", start=start)


# Histories reach back to the pyramids and beyond: "the 26th century BC" (BC25), "the 30th century BC".
_BC_CENTURIES = 99
# A millennium's value has one digit: "the 10th millennium BC" (BC9) is the furthest it can write.
_BC_MILLENNIA = 10

# The mod of a quarter of a century: its first opens it, its last ends it; the two between are neither.
_QUARTER_MODS = {"first": "START", "fourth": "END", "last": "END", "final": "END"}
# The mod of a part of a century: its first or second half, its beginning, middle or end.
_PART_MODS = {"beginning": "START", "start": "START", "dawn": "START", "first": "START", "middle": "MID",
              "end": "END", "close": "END", "second": "END", "latter": "END", "last": "END"}  # fmt: skip


def r_century_pair(m: Match, c: Context) -> list[Resolved] | None:
    """ "the 19th and 20th centuries": "the 19th" (18) and "20th centuries" (19), the connector outside; "from
    the 5th to the 3rd century BC" (BC04, BC02), counting down before the era."""
    g = m.groups
    n1, n2 = _century_number(g["n1"]), _century_number(g["n2"])
    bc = normalise(g.get("era")).replace(".", "") in ("bc", "bce")
    if not ((_BC_CENTURIES >= n1 > n2 >= 1) if bc else (1 <= n1 < n2 <= 21)):
        return None
    first_end = c.text.index(g["n1"], m.start) + len(g["n1"])
    second_start = c.text.index(g.get("pre2") or g["n2"], first_end + len(g["sep"]))
    era = "BC" if bc else ""
    return [
        Resolved("DATE", f"{era}{n1 - 1:02d}", prefix_mod(g.get("pre1")), "absolute", end=first_end),
        Resolved("DATE", f"{era}{n2 - 1:02d}", prefix_mod(g.get("pre2")), "absolute", start=second_start),
    ]


def _century_number(word: str) -> int:
    n = normalise(word)
    return en.ORDINALS.get(n) or int(LEADING_DIGITS.match(n).group())  # type: ignore[union-attr]


# A preposition of a deadline before "the turn of the century".
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|towards?)\s+$", re.IGNORECASE)


def r_turn(m: Match, c: Context) -> Resolved | None:
    """ "the turn of the century": the century (or millennium) boundary nearest the publication date (in a
    history, nearest the story's date), or the one named ("the turn of the 20th century" -> 1900); a year,
    mod APPROX (the turn spans both sides of it)."""
    g = m.groups
    size = 1000 if normalise(g["what"]) == "millennium" else 100
    if g.get("n"):
        n = normalise(g["n"])
        num = en.ORDINALS.get(n) or int(LEADING_DIGITS.match(n).group())  # type: ignore[union-attr]
        y = (num - 1) * size
        anchor = "absolute"
    else:
        if c.doc_type == "narrative" and c.anchor_from_text and not c.era:
            # "In 1896 the mill closed. By the turn of the century the town was empty": the turn nearest the
            # story's own year, as a history's "the twenties" is its century's.
            year, anchor = c.anchor.year, "previous"
        else:
            year, anchor = c.ref.year, "publication"
        y = (year + size // 2) // size * size
        if c.preceded_by(_DEADLINE_BEFORE, m.start) is not None and y < year:
            # "The mill opened in 1847. By the turn of the century it had 900 hands": a deadline lies ahead of
            # the time it is told from, so the next turn, however near the last one is.
            y += size
    if not (100 if anchor == "previous" else 1000) <= y <= 2200:
        return None
    return Resolved("DATE", f"{y:04d}", "APPROX", anchor, point=date(y, 1, 1), unit="year")
