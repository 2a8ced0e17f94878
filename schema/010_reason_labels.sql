-- spiegel journal: two built-in reasons worded as Dutch practitioners say them.
--
-- Issue 14: "Weigering te snel geaccepteerd (liet me afschepen)" becomes
-- "Me te snel laten afschepen", and "Ongenoegen van de ander niet helpen
-- uiten (niet gestookt)" becomes "De ander niet geholpen zijn ongenoegen te
-- uiten (niet 'gestookt')". Only the Dutch label of the two built-in rows
-- changes: UUID, code, side and English label stay, so every reflection,
-- goal and export keeps naming the same reason. A user cannot relabel a
-- built-in reason, so no wording of theirs is lost; an older export that
-- still carries the old wording imports (src/journal/builtin.rs keeps it).
-- `updated_at` stays: the wording is the program's, not an edit to merge.
--
-- The undo log may hold an inverse statement from before the upgrade that
-- sets a built-in reason's old label back (undoing a retire); it is rewritten
-- too, in both forms the triggers wrote (a quoted text, or its bytes as
-- X'…' in the lossless form), so that an undo after the upgrade never brings the old
-- wording back. No undo batch is open while migrating: the triggers record
-- nothing of this.

UPDATE reason SET label_nl = 'Me te snel laten afschepen'
 WHERE builtin AND uuid = 'bda64ce1-8d27-482c-9843-0814eb1c3da1'
   AND label_nl = 'Weigering te snel geaccepteerd (liet me afschepen)';

UPDATE reason SET label_nl = 'De ander niet geholpen zijn ongenoegen te uiten (niet ''gestookt'')'
 WHERE builtin AND uuid = '26dea53c-988e-4ed8-8c3a-1a9718e172d6'
   AND label_nl = 'Ongenoegen van de ander niet helpen uiten (niet gestookt)';

UPDATE undo_step SET inverse = replace(replace(inverse,
        quote('Weigering te snel geaccepteerd (liet me afschepen)'),
        quote('Me te snel laten afschepen')),
        quote(CAST('Weigering te snel geaccepteerd (liet me afschepen)' AS BLOB)),
        quote(CAST('Me te snel laten afschepen' AS BLOB)))
 WHERE tbl = 'reason' AND row_key = 'accepted-refusal';

UPDATE undo_step SET inverse = replace(replace(inverse,
        quote('Ongenoegen van de ander niet helpen uiten (niet gestookt)'),
        quote('De ander niet geholpen zijn ongenoegen te uiten (niet ''gestookt'')')),
        quote(CAST('Ongenoegen van de ander niet helpen uiten (niet gestookt)' AS BLOB)),
        quote(CAST('De ander niet geholpen zijn ongenoegen te uiten (niet ''gestookt'')' AS BLOB)))
 WHERE tbl = 'reason' AND row_key = 'did-not-stoke';
