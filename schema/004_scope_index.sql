-- spiegel journal, schema 4: an index for `patterns` and `prep`.
--
-- Their queries start from the reflections of a period and need each one's
-- case: with both in the index SQLite never reads the reflection rows
-- themselves (a covering index). Only speed changes; `patterns` gives the
-- same figures with or without it (tested).

CREATE INDEX reflection_scope ON reflection (session_on, case_id);
