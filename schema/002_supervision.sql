-- spiegel journal, schema 2: supervision meetings and learning goals.
-- (Questions for supervision and their answers are in schema 1.)

-- A supervision, group supervision or peer-supervision (intervisie) meeting.
CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    held_on     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'peer')),
    with_whom   TEXT,                        -- the supervisor or group, free text
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_by_date ON meeting (held_on);

-- Something the practitioner works on, tied to the reason it should make rarer.
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    reason_id   INTEGER NOT NULL REFERENCES reason(id),
    since       TEXT NOT NULL,
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX goal_by_reason ON goal (reason_id);

-- Open questions are listed often; answered ones rarely.
CREATE INDEX question_open ON question (answered_on);
