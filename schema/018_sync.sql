-- Several devices through a folder a file-sync service keeps in step: this
-- device, its folder and the folder's key; what changed here since the last
-- file this device wrote; what was deleted (tombstones), and from which
-- device each record came, for the tie of equal times; the files already
-- read. None of it is the user's own writing, so none of it is undone.

-- This device (one row once `sync init` ran; no row: no sync, and no
-- trigger below records anything).
CREATE TABLE sync_config (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    device    TEXT NOT NULL,          -- this device's UUID
    dir       TEXT NOT NULL,          -- the synced folder, absolute
    raw_key   TEXT NOT NULL,          -- the folder's 256-bit key, hex
    seq       INTEGER NOT NULL DEFAULT 0,  -- the number of the last file written
    applying  TEXT,                   -- while a file is applied: its device
    undoing   INTEGER NOT NULL DEFAULT 0 CHECK (undoing IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;

-- What changed here and is not yet in a file: a case (with everything in
-- it), a meeting, a goal, a reason; by UUID.
CREATE TABLE sync_dirty (
    kind  TEXT NOT NULL CHECK (kind IN ('case', 'meeting', 'goal', 'reason')),
    uuid  TEXT NOT NULL,
    PRIMARY KEY (kind, uuid)
) STRICT, WITHOUT ROWID;

-- A deleted record: newer than a record with its UUID, it deletes it; a
-- forgotten case (`case forget`) is erased whatever its age. `sent`: in a
-- file of this device already, or come from another device.
CREATE TABLE sync_tombstone (
    uuid        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    forget      INTEGER NOT NULL DEFAULT 0 CHECK (forget IN (0, 1)),
    sent        INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1))
) STRICT;

-- The device a record's version came from, when not this one: two versions
-- of the same age are decided by device id.
CREATE TABLE sync_origin (
    uuid    TEXT PRIMARY KEY,
    device  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The files read (by name, so that one arriving late is still read), and
-- the files this device wrote (its own device id).
CREATE TABLE sync_file (
    device  TEXT NOT NULL,
    name    TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (device, name)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER sync_case_insert AFTER INSERT ON "case"
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE "case" SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_case_update AFTER UPDATE ON "case"
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE "case" SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_case_delete AFTER DELETE ON "case"
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'case', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_other_insert AFTER INSERT ON other
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM "case" c WHERE c.id = NEW.case_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE other SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_other_update AFTER UPDATE ON other
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM "case" c WHERE c.id = NEW.case_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE other SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_other_delete AFTER DELETE ON other
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM "case" c WHERE c.id = OLD.case_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'other', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_reflection_insert AFTER INSERT ON reflection
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM "case" c WHERE c.id = NEW.case_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE reflection SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_reflection_update AFTER UPDATE ON reflection
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM "case" c WHERE c.id = NEW.case_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE reflection SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_reflection_delete AFTER DELETE ON reflection
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'reflection', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_question_insert AFTER INSERT ON question
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = NEW.reflection_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE question SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_question_update AFTER UPDATE ON question
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = NEW.reflection_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE question SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_question_delete AFTER DELETE ON question
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = OLD.reflection_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'question', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_meeting_insert AFTER INSERT ON meeting
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'meeting', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE meeting SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_meeting_update AFTER UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'meeting', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE meeting SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_meeting_delete AFTER DELETE ON meeting
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'meeting', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_goal_insert AFTER INSERT ON goal
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'goal', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE goal SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_goal_update AFTER UPDATE ON goal
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'goal', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE goal SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_goal_delete AFTER DELETE ON goal
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'goal', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_invitation_insert AFTER INSERT ON invitation
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM other o JOIN "case" c ON c.id = o.case_id WHERE o.id = NEW.other_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE invitation SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_invitation_update AFTER UPDATE ON invitation
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM other o JOIN "case" c ON c.id = o.case_id WHERE o.id = NEW.other_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE invitation SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_invitation_delete AFTER DELETE ON invitation
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'case', c.uuid FROM other o JOIN "case" c ON c.id = o.case_id WHERE o.id = OLD.other_id)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'invitation', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_reason_insert AFTER INSERT ON reason
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'reason', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE reason SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
          AND EXISTS (SELECT 1 FROM sync_tombstone WHERE uuid = NEW.uuid);
    DELETE FROM sync_tombstone WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER sync_reason_update AFTER UPDATE ON reason
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT * FROM (SELECT 'reason', NEW.uuid)
        WHERE EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    DELETE FROM sync_origin WHERE uuid = NEW.uuid AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL);
    INSERT OR REPLACE INTO sync_origin (uuid, device)
        SELECT NEW.uuid, applying FROM sync_config WHERE applying IS NOT NULL;
    UPDATE reason SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL AND undoing);
END;

CREATE TRIGGER sync_reason_delete AFTER DELETE ON reason
WHEN EXISTS (SELECT 1 FROM sync_config)
BEGIN
    INSERT INTO sync_tombstone (uuid, kind, deleted_at, sent)
        SELECT OLD.uuid, 'reason', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), applying IS NOT NULL FROM sync_config
        WHERE true
        ON CONFLICT (uuid) DO UPDATE SET deleted_at = excluded.deleted_at, sent = excluded.sent;
    DELETE FROM sync_origin WHERE uuid = OLD.uuid;
END;

CREATE TRIGGER sync_presence_insert AFTER INSERT ON presence
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER sync_presence_delete AFTER DELETE ON presence
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = OLD.reflection_id;
END;

CREATE TRIGGER sync_stall_insert AFTER INSERT ON stall
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER sync_stall_delete AFTER DELETE ON stall
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = OLD.reflection_id;
END;

CREATE TRIGGER sync_reflection_resistance_insert AFTER INSERT ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER sync_reflection_resistance_delete AFTER DELETE ON reflection_resistance
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying IS NULL)
BEGIN
    INSERT OR IGNORE INTO sync_dirty (kind, uuid) SELECT 'case', c.uuid FROM reflection r JOIN "case" c ON c.id = r.case_id WHERE r.id = OLD.reflection_id;
END;
