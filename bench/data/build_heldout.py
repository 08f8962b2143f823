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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `bench` imports from the checkout
from bench.data.markup import MODS, MONTHS, WEEKDAYS, parse, review, valid_value  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_news.jsonl"


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
