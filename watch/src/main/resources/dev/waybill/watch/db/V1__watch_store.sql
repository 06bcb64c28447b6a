-- Waybill watch store, version 1. Portable SQL: runs on H2 2.x and PostgreSQL 12+.
-- Instants are epoch milliseconds (BIGINT); an event's original offset is kept as text beside its instant.

CREATE TABLE shipments (
    id              VARCHAR(200)  NOT NULL PRIMARY KEY,
    origin          VARCHAR(2)    NOT NULL,
    destination     VARCHAR(2)    NOT NULL,
    mode            VARCHAR(8)    NOT NULL,
    carrier         VARCHAR(64),
    tracking_number VARCHAR(100),
    shipped_at      VARCHAR(40),
    promised_by     DATE,
    value_amount    VARCHAR(40),   -- decimal text: the scale given is kept
    value_currency  VARCHAR(3),
    weight_kg       VARCHAR(40),
    language        VARCHAR(35),
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL
);

-- duplicates are ignored: the same instant, code and location is the same event ('' for no location)
CREATE TABLE events (
    shipment_id VARCHAR(200)  NOT NULL REFERENCES shipments (id),
    at_ms       BIGINT        NOT NULL,
    at_text     VARCHAR(40)   NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    location    VARCHAR(300)  NOT NULL DEFAULT '',
    reason      VARCHAR(32),
    country     VARCHAR(2),
    detail      VARCHAR(2000),
    CONSTRAINT events_key PRIMARY KEY (shipment_id, at_ms, code, location)
);

CREATE TABLE reports (
    shipment_id VARCHAR(200) NOT NULL REFERENCES shipments (id),
    at_ms       BIGINT       NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    CONSTRAINT reports_key PRIMARY KEY (shipment_id, at_ms, type)
);

-- the latest verdict and what the rules remember between ticks
CREATE TABLE verdicts (
    shipment_id     VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES shipments (id),
    assessed_at     BIGINT       NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    stage           VARCHAR(32)  NOT NULL,
    exception       VARCHAR(32)  NOT NULL,
    cause           VARCHAR(32)  NOT NULL,
    eta_likely      DATE,
    promised_by     DATE,
    claim_deadline  DATE,
    escalate        BOOLEAN      NOT NULL,
    destination     VARCHAR(2)   NOT NULL,
    told_eta        DATE,
    exception_key   VARCHAR(300),
    exception_since BIGINT,
    verdict_json    VARCHAR(20000) NOT NULL
);

CREATE TABLE transitions (
    shipment_id VARCHAR(200) NOT NULL REFERENCES shipments (id),
    at_ms       BIGINT       NOT NULL,
    field       VARCHAR(16)  NOT NULL,
    from_value  VARCHAR(32),
    to_value    VARCHAR(32),
    cause       VARCHAR(16)  NOT NULL,
    CONSTRAINT transitions_key PRIMARY KEY (shipment_id, at_ms, field)
);

-- the notice ledger and outbox: decided with the transitions, sent when sent_at is set
CREATE TABLE notices (
    id          VARCHAR(40)    NOT NULL PRIMARY KEY,
    shipment_id VARCHAR(200)   NOT NULL REFERENCES shipments (id),
    audience    VARCHAR(8)     NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    cause_key   VARCHAR(300)   NOT NULL,
    decided_at  BIGINT         NOT NULL,
    send_after  BIGINT         NOT NULL,
    sent_at     BIGINT,
    language    VARCHAR(35),
    channel     VARCHAR(8),
    subject     VARCHAR(1000),
    body        VARCHAR(20000),
    eta_told    DATE,
    eta_now     DATE,
    verdict_json VARCHAR(20000) NOT NULL
);
CREATE INDEX notices_by_shipment ON notices (shipment_id, decided_at);
CREATE INDEX notices_unsent ON notices (sent_at, send_after);

-- the poll schedule: a watcher leases due rows by a conditional update
CREATE TABLE schedule (
    shipment_id VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES shipments (id),
    is_open     BOOLEAN      NOT NULL,
    due_at      BIGINT       NOT NULL,
    lease_owner VARCHAR(100),
    lease_until BIGINT
);
CREATE INDEX schedule_due ON schedule (is_open, due_at);
