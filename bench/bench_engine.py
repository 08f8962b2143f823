"""Speed benchmark: our temporal engine against dateparser's search_dates on ~1,000-word news articles.

    python bench/bench_engine.py [--docs 40] [--runs 5] [--dateparser-docs 5]

Articles are built by concatenating TimeBank texts when the shared evaluation data is present
($TIMELINE_SHARED_DIR or <repo>/../shared), otherwise generated from a built-in template corpus, so the
benchmark runs in any clone. Reported as documents per second and milliseconds per document, two ways:

- first pass: each of ``--runs`` new processes, warmed up as an engine worker is (``service.warm_engine``)
  and then on other news (AQUAINT's, where the articles are TimeBank's; else the template corpus), reads the
  articles once, as a worker meets every document it is sent; the median process. This is the engine's rate
  on text it has not seen.
- warm: one process reads the same articles ``--runs`` times more after its first pass; the median run.
  The engine keeps what it learnt at each word opening it met (``scanner._TRIES_OF_PLAIN``), so the same
  text again costs less: a figure real traffic, every document new, does not see.

dateparser is slow, so it gets fewer documents (the per-document figures stay comparable); the speed-up is
judged on the engine's first pass.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from service.temporal import annotate  # noqa: E402

WORDS_PER_DOC = 1000
# Words of the template corpus an engine reads before it is timed on a first pass where the shared AQUAINT
# set is not at hand (see ``warm_up_texts``).
WARM_UP_WORDS = 20_000

_TEMPLATES = [
    "The company said on {wd} that third-quarter profit rose {n}% from a year earlier, helped by strong demand.",
    "Officials said yesterday that talks would resume next week in {city}, after stalling in {month}.",
    "Shares fell {n} cents to ${n}.{n} in composite trading on the New York Stock Exchange.",
    "Since {year}, the group has doubled its workforce to {n},000 and opened {n} plants.",
    "The agency expects growth to slow in the first half of {year2}, economists told reporters.",
    "For several weeks, analysts had warned that the market could fall by a third before {month} {day}.",
    "The merger, announced on {month} {day}, is expected to close by the end of the year.",
    "Two days later, the minister resigned, saying he had served the country for {n} years.",
    "Revenue for the nine months rose to ${n} million from ${n} million in the year-earlier period.",
    "He will travel to {city} on {wd} and meet the prime minister the following day.",
    "The rate has risen every month since early {year}, and now stands at {n} percent.",
    "In the 1990s the region produced {n},000 tonnes of rice annually, but output has fallen recently.",
    "The board meets each {wd} morning and will vote on the plan later this month.",
    "About {n} workers walked out on {day} {month}, demanding higher pay and a shorter week.",
]
# Sentences without time expressions: real news carries about 20 to 25 per 1,000 words, so the dated
# templates above are mixed with these, two to one.
_FILLER = [
    "The decision drew criticism from opposition lawmakers, who called it a costly mistake for {city}.",
    "Analysts at several brokerage firms said the move had been widely expected by investors.",
    "A spokesman for the ministry declined to comment on the details of the negotiations.",
    "The group employs {n},000 people and operates plants in {n} countries across three continents.",
    "Critics argue that the plan does little to address the underlying causes of the shortage.",
    "Shareholders will be offered ${n} in cash and stock for each share they hold in the company.",
    "Local residents described long queues outside banks and shops in the center of {city}.",
    "The report, which runs to {n} pages, recommends sweeping changes to the way prices are set.",
    "Trade unions said they would resist any attempt to cut wages or lengthen working hours.",
    "The central bank kept its benchmark rate unchanged, citing uncertainty about the outlook.",
]
_CITIES = ["London", "Geneva", "Tokyo", "Brussels", "Nairobi", "Lima", "Ottawa"]
_MONTHS = ["January", "March", "May", "June", "August", "October", "December", "Nov.", "Sept."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _shared_dir() -> Path:
    return Path(os.environ.get("TIMELINE_SHARED_DIR", REPO.parent / "shared"))


def _timebank_texts() -> list[tuple[str, date]]:
    path = _shared_dir() / "eval" / "timebank.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [(d["text"], date.fromisoformat(d["dct"])) for d in map(json.loads, f)]


def _generated_texts(n_words: int, seed: int = 7) -> list[tuple[str, date]]:
    rnd = random.Random(seed)
    out, words = [], 0
    while words < n_words:
        sentences = []
        for k in range(12):
            t = rnd.choice(_TEMPLATES if k % 3 == 0 else _FILLER).format(
                wd=rnd.choice(_WEEKDAYS), n=rnd.randint(2, 99), city=rnd.choice(_CITIES), month=rnd.choice(_MONTHS),
                day=rnd.randint(1, 28), year=rnd.randint(1985, 2023), year2=rnd.randint(2024, 2026),
            )  # fmt: skip
            sentences.append(t)
        text = " ".join(sentences)
        out.append((text, date(2024, 11, 5)))
        words += len(text.split())
    return out


def build_articles(n_docs: int) -> tuple[list[tuple[str, date]], str]:
    """``n_docs`` articles of about 1,000 words each, and where the text came from."""
    source = _timebank_texts()
    origin = "TimeBank texts"
    if not source:
        source, origin = _generated_texts(n_docs * WORDS_PER_DOC), "generated template corpus"
    articles: list[tuple[str, date]] = []
    buf: list[str] = []
    words, i = 0, 0
    while len(articles) < n_docs:
        text, dct = source[i % len(source)]
        i += 1
        buf.append(text)
        words += len(text.split())
        if words >= WORDS_PER_DOC:
            articles.append((_cut("\n\n".join(buf), WORDS_PER_DOC), dct))
            buf, words = [], 0
    return articles, origin


def _cut(text: str, n_words: int) -> str:
    """``text`` cut at the first sentence end after ``n_words`` words."""
    count = 0
    for i, ch in enumerate(text):
        if ch.isspace() and i and not text[i - 1].isspace():
            count += 1
            if count >= n_words and text[i - 1] in ".!?\"'":
                return text[:i]
    return text


def warm_up_texts() -> list[tuple[str, date]]:
    """Other text than the articles, for an engine to read before it is timed on them: the other development
    set's news (AQUAINT; the articles are TimeBank's) where it is present, as a worker that has served for a
    while has read news before the document it is sent; else the template corpus. Either way the patterns an
    engine compiles on first use and the commonest word openings are not charged to the articles, while
    every article is new to it."""
    path = _shared_dir() / "eval" / "aquaint.jsonl"
    if _timebank_texts() and path.exists():
        with path.open(encoding="utf-8") as f:
            return [(d["text"], date.fromisoformat(d["dct"])) for d in map(json.loads, f)]
    return _generated_texts(WARM_UP_WORDS, seed=11)


def warm_up() -> None:
    """An engine worker's warm-up (its fork server's), then other text than the articles."""
    import service.warm_engine  # noqa: F401  (warms up on import)

    for text, dct in warm_up_texts():
        annotate(text, dct)


def _first_pass(n_docs: int) -> float:
    """Seconds for one pass over the articles in a new process, warmed up but new to them."""
    result = subprocess.run(
        [sys.executable, __file__, "--first-pass-inner", "--docs", str(n_docs)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(result.stdout)


def _time_runs(fn, docs: list[tuple[str, date]], runs: int) -> float:
    """Median seconds for one pass over ``docs``."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for text, dct in docs:
            fn(text, dct)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _dateparser_fn():
    from dateparser.search import search_dates

    def run(text: str, dct: date) -> None:
        base = datetime(dct.year, dct.month, dct.day)
        search_dates(text, languages=["en"], settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base})

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=40, help="articles for our engine")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dateparser-docs", type=int, default=5, help="articles for dateparser (slow)")
    ap.add_argument("--dateparser-runs", type=int, default=3)
    ap.add_argument("--first-pass-inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    articles, origin = build_articles(args.docs)
    if args.first_pass_inner:
        warm_up()
        print(_time_runs(annotate, articles, 1))
        return 0
    n_words = statistics.mean(len(t.split()) for t, _ in articles)
    print(f"{len(articles)} articles of ~{n_words:.0f} words ({origin})")

    first = statistics.median(_first_pass(args.docs) for _ in range(args.runs)) / len(articles)
    print(
        f"timeline engine : {1 / first:8.1f} docs/s  {first * 1000:8.3f} ms/doc  first pass over unseen articles "
        f"(median of {args.runs} new processes, each warmed up on other text)"
    )
    warm_up()
    _time_runs(annotate, articles, 1)  # the first pass, not timed
    warm = _time_runs(annotate, articles, args.runs) / len(articles)
    print(
        f"timeline engine : {1 / warm:8.1f} docs/s  {warm * 1000:8.3f} ms/doc  warm: the same articles again "
        f"(median of {args.runs} runs in one process; {first / warm:.2f}x the first pass)"
    )

    try:
        dp = _dateparser_fn()
    except ImportError:
        print("dateparser not installed: comparison skipped")
        return 0
    few = articles[: args.dateparser_docs]
    if not few:
        print("dateparser: no articles asked for (--dateparser-docs 0), comparison skipped")
        return 0
    dp(*few[0])  # warm-up: dateparser loads its language data on first use
    theirs = _time_runs(dp, few, args.dateparser_runs) / len(few)
    print(
        f"dateparser      : {1 / theirs:8.1f} docs/s  {theirs * 1000:8.3f} ms/doc  "
        f"(median of {args.dateparser_runs} runs over {len(few)} articles)"
    )
    print(f"speed-up        : {theirs / first:8.1f}x  (the engine's first pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
