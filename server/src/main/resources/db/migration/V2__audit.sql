-- The audit trail. The application only ever inserts into it (and reads it).
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_events (
  id           BIGINT        NOT NULL PRIMARY KEY,
  event_time   BIGINT        NOT NULL,
  principal    VARCHAR(255)  NOT NULL,
  action       VARCHAR(64)   NOT NULL,
  target_type  VARCHAR(64)   NOT NULL,
  target_name  VARCHAR(512)  NOT NULL,
  outcome      VARCHAR(16)   NOT NULL,
  message      VARCHAR(2000),
  before_json  VARCHAR,
  after_json   VARCHAR
);
CREATE INDEX ix_audit_events_target ON audit_events (target_type, target_name, id);
CREATE INDEX ix_audit_events_principal ON audit_events (principal, id);
CREATE INDEX ix_audit_events_time ON audit_events (event_time);
