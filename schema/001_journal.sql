-- spiegel journal, schema 1: cases, significant others, reflections, stalls,
-- supervision questions, and the method's catalogue (steps, reasons,
-- resistance reactions).
--
-- Migrations are append-only: never edit this file once released; add
-- 002_….sql instead. Timestamps are UTC, ISO 8601 with milliseconds;
-- dates are calendar dates (YYYY-MM-DD) as the practitioner gives them.

-- The method's steps: 0 = getting the significant others to the table,
-- 1-7 = the conversation between the client and a significant other.
CREATE TABLE step (
    number          INTEGER PRIMARY KEY CHECK (number BETWEEN 0 AND 7),
    title_en        TEXT NOT NULL,
    title_nl        TEXT NOT NULL,
    instruction_en  TEXT NOT NULL,
    instruction_nl  TEXT NOT NULL,
    pitfall_en      TEXT NOT NULL,
    pitfall_nl      TEXT NOT NULL
) STRICT;

-- Why a step stalls. Built-in reasons come from the method; practitioners
-- add their own. A reason is never deleted while a stall uses it; it can be
-- retired so that prompts no longer offer it.
CREATE TABLE reason (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code        TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
    side        TEXT NOT NULL CHECK (side IN ('self', 'client', 'other')),
    label_en    TEXT NOT NULL,
    label_nl    TEXT NOT NULL,
    usual_steps TEXT NOT NULL DEFAULT '',  -- e.g. '1,4,5': where the method says it mostly happens
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- The resistance reactions a client shows when asked to involve others.
CREATE TABLE resistance (
    code      TEXT PRIMARY KEY,
    label_en  TEXT NOT NULL,
    label_nl  TEXT NOT NULL,
    position  INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE "case" (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,          -- lower-cased name: pseudonyms are unique regardless of case
    setting     TEXT,
    cohabiting  INTEGER CHECK (cohabiting IN (0, 1)),  -- lives with a lasting partner; NULL = not known
    opened_on   TEXT NOT NULL,
    closed_on   TEXT,
    outcome     TEXT CHECK (outcome IN ('system-involved', 'individual-only', 'dropped-out')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((closed_on IS NULL) = (outcome IS NULL))
) STRICT;

CREATE TABLE other (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('partner', 'friend', 'parent', 'child', 'sibling',
                                              'relative', 'neighbour', 'colleague', 'other')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (case_id, name_key)
) STRICT;

-- One reflection on one session of a case.
CREATE TABLE reflection (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
    session_on  TEXT NOT NULL,
    medium      TEXT NOT NULL DEFAULT 'in-person' CHECK (medium IN ('in-person', 'video', 'phone')),
    completed   INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),  -- all seven steps done
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX reflection_by_case ON reflection (case_id, session_on);
CREATE INDEX reflection_by_date ON reflection (session_on);

-- Who of the case's significant others took part in the session.
CREATE TABLE presence (
    reflection_id  INTEGER NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
    other_id       INTEGER NOT NULL REFERENCES other(id),
    PRIMARY KEY (reflection_id, other_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX presence_by_other ON presence (other_id);

CREATE TABLE reflection_resistance (
    reflection_id  INTEGER NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
    resistance     TEXT NOT NULL REFERENCES resistance(code),
    PRIMARY KEY (reflection_id, resistance)
) STRICT, WITHOUT ROWID;
CREATE INDEX reflection_resistance_by_code ON reflection_resistance (resistance);

-- A stall: the session got stuck at a step, for one or more reasons.
-- One row per (step, reason); a stall is the group of rows of one step.
CREATE TABLE stall (
    reflection_id  INTEGER NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
    step           INTEGER NOT NULL REFERENCES step(number),
    reason_id      INTEGER NOT NULL REFERENCES reason(id),
    PRIMARY KEY (reflection_id, step, reason_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX stall_by_reason ON stall (reason_id, step);
CREATE INDEX stall_by_step ON stall (step);

-- A question the practitioner wants to bring to supervision.
CREATE TABLE question (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    reflection_id  INTEGER NOT NULL UNIQUE REFERENCES reflection(id) ON DELETE CASCADE,
    text           TEXT NOT NULL,
    answer         TEXT,
    answered_on    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- The catalogue, from the method (see METHOD.md).
INSERT INTO step VALUES
 (0, 'Get the significant others to the table',
     'De belangrijke anderen aan tafel krijgen',
     'Take responsibility for their presence; explore the resistance without being fobbed off; stay in touch with what you need.',
     'Maak jezelf verantwoordelijk voor hun aanwezigheid; onderzoek de weerstand zonder je te laten afschepen; houd contact met wat jij nodig hebt.',
     'Focusing on the client''s objections until your own need fades.',
     'Je richten op de bezwaren van de cliënt tot je eigen behoefte vervaagt.'),
 (1, 'The client tells how hard it is to ask',
     'De cliënt vertelt hoe moeilijk vragen is',
     'Have the client tell the other, directly, how hard it is to ask them for help (or to burden them).',
     'Laat de cliënt de ander rechtstreeks vertellen hoe moeilijk het is om hulp te vragen (of de ander te belasten).',
     'Talking about it instead of having the client say it to the other.',
     'Erover praten in plaats van het de cliënt tegen de ander te laten zeggen.'),
 (2, 'The other says what not being asked means',
     'De ander zegt wat niet gevraagd worden betekent',
     'Have the other say what it means to them that the client doesn''t dare to ask.',
     'Laat de ander vertellen wat het voor hem of haar betekent dat de cliënt niet durft te vragen.',
     'The other stays polite and is not helped to voice their discontent.',
     'De ander blijft beleefd en wordt niet geholpen het ongenoegen te uiten.'),
 (3, 'The client dwells on the other''s words',
     'De cliënt staat stil bij de woorden van de ander',
     'Help the client dwell on the other''s words: slowly, in silence.',
     'Help de cliënt stil te staan bij de woorden van de ander: langzaam, in stilte.',
     'Going too fast; filling the silence.',
     'Te snel gaan; de stilte opvullen.'),
 (4, 'The client voices their confusion',
     'De cliënt uit de verwarring',
     'Have the client voice their confusion to the other: a reality check.',
     'Laat de cliënt de verwarring uiten naar de ander: een reality check.',
     'The confusion is skipped or explained away.',
     'De verwarring wordt overgeslagen of weggepraat.'),
 (5, 'The other says what being asked would mean',
     'De ander zegt wat gevraagd worden zou betekenen',
     'Have the other tell what it would mean to them if the client asked for help.',
     'Laat de ander vertellen wat het zou betekenen als de cliënt om hulp zou vragen.',
     'Saying it for them.',
     'Het voor hen zeggen.'),
 (6, 'The client dwells on it and responds',
     'De cliënt staat erbij stil en reageert',
     'Help the client dwell on it and respond; watch how both react to the closer contact.',
     'Help de cliënt hierbij stil te staan en te reageren; kijk hoe beiden reageren op het nauwere contact.',
     'A deflection (a joke, another subject) goes unnoticed.',
     'Een uitwijking (een grap, een ander onderwerp) blijft onopgemerkt.'),
 (7, 'Mirror the other''s non-helping behaviour',
     'Spiegel het niet-helpende gedrag van de ander',
     'Mirror the other''s non-helping behaviour and give room to the client''s resistance.',
     'Spiegel het niet-helpende gedrag van de ander en geef ruimte aan de weerstand van de cliënt.',
     'Laughing along, or not mirroring.',
     'Meelachen, of niet spiegelen.');

INSERT INTO resistance VALUES
 ('no-one-left', 'I have no one (left)', 'Ik heb niemand (meer) in mijn netwerk', 1),
 ('they-wont-come', 'They don''t want to be involved', 'Ze willen niet betrokken worden', 2),
 ('my-own-problem', 'It''s my problem, I want to solve it myself', 'Het is mijn probleem, ik wil het zelf oplossen', 3);

INSERT INTO reason (uuid, code, side, label_en, label_nl, usual_steps, builtin, created_at, updated_at) VALUES
 ('e0396598-fe5f-415c-ac79-19af448f6079', 'lost-own-need', 'self',
  'Lost touch with my own need', 'Contact met mijn eigen behoefte kwijtgeraakt', '0', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('bda64ce1-8d27-482c-9843-0814eb1c3da1', 'accepted-refusal', 'self',
  'Accepted the refusal too quickly', 'Weigering te snel geaccepteerd (liet me afschepen)', '0', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('caeaba66-e235-4089-9b1f-24846c8f0622', 'focused-on-objections', 'self',
  'Focused too much on the client''s objections', 'Te veel gericht op de bezwaren van de cliënt', '0', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('8d1f3f41-cb74-449b-9b88-8f947db3af76', 'how-before-why', 'self',
  'Worked on "how" before being convinced I need them', 'Met het "hoe" bezig voordat ik overtuigd was dat ik de ander nodig heb', '0', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('cde4884c-1286-468b-8ff2-f3fff71ae331', 'resistance-unexplored', 'self',
  'Didn''t explore the resistance', 'Weerstand niet onderzocht', '0', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('c12594b3-4c6b-4a19-9dc5-7314da25c996', 'spoke-for-them', 'self',
  'Spoke for them instead of having them say it to each other', 'Voor hen gepraat in plaats van het ze tegen elkaar te laten zeggen', '1,4,5', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('26dea53c-988e-4ed8-8c3a-1a9718e172d6', 'did-not-stoke', 'self',
  'Didn''t help the other voice their discontent', 'Ongenoegen van de ander niet helpen uiten (niet gestookt)', '2', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('78dc19ea-030c-4de0-9c16-64ad73c569e3', 'went-too-fast', 'self',
  'Went too fast; no room for silence', 'Te snel gegaan; geen ruimte voor stilte', '3,6', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('707fb732-8ac7-4cb2-98ff-519b0cb851de', 'laughed-along', 'self',
  'Went along with the joke or the change of subject', 'Meegegaan in de grap of het andere onderwerp', '6,7', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('b605d557-591c-4e9b-895d-5c659762fe60', 'did-not-mirror', 'self',
  'Didn''t mirror the other''s non-helping behaviour', 'Niet-helpend gedrag van de ander niet gespiegeld', '7', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('8b2dc9b7-8212-41b8-80eb-249ad82c7fa5', 'feels-a-burden', 'client',
  'Client feels a burden to others', 'Cliënt voelt zich een last', '1', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('36e782b3-755d-4afc-ae95-21b232a0f99a', 'shame-and-guilt', 'client',
  'Shame and guilt', 'Schaamte en schuld', '0,1', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('3df34572-0c94-4e54-81fa-d49dd6057e03', 'no-room-for-position', 'other',
  'No room for the other''s own position', 'Geen ruimte voor de eigen positie van de ander', '0', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
 ('37e7a27e-7c51-4a99-a027-1aa3fbe9d4ef', 'other-too-cautious', 'other',
  'The other waits and stays too careful', 'De ander is te afwachtend en voorzichtig', '7', 1,
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
