-- transcheck's own tables, beside the Spring Batch job repository. Portable SQL (H2, PostgreSQL).
CREATE TABLE IF NOT EXISTS tc_run (
    run_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    job_name     VARCHAR(100) NOT NULL,
    source       VARCHAR(2000),
    root         VARCHAR(2000) NOT NULL,
    restricted   BOOLEAN      NOT NULL,
    definition   VARCHAR(1000000) NOT NULL,
    reports_dir  VARCHAR(2000) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    attempts     INT          DEFAULT 1 NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);
CREATE TABLE IF NOT EXISTS tc_document (
    run_id        VARCHAR(64)  NOT NULL,
    doc_id        VARCHAR(500) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    ordinal       INT          NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    transcript_id VARCHAR(500),
    match_share   DOUBLE PRECISION,
    encoding      VARCHAR(40),
    note          VARCHAR(2000),
    sha256        VARCHAR(64),
    fingerprint   VARCHAR(64),
    reused_from   VARCHAR(64),
    set_aside     VARCHAR(2000),
    PRIMARY KEY (run_id, doc_id)
);
-- added after the first release: databases made before it get the column here
ALTER TABLE tc_document ADD COLUMN IF NOT EXISTS format VARCHAR(20);
-- how close a document came to a transcript (documents.csv: closest_transcript, point_share, names_share)
ALTER TABLE tc_document ADD COLUMN IF NOT EXISTS closest_transcript VARCHAR(500);
ALTER TABLE tc_document ADD COLUMN IF NOT EXISTS point_share DOUBLE PRECISION;
ALTER TABLE tc_document ADD COLUMN IF NOT EXISTS names_share DOUBLE PRECISION;
CREATE TABLE IF NOT EXISTS tc_sentence (
    run_id             VARCHAR(64)  NOT NULL,
    doc_id             VARCHAR(500) NOT NULL,
    sentence_no        INT          NOT NULL,
    line_no            INT          NOT NULL,
    speaker            VARCHAR(200),
    edited_text        VARCHAR(100000) NOT NULL,
    label              VARCHAR(30)  NOT NULL,
    score              DOUBLE PRECISION NOT NULL,
    transcript_id      VARCHAR(500),
    transcript_refs    VARCHAR(200),
    transcript_text    VARCHAR(100000),
    transcript_speaker VARCHAR(200),
    reasons            VARCHAR(100000),
    passage_first_line INT,
    passage_last_line  INT,
    PRIMARY KEY (run_id, doc_id, sentence_no)
);
-- databases made by earlier versions: the passage's lines as numbers
ALTER TABLE tc_sentence ADD COLUMN IF NOT EXISTS passage_first_line INT;
ALTER TABLE tc_sentence ADD COLUMN IF NOT EXISTS passage_last_line INT;
CREATE TABLE IF NOT EXISTS tc_error (
    run_id    VARCHAR(64)  NOT NULL,
    scope     VARCHAR(500) NOT NULL,
    seq       INT          NOT NULL,
    doc_id    VARCHAR(500),
    file      VARCHAR(2000) NOT NULL,
    line      INT          NOT NULL,
    severity  VARCHAR(10)  NOT NULL,
    problem   VARCHAR(4000) NOT NULL,
    action    VARCHAR(4000),
    PRIMARY KEY (run_id, scope, seq)
);
CREATE TABLE IF NOT EXISTS tc_embedding (
    cache_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    vector     VARCHAR(8000) NOT NULL
);
CREATE TABLE IF NOT EXISTS tc_review (
    job_name        VARCHAR(100)  NOT NULL,
    review_key      VARCHAR(64)   NOT NULL,
    doc_id          VARCHAR(500)  NOT NULL,
    edited_text     VARCHAR(100000) NOT NULL,
    transcript_id   VARCHAR(500),
    decision        VARCHAR(20)   NOT NULL,
    note            VARCHAR(4000),
    source          VARCHAR(2000),
    imported_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (job_name, review_key)
);
