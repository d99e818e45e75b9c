-- The default-sorted live lists of contacts, leads, requests and CRM e-mails get (sort, id) indexes
-- without deleted_at in front, as deals and companies did in 0013: MariaDB otherwise reads
-- `deleted_at IS NULL` as a ref lookup and scans up to a deep page. Partial on PostgreSQL, plain
-- elsewhere; the replaced indexes are dropped after them so every foreign key keeps a leading index.
CREATE INDEX contacts_updated_at_live_idx ON contacts (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_department_live_idx ON contacts (department_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_owner_live_idx ON contacts (owner_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX leads_updated_at_live_idx ON leads (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX leads_department_live_idx ON leads (department_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX leads_owner_live_idx ON leads (owner_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX requests_created_at_live_idx ON requests (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX requests_department_live_idx ON requests (department_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX requests_owner_live_idx ON requests (owner_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX crm_emails_created_at_live_idx ON crm_emails (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX crm_emails_department_live_idx ON crm_emails (department_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX crm_emails_owner_live_idx ON crm_emails (owner_id, created_at, id) WHERE deleted_at IS NULL;
DROP INDEX contacts_list_idx;
DROP INDEX contacts_department_list_idx;
DROP INDEX contacts_owner_list_idx;
DROP INDEX leads_list_idx;
DROP INDEX leads_department_list_idx;
DROP INDEX leads_owner_list_idx;
DROP INDEX requests_list_idx;
DROP INDEX requests_department_list_idx;
DROP INDEX requests_owner_list_idx;
DROP INDEX crm_emails_list_idx;
DROP INDEX crm_emails_department_list_idx;
DROP INDEX crm_emails_owner_list_idx;
