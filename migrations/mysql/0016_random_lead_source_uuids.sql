-- A lead source's uuid is the public token of its web form, so it must not be guessable. MariaDB's
-- UUID() makes version-1 UUIDs from the clock and the host; this version makes random (version 4)
-- ones from RANDOM_BYTES(), a cryptographic generator, as PostgreSQL and SQLite already do, and
-- replaces every version-1 uuid a database was seeded with.
ALTER TABLE lead_sources ALTER COLUMN uuid SET DEFAULT (LOWER(CONCAT(HEX(RANDOM_BYTES(4)), '-', HEX(RANDOM_BYTES(2)), '-4', SUBSTRING(HEX(RANDOM_BYTES(2)), 2), '-', HEX(0x80 | (ORD(RANDOM_BYTES(1)) & 0x3F)), HEX(RANDOM_BYTES(1)), '-', HEX(RANDOM_BYTES(6)))));
UPDATE lead_sources SET uuid = LOWER(CONCAT(HEX(RANDOM_BYTES(4)), '-', HEX(RANDOM_BYTES(2)), '-4', SUBSTRING(HEX(RANDOM_BYTES(2)), 2), '-', HEX(0x80 | (ORD(RANDOM_BYTES(1)) & 0x3F)), HEX(RANDOM_BYTES(1)), '-', HEX(RANDOM_BYTES(6)))) WHERE SUBSTRING(uuid, 15, 1) <> '4';
