"""Build and validate bench/data/blind/blind_news.jsonl from the hand-annotated sources.

The sources (blind_src_*.txt) hold the articles one after another. Each starts with a header line

    ### blind-001 1988-03-15

followed by the text with inline gold markup, `[[surface|TYPE|VALUE]]` or `[[surface|TYPE|VALUE|MOD]]`.

This script strips the markup, computes Python character offsets (end exclusive) and validates
the gold. It never runs the engine.

    python bench/data/blind/build_blind.py            # build + validate
    python bench/data/blind/build_blind.py --review   # also list temporal-looking words left untagged
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

# The markup module lives one folder up, beside the first set's builder.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # `bench` imports from the checkout
from bench.data.markup import MODS, MONTHS, WEEKDAYS, parse, review, valid_value  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind_news.jsonl"
HEADER = re.compile(r"^### (blind-\d{3}) (\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)
PREP = re.compile(r"(?i)(on|in|at(?! least)|by|since|from|until|till|through|for|during|after|before|of|to|over)\s")
# words whose value is fixed by the DCT alone: (regex on the lowered span, day offset, time suffix)
DEICTIC = [
    (r"^today$", 0, ""),
    (r"^yesterday$", -1, ""),
    (r"^tomorrow$", 1, ""),
    (r"^tonight$", 0, "NI"),
    (r"^this morning$", 0, "MO"),
    (r"^this afternoon$", 0, "AF"),
    (r"^this evening$", 0, "EV"),
    (r"^last night$", -1, "NI"),
    (r"^yesterday morning$", -1, "MO"),
    (r"^yesterday afternoon$", -1, "AF"),
    (r"^tomorrow morning$", 1, "MO"),
    (r"^tomorrow night$", 1, "NI"),
]


def load_sources():
    docs = []
    for src in sorted(HERE.glob("blind_src_*.txt")):
        raw = src.read_text(encoding="utf-8")
        heads = list(HEADER.finditer(raw))
        for i, h in enumerate(heads):
            body = raw[h.end() : heads[i + 1].start() if i + 1 < len(heads) else len(raw)]
            body = re.sub(r"[ \t]*\n[ \t]*", "\n", body.strip())
            docs.append({"doc_id": h.group(1), "dct": h.group(2), "marked": body})
    return docs


def check_doc(d, errors, warnings):
    did, dct, text = d["doc_id"], dt.date.fromisoformat(d["dct"]), d["text"]
    if dct.weekday() > 4:
        errors.append(f"{did}: DCT {dct} is a {dct:%A}")
    words = len(text.split())
    if not 150 <= words <= 350:
        errors.append(f"{did}: {words} words (want 150-350)")
    last_end = -1
    for t in d["timexes"]:
        s, e, low, v, typ = t["start"], t["end"], t["text"].lower(), t["value"], t["type"]
        if text[s:e] != t["text"]:
            errors.append(f"{did}: offset mismatch {t}")
        if s < last_end:
            errors.append(f"{did}: overlap at {t['text']!r}")
        last_end = e
        if t["text"] != t["text"].strip():
            errors.append(f"{did}: span has outer whitespace {t['text']!r}")
        if (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-")) or (
            e < len(text) and (text[e].isalnum() or text[e] == "-")
        ):
            errors.append(f"{did}: span boundary inside a token {t['text']!r}")
        if PREP.match(t["text"]):
            errors.append(f"{did}: span starts with a preposition {t['text']!r}")
        if re.search(r"'s$", t["text"]):
            errors.append(f"{did}: possessive inside the span {t['text']!r}")
        if not valid_value(typ, v):
            errors.append(f"{did}: malformed {typ} value {v!r} for {t['text']!r}")
        if t["mod"] is not None and t["mod"] not in MODS:
            errors.append(f"{did}: bad mod {t['mod']!r}")
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", v)
        day = dt.date(*map(int, m.groups())) if m else None
        for i, wd in enumerate(WEEKDAYS):
            if re.search(r"\b" + wd, low) and typ in ("DATE", "TIME") and (day is None or day.weekday() != i):
                errors.append(f"{did}: {t['text']!r} -> {v} does not fall on a {wd}")
        for pat, off, suffix in DEICTIC:
            if re.match(pat, low):
                want = (dct + dt.timedelta(days=off)).isoformat() + ("T" + suffix if suffix else "")
                if v != want:
                    errors.append(f"{did}: {t['text']!r} -> {v}, expected {want}")
        mm = re.match(r"^(\d{4})-(\d{2})(?!\d)", v)
        if mm and typ in ("DATE", "TIME"):
            for i, mn in enumerate(MONTHS):
                if re.search(r"\b" + mn + (r"\b" if mn == "may" else ""), low) and int(mm.group(2)) != i + 1:
                    errors.append(f"{did}: {t['text']!r} -> {v} month mismatch")
        for yr in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", t["text"]):
            if typ in ("DATE", "TIME") and not v.startswith(yr[: len(v)] if len(v) < 4 else yr):
                errors.append(f"{did}: {t['text']!r} -> {v} disagrees with explicit year {yr}")
        if typ == "DURATION" and not v.startswith("P"):
            warnings.append(f"{did}: DURATION with a date value {t['text']!r} -> {v}")
        far = day is not None and abs((day - dct).days) > 45
        if far and typ in ("DATE", "TIME") and not re.search(r"\b\d{4}\b", t["text"]):
            warnings.append(f"{did}: {t['text']!r} -> {v} is {(day - dct).days} days from DCT {dct}")
        wk = re.match(r"^(\d{4})-W(\d{2})", v)
        if wk and typ == "DATE" and re.search(r"\b(this|last|next) week\b|\bthe weekend\b", low):
            dct_week = dct.isocalendar()
            target = dt.date.fromisocalendar(int(wk.group(1)), int(wk.group(2)), 1)
            delta = (target - dt.date.fromisocalendar(dct_week[0], dct_week[1], 1)).days // 7
            expect = {"this": 0, "last": -1, "next": 1}.get(low.split()[0])
            if expect is not None and delta != expect:
                errors.append(f"{did}: {t['text']!r} -> {v} is {delta} weeks from the DCT week")


def main(argv):
    errors, warnings, out, ids = [], [], [], set()
    for src in load_sources():
        text, timexes = parse(src["marked"])
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
    types = {}
    for d in out:
        for t in d["timexes"]:
            types[t["type"]] = types.get(t["type"], 0) + 1
    print(f"{len(out)} docs, {words} words, {n} timexes {types}")
    for d in out:
        print(f"  {d['doc_id']} {d['dct']} {len(d['text'].split())} words, {len(d['timexes'])} timexes")
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
