"""Limits on the shape of a request, each defined once (the README's Limits table lists them)."""

from __future__ import annotations

# Our cursors are under 200 characters; anything much longer was not issued by us.
MAX_CURSOR_LENGTH = 512
# How deep `metadata` may nest (the metadata object itself is level 1). Deeper JSON would
# exhaust the recursion of the JSON decoder and of everything that walks the value later.
MAX_METADATA_DEPTH = 32
# `metadata` as compact JSON, in bytes: it is stored and returned with every read of the document.
MAX_METADATA_BYTES = 65_536
