-- Tenants: an API key may name one, and its documents and events are invisible to every other.
-- Rows from before tenants belong to the default tenant (service.keys.DEFAULT_TENANT).

ALTER TABLE documents ADD COLUMN tenant text NOT NULL DEFAULT 'default';
-- From now on every insert names its tenant: one that forgets must fail, not land in 'default'.
ALTER TABLE documents ALTER COLUMN tenant DROP DEFAULT;

-- Uniqueness is per tenant: two tenants may post the same (source, external_id) or the same text.
DROP INDEX documents_source_external_id;
CREATE UNIQUE INDEX documents_source_external_id
    ON documents (tenant, coalesce(source, ''), external_id) WHERE external_id IS NOT NULL;
DROP INDEX documents_content_hash;
CREATE UNIQUE INDEX documents_content_hash
    ON documents (tenant, content_hash) WHERE external_id IS NULL;
DROP INDEX documents_newest;
CREATE INDEX documents_newest ON documents (tenant, published_at DESC, id DESC);

-- Events carry their document's tenant, so a timeline page is one index range of one tenant;
-- the composite key guarantees it is the document's.
ALTER TABLE documents ADD CONSTRAINT documents_id_tenant UNIQUE (id, tenant);
ALTER TABLE time_expressions ADD COLUMN tenant text;
UPDATE time_expressions e SET tenant = d.tenant FROM documents d WHERE d.id = e.document_id;
ALTER TABLE time_expressions ALTER COLUMN tenant SET NOT NULL;
ALTER TABLE time_expressions DROP CONSTRAINT time_expressions_document_id_fkey;
ALTER TABLE time_expressions ADD CONSTRAINT time_expressions_document_tenant
    FOREIGN KEY (document_id, tenant) REFERENCES documents (id, tenant) ON DELETE CASCADE;

DROP INDEX time_expressions_timeline;
CREATE INDEX time_expressions_timeline
    ON time_expressions (tenant, interval_start, interval_end, published_at, id)
    WHERE interval_start IS NOT NULL;
