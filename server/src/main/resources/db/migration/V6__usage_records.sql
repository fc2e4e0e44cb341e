-- One row per call to an endpoint (usage tracking). Written in batches by the usage writer, read
-- only as aggregates, deleted only by the retention purge. No foreign keys: usage outlives the
-- endpoint and the principal it names, as an invoice outlives the customer.
--
-- The id is a UUID made by the writer rather than a sequence value: a batch is then one JDBC
-- batch of inserts with no round trip per row for an id, and no dialect-specific NEXTVAL syntax.
CREATE TABLE usage_records (
  id                      VARCHAR(36)     NOT NULL PRIMARY KEY,
  call_time               BIGINT          NOT NULL,
  endpoint_id             VARCHAR(32)     NOT NULL,
  endpoint_name           VARCHAR(63)     NOT NULL,
  served_entity_name      VARCHAR(255),
  provider                VARCHAR(64),
  model                   VARCHAR(255),
  principal_id            BIGINT          NOT NULL,
  principal_kind          VARCHAR(32)     NOT NULL,
  principal_name          VARCHAR(255)    NOT NULL,
  client_request_id       VARCHAR(255),
  usage_context           VARCHAR,
  stream                  BOOLEAN         NOT NULL,
  status                  INTEGER         NOT NULL,
  error_code              VARCHAR(64),
  prompt_tokens           BIGINT          NOT NULL,
  completion_tokens       BIGINT          NOT NULL,
  total_tokens            BIGINT          NOT NULL,
  tokens_estimated        BOOLEAN         NOT NULL,
  latency_ms              BIGINT          NOT NULL,
  time_to_first_token_ms  BIGINT,
  cost_usd                DECIMAL(24, 10),
  usage_tracked           BOOLEAN         NOT NULL
);

-- The usage API's questions: an endpoint's window, and the same per principal.
CREATE INDEX ix_usage_records_endpoint_time ON usage_records (endpoint_id, call_time);
CREATE INDEX ix_usage_records_endpoint_principal ON usage_records (endpoint_id, principal_name, call_time);
-- The retention purge: oldest rows first, across endpoints.
CREATE INDEX ix_usage_records_time ON usage_records (call_time);
