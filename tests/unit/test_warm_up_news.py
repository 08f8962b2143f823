"""The news an engine worker's fork server reads before it forks any worker (service.warm_up_text)."""

import json
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from service.events import extract
from service.temporal import annotate
from service.warm_engine import warm_up
from service.warm_up_text import WARM_UP_NEWS

# A document of our own, unlike the warm-up news, read with and without the warm-up before it.
_DOCUMENT = (
    "The harbour reopened on Thursday after repairs that began in early March.\n"
    "Ferries will run every two hours until the end of June, then hourly through the summer.\n"
    "Last winter the port handled 1.2 million tonnes, a tenth less than in 2019, its busiest year.\n"
    "The next inspection is due at 10:45 a.m. on 3 July, and a report should follow within a fortnight."
)
_REFERENCE = date(2025, 4, 17)
_ANSWER = (
    "import json, sys; from datetime import date; from service.temporal import annotate; "
    "print(json.dumps([[t.start, t.end, t.type, t.value, t.mod, t.anchor] "
    "for t in annotate(sys.stdin.read(), date.fromisoformat(sys.argv[1]))]))"
)


def test_the_warm_up_news_asks_for_every_kind_of_expression() -> None:
    # The patterns compiled on first use are those of what the text holds: dates, times, durations, sets.
    found = extract(WARM_UP_NEWS, datetime(2024, 11, 5, tzinfo=UTC), "news", (None, None, None))
    kinds = Counter(x.type for x in found)
    assert set(kinds) == {"DATE", "TIME", "DURATION", "SET"}
    assert sum(x.is_event for x in found) >= 100


def test_reading_the_warm_up_news_changes_no_answer() -> None:
    # What the engine keeps from reading is a cache: a process that never read the warm-up news (no
    # service.warm_engine) gives the same answers as one that did.
    warm_up()
    here = [[t.start, t.end, t.type, t.value, t.mod, t.anchor] for t in annotate(_DOCUMENT, _REFERENCE)]
    cold = subprocess.run(
        [sys.executable, "-c", _ANSWER, _REFERENCE.isoformat()],
        input=_DOCUMENT, capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert len(here) >= 6
    assert json.loads(cold.stdout) == here
