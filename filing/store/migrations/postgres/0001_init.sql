-- beian store, schema version 1 (PostgreSQL).
-- One row per application; the record is the Application's JSON, kept as
-- written (json, not jsonb). Ids sort byte by byte (COLLATE "C"), as in
-- SQLite, so that paging gives the same order on both.
CREATE TABLE beian_applications (
    id       TEXT COLLATE "C" PRIMARY KEY,
    appid    TEXT COLLATE "C" NOT NULL,
    stage    TEXT NOT NULL,
    version  BIGINT NOT NULL,
    deadline BIGINT,
    record   JSON NOT NULL
);
CREATE INDEX beian_applications_appid ON beian_applications (appid, id);
CREATE INDEX beian_applications_stage ON beian_applications (stage, id);
CREATE INDEX beian_applications_deadline ON beian_applications (deadline, id) WHERE deadline IS NOT NULL;

-- The outbox: one row per transition, written in the transaction that
-- saves the record. Times are Unix milliseconds of the store's clock.
CREATE TABLE beian_outbox (
    seq         BIGSERIAL PRIMARY KEY,
    record_id   TEXT COLLATE "C" NOT NULL,
    appid       TEXT COLLATE "C" NOT NULL,
    version     BIGINT NOT NULL,
    change      JSON NOT NULL,
    created     BIGINT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_until BIGINT,
    delivered   BIGINT
);
CREATE INDEX beian_outbox_pending ON beian_outbox (seq) WHERE delivered IS NULL;
CREATE INDEX beian_outbox_record ON beian_outbox (record_id, seq) WHERE delivered IS NULL;
