"""A realistically shaped store filled by PostgreSQL itself, in seconds: the plan test's table and
the read benches' million events, without running the engine over a million sentences.

Documents come from 20 sources over one year of publication; each holds events spread over 35
years at the granularities, anchors and open ranges that news gives, with sentences made of a small
vocabulary so that full-text queries find both rare and common words.
"""

from __future__ import annotations

import asyncpg

SOURCES = 20
# Words of event sentences: the first is in every tenth sentence, the others in fewer.
WORDS = ("talks", "strike", "budget", "plant", "council", "prices", "harvest", "election", "flood", "merger")

_DOCUMENTS = """
INSERT INTO documents (tenant, text, title, source, external_id, language, document_type, published_at,
                       content_hash, time_zone)
SELECT $1, 'Bulletin ' || i, 'Bulletin ' || i || ' on the ' || ($4::text[])[1 + i % 7], 'wire-' || (i % $3),
       'synthetic-' || i, 'en', 'news', timestamptz '2024-01-01 08:00Z' + (i % 366) * interval '1 day',
       sha256(convert_to($1 || i, 'UTF8')), 'UTC'
FROM generate_series($5::bigint + 1, $5::bigint + $2) AS i"""

# Granularity by position in the document: mostly days, then months, years, weeks and minutes.
_EVENTS = """
INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type, value,
                              anchor, granularity, sentence_start, sentence_end, sentence, interval_start,
                              interval_end, source)
SELECT d.tenant, d.id, d.published_at, k * 60, k * 60 + 10, 'some day', 'DATE', 'XXXX',
       (ARRAY['publication', 'previous', 'absolute'])[1 + (d.id + k) % 3], g.granularity, k * 60, k * 60 + 50,
       'The ' || ($2::text[])[1 + (d.id * 7 + k) % 10] || ' went on, the ' || ($2::text[])[1 + (d.id + k * 3) % 10]
           || ' said.',
       CASE WHEN (d.id + k) % 50 = 0 THEN '-infinity' ELSE g.start END,
       CASE WHEN (d.id + k) % 50 = 1 THEN 'infinity' ELSE g.start + g.length END,
       d.source  -- as the service's writers give it (migration 010)
FROM (SELECT * FROM documents WHERE tenant = $1 AND id > $4) AS d
CROSS JOIN generate_series(0, $3 - 1) AS k
CROSS JOIN LATERAL (
    SELECT start, length, granularity FROM (VALUES
        (date_trunc('day', timestamptz '1990-01-01Z' + ((d.id * 7919 + k * 104729) % 12775) * interval '1 day'),
         interval '1 day', 'day', 0),
        (date_trunc('month', timestamptz '1990-01-01Z' + ((d.id * 31 + k * 17) % 420) * interval '1 month'),
         interval '1 month', 'month', 1),
        (date_trunc('year', timestamptz '1990-01-01Z' + ((d.id + k) % 35) * interval '1 year'),
         interval '1 year', 'year', 2),
        (timestamptz '1990-01-01Z' + ((d.id * 13 + k) % 1820) * interval '1 week',
         interval '1 week', 'week', 3),
        (timestamptz '2024-01-01Z' + ((d.id * 7 + k * 11) % 525600) * interval '1 minute',
         interval '1 minute', 'minute', 4)
    ) AS v(start, length, granularity, kind)
    WHERE kind = CASE WHEN k % 10 < 6 THEN 0 WHEN k % 10 < 8 THEN 1 WHEN k % 10 = 8 THEN 2
                      WHEN (d.id + k) % 2 = 0 THEN 3 ELSE 4 END
) AS g"""

_SECONDARY_INDEXES = """
SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = 'time_expressions'::regclass AND NOT x.indisprimary"""


async def fill(conn: asyncpg.Connection, documents: int, events_per_document: int, tenant: str = "default") -> int:
    """Add ``documents`` documents with ``events_per_document`` events each, vacuum and analyse,
    and return the number of events added."""
    async with conn.transaction():
        before = await conn.fetchval("SELECT coalesce(max(id), 0) FROM documents")
        await conn.execute(_DOCUMENTS, tenant, documents, SOURCES, list(WORDS), before)
        # As PostgreSQL's guide to bulk loading says: building an index once is several times
        # faster than growing it row by row (the full-text one above all).
        indexes = await conn.fetch(_SECONDARY_INDEXES)
        for index in indexes:
            await conn.execute(f"DROP INDEX {index['name']}")
        status = await conn.execute(_EVENTS, tenant, list(WORDS), events_per_document, before)
        for index in indexes:
            await conn.execute(index["definition"])
    # As autovacuum would soon: statistics, and the visibility map that index-only scans rely on.
    for table in ("documents", "time_expressions", "event_counts"):
        await conn.execute(f"VACUUM ANALYZE {table}")
    return int(status.split()[-1])
