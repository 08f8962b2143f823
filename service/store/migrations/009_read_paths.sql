-- Reads at a million events: what the timeline's filters and its histogram need to read few rows.

-- 1. Each event carries its document's source, so that source= walks an index of
--    (source, timeline order) instead of joining every event to its document and sorting.
ALTER TABLE time_expressions ADD COLUMN source text;
UPDATE time_expressions e SET source = d.source
FROM documents d
WHERE d.id = e.document_id AND d.tenant = e.tenant AND d.source IS NOT NULL;

-- Filled here rather than by each writer, so that every way of inserting (single posts, the
-- batch COPY, replacements) keeps it right.
CREATE FUNCTION copy_document_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT d.source INTO NEW.source FROM documents d WHERE d.id = NEW.document_id AND d.tenant = NEW.tenant;
    RETURN NEW;
END
$$;

CREATE TRIGGER time_expressions_source
    BEFORE INSERT ON time_expressions
    FOR EACH ROW EXECUTE FUNCTION copy_document_source();

CREATE FUNCTION follow_document_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE time_expressions SET source = NEW.source WHERE tenant = NEW.tenant AND document_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_source_follows
    AFTER UPDATE OF source ON documents
    FOR EACH ROW WHEN (OLD.source IS DISTINCT FROM NEW.source)
    EXECUTE FUNCTION follow_document_source();

-- Anchor and granularity ride along in both timeline indexes: a histogram filtered by them,
-- by source or by publication time is then an index-only scan, never a read of the table.
CREATE INDEX time_expressions_source_timeline
    ON time_expressions (tenant, source, interval_start, interval_end, published_at, id)
    INCLUDE (anchor, granularity)
    WHERE interval_start IS NOT NULL;
DROP INDEX time_expressions_timeline;
CREATE INDEX time_expressions_timeline
    ON time_expressions (tenant, interval_start, interval_end, published_at, id)
    INCLUDE (anchor, granularity)
    WHERE interval_start IS NOT NULL;
-- A histogram by anchor, or of the documents published in a period, reads those events only.
CREATE INDEX time_expressions_anchor
    ON time_expressions (tenant, anchor, interval_start)
    INCLUDE (interval_end, granularity, published_at)
    WHERE interval_start IS NOT NULL;
CREATE INDEX time_expressions_published
    ON time_expressions (tenant, published_at)
    INCLUDE (interval_start, interval_end, anchor, granularity)
    WHERE interval_start IS NOT NULL;

-- 2. Event counts by (start, end, granularity), for histograms filtered by time alone: a few
--    thousand rows to sum instead of every event. Any zone's buckets come out exact, since each
--    row keeps its exact start. Writers never update a shared row (two replacing transactions
--    would deadlock on them): each statement appends its changes to event_count_changes, and
--    whichever writer gets the advisory lock folds every pending change into event_counts.
--    Readers sum both tables. Keys that fall to zero stay, at zero.
CREATE TABLE event_counts (
    tenant         text        NOT NULL,
    interval_start timestamptz NOT NULL,
    interval_end   timestamptz NOT NULL,
    -- '' for an event without one, which no granularity filter keeps (as NULL would not).
    granularity    text        NOT NULL,
    events         bigint      NOT NULL,
    PRIMARY KEY (tenant, interval_start, interval_end, granularity)
);

CREATE TABLE event_count_changes (
    tenant         text        NOT NULL,
    interval_start timestamptz NOT NULL,
    interval_end   timestamptz NOT NULL,
    granularity    text        NOT NULL,
    events         bigint      NOT NULL
);

INSERT INTO event_counts
SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), count(*)
FROM time_expressions
WHERE interval_start IS NOT NULL
GROUP BY 1, 2, 3, 4;

CREATE FUNCTION fold_event_count_changes() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- One folder at a time, and nobody waits for it: a writer that finds another folding
    -- leaves its changes to the next fold. The lock ends with the transaction.
    IF NOT pg_try_advisory_xact_lock(7587076476331386227) THEN
        RETURN;
    END IF;
    WITH folded AS (DELETE FROM event_count_changes RETURNING *)
    INSERT INTO event_counts AS c
    SELECT tenant, interval_start, interval_end, granularity, sum(events)
    FROM folded
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant, interval_start, interval_end, granularity)
        DO UPDATE SET events = c.events + EXCLUDED.events;
END
$$;

CREATE FUNCTION count_changed_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO event_count_changes
        SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), count(*)
        FROM inserted WHERE interval_start IS NOT NULL
        GROUP BY 1, 2, 3, 4;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO event_count_changes
        SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), -count(*)
        FROM deleted WHERE interval_start IS NOT NULL
        GROUP BY 1, 2, 3, 4;
    ELSE
        INSERT INTO event_count_changes
        SELECT tenant, interval_start, interval_end, granularity, sum(change)
        FROM (SELECT tenant, interval_start, interval_end, coalesce(granularity, '') AS granularity, 1 AS change
              FROM inserted WHERE interval_start IS NOT NULL
              UNION ALL
              SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), -1
              FROM deleted WHERE interval_start IS NOT NULL) AS changed
        GROUP BY 1, 2, 3, 4
        HAVING sum(change) <> 0;
    END IF;
    PERFORM fold_event_count_changes();
    RETURN NULL;
END
$$;

CREATE TRIGGER time_expressions_counted_insert
    AFTER INSERT ON time_expressions REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION count_changed_events();
CREATE TRIGGER time_expressions_counted_delete
    AFTER DELETE ON time_expressions REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION count_changed_events();
CREATE TRIGGER time_expressions_counted_update
    AFTER UPDATE ON time_expressions REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION count_changed_events();

CREATE FUNCTION forget_event_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM event_counts;
    DELETE FROM event_count_changes;
    RETURN NULL;
END
$$;

CREATE TRIGGER time_expressions_truncate_counts
    AFTER TRUNCATE ON time_expressions
    FOR EACH STATEMENT EXECUTE FUNCTION forget_event_counts();

-- For bulk loads that switch triggers off (session_replication_role = replica, as PostgreSQL's
-- advice on populating a database suggests): afterwards, SELECT refresh_read_paths().
CREATE FUNCTION refresh_read_paths() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE time_expressions e SET source = d.source
    FROM documents d
    WHERE d.id = e.document_id AND d.tenant = e.tenant AND e.source IS DISTINCT FROM d.source;
    DELETE FROM event_count_changes;
    DELETE FROM event_counts;
    INSERT INTO event_counts
    SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), count(*)
    FROM time_expressions
    WHERE interval_start IS NOT NULL
    GROUP BY 1, 2, 3, 4;
END
$$;
