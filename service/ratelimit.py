"""Per-caller rate limits: a token bucket for each caller, held in this process."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour)\s*$")


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``count`` requests per ``unit``; a full bucket allows that many at once."""

    count: int
    unit: str

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        match = _SPEC.match(text)
        if not match or int(match[1]) < 1:
            raise ValueError(f"a rate limit is N/second, N/minute or N/hour with N >= 1, got {text!r}")
        return cls(int(match[1]), match[2])

    @property
    def per_second(self) -> float:
        return self.count / _UNITS[self.unit]

    def __str__(self) -> str:
        return f"{self.count}/{self.unit}"


class TokenBuckets:
    """One bucket per caller. Runs on the event loop only, so it needs no lock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_callers: int = 10_000) -> None:
        self._clock = clock
        self._max_callers = max_callers
        self._buckets: dict[str, _Bucket] = {}

    def take(self, caller: str, limit: RateLimit) -> float:
        """Spend one token: 0 when the request may go ahead, else the seconds until it may."""
        now = self._clock()
        bucket = self._buckets.get(caller)
        tokens = float(limit.count) if bucket is None else bucket.tokens_at(now, limit)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / limit.per_second
        if not wait:
            tokens -= 1
        self._buckets[caller] = _Bucket(tokens, now, now + (limit.count - tokens) / limit.per_second)
        if len(self._buckets) > self._max_callers:
            self._forget_some(now)
        return wait

    def _forget_some(self, now: float) -> None:
        # Callers without a key are told apart by address, so their number has no natural bound.
        # A bucket that has refilled is the same as no bucket; past that, the longest idle go.
        for caller in [c for c, b in self._buckets.items() if b.full_at <= now]:
            del self._buckets[caller]
        excess = len(self._buckets) - self._max_callers
        if excess > 0:
            for caller in sorted(self._buckets, key=lambda c: self._buckets[c].counted)[:excess]:
                del self._buckets[caller]


@dataclass(frozen=True, slots=True)
class _Bucket:
    tokens: float
    counted: float
    full_at: float

    def tokens_at(self, now: float, limit: RateLimit) -> float:
        return min(float(limit.count), self.tokens + (now - self.counted) * limit.per_second)
