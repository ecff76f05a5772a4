-- beian store, schema version 1 (SQLite).
-- One row per application; the record is the Application's JSON.
CREATE TABLE beian_applications (
    id       TEXT PRIMARY KEY,
    appid    TEXT NOT NULL,
    stage    TEXT NOT NULL,
    version  INTEGER NOT NULL,
    deadline INTEGER,
    record   TEXT NOT NULL
);
CREATE INDEX beian_applications_appid ON beian_applications (appid, id);
CREATE INDEX beian_applications_stage ON beian_applications (stage, id);
CREATE INDEX beian_applications_deadline ON beian_applications (deadline, id) WHERE deadline IS NOT NULL;

-- The outbox: one row per transition, written in the transaction that
-- saves the record. Times are Unix milliseconds of the store's clock.
-- AUTOINCREMENT: a sequence number is never reused, even after pruning.
CREATE TABLE beian_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id   TEXT NOT NULL,
    appid       TEXT NOT NULL,
    version     INTEGER NOT NULL,
    change      TEXT NOT NULL,
    created     INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_until INTEGER,
    delivered   INTEGER
);
CREATE INDEX beian_outbox_pending ON beian_outbox (seq) WHERE delivered IS NULL;
CREATE INDEX beian_outbox_record ON beian_outbox (record_id, seq) WHERE delivered IS NULL;
