-- The event counts' pending changes (migration 009) folded by every eighth statement that changes
-- events, instead of by every one.
--
-- Each INSERT, UPDATE or DELETE of events appends its changes to event_count_changes and then folded
-- every pending change into event_counts: the advisory lock, a DELETE ... RETURNING of the pending
-- rows, their sort and aggregation, and an upsert per key. That fold was about a third of the three
-- statement triggers' time when a document was written alone (perf of the backend), paid again by
-- every group of single posts and every part of a batch, whatever little it had to fold. Readers
-- always sum both tables (service.store.timeline), so a count is right whether its change is folded
-- or pending; folding less often only leaves event_count_changes holding the changes of up to seven
-- statements of at most 256 keys each (plus those left while another writer held the lock, as
-- before): a part of a batch of news articles adds at most about 180 keys, a single post about a
-- dozen; a statement of more keys than that folds at once, as every statement did. The statements
-- are counted by a sequence, shared by every writer and never rolled back, so the cadence holds
-- across processes and replicas.
CREATE SEQUENCE event_count_statements;

CREATE OR REPLACE FUNCTION count_changed_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys bigint;
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
    GET DIAGNOSTICS keys = ROW_COUNT;
    -- Every eighth statement that changes events, whoever writes it, folds what is pending; and so
    -- does a statement of many keys (a bulk load's, a large batch's), so that no more than a few
    -- thousand pending rows are ever added up by a histogram.
    IF keys > 256 OR nextval('event_count_statements') % 8 = 0 THEN
        PERFORM fold_event_count_changes();
    END IF;
    RETURN NULL;
END
$$;
