-- Migration 010's check of the sources an INSERT gave its events, by one index lookup per document
-- of the statement instead of a join that PostgreSQL may plan over every document.
--
-- The check runs once per INSERT on time_expressions (every post, group of posts and batch). As a
-- join, its plan was the planner's guess about the transition table against the store's size: on a
-- store of 2,000 real articles, for single posts, and on the plan test's 3,400 documents, for a
-- batch of 50, it was a hash join over a sequential scan of the whole documents table, for every
-- statement (at 2,000 documents, 18% of PostgreSQL's instructions per single post, counted with
-- callgrind); on 12,000 documents the planner chose the index and both forms cost the same. A
-- scalar subquery is run per document of the statement, through the primary key, whatever the store
-- holds; tests/store/test_plans.py checks that no trigger's statement reads the documents or the
-- events whole. What the check decides is unchanged: the UPDATE is migration 010's, and runs only
-- when a writer gave an event no source or another than its document's (or, which the foreign key
-- refuses anyway, named a document that is not there: the UPDATE then changes nothing).
CREATE OR REPLACE FUNCTION correct_event_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Guarded: an UPDATE fires the statement triggers on time_expressions even when it changes no row.
    IF EXISTS (
        SELECT FROM (SELECT DISTINCT tenant, document_id, source FROM inserted) AS i
        -- A scalar subquery: PostgreSQL runs it per row; an EXISTS here would be planned as a join again.
        WHERE i.source IS DISTINCT FROM (SELECT d.source FROM documents d WHERE d.id = i.document_id AND d.tenant = i.tenant)
    ) THEN
        UPDATE time_expressions e SET source = d.source
        FROM (SELECT DISTINCT tenant, document_id FROM inserted) AS i
        JOIN documents d ON d.id = i.document_id AND d.tenant = i.tenant
        WHERE e.tenant = i.tenant AND e.document_id = i.document_id AND e.source IS DISTINCT FROM d.source;
    END IF;
    RETURN NULL;
END
$$;
