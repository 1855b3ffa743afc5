-- Client request ids of mutations already carried out (request_id in the
-- API), so that a retried call does not change anything twice. The row is
-- written in the same transaction as the change.
CREATE TABLE processed_requests (
  request_id text PRIMARY KEY CHECK (length(request_id) BETWEEN 1 AND 128),
  method text NOT NULL,
  -- SHA-256 of the request's content: a reused id with other content is
  -- refused (REQUEST_ID_REUSED).
  fingerprint text NOT NULL,
  -- The resource the call returned, e.g. "questionSets/services/versions/2".
  resource text NOT NULL DEFAULT '',
  principal text NOT NULL,
  create_time timestamptz NOT NULL DEFAULT now()
);
