-- Core CRM entities (§4): counterparties, requests, deals, payments, outputs, e-mails,
-- attachments, reminders, and the e-mail signatures they use.
-- SQLite: money and rates are TEXT holding the exact decimal; dates, times and timestamps are
-- ISO-8601 TEXT (timestamps in UTC); booleans are INTEGER 0/1; see migrations/README.md.

-- E-mail signatures (§6.3), referenced by CRM e-mails.
CREATE TABLE signatures (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 100),
    type           TEXT    NOT NULL DEFAULT 'HTML' CHECK (length(type) <= 10),
    content        TEXT    NOT NULL DEFAULT '',
    is_default     INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    owner_id       INTEGER NULL,
    modified_by_id INTEGER NULL,
    department_id  INTEGER NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT signatures_type_check CHECK (type IN ('HTML', 'Plain text')),
    CONSTRAINT signatures_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT signatures_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT signatures_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX signatures_owner_id_idx ON signatures (owner_id);
CREATE INDEX signatures_modified_by_id_idx ON signatures (modified_by_id);
CREATE INDEX signatures_department_id_idx ON signatures (department_id);

-- Companies (§4.1, §4.3). As in SQL, (full_name, country_id) may repeat when the country is empty.
CREATE TABLE companies (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    email               TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    address             TEXT    NOT NULL DEFAULT '',
    region              TEXT    NOT NULL DEFAULT '' CHECK (length(region) <= 100),
    district            TEXT    NOT NULL DEFAULT '' CHECK (length(district) <= 100),
    description         TEXT    NOT NULL DEFAULT '',
    disqualified        INTEGER NOT NULL DEFAULT 0 CHECK (disqualified IN (0, 1)),
    lead_source_id      INTEGER NULL,
    massmail            INTEGER NOT NULL DEFAULT 1 CHECK (massmail IN (0, 1)),
    token               TEXT    NOT NULL CHECK (length(token) <= 11),
    was_in_touch        TEXT    NULL,
    full_name           TEXT    NOT NULL DEFAULT '' CHECK (length(full_name) <= 200),
    alternative_names   TEXT    NOT NULL DEFAULT '' CHECK (length(alternative_names) <= 100),
    website             TEXT    NOT NULL DEFAULT '' CHECK (length(website) <= 200),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    phone               TEXT    NOT NULL DEFAULT '' CHECK (length(phone) <= 100),
    city_name           TEXT    NOT NULL DEFAULT '' CHECK (length(city_name) <= 100),
    city_id             INTEGER NULL,
    registration_number TEXT    NOT NULL DEFAULT '' CHECK (length(registration_number) <= 30),
    country_id          INTEGER NULL,
    type_id             INTEGER NULL,
    logo                TEXT    NULL     CHECK (length(logo) <= 250),
    owner_id            INTEGER NULL,
    modified_by_id      INTEGER NULL,
    department_id       INTEGER NULL,
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    deleted_at          TEXT    NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT companies_lead_source_id_fkey FOREIGN KEY (lead_source_id) REFERENCES lead_sources (id) ON DELETE SET NULL,
    CONSTRAINT companies_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE SET NULL,
    CONSTRAINT companies_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE SET NULL,
    CONSTRAINT companies_type_id_fkey FOREIGN KEY (type_id) REFERENCES client_types (id) ON DELETE SET NULL,
    CONSTRAINT companies_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT companies_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT companies_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX companies_token_key ON companies (token);
CREATE UNIQUE INDEX companies_full_name_country_key ON companies (full_name, country_id);
CREATE INDEX companies_list_idx ON companies (deleted_at, id);
CREATE INDEX companies_department_list_idx ON companies (department_id, deleted_at, id);
CREATE INDEX companies_owner_list_idx ON companies (owner_id, deleted_at, id);
CREATE INDEX companies_lead_source_id_idx ON companies (lead_source_id);
CREATE INDEX companies_city_id_idx ON companies (city_id);
CREATE INDEX companies_country_id_idx ON companies (country_id);
CREATE INDEX companies_type_id_idx ON companies (type_id);
CREATE INDEX companies_modified_by_id_idx ON companies (modified_by_id);

-- A company's industries.
CREATE TABLE company_industries (
    company_id  INTEGER NOT NULL,
    industry_id INTEGER NOT NULL,
    PRIMARY KEY (company_id, industry_id),
    CONSTRAINT company_industries_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT company_industries_industry_id_fkey FOREIGN KEY (industry_id) REFERENCES industries (id) ON DELETE CASCADE
);
CREATE INDEX company_industries_industry_id_idx ON company_industries (industry_id);

-- A company's tags.
CREATE TABLE company_tags (
    company_id INTEGER NOT NULL,
    tag_id     INTEGER NOT NULL,
    PRIMARY KEY (company_id, tag_id),
    CONSTRAINT company_tags_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT company_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX company_tags_tag_id_idx ON company_tags (tag_id);

-- Contact persons of companies (§4.1, §4.2, §4.4).
CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    address         TEXT    NOT NULL DEFAULT '',
    region          TEXT    NOT NULL DEFAULT '' CHECK (length(region) <= 100),
    district        TEXT    NOT NULL DEFAULT '' CHECK (length(district) <= 100),
    description     TEXT    NOT NULL DEFAULT '',
    disqualified    INTEGER NOT NULL DEFAULT 0 CHECK (disqualified IN (0, 1)),
    lead_source_id  INTEGER NULL,
    massmail        INTEGER NOT NULL DEFAULT 1 CHECK (massmail IN (0, 1)),
    token           TEXT    NOT NULL CHECK (length(token) <= 11),
    was_in_touch    TEXT    NULL,
    first_name      TEXT    NOT NULL DEFAULT '' CHECK (length(first_name) <= 100),
    middle_name     TEXT    NOT NULL DEFAULT '' CHECK (length(middle_name) <= 100),
    last_name       TEXT    NOT NULL DEFAULT '' CHECK (length(last_name) <= 100),
    title           TEXT    NULL     CHECK (length(title) <= 100),
    sex             TEXT    NULL     DEFAULT 'M' CHECK (length(sex) <= 1),
    birth_date      TEXT    NULL,
    secondary_email TEXT    NOT NULL DEFAULT '' CHECK (length(secondary_email) <= 254),
    phone           TEXT    NOT NULL DEFAULT '' CHECK (length(phone) <= 100),
    other_phone     TEXT    NOT NULL DEFAULT '' CHECK (length(other_phone) <= 100),
    mobile          TEXT    NOT NULL DEFAULT '' CHECK (length(mobile) <= 100),
    city_name       TEXT    NOT NULL DEFAULT '' CHECK (length(city_name) <= 50),
    city_id         INTEGER NULL,
    country_id      INTEGER NULL,
    avatar          TEXT    NULL     CHECK (length(avatar) <= 250),
    company_id      INTEGER NOT NULL,
    owner_id        INTEGER NULL,
    modified_by_id  INTEGER NULL,
    department_id   INTEGER NULL,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    deleted_at      TEXT    NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT contacts_sex_check CHECK (sex IN ('M', 'F', 'O')),
    CONSTRAINT contacts_lead_source_id_fkey FOREIGN KEY (lead_source_id) REFERENCES lead_sources (id) ON DELETE SET NULL,
    CONSTRAINT contacts_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE SET NULL,
    CONSTRAINT contacts_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE SET NULL,
    CONSTRAINT contacts_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT contacts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT contacts_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT contacts_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX contacts_token_key ON contacts (token);
CREATE INDEX contacts_list_idx ON contacts (deleted_at, id);
CREATE INDEX contacts_department_list_idx ON contacts (department_id, deleted_at, id);
CREATE INDEX contacts_owner_list_idx ON contacts (owner_id, deleted_at, id);
CREATE INDEX contacts_lead_source_id_idx ON contacts (lead_source_id);
CREATE INDEX contacts_city_id_idx ON contacts (city_id);
CREATE INDEX contacts_country_id_idx ON contacts (country_id);
CREATE INDEX contacts_company_id_idx ON contacts (company_id);
CREATE INDEX contacts_modified_by_id_idx ON contacts (modified_by_id);

-- A contact's tags.
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL,
    tag_id     INTEGER NOT NULL,
    PRIMARY KEY (contact_id, tag_id),
    CONSTRAINT contact_tags_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT contact_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX contact_tags_tag_id_idx ON contact_tags (tag_id);

-- Leads: prospects whose company is not (yet) in the database (§4.1, §4.2, §4.5).
CREATE TABLE leads (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    address         TEXT    NOT NULL DEFAULT '',
    region          TEXT    NOT NULL DEFAULT '' CHECK (length(region) <= 100),
    district        TEXT    NOT NULL DEFAULT '' CHECK (length(district) <= 100),
    description     TEXT    NOT NULL DEFAULT '',
    disqualified    INTEGER NOT NULL DEFAULT 0 CHECK (disqualified IN (0, 1)),
    lead_source_id  INTEGER NULL,
    massmail        INTEGER NOT NULL DEFAULT 1 CHECK (massmail IN (0, 1)),
    token           TEXT    NOT NULL CHECK (length(token) <= 11),
    was_in_touch    TEXT    NULL,
    first_name      TEXT    NOT NULL DEFAULT '' CHECK (length(first_name) <= 100),
    middle_name     TEXT    NOT NULL DEFAULT '' CHECK (length(middle_name) <= 100),
    last_name       TEXT    NOT NULL DEFAULT '' CHECK (length(last_name) <= 100),
    title           TEXT    NULL     CHECK (length(title) <= 100),
    sex             TEXT    NULL     DEFAULT 'M' CHECK (length(sex) <= 1),
    birth_date      TEXT    NULL,
    secondary_email TEXT    NOT NULL DEFAULT '' CHECK (length(secondary_email) <= 254),
    phone           TEXT    NOT NULL DEFAULT '' CHECK (length(phone) <= 100),
    other_phone     TEXT    NOT NULL DEFAULT '' CHECK (length(other_phone) <= 100),
    mobile          TEXT    NOT NULL DEFAULT '' CHECK (length(mobile) <= 100),
    city_name       TEXT    NOT NULL DEFAULT '' CHECK (length(city_name) <= 50),
    city_id         INTEGER NULL,
    country_id      INTEGER NULL,
    avatar          TEXT    NULL     CHECK (length(avatar) <= 250),
    company_name    TEXT    NOT NULL DEFAULT '' CHECK (length(company_name) <= 200),
    website         TEXT    NOT NULL DEFAULT '' CHECK (length(website) <= 200),
    company_phone   TEXT    NOT NULL DEFAULT '' CHECK (length(company_phone) <= 20),
    company_address TEXT    NOT NULL DEFAULT '',
    company_email   TEXT    NOT NULL DEFAULT '' CHECK (length(company_email) <= 254),
    type_id         INTEGER NULL,
    contact_id      INTEGER NULL,
    company_id      INTEGER NULL,
    owner_id        INTEGER NULL,
    modified_by_id  INTEGER NULL,
    department_id   INTEGER NULL,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    deleted_at      TEXT    NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT leads_sex_check CHECK (sex IN ('M', 'F', 'O')),
    CONSTRAINT leads_lead_source_id_fkey FOREIGN KEY (lead_source_id) REFERENCES lead_sources (id) ON DELETE SET NULL,
    CONSTRAINT leads_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE SET NULL,
    CONSTRAINT leads_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE SET NULL,
    CONSTRAINT leads_type_id_fkey FOREIGN KEY (type_id) REFERENCES client_types (id) ON DELETE SET NULL,
    CONSTRAINT leads_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT leads_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT leads_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT leads_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT leads_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX leads_token_key ON leads (token);
CREATE INDEX leads_list_idx ON leads (deleted_at, id);
CREATE INDEX leads_department_list_idx ON leads (department_id, deleted_at, id);
CREATE INDEX leads_owner_list_idx ON leads (owner_id, deleted_at, id);
CREATE INDEX leads_lead_source_id_idx ON leads (lead_source_id);
CREATE INDEX leads_city_id_idx ON leads (city_id);
CREATE INDEX leads_country_id_idx ON leads (country_id);
CREATE INDEX leads_type_id_idx ON leads (type_id);
CREATE INDEX leads_contact_id_idx ON leads (contact_id);
CREATE INDEX leads_company_id_idx ON leads (company_id);
CREATE INDEX leads_modified_by_id_idx ON leads (modified_by_id);

-- A lead's industries.
CREATE TABLE lead_industries (
    lead_id     INTEGER NOT NULL,
    industry_id INTEGER NOT NULL,
    PRIMARY KEY (lead_id, industry_id),
    CONSTRAINT lead_industries_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE,
    CONSTRAINT lead_industries_industry_id_fkey FOREIGN KEY (industry_id) REFERENCES industries (id) ON DELETE CASCADE
);
CREATE INDEX lead_industries_industry_id_idx ON lead_industries (industry_id);

-- A lead's tags.
CREATE TABLE lead_tags (
    lead_id INTEGER NOT NULL,
    tag_id  INTEGER NOT NULL,
    PRIMARY KEY (lead_id, tag_id),
    CONSTRAINT lead_tags_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE,
    CONSTRAINT lead_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX lead_tags_tag_id_idx ON lead_tags (tag_id);

-- Commercial inquiries (§4.6). deal_id refers to deals, created below; the ticket is shared
-- with the deal and e-mails and is not unique.
CREATE TABLE requests (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    request_for           TEXT    NOT NULL DEFAULT '' CHECK (length(request_for) <= 250),
    first_name            TEXT    NOT NULL DEFAULT '' CHECK (length(first_name) <= 100),
    middle_name           TEXT    NOT NULL DEFAULT '' CHECK (length(middle_name) <= 100),
    last_name             TEXT    NOT NULL DEFAULT '' CHECK (length(last_name) <= 100),
    email                 TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 250),
    phone                 TEXT    NOT NULL DEFAULT '' CHECK (length(phone) <= 200),
    website               TEXT    NOT NULL DEFAULT '' CHECK (length(website) <= 200),
    lead_source_id        INTEGER NULL,
    company_name          TEXT    NOT NULL DEFAULT '' CHECK (length(company_name) <= 200),
    receipt_date          TEXT    NULL,
    lead_id               INTEGER NULL,
    contact_id            INTEGER NULL,
    company_id            INTEGER NULL,
    deal_id               INTEGER NULL,
    country_id            INTEGER NULL,
    city_id               INTEGER NULL,
    city_name             TEXT    NOT NULL DEFAULT '' CHECK (length(city_name) <= 100),
    description           TEXT    NOT NULL DEFAULT '',
    translation           TEXT    NOT NULL DEFAULT '',
    remark                TEXT    NOT NULL DEFAULT '',
    pending               INTEGER NOT NULL DEFAULT 1 CHECK (pending IN (0, 1)),
    subsequent            INTEGER NOT NULL DEFAULT 0 CHECK (subsequent IN (0, 1)),
    duplicate             INTEGER NOT NULL DEFAULT 0 CHECK (duplicate IN (0, 1)),
    verification_required INTEGER NOT NULL DEFAULT 0 CHECK (verification_required IN (0, 1)),
    is_case               INTEGER NOT NULL DEFAULT 0 CHECK (is_case IN (0, 1)),
    ticket                TEXT    NOT NULL CHECK (length(ticket) <= 16),
    co_owner_id           INTEGER NULL,
    owner_id              INTEGER NULL,
    modified_by_id        INTEGER NULL,
    department_id         INTEGER NULL,
    created_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    deleted_at            TEXT    NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT requests_lead_source_id_fkey FOREIGN KEY (lead_source_id) REFERENCES lead_sources (id) ON DELETE SET NULL,
    CONSTRAINT requests_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE SET NULL,
    CONSTRAINT requests_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT requests_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT requests_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE SET NULL,
    CONSTRAINT requests_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE SET NULL,
    CONSTRAINT requests_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE SET NULL,
    CONSTRAINT requests_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT requests_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT requests_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT requests_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX requests_list_idx ON requests (deleted_at, id);
CREATE INDEX requests_department_list_idx ON requests (department_id, deleted_at, id);
CREATE INDEX requests_owner_list_idx ON requests (owner_id, deleted_at, id);
CREATE INDEX requests_ticket_idx ON requests (ticket);
CREATE INDEX requests_lead_source_id_idx ON requests (lead_source_id);
CREATE INDEX requests_lead_id_idx ON requests (lead_id);
CREATE INDEX requests_contact_id_idx ON requests (contact_id);
CREATE INDEX requests_company_id_idx ON requests (company_id);
CREATE INDEX requests_deal_id_idx ON requests (deal_id);
CREATE INDEX requests_country_id_idx ON requests (country_id);
CREATE INDEX requests_city_id_idx ON requests (city_id);
CREATE INDEX requests_co_owner_id_idx ON requests (co_owner_id);
CREATE INDEX requests_modified_by_id_idx ON requests (modified_by_id);

-- The products a request asks for.
CREATE TABLE request_products (
    request_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    PRIMARY KEY (request_id, product_id),
    CONSTRAINT request_products_request_id_fkey FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT request_products_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE INDEX request_products_product_id_idx ON request_products (product_id);

-- Deals (§4.7). Lists show active deals newest first, or by next step date.
CREATE TABLE deals (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 250),
    next_step          TEXT    NOT NULL DEFAULT '' CHECK (length(next_step) <= 250),
    next_step_date     TEXT    NOT NULL,
    description        TEXT    NOT NULL DEFAULT '',
    workflow           TEXT    NOT NULL DEFAULT '',
    stage_id           INTEGER NULL,
    stages_dates       TEXT    NOT NULL DEFAULT '',
    closing_date       TEXT    NULL,
    win_closing_date   TEXT    NULL,
    amount             TEXT    NULL     DEFAULT '0.00',
    currency_id        INTEGER NULL,
    closing_reason_id  INTEGER NULL,
    probability        INTEGER NULL,
    ticket             TEXT    NOT NULL DEFAULT '' CHECK (length(ticket) <= 16),
    city_id            INTEGER NULL,
    country_id         INTEGER NULL,
    lead_id            INTEGER NULL,
    contact_id         INTEGER NULL,
    request_id         INTEGER NULL,
    company_id         INTEGER NULL,
    partner_contact_id INTEGER NULL,
    relevant           INTEGER NOT NULL DEFAULT 1 CHECK (relevant IN (0, 1)),
    active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    important          INTEGER NOT NULL DEFAULT 0 CHECK (important IN (0, 1)),
    is_new             INTEGER NOT NULL DEFAULT 1 CHECK (is_new IN (0, 1)),
    remind_me          INTEGER NOT NULL DEFAULT 0 CHECK (remind_me IN (0, 1)),
    co_owner_id        INTEGER NULL,
    owner_id           INTEGER NULL,
    modified_by_id     INTEGER NULL,
    department_id      INTEGER NULL,
    created_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at         TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    deleted_at         TEXT    NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT deals_probability_check CHECK (probability >= 0),
    CONSTRAINT deals_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES stages (id) ON DELETE SET NULL,
    CONSTRAINT deals_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE SET NULL,
    CONSTRAINT deals_closing_reason_id_fkey FOREIGN KEY (closing_reason_id) REFERENCES closing_reasons (id) ON DELETE SET NULL,
    CONSTRAINT deals_city_id_fkey FOREIGN KEY (city_id) REFERENCES cities (id) ON DELETE SET NULL,
    CONSTRAINT deals_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE SET NULL,
    CONSTRAINT deals_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE,
    CONSTRAINT deals_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT deals_request_id_fkey FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE SET NULL,
    CONSTRAINT deals_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT deals_partner_contact_id_fkey FOREIGN KEY (partner_contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT deals_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT deals_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT deals_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT deals_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX deals_ticket_key ON deals (ticket);
CREATE INDEX deals_list_idx ON deals (deleted_at, active, id);
CREATE INDEX deals_department_list_idx ON deals (department_id, deleted_at, active, id);
CREATE INDEX deals_owner_list_idx ON deals (owner_id, deleted_at, active, id);
CREATE INDEX deals_next_step_idx ON deals (deleted_at, active, next_step_date, id);
CREATE INDEX deals_stage_id_idx ON deals (stage_id);
CREATE INDEX deals_currency_id_idx ON deals (currency_id);
CREATE INDEX deals_closing_reason_id_idx ON deals (closing_reason_id);
CREATE INDEX deals_city_id_idx ON deals (city_id);
CREATE INDEX deals_country_id_idx ON deals (country_id);
CREATE INDEX deals_lead_id_idx ON deals (lead_id);
CREATE INDEX deals_contact_id_idx ON deals (contact_id);
CREATE INDEX deals_request_id_idx ON deals (request_id);
CREATE INDEX deals_company_id_idx ON deals (company_id);
CREATE INDEX deals_partner_contact_id_idx ON deals (partner_contact_id);
CREATE INDEX deals_co_owner_id_idx ON deals (co_owner_id);
CREATE INDEX deals_modified_by_id_idx ON deals (modified_by_id);

-- A deal's tags.
CREATE TABLE deal_tags (
    deal_id INTEGER NOT NULL,
    tag_id  INTEGER NOT NULL,
    PRIMARY KEY (deal_id, tag_id),
    CONSTRAINT deal_tags_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    CONSTRAINT deal_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX deal_tags_tag_id_idx ON deal_tags (tag_id);

-- Payments of deals (§4.8); a currency in use cannot be purged.
CREATE TABLE payments (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id                INTEGER NOT NULL,
    amount                 TEXT    NOT NULL DEFAULT '0.00',
    currency_id            INTEGER NULL,
    payment_date           TEXT    NOT NULL DEFAULT (date('now')),
    status                 TEXT    NOT NULL DEFAULT 'r' CHECK (length(status) <= 1),
    contract_number        TEXT    NOT NULL DEFAULT '' CHECK (length(contract_number) <= 40),
    invoice_number         TEXT    NOT NULL DEFAULT '' CHECK (length(invoice_number) <= 40),
    order_number           TEXT    NOT NULL DEFAULT '' CHECK (length(order_number) <= 40),
    through_representation INTEGER NOT NULL DEFAULT 0 CHECK (through_representation IN (0, 1)),
    created_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT payments_status_check CHECK (status IN ('r', 'g', 'h', 'l')),
    CONSTRAINT payments_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    CONSTRAINT payments_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE RESTRICT
);
CREATE INDEX payments_date_idx ON payments (payment_date, id);
CREATE INDEX payments_deal_id_idx ON payments (deal_id);
CREATE INDEX payments_currency_id_idx ON payments (currency_id);

-- Product lines of deals (§4.9); those with a shipping_date are the shipments.
CREATE TABLE outputs (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id               INTEGER NOT NULL,
    product_id            INTEGER NOT NULL,
    quantity              INTEGER NOT NULL DEFAULT 1,
    amount                TEXT    NOT NULL DEFAULT '0.00',
    currency_id           INTEGER NULL,
    shipping_date         TEXT    NULL,
    planned_shipping_date TEXT    NULL,
    actual_shipping_date  TEXT    NULL,
    product_is_shipped    INTEGER NOT NULL DEFAULT 0 CHECK (product_is_shipped IN (0, 1)),
    serial_number         TEXT    NOT NULL DEFAULT '' CHECK (length(serial_number) <= 50),
    created_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version               INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT outputs_quantity_check CHECK (quantity > 0),
    CONSTRAINT outputs_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    CONSTRAINT outputs_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT outputs_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE RESTRICT
);
CREATE INDEX outputs_shipping_idx ON outputs (shipping_date, id);
CREATE INDEX outputs_deal_id_idx ON outputs (deal_id);
CREATE INDEX outputs_product_id_idx ON outputs (product_id);
CREATE INDEX outputs_currency_id_idx ON outputs (currency_id);

-- E-mails stored in the CRM (§4.10), newest first. uid is BIGINT: IMAP UIDs go up to 2^32 - 1.
CREATE TABLE crm_emails (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subject         TEXT    NOT NULL DEFAULT '' CHECK (length(subject) <= 250),
    content         TEXT    NOT NULL DEFAULT '',
    signature_id    INTEGER NULL,
    prev_corr       TEXT    NOT NULL DEFAULT '',
    is_html         INTEGER NOT NULL DEFAULT 1 CHECK (is_html IN (0, 1)),
    to_field        TEXT    NULL,
    from_field      TEXT    NULL     CHECK (length(from_field) <= 200),
    cc              TEXT    NULL,
    bcc             TEXT    NULL,
    sent            INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    incoming        INTEGER NOT NULL DEFAULT 0 CHECK (incoming IN (0, 1)),
    trash           INTEGER NOT NULL DEFAULT 0 CHECK (trash IN (0, 1)),
    inquiry         INTEGER NOT NULL DEFAULT 0 CHECK (inquiry IN (0, 1)),
    read_receipt    INTEGER NOT NULL DEFAULT 0 CHECK (read_receipt IN (0, 1)),
    deal_id         INTEGER NULL,
    lead_id         INTEGER NULL,
    contact_id      INTEGER NULL,
    company_id      INTEGER NULL,
    request_id      INTEGER NULL,
    uid             INTEGER NULL,
    imap_host       TEXT    NOT NULL DEFAULT '' CHECK (length(imap_host) <= 100),
    email_host_user TEXT    NOT NULL DEFAULT '' CHECK (length(email_host_user) <= 100),
    ticket          TEXT    NOT NULL DEFAULT '' CHECK (length(ticket) <= 16),
    message_id      TEXT    NOT NULL DEFAULT '' CHECK (length(message_id) <= 200),
    owner_id        INTEGER NULL,
    modified_by_id  INTEGER NULL,
    department_id   INTEGER NULL,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    deleted_at      TEXT    NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT crm_emails_uid_check CHECK (uid >= 0),
    CONSTRAINT crm_emails_signature_id_fkey FOREIGN KEY (signature_id) REFERENCES signatures (id) ON DELETE SET NULL,
    CONSTRAINT crm_emails_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    CONSTRAINT crm_emails_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE,
    CONSTRAINT crm_emails_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT crm_emails_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT crm_emails_request_id_fkey FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT crm_emails_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT crm_emails_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT crm_emails_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX crm_emails_list_idx ON crm_emails (deleted_at, created_at, id);
CREATE INDEX crm_emails_department_list_idx ON crm_emails (department_id, deleted_at, created_at, id);
CREATE INDEX crm_emails_owner_list_idx ON crm_emails (owner_id, deleted_at, created_at, id);
CREATE INDEX crm_emails_ticket_idx ON crm_emails (ticket);
CREATE INDEX crm_emails_message_id_idx ON crm_emails (message_id);
CREATE INDEX crm_emails_signature_id_idx ON crm_emails (signature_id);
CREATE INDEX crm_emails_deal_id_idx ON crm_emails (deal_id);
CREATE INDEX crm_emails_lead_id_idx ON crm_emails (lead_id);
CREATE INDEX crm_emails_contact_id_idx ON crm_emails (contact_id);
CREATE INDEX crm_emails_company_id_idx ON crm_emails (company_id);
CREATE INDEX crm_emails_request_id_idx ON crm_emails (request_id);
CREATE INDEX crm_emails_modified_by_id_idx ON crm_emails (modified_by_id);

-- Files attached to any record (§4.11, generic link §1.3).
CREATE TABLE attachments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    file             TEXT    NULL     CHECK (length(file) <= 250),
    attached_to_deal INTEGER NOT NULL DEFAULT 0 CHECK (attached_to_deal IN (0, 1)),
    target_type      TEXT    NOT NULL CHECK (length(target_type) <= 30),
    target_id        INTEGER NOT NULL,
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX attachments_target_idx ON attachments (target_type, target_id);

-- Reminders (§4.12); the owner is the reminded user and sees only their own.
CREATE TABLE reminders (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    target_type             TEXT    NOT NULL CHECK (length(target_type) <= 30),
    target_id               INTEGER NOT NULL,
    subject                 TEXT    NOT NULL DEFAULT '' CHECK (length(subject) <= 250),
    description             TEXT    NOT NULL DEFAULT '',
    reminder_date           TEXT    NOT NULL,
    active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    send_notification_email INTEGER NOT NULL DEFAULT 1 CHECK (send_notification_email IN (0, 1)),
    owner_id                INTEGER NULL,
    created_at              TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at              TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                 INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT reminders_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX reminders_target_idx ON reminders (target_type, target_id);
CREATE INDEX reminders_owner_idx ON reminders (owner_id, active, reminder_date);
CREATE INDEX reminders_due_idx ON reminders (active, reminder_date);
