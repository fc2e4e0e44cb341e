-- Inference tables: the request and response payloads of calls to endpoints whose
-- ai_gateway.inference_table_config is enabled, one row per call. Written in batches by the usage
-- writer, read newest first a page at a time, deleted only by the retention purge. No foreign keys,
-- as for usage_records: the records outlive the endpoint and the principal they name.
--
-- id is the call's id, which the usage_records row of the same call (when there is one) has too.
-- Payloads are TEXT (H2: a CLOB; PostgreSQL: unbounded text) because their cap is a setting;
-- *_bytes is a payload's whole size in UTF-8, *_truncated says the stored text is only its start.
CREATE TABLE inference_records (
  id                      VARCHAR(36)     NOT NULL PRIMARY KEY,
  call_time               BIGINT          NOT NULL,
  endpoint_id             VARCHAR(32)     NOT NULL,
  endpoint_name           VARCHAR(63)     NOT NULL,
  served_entity_name      VARCHAR(255),
  principal_id            BIGINT          NOT NULL,
  principal_kind          VARCHAR(32)     NOT NULL,
  principal_name          VARCHAR(255)    NOT NULL,
  client_request_id       VARCHAR(255),
  stream                  BOOLEAN         NOT NULL,
  status                  INTEGER         NOT NULL,
  error_code              VARCHAR(64),
  request_payload         TEXT,
  request_bytes           BIGINT          NOT NULL,
  request_truncated       BOOLEAN         NOT NULL,
  response_payload        TEXT,
  response_bytes          BIGINT          NOT NULL,
  response_truncated      BOOLEAN         NOT NULL
);

-- The records API: an endpoint's window, newest first (id breaks ties within a millisecond).
CREATE INDEX ix_inference_records_endpoint_time ON inference_records (endpoint_id, call_time, id);
-- The retention purge: oldest rows first, across endpoints.
CREATE INDEX ix_inference_records_time ON inference_records (call_time);
