-- Each event's source (migration 009) given by its writer instead of looked up per row.
--
-- The per-row trigger ran a plpgsql call and a lookup of the document for every expression, about
-- a fifth of an insert's cost; the service's writers know the source and send it. One check per
-- statement keeps every way of inserting right: it compares each document of the statement once
-- (not each row) with what its events were given, and sets the source only where a writer gave
-- none or another (a plain INSERT or COPY that knows nothing of it).
DROP TRIGGER time_expressions_source ON time_expressions;
DROP FUNCTION copy_document_source();

CREATE FUNCTION correct_event_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Guarded: an UPDATE fires the statement triggers on time_expressions even when it changes no row.
    IF EXISTS (
        SELECT FROM (SELECT DISTINCT tenant, document_id, source FROM inserted) AS i
        JOIN documents d ON d.id = i.document_id AND d.tenant = i.tenant
        WHERE d.source IS DISTINCT FROM i.source
    ) THEN
        UPDATE time_expressions e SET source = d.source
        FROM (SELECT DISTINCT tenant, document_id FROM inserted) AS i
        JOIN documents d ON d.id = i.document_id AND d.tenant = i.tenant
        WHERE e.tenant = i.tenant AND e.document_id = i.document_id AND e.source IS DISTINCT FROM d.source;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER time_expressions_sources_corrected
    AFTER INSERT ON time_expressions REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION correct_event_sources();
