-- Documents and the time expressions found in them.

CREATE TABLE documents (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text          text        NOT NULL,
    title         text,
    url           text,
    source        text,
    external_id   text,
    language      text        NOT NULL,
    document_type text        NOT NULL,
    metadata      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    published_at  timestamptz NOT NULL,
    -- seconds east of UTC as the publication time was given: dates are rendered in the
    -- document's own zone, where "5 November" means that calendar day.
    utc_offset    integer     NOT NULL,
    content_hash  bytea       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- A NULL source is one source: re-posting (no source, id) replaces, as with a named source.
CREATE UNIQUE INDEX documents_source_external_id
    ON documents (coalesce(source, ''), external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX documents_content_hash
    ON documents (content_hash) WHERE external_id IS NULL;
CREATE INDEX documents_newest ON documents (published_at DESC, id DESC);

CREATE TABLE time_expressions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id    bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_offset   integer NOT NULL,
    end_offset     integer NOT NULL,
    text           text    NOT NULL,
    type           text    NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value          text    NOT NULL,
    mod            text,
    anchor         text    NOT NULL,
    granularity    text,
    sentence_start integer NOT NULL,
    sentence_end   integer NOT NULL,
    -- The timeline position, set for events only. Open ends are -infinity/infinity, so
    -- ordering and overlap tests need no special case.
    interval_start timestamptz,
    interval_end   timestamptz,
    -- Copied from the document: the third key of the timeline order must be indexable.
    published_at   timestamptz NOT NULL,
    CHECK ((interval_start IS NULL) = (interval_end IS NULL)),
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);

CREATE INDEX time_expressions_document ON time_expressions (document_id, start_offset);
CREATE INDEX time_expressions_timeline
    ON time_expressions (interval_start, interval_end, published_at, id)
    WHERE interval_start IS NOT NULL;
