"""Decades and centuries: "the 1990s", "the '80s", "the nineties", "the 20th century"."""

from __future__ import annotations

import re
from datetime import date

from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.words import normalise, prefix_mod


def r_decade(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("cent"):
        dec = int(g["cent"]) * 10 + int(g["dec"])
        anchor = "absolute"
    else:
        if g.get("short"):
            d1 = int(g["short"][1])
        elif g.get("word"):
            if not g.get("the"):
                return None
            d1 = en.DECADE_WORDS[normalise(g["word"])]
        else:
            return None
        dec = c.ref.year // 100 * 10 + d1
        if dec * 10 > c.ref.year:
            dec -= 10
        anchor = "publication"
    start = m.start
    return Resolved("DATE", f"{dec:03d}", prefix_mod(g.get("pre")), anchor, start=start, point=date(dec * 10, 1, 1),
                    unit="decade")  # fmt: skip


def r_century(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    n = normalise(g["n"])
    num = en.ORDINALS.get(n) or int(re.match(r"\d+", n).group())  # type: ignore[union-attr]
    if not 1 <= num <= 21:
        return None
    if normalise(g.get("era")).replace(".", "") in ("bc", "bce"):
        return Resolved("DATE", f"BC{num - 1:02d}", prefix_mod(g.get("pre")), "absolute")  # "the 8th century BC"
    return Resolved("DATE", f"{num - 1:02d}", prefix_mod(g.get("pre")), "absolute")


def r_turn(m: Match, c: Context) -> Resolved | None:
    """ "the turn of the century": the century (or millennium) boundary nearest the publication date,
    or the one named ("the turn of the 20th century" -> 1900); a year, mod APPROX (the turn spans both
    sides of it)."""
    g = m.groups
    size = 1000 if normalise(g["what"]) == "millennium" else 100
    if g.get("n"):
        n = normalise(g["n"])
        num = en.ORDINALS.get(n) or int(re.match(r"\d+", n).group())  # type: ignore[union-attr]
        y = (num - 1) * size
        anchor = "absolute"
    else:
        y = (c.ref.year + size // 2) // size * size
        anchor = "publication"
    if not 1000 <= y <= 2200:
        return None
    return Resolved("DATE", f"{y:04d}", "APPROX", anchor, point=date(y, 1, 1), unit="year")
