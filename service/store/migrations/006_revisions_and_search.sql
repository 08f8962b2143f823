-- What timeline reads need: a revision per tenant for ETags, and indexes for the filters.

-- Each tenant's revision: it changes in the same transaction as every document stored, replaced
-- or deleted, so an ETag derived from it changes with any answer that could, on every replica.
-- Events change only with their document (they are stored, replaced and deleted with it), so a
-- trigger on documents sees every change, whichever code path writes.
CREATE TABLE tenant_revisions (
    tenant   text   PRIMARY KEY,
    revision bigint NOT NULL
);

-- A revision never repeats, even when the database is recreated: it is at least the current
-- time in microseconds, so an ETag a client kept from before cannot match new content.
CREATE FUNCTION next_revision(previous bigint) RETURNS bigint LANGUAGE sql AS $$
    SELECT greatest(coalesce(previous, 0) + 1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
$$;

CREATE FUNCTION bump_tenant_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO tenant_revisions AS r (tenant, revision)
    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant ELSE NEW.tenant END, next_revision(NULL))
    ON CONFLICT (tenant) DO UPDATE SET revision = next_revision(r.revision);
    RETURN NULL;
END
$$;

-- Deferred to commit: concurrent writers of one tenant wait for the revision row only while
-- committing, not for the whole of each other's transactions.
CREATE CONSTRAINT TRIGGER documents_bump_revision
    AFTER INSERT OR UPDATE OR DELETE ON documents
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_tenant_revision();

CREATE FUNCTION bump_every_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tenant_revisions SET revision = next_revision(revision);
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_truncate_bumps_revisions
    AFTER TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_every_revision();

-- q= full text: event sentences, and document titles (an event matches through its document's).
-- The queries repeat these expressions exactly, or the indexes are not used.
CREATE INDEX time_expressions_sentence_search
    ON time_expressions USING gin (to_tsvector('english'::regconfig, sentence))
    WHERE interval_start IS NOT NULL;
CREATE INDEX documents_title_search
    ON documents USING gin (to_tsvector('english'::regconfig, coalesce(title, '')));

-- source= on the timeline: a rare source's documents are found without walking every event.
CREATE INDEX documents_source ON documents (tenant, source);
