"""Build and validate bench/data/heldout_news.jsonl from the hand-annotated sources.

The sources (heldout_src_*.py) hold each article as text with inline gold markup:

    [[surface|TYPE|VALUE]]  or  [[surface|TYPE|VALUE|MOD]]

This script strips the markup, computes Python character offsets (end exclusive),
and checks every annotation: text[start:end] == surface, no overlaps, well-formed
TIMEX3 values, weekday names agree with the date value, month names and explicit
years agree with the value, word counts. It never runs the engine.

    python bench/data/build_heldout.py            # build + validate
    python bench/data/build_heldout.py --review   # also list unannotated temporal-looking words
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_news.jsonl"
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
Y = r"(\d{4}|\d{3}|\d{2}|XXXX)"
DATE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{2}|\d{3}"  # century, decade
    r"|(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?"
    r"|(\d{4}|XXXX)-(Q[1-4X]|H[12]|SP|SU|FA|WI)"
    r"|(\d{4}|XXXX)-W(\d{2}|XX)(-WE|-[1-7])?)$"
)
TIME_RE = re.compile(
    r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)T(\d{2}(:\d{2})?|MO|AF|EV|NI)$|^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$"
)
DUR_RE = re.compile(r"^P((\d+|X)(Y|M|W|D|Q|E|C|L))+$|^PT((\d+|X)(H|M|S))+$|^P(\d+|X)[YMWD]T((\d+|X)[HMS])+$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def valid_value(typ: str, v: str) -> bool:
    if typ == "DATE":
        return bool(DATE_RE.match(v))
    if typ == "TIME":
        return bool(re.match(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}(:\d{2})?|MO|AF|EV|NI)$", v))
    if typ == "DURATION":
        return bool(DUR_RE.match(v))
    if typ == "SET":
        return bool(
            DUR_RE.match(v)
            or DATE_RE.match(v)
            or re.match(r"^XXXX-WXX-[1-7](T(MO|AF|EV|NI|\d{2}:\d{2}))?$", v)
            or re.match(r"^XXXX-XX-XXT(\d{2}:\d{2}|MO|AF|EV|NI)$", v)
        )
    return False


def parse(marked: str):
    text, timexes, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        out_len += len(before)
        surface, typ, value, mod = m.group(1), m.group(2), m.group(3), m.group(4)
        timexes.append(
            {"start": out_len, "end": out_len + len(surface), "text": surface, "type": typ, "value": value, "mod": mod}
        )
        text.append(surface)
        out_len += len(surface)
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain or "|" in plain:
        raise ValueError("unparsed markup left: " + plain[max(0, plain.find("[[") - 40) : plain.find("[[") + 80])
    return plain, timexes


def load_sources():
    docs = []
    for src in sorted(HERE.glob("heldout_src_*.py")):
        spec = importlib.util.spec_from_file_location(src.stem, src)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    return docs


def check_doc(d, errors, warnings):
    did, dct = d["doc_id"], dt.date.fromisoformat(d["dct"])
    text = d["text"]
    words = len(text.split())
    if not 120 <= words <= 400:
        errors.append(f"{did}: {words} words (want 120-400)")
    last_end = -1
    for t in d["timexes"]:
        s, e = t["start"], t["end"]
        if text[s:e] != t["text"]:
            errors.append(f"{did}: offset mismatch {t}")
        if s < last_end:
            errors.append(f"{did}: overlap at {t['text']!r}")
        last_end = e
        if t["text"] != t["text"].strip() or not t["text"]:
            errors.append(f"{did}: span has outer whitespace {t['text']!r}")
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            errors.append(f"{did}: span boundary inside a token {t['text']!r}")
        if (e < len(text) and text[e] == "-") or (s > 0 and text[s - 1] == "-"):
            errors.append(f"{did}: span boundary inside a hyphenated token {t['text']!r}")
        if re.match(r"(?i)(on|in|at(?! least)|by|since|from|until|till|through|for|during|after|before|of|to)\s", t["text"]):
            errors.append(f"{did}: span starts with a preposition {t['text']!r}")
        if not valid_value(t["type"], t["value"]):
            errors.append(f"{did}: malformed {t['type']} value {t['value']!r} for {t['text']!r}")
        if t["mod"] is not None and t["mod"] not in MODS:
            errors.append(f"{did}: bad mod {t['mod']!r}")
        low = t["text"].lower()
        v = t["value"]
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
        for i, wd in enumerate(WEEKDAYS):
            if re.search(r"\b" + wd, low) and m and t["type"] in ("DATE", "TIME"):
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if day.weekday() != i:
                    errors.append(f"{did}: {t['text']!r} -> {v} is a {day:%A}")
        mm = re.match(r"^(\d{4})-(\d{2})", v)
        if mm and t["type"] in ("DATE", "TIME"):
            for i, mn in enumerate(MONTHS):
                if re.search(r"\b" + mn + (r"\b" if mn == "may" else ""), low) and int(mm.group(2)) != i + 1:
                    errors.append(f"{did}: {t['text']!r} -> {v} month mismatch")
        for yr in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", t["text"]):
            if t["type"] in ("DATE", "TIME") and not v.startswith(yr) and "fiscal" not in low:
                warnings.append(f"{did}: {t['text']!r} -> {v} (explicit year {yr})")
        # date values far from the DCT are worth a second look
        if m and t["type"] in ("DATE", "TIME") and not re.search(r"\b\d{4}\b", t["text"]):
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if abs((day - dct).days) > 45:
                warnings.append(f"{did}: {t['text']!r} -> {v} is {(day - dct).days} days from DCT {dct}")


REVIEW = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|"
    r"year|years|month|months|week|weeks|weekend|day|days|daily|hour|hours|minute|minutes|quarter|quarters|decade|"
    r"decades|century|centuries|tonight|today|yesterday|tomorrow|now|recently|recent|currently|current|soon|future|"
    r"past|morning|afternoon|evening|night|overnight|noon|midnight|annual|annually|monthly|weekly|once|twice|"
    r"season|seasons|(?:1[6-9]|20)\d{2}s?|a\.m\.|p\.m\.)\b",
    re.I,
)


def review(d):
    text, spans = d["text"], [(t["start"], t["end"]) for t in d["timexes"]]
    for m in REVIEW.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = text[max(0, m.start() - 35) : m.end() + 25].replace("\n", " ")
            print(f"  {d['doc_id']}: {m.group(0)!r:14} ...{ctx}...")


def main(argv):
    errors, warnings, out = [], [], []
    ids = set()
    for src in load_sources():
        text, timexes = parse(src["text"].strip())
        d = {"doc_id": src["doc_id"], "dct": src["dct"], "text": text, "timexes": timexes}
        if d["doc_id"] in ids:
            errors.append(f"duplicate doc_id {d['doc_id']}")
        ids.add(d["doc_id"])
        check_doc(d, errors, warnings)
        out.append(d)
    out.sort(key=lambda d: d["doc_id"])
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    n = sum(len(d["timexes"]) for d in out)
    words = sum(len(d["text"].split()) for d in out)
    print(f"{len(out)} docs, {words} words, {n} timexes")
    if "--review" in argv:
        for d in out:
            review(d)
    if errors:
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
