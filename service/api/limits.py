"""Limits on the shape of a request, each defined once (the README's Limits table lists them)."""

from __future__ import annotations

# Our cursors are under 200 characters; anything much longer was not issued by us.
MAX_CURSOR_LENGTH = 512
# How deep `metadata` may nest (the metadata object itself is level 1). Deeper JSON would
# exhaust the recursion of the JSON decoder and of everything that walks the value later.
MAX_METADATA_DEPTH = 32
# `metadata` as compact JSON, in bytes: it is stored and returned with every read of the document.
MAX_METADATA_BYTES = 65_536
# A batch post: documents at once, and its body in bytes. Each document also keeps the text limit of
# single posts; the body limit keeps a batch's decoded documents to tens of megabytes in memory.
MAX_BATCH_DOCUMENTS = 1000
MAX_BATCH_BYTES = 16 * 1024 * 1024
# Values one repeatable timeline filter takes (document_id, source): enough for any dashboard,
# and a bound on the statement.
MAX_FILTER_VALUES = 100
# Buckets one histogram may have: years of days, centuries of months. Over it is a 400 naming
# `interval`, since the empty buckets between first and last are filled in.
MAX_HISTOGRAM_BUCKETS = 2000
# Events (or documents, expressions) one page of JSON holds: a response grows with what was asked
# for, never past this.
MAX_PAGE_SIZE = 1000
# Events one streamed export (ndjson, csv) may be limited to; without a limit it streams them all,
# in constant memory, so this only bounds the number a client may write.
MAX_STREAMED_EVENTS = 100_000_000
