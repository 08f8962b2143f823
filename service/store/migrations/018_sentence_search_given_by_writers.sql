-- Each event's sentence vector (migration 008) given by the service's writers, computed once per
-- distinct sentence of a write, instead of generated for every expression stored.
--
-- The generated column ran to_tsvector for every row: 24 expressions of a news article, 12-13 µs
-- each on this project's machine, about 0.3 ms of PostgreSQL's 1.1-1.5 ms of CPU per article stored.
-- An article's 18 events lie in about 15 distinct sentences (an event's sentence is its capped
-- window, service.sentences, the same text for the events of one short sentence), and expressions
-- that are no events are never searched: every q= read, and the index, are of events alone. The
-- service's writers ask for one vector per distinct sentence of their events (service.store.batch)
-- and give it with each row.
--
-- An INSERT or COPY that gives an event its vector keeps it: the trigger's WHEN is tested in C,
-- without calling PL/pgSQL. Any other event inserted (a writer that knows nothing of the vector)
-- gets it from the trigger, as from the generated column before; and an UPDATE that changes a
-- sentence, or makes an expression an event or not, computes it again. Rows stored before keep
-- the vectors they have (non-events' among them, which nothing reads).
ALTER TABLE time_expressions ALTER COLUMN sentence_search DROP EXPRESSION;

CREATE FUNCTION write_sentence_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sentence_search := CASE WHEN NEW.interval_start IS NOT NULL
                                THEN to_tsvector('english'::regconfig, NEW.sentence) END;
    RETURN NEW;
END
$$;

CREATE TRIGGER time_expressions_sentence_search_inserted
    BEFORE INSERT ON time_expressions
    FOR EACH ROW
    WHEN (NEW.interval_start IS NOT NULL AND NEW.sentence_search IS NULL)
    EXECUTE FUNCTION write_sentence_search();

CREATE TRIGGER time_expressions_sentence_search_updated
    BEFORE UPDATE OF sentence, interval_start ON time_expressions
    FOR EACH ROW
    WHEN (NEW.sentence IS DISTINCT FROM OLD.sentence OR (NEW.interval_start IS NULL) <> (OLD.interval_start IS NULL))
    EXECUTE FUNCTION write_sentence_search();

-- A bulk load with triggers off (session_replication_role = replica) leaves its events without
-- vectors, where the generated column gave every row one: refresh_read_paths() now writes them too.
CREATE OR REPLACE FUNCTION refresh_read_paths() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE time_expressions e SET source = d.source
    FROM documents d
    WHERE d.id = e.document_id AND d.tenant = e.tenant AND e.source IS DISTINCT FROM d.source;
    UPDATE time_expressions SET ndjson_line = NULL
    WHERE interval_start IS NOT NULL AND (ndjson_line IS NULL OR csv_line IS NULL);
    UPDATE time_expressions SET sentence_search = to_tsvector('english'::regconfig, sentence)
    WHERE interval_start IS NOT NULL AND sentence_search IS NULL;
    DELETE FROM event_count_changes;
    DELETE FROM event_counts;
    INSERT INTO event_counts
    SELECT tenant, interval_start, interval_end, coalesce(granularity, ''), count(*)
    FROM time_expressions
    WHERE interval_start IS NOT NULL
    GROUP BY 1, 2, 3, 4;
END
$$;
