-- Each event's document checked once per statement that stores events, not once per event: the
-- composite foreign key of migration 002 gives way to triggers that keep what it kept.
--
-- The key's check ran for every row inserted: a query through SPI (an executor started, an index
-- lookup, the document locked FOR KEY SHARE) for each of a news article's 24 expressions, though
-- they all name one document. That was 12% of PostgreSQL's samples for batches of 50 and 7% for one
-- document per transaction (perf of a backend running service.store.batch's statements), and
-- dropping the key took 0.15-0.2 ms of its CPU per article away. The check below looks up and locks
-- each distinct document of the statement once. What the key did otherwise is kept by triggers:
-- deleting a document deletes its events (ON DELETE CASCADE), a document's id or tenant cannot
-- change under its events (NO ACTION), an event cannot be moved to a document that is not there,
-- and TRUNCATE of documents empties the events (without the key, it no longer needs CASCADE to).
-- Like the key's own triggers, these do not fire with session_replication_role = replica (the bulk
-- loads of bench/projection.py and tests/direct_writes.py).
ALTER TABLE time_expressions DROP CONSTRAINT time_expressions_document_tenant;

-- A document that is not there, or not under the event's tenant, fails the statement with the
-- error the key raised (SQLSTATE 23503, naming the constraint it replaces). Each document is locked
-- FOR KEY SHARE, as the key's check locked it, so that one deleted by another transaction meanwhile
-- is either waited for or seen gone: its events are never left without it.
CREATE FUNCTION check_event_documents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT FROM (SELECT DISTINCT tenant, document_id FROM inserted) AS i
        -- A scalar subquery: run per document through its key, never planned as a join over every
        -- document (migration 016).
        WHERE (SELECT true FROM documents d WHERE d.id = i.document_id AND d.tenant = i.tenant FOR KEY SHARE) IS NULL
    ) THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'an event''s document is not stored under its tenant',
            CONSTRAINT = 'time_expressions_document_tenant', TABLE = 'time_expressions';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER time_expressions_documents_checked
    AFTER INSERT ON time_expressions REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION check_event_documents();

-- An event given another document or tenant (nothing in the service does it): checked as the key did.
CREATE FUNCTION check_event_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM documents d WHERE d.id = NEW.document_id AND d.tenant = NEW.tenant FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'an event''s document is not stored under its tenant',
            CONSTRAINT = 'time_expressions_document_tenant', TABLE = 'time_expressions';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER time_expressions_document_checked_on_update
    AFTER UPDATE OF document_id, tenant ON time_expressions
    FOR EACH ROW WHEN (NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.tenant IS DISTINCT FROM OLD.tenant)
    EXECUTE FUNCTION check_event_document();

-- ON DELETE CASCADE: a document's events go with it, found through time_expressions_document.
CREATE FUNCTION delete_document_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM time_expressions WHERE document_id = OLD.id AND tenant = OLD.tenant;
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_events_deleted
    AFTER DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION delete_document_events();

-- NO ACTION: a document with events keeps its id and tenant.
CREATE FUNCTION refuse_moving_document_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM time_expressions WHERE document_id = OLD.id AND tenant = OLD.tenant) THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'a document''s id or tenant cannot change while it has events',
            CONSTRAINT = 'time_expressions_document_tenant', TABLE = 'documents';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_keep_their_events
    AFTER UPDATE OF id, tenant ON documents
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.tenant IS DISTINCT FROM OLD.tenant)
    EXECUTE FUNCTION refuse_moving_document_events();

-- TRUNCATE documents took the events with it (and had to say CASCADE); it still does. A TRUNCATE that
-- names both tables (as RESTART IDENTITY of both needs now) has emptied them already, and may not
-- truncate one of them again from within.
CREATE FUNCTION truncate_document_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM time_expressions) THEN
        TRUNCATE time_expressions;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_truncate_events
    AFTER TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION truncate_document_events();
