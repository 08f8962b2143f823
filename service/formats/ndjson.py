"""Newline-delimited JSON: one event a line, exactly as the JSON timeline shows it."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from service.api.schemas import Event

MEDIA_TYPE = "application/x-ndjson"

_encoder = msgspec.json.Encoder()


def line(event: Event) -> bytes:
    return _encoder.encode(event) + b"\n"


def lines(events: Iterable[Event]) -> bytes:
    return b"".join(map(line, events))
