"""The engine's regular expressions are the same text in every process.

Several are built from sets of words. A set's iteration order follows the string hash seed, which
Python draws afresh for each process, so an alternation built in that order would differ between two
workers of one service, and between a run and the next: where two branches can match at one place,
the one tried first wins, and the engine would no longer be a function of its arguments alone. It would
also defeat the service's kept patterns (service.kept_patterns), which are looked up by their text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Records every pattern compiled while the engine reads documents of all three types: each compiles
# its own patterns on first use, so that importing the engine alone would not reach them.
_RECORD_PATTERNS = """
import hashlib, json, re, sys
from datetime import UTC, datetime

seen = set()
_compile = re._compile

def _recording(pattern, flags):
    if isinstance(pattern, str):
        seen.add((pattern, int(flags)))
    return _compile(pattern, flags)

re._compile = _recording

from service.temporal import DOCUMENT_TYPES, annotate

text = sys.stdin.read()
for document_type in DOCUMENT_TYPES:
    annotate(text, datetime(2024, 11, 5, 19, 1, tzinfo=UTC), document_type)
print(len(seen), hashlib.sha256(json.dumps(sorted(seen)).encode()).hexdigest())
"""

_TEXT = "\n".join(
    (
        "The board met on Tuesday and agreed in January to sell the plant by the end of next year.",
        "A few weeks later, several dozen workers walked out for many hours; a number of them stayed out all night.",
        "Fares rise twice a year, every March and September, and the night bus runs at 11.30pm on Fridays and Sat.",
        "In the spring of 1812 the army crossed the river; three days later, at dawn, the siege began.",
        "ugh mon n tues r gonna be long, back at 9 tmrw then off till the 14th",
        "The second half of fiscal 2025 begins on 1 July, a fortnight after the vote of Wednesday 18 June.",
    )
)


def _patterns_under(seed: str) -> str:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", _RECORD_PATTERNS], input=_TEXT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_engines_patterns_are_the_same_text_whatever_the_hash_seed() -> None:
    first = _patterns_under("1")
    count = int(first.split()[0])
    assert count > 300, f"only {count} patterns recorded: the recording no longer sees the engine's compiling"
    assert _patterns_under("2") == first
    assert _patterns_under("3") == first
