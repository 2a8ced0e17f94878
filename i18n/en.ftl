# spiegel — English
#
# Every user-facing text. Message ids are the same in every language file;
# a test fails when one language lacks a message another has, or when a
# message uses other { $variables }. Codes (lost-own-need, in-person, …)
# are never translated.
#
# To add a language: copy nl.ftl to xx.ftl (xx = the language's code),
# translate every message, and build; `spiegel --lang xx` then speaks it.

language-name = English

## The command line's own words (the descriptions of commands and
## arguments come from the code's doc comments in English, and from the
## cmd-… messages in other languages)

help-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-options-value = OPTIONS
help-command-value = COMMAND
help-default = default
help-possible-values = possible values
# `--lang xx` for a language spiegel does not speak.
help-bad-language = use one of: { $languages }

# Mistakes on the command line itself (clap words them in English).
usage-value-missing = a value is required for '{ $arg }' but none was supplied
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-command = unrecognized subcommand '{ $command }'
usage-missing-arguments = { $count ->
        [one] the following required argument was not provided: { $arguments }
       *[other] the following required arguments were not provided: { $arguments }
    }
usage-missing-command = '{ $command }' requires a subcommand but one was not provided
usage-repeated = the argument '{ $arg }' cannot be used multiple times
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
usage-write = write { $values }
usage-hint = write { $usage }
usage-more = see `spiegel --help`

## Errors: one line each, what is wrong — what to do

error-prefix = error
error-did-you-mean = did you mean '{ $suggestion }'?
error-no-journal = no journal at { $path } — start one with `spiegel case add NAME`, or look around with `spiegel demo`
error-newer-journal = { $path } was written by a newer spiegel (journal version { $found }, this spiegel knows up to { $known }) — upgrade spiegel; the journal was left untouched
error-not-a-journal = { $path } is not a spiegel journal ({ $detail }) — check the path given with --db or SPIEGEL_DB
error-not-a-journal-other-data = it holds other data
error-bad-date = '{ $input }' is not a date — write YYYY-MM-DD (e.g. 2026-03-14), today, yesterday, a weekday (monday) or 3 days ago; in Dutch vandaag, gisteren, maandag, 3 dagen geleden
error-future-date = { $date } lies in the future — give the date the session took place
error-unknown-language = SPIEGEL_LANG is '{ $code }', a language spiegel does not speak — set it to { $languages }, or unset it
error-date-too-early = { $date } lies before 1900 — give a date from 1900-01-01 on
error-bad-practitioner = '{ $input }' is not a practitioner code — give 1 to 8 letters or digits, like P3
error-date-conflict = { $who }: { $problem } — { $fix }
error-date-conflict-opened = { $who }: { $problem } — give a date on or after { $bound }, or move the case's start with `spiegel case edit { $name } --opened { $date }`
who-case = case '{ $name }'
who-goal = goal { $id }
who-question = question { $id }
conflict-closed-before-opened = closing date { $date } is before the case opened ({ $bound })
conflict-closed-before-session = closing date { $date } is before the case's latest session ({ $bound })
conflict-opened-after-session = opening date { $date } is after the case's first session ({ $bound })
conflict-opened-after-closed = opening date { $date } is after the case closed ({ $bound })
conflict-session-before-opened = session date { $date } is before the case opened ({ $bound })
conflict-session-after-closed = session date { $date } is after the case closed ({ $bound })
conflict-done-before-since = done date { $date } is before the goal started ({ $bound })
conflict-answered-before-session = answer date { $date } is before the session the question came from ({ $bound })
conflict-named-before-opened = naming date { $date } is before the case opened ({ $bound })
conflict-named-after-closed = naming date { $date } is after the case closed ({ $bound })
conflict-invited-before-named = invitation date { $date } is before the client named them ({ $bound })
conflict-invited-before-opened = invitation date { $date } is before the case opened ({ $bound })
conflict-invited-after-closed = invitation date { $date } is after the case closed ({ $bound })
conflict-fix-later = give a date on or after { $bound }
conflict-fix-earlier = give a date on or before { $bound }
error-empty-name = { $what ->
        [case] a case's pseudonym
        [other] a significant other's name
        [label-en] the English label
       *[label-nl] the Dutch label
    } cannot be empty — give a name
error-no-case = no case '{ $name }' — add it with `spiegel case add { $name }` or see `spiegel case list --all`
error-no-case-suggest = no case '{ $name }' — did you mean '{ $suggestion }'?
error-duplicate-case = there is already a case '{ $name }' — pseudonyms are unique (ignoring upper and lower case); choose another
error-case-closed = case '{ $name }' is closed — reopen it with `spiegel case reopen { $name }` first
error-case-already-closed = case '{ $name }' is already closed — reopen it with `spiegel case reopen { $name }` to change the outcome
error-case-not-closed = case '{ $name }' is open — nothing to reopen
error-no-other = '{ $name }' is not a significant other of { $case } — add them with `spiegel other add { $case } { $name } --role ROLE`
error-no-other-suggest = '{ $name }' is not a significant other of { $case } — did you mean '{ $suggestion }'?
error-duplicate-other = { $case } already has a significant other called '{ $name }' — use another name (e.g. add an initial)
error-invitation-needs-by = say who invited { $name }: --by client or --by me — to record the answer to an invitation already recorded, give --answer (and no --date)
error-no-invitation-waiting = { $name } of { $case } has no invitation waiting for an answer — record a new one with --by client or --by me
error-unknown-reason = no reason '{ $code }' — see `spiegel reasons --all`, or add your own with `spiegel reasons add`
error-unknown-reason-suggest = no reason '{ $code }' — did you mean '{ $suggestion }'?
error-ambiguous-reason = '{ $typed }' fits more than one reason: { $candidates } — type more of the label, or the code
error-unknown-resistance = no resistance reaction '{ $code }' — use { $codes }
error-unknown-resistance-suggest = no resistance reaction '{ $code }' — did you mean '{ $suggestion }'?
error-ambiguous-resistance = '{ $typed }' fits more than one resistance reaction: { $candidates } — type more of the label, or the code
error-unknown-step = no step '{ $step }' — the steps are 0 (getting the others to the table) to 7; see `spiegel steps`
error-stall-without-reason = the stall at step { $step } has no reason — write it as --stall { $step }:REASON[,REASON…]; see `spiegel reasons`
error-bad-reason-code = '{ $code }' is not a reason code — use lower-case letters, digits and dashes, e.g. 'rushed-the-ending'
error-duplicate-reason = there is already a reason '{ $code }' — pick another code, or see `spiegel reasons --all`
error-builtin-reason = '{ $code }' is built into the method and cannot be removed — hide it from prompts with `spiegel reasons retire { $code }`
error-reason-in-use = '{ $code }' is used by { $uses ->
        [one] 1 stall
       *[other] { $uses } stalls
    } and cannot be removed — hide it from prompts with `spiegel reasons retire { $code }`
error-no-reflection = no reflection { $id } — see `spiegel list` for the ids
error-nothing-to-edit = nothing to change — give at least one flag, e.g. --note TEXT (see `spiegel edit --help`)
error-nothing-to-change-case = nothing changed in case { $name } — give --setting TEXT, --cohabiting yes|no or --opened DATE (see `spiegel case edit --help`)
error-stall-without-step = '{ $reason }' has no step — write STEP:REASON, e.g. --stall 0:{ $reason }
error-confirmation-needed = not deleting reflection { $id } without confirmation — run it on a terminal, or add --yes
error-no-editor = no editor to open reflection { $id } in — set $EDITOR (or `spiegel config set editor nano`), or change it with flags, e.g. `spiegel edit { $id } --note TEXT`
error-editor-failed = the editor ({ $editor }) stopped with { $status } — nothing was changed; check the editor command in $VISUAL, $EDITOR or `spiegel config show`
error-edited-not-text = the edited text is not UTF-8 text — nothing was changed; save it as UTF-8
error-form-bad-line = '{ $line }' is not a line of the form — write FIELD: VALUE, or STEP: reason, reason; start a comment with #
error-form-unknown-field = the form has no field '{ $field }' — the fields are date, with, medium, resistance, completed, question, went-well and note, and STEP: reason, reason for a stall
error-form-missing-field = the form has no '{ $field }:' line — put it back (or empty the file to abandon the edit)
error-form-duplicate-field = '{ $field }:' appears twice in the form — keep one
error-bad-form-value = { $field }: '{ $value }' is not valid — { $expected }
error-unknown-config-key = no setting '{ $key }' — the settings are { $keys }
error-bad-config-value = '{ $value }' is not a valid { $key } — { $expected }
error-bad-config-file = { $path } is not a valid settings file: { $problem } — correct or remove that line (see `spiegel config --help`)
error-config-syntax = line { $line }: { $message }
error-config-unknown-key = unknown setting '{ $key }' (the settings are { $keys })
error-config-not-text = { $key } must be a text in quotes
error-config-bad-value = { $key } = "{ $value }" ({ $error })
error-no-question = no question { $id } — see `spiegel questions --all` for the ids
error-already-answered = question { $id } was already answered on { $date } — add --replace to overwrite that answer
error-no-goal = no goal { $id } — see `spiegel goal list --all` for the ids
error-goal-already-done = goal { $id } was already done on { $date }
error-empty-text = { $what ->
        [answer] the answer
       *[goal] a goal
    } cannot be empty — write it as text, or `-` to read it from stdin
error-demo-needs-empty-journal = { $path } already holds a journal; the demo only fills a new one — give --db a path that does not exist yet
error-both-from-stdin = only one of --note, --went-well and --ask can read stdin — give the others as text
error-empty-stdin = nothing came in on standard input — pipe an export into it, e.g. `spiegel export | spiegel --db OTHER.db import -`, or give the export file's name
error-no-case-given = no case given — write `spiegel add CASE [flags]`, or run `spiegel add` alone on a terminal to be guided
error-nothing-to-add = nothing given about the session with { $case } — add flags, e.g. `spiegel add { $case } --note TEXT --stall STEP:REASON`, or run `spiegel add { $case }` on a terminal to be guided
error-stopped = stopped — nothing saved
error-nothing-to-undo = nothing to undo — the undo history is empty (it keeps the last 100 changes; `case forget` clears it)
error-wrong-passphrase = wrong passphrase or not a spiegel journal: { $path } — check the passphrase (typed, or in SPIEGEL_PASSPHRASE) and the path; the file was left untouched
error-locked = { $path } is encrypted, or is not a spiegel journal — run spiegel on a terminal to type the passphrase, or set SPIEGEL_PASSPHRASE
error-new-passphrase-needed = no new passphrase given — run spiegel on a terminal to type it, or set { $var }
error-short-passphrase = the passphrase is too short — use at least { $min } characters (a few unrelated words are best)
error-passphrase-mismatch = the two passphrases differ — type the same one twice
error-already-encrypted = { $path } is already encrypted — change its passphrase with `spiegel rekey`
error-already-plain = { $path } already holds a journal that is not encrypted — encrypt it with `spiegel encrypt`
error-not-encrypted = { $path } is not encrypted — encrypt it with `spiegel encrypt`
error-journal-busy = { $path } is in use by another program (perhaps another spiegel encrypting or decrypting it) — let it finish or close it, then try again
error-journal-open-elsewhere = another program has the journal open ({ $path }), so the erased text could survive in its log — close it and try again; nothing was changed
error-passphrase-not-utf8 = { $var } is set but is not valid UTF-8 text — set it to the passphrase in UTF-8, or unset it to type the passphrase on a terminal
error-summary-drift = the stall summary that `patterns` reads is out of step for { $rows } { $rows ->
    [one] stall
   *[other] stalls
 } — rebuild it with `spiegel check --repair` (it touches no note or reflection)
error-session-summary-drift = the session summary that `patterns` reads is out of step for { $rows } { $rows ->
    [one] session
   *[other] sessions
 } — rebuild it with `spiegel check --repair` (it touches no note or reflection)
error-damaged = { $path } is damaged ({ $detail }) — restore a backup with `spiegel restore PATH`; `spiegel check` tells more
error-bad-backup = { $path } cannot be restored: { $detail } — choose another backup; the journal was left untouched
error-restore-mismatch = { $path } and the journal differ in encryption — `spiegel encrypt` or `spiegel decrypt` the journal to match, then restore
error-read-only = { $path } is read-only — check its permissions (and the folder's); nothing was written
error-disk-full = the disk holding { $path } is full — free some space and try again; nothing was written
error-forget-needs-confirmation = not forgetting case '{ $name }' without confirmation — run it on a terminal, or add --yes
error-forget-not-confirmed = you typed '{ $typed }', not '{ $name }' — nothing was forgotten
error-output-exists = { $path } already exists — choose a new file name (spiegel never overwrites a file)
error-bad-import = { $path } cannot be imported: { $detail } — nothing was written; export the file again, or fix it

# Files spiegel writes, and the journal's own file (src/fsx/).
error-output-exists-force = { $path } already exists — choose a new file name, or add --force to replace it
error-never-replaced = { $path } is { $what } — spiegel never replaces it, not even with --force; choose another file name
error-journal-not-a-file = { $path } is { $what }, not a journal file — give the path of a journal file with --db or SPIEGEL_DB
error-journal-not-yours = { $path } belongs to another user, who has not let you write it — run spiegel as that user, or give your own journal with --db; nothing was written
error-settings-not-a-file = { $path } is { $what } — spiegel writes its settings only to a regular file, never through a link; put the file itself there
error-journal-folder-not-writable = { $path } cannot be opened: you may not create files in its folder { $folder }, where the journal keeps its write-ahead log — check the folder's permissions and owner (`chmod u+w { $folder }`); nothing was written
error-untrusted-settings = { $path } or its folder can be changed by others, so spiegel will not run the editor it names — run `chmod 600 { $path }` and `chmod 700 { $folder }`, and make sure you own both
file-kind-journal = the journal
file-kind-journal-log = the journal's write-ahead log
file-kind-backup = in the journal's backup folder
file-kind-database = a database
file-kind-export = a spiegel export
file-kind-binary = not a text file (perhaps an encrypted journal or backup)
file-kind-symlink = a symbolic link
file-kind-folder = a folder
file-kind-pipe = a named pipe
file-kind-device = a device
file-kind-socket = a socket
file-kind-special = not a regular file

# What a setting or a form field expects (the part after the dash).
expect-language = use { $languages }
expect-editor = give the editor's command, e.g. nano or "code --wait"
expect-journal = give the full path, e.g. ~/Documents/journal.db or /home/me/journal.db
expect-pager = give the pager's command, e.g. "less -S", or false for none
expect-medium = write in-person, video or phone
expect-yes-no = write yes or no

# Unexpected failures: what spiegel was doing (the cause follows after a colon).
io-no-home = cannot find your home folder — give the journal's path with --db PATH or SPIEGEL_DB
io-no-home-settings = cannot find your home folder, so there is no settings file
io-could-not-open = could not open { $path }
io-could-not-read = could not read { $path }
io-could-not-write = could not write { $path }
io-could-not-write-in = could not write in { $path }
io-could-not-create = could not create { $path }
io-could-not-create-folder = could not create the folder { $path }
io-could-not-open-trace = could not open SPIEGEL_TRACE_SQL file { $path }
io-settings-no-folder = the settings file has no folder
io-wal = could not switch the journal to WAL mode
io-lock-write = could not lock the journal for writing
io-lock-upgrade = could not lock the journal to upgrade it
io-upgrade = could not upgrade the journal to version { $version }
io-save = could not save the change
io-add-case = could not add the case
io-change-case = could not change the case
io-add-other = could not add the significant other
io-add-reflection = could not add the reflection
io-change-reflection = could not change the reflection
io-delete-reflection = could not delete the reflection
io-add-reason = could not add the reason
io-remove-reason = could not remove the reason
io-save-answer = could not save the answer
io-record-meeting = could not record the meeting
io-add-goal = could not add the goal
io-record-invitation = could not record the invitation
io-read-stdin = could not read the text from stdin
io-demo-folder = could not create a folder for the demo journal
io-editor-start = could not start the editor ({ $editor })
io-editor-read-back = could not read the edited text back
io-editor-folder = could not create a private folder for the editor
io-terminal = could not write to the terminal
io-prompt = the prompt failed
io-in-memory = could not open a journal in memory
io-no-answer = no answer to the question
io-no-passphrase = no passphrase typed
io-remove = could not remove { $path }
io-undo-start = could not start the undo record
io-undo-close = could not close the undo record
io-undo-clear = could not clear the undo record
io-undo-stop = could not stop the undo record
io-undo-unknown = the undo log holds an unknown change
io-undo-change = could not undo a change to { $table }
io-erase-case = could not erase the case
io-copy-journal = could not copy the journal
io-locked-too-long = the journal stayed locked by another process for too long
io-backup-damaged = the backup is damaged: { $detail }
io-write-backup = could not write the backup { $path }
io-restore = could not restore the backup
io-appeared = { $path } appeared while it was being created
io-path-not-utf8 = the journal's path is not valid UTF-8
io-convert-lock = could not take the journal for the conversion — nothing was changed; try again, or run `spiegel check`
io-convert-create = could not create the converted journal
io-convert-finish = could not finish the converted journal
io-convert-damaged = the converted journal is damaged: { $detail }
io-convert-rows = the converted journal holds { $after } rows of { $table }, not { $before }
io-wipe-old = the journal was converted, but its old file could not be overwritten with zeros before it went — nothing is lost; if it was not encrypted, its blocks may stay on the disk until they are reused
io-convert-put = could not put the converted journal at { $path }
io-import-reason = could not import reason { $code }
io-import-case = could not import case { $name }
io-import-other = could not import { $name }
io-import-reflection = could not import a reflection
io-import-question = could not import a question
io-import-meeting = could not import a meeting
io-import-goal = could not import a goal
io-import-invitation = could not import an invitation

## Words used everywhere

yes = yes
no = no
# A value that is not known or not recorded.
unknown = –
none = none
# Between the whole and the fractional part of a number: 2.5
decimal-mark = .
# Joins the last two items of a list: "steps 1 and 4".
and = and
# Joins the last two choices: "a, b or c".
or = or

# Dates on the page: "27 Nov 2026". $month is date-month-short.
date-long = { $day } { $month } { $year }
# A month with its year: "Nov 2026", "November 2026".
date-month-year = { $month } { $year }
date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

## The supervision page's charts (prep)

prep-months-caption = Per month: its reflections, and how many of them give each of the reasons given most.
# The chart of the reasons per month, when the page covers one month only.
prep-months-one = All of this period falls in { $month }: { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    }, of which { $list }.
prep-months-one-reason = { $count } gave ‘{ $label }’
# The axes of the chart of the reasons per month.
prep-chart-y = Reflections giving the reason
prep-chart-x = Month (number of reflections)
prep-goal-months = Per month (of all reflections)
prep-goal-month = { $month }: { $count } of { $reflections }
# A month without reflections.
prep-goal-month-none = { $month }: –

## Table columns

col-id = Id
col-case = Case
col-setting = Setting
col-partner = Partner
col-opened = Opened
col-closed = Closed
col-outcome = Outcome
col-reflections = Reflections
col-last-session = Last session
col-other-took-part = Other took part
col-date = Date
col-medium = Medium
col-with = With
col-stalls = Stalled at
col-note = Note
col-name = Name
col-role = Role
col-sessions = Sessions
col-named = Named
col-first-session = First session
col-invited-by = Invited by
col-reaction = Reaction
col-step = Step
col-title = What you do
col-pitfall = Where it typically stalls
col-code = Code
col-side = Side
col-label = Label
# The column with each reason's label in the other language.
col-label-other = Dutch
col-usual-steps = Mostly at
col-uses = Used
col-retired = Retired
col-asked = Asked
col-question = Question
col-answer = Answer
col-kind = Kind
col-goal = Goal
col-reason = Reason
col-since = Since
col-before = Before
col-since-then = Since then
col-per-month = Per month
col-done = Done

## Labels of `case show`, `show` and `config show`

label-case = Case
label-setting = Setting
label-cohabiting = Lives with a partner
label-opened = Opened
label-status = Status
label-open = open
label-closed-on = closed { $date }: { $outcome }
label-date = Date
label-medium = Medium
label-present = Present
label-alone = client alone
label-resistance = Resistance
label-stalls = Stalled
label-stall-at = step { $step }: { $reasons }
label-completed = Seven steps completed
label-went-well = What went well
label-question = Question for supervision
label-answer = Answer
label-config-file = settings file
label-not-set = not set
label-journal-in-use = journal in use
heading-others = Significant others
heading-invitations = Invitations
# A person recorded before spiegel kept when the client named them.
step0-not-known = not known
# A person who has not taken part in a session yet.
step0-not-yet = not yet
heading-timeline = Timeline

## What commands say when they are done

case-added = case { $name } added
case-updated = case { $name } updated
case-closed = case { $name } closed: { $outcome }
case-reopened = case { $name } reopened
case-renamed = case { $old } is now called { $new }
other-added = { $name } ({ $role }) added to { $case }
invite-recorded = invitation of { $name } ({ $case }) recorded: { $what }
invite-answered = answer of { $name } ({ $case }) recorded: { $what }
# "2026-03-01, by the client, by phone: no (They don't want to be involved)"
invite-summary = { $date }, by { $by }: { $answer }
invite-summary-medium = { $date }, by { $by }, { $medium }: { $answer }
invite-answer-reaction = { $answer } ({ $reaction })
reflection-added = reflection { $id } saved ({ $case }, { $date })
reflection-updated = reflection { $id } updated
edit-nothing-changed = nothing changed in reflection { $id }
edit-abandoned = edit abandoned; reflection { $id } was left as it was
reflection-deleted = reflection { $id } deleted — undo with `spiegel undo`
confirm-delete = Delete reflection { $id } ({ $case }, { $date })? (`spiegel undo` brings it back)
not-deleted = nothing deleted
reason-added = reason { $code } added
reason-retired = reason { $code } retired: prompts no longer offer it; past stalls keep it
reason-restored = reason { $code } is offered again
reason-removed = reason { $code } removed
search-nothing = Nothing found for { $words }. Each word finds the words that start with it; fewer words, or --since and --case left out, find more.
search-hit = { $date } · { $case } · #{ $id } · { $kind }
search-hit-meeting = { $date } · supervision meeting { $id }
search-kind = { $kind ->
        [note] note
        [went-well] what went well
        [question] question
        [answer] answer
       *[other] meeting note
    }
more-than = the { $shown } most recent shown; there are more — see them with --limit N (0 = all)
no-reflections = No reflections match. Add one with `spiegel add CASE --stall STEP:REASON --note TEXT`.
no-cases = No cases yet. Start with `spiegel case add NAME`.
no-open-cases = No open cases. `spiegel case list --all` shows closed ones too; `spiegel case add NAME` starts one.
config-file-missing = { $path } (not created yet)
config-set = { $key } set to { $value } in { $path }
config-unset = { $key } removed from { $path }
config-was-not-set = { $key } was not set; nothing changed
man-pages-written = manual pages written to { $path }
demo-written = Demo journal with { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    } and { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    } written to { $path }
demo-generated = Generated { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    } in { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    } into { $path } ({ $seconds } s)
demo-explore = Look around:
demo-folder = The demo journal is in { $folder }; a later `spiegel demo` removes it once it has been left for a day.
demo-old-removed = Removed { $count ->
    [one] one old demo journal
   *[other] { $count } old demo journals
} (left for more than a day).

## spiegel patterns (and the pattern parts of spiegel prep)

patterns-steps = Where it stalls
patterns-reasons = Why
patterns-together = Together
patterns-followed = What followed
patterns-resistance = After resistance
patterns-baseline-heading = Baseline
table-heading = Getting the system to the table
table-nothing = No significant other's naming day or invitation recorded in this period (`spiegel other add … --named`, `spiegel invite`).
table-named-unknown = Sessions until the first person was named: not known (no case of the period has a person with a known naming day).
table-named-one = Sessions until the first person was named: { $sessions } (1 case).
table-named = Sessions until the first person was named ("there is always one"): median { $median }, from { $min } to { $max }, over { $cases } cases.
table-col-invitations = Invitations
table-col-came = Came
table-col-refusals = Refusals
table-no-reaction = none recorded
table-refused-then-came = Refused at first and came later: { $came } { $refused ->
        [one] person who refused
       *[other] people who refused
    }.
patterns-col-stalls = Stalls
patterns-col-cases = Cases
patterns-col-share = Of the sessions at stake
patterns-col-count = Times
patterns-col-first = First
patterns-col-last = Last
patterns-col-trend = Trend
patterns-col-with = Together with
patterns-col-cases-with = Cases with it
patterns-col-cases-without = Cases without it
patterns-col-resistance = Resistance
patterns-col-joined = An other took part later
patterns-col-sessions-before = Individual sessions before (median)
# Whose reasons: `self`, `client`, `other` or `all`.
patterns-side = { $side ->
        [self] your own side
        [client] the client's side
        [other] the other's side
       *[all] all sides
    }
patterns-trend-rising = rising
patterns-trend-falling = falling
patterns-trend-steady = steady
patterns-step = step { $step }
# $list: the steps, e.g. "1 and 4".
patterns-steps-list = { $count ->
        [one] step { $list }
       *[other] steps { $list }
    }
patterns-scope = { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    } on { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }, { $from } – { $to }
patterns-recurring-intro = Recurring patterns on { $side } (in at least { $min ->
        [one] 1 case
       *[other] { $min } cases
    })
# "Accepted the refusal too quickly — 5 cases, mostly at step 0, with 'I have no one (left)' (rising)"
patterns-recurring-line = { $label } — { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }
patterns-recurring-mostly = mostly at { $steps }
patterns-recurring-with = with '{ $resistance }'
patterns-recurring-legend = ★ = recurring (≥ { $min ->
        [one] 1 case
       *[other] { $min } cases
    })
patterns-no-recurring = No reason on { $side } recurs in { $min } or more cases yet.
patterns-empty = No reflections in this period yet. Patterns appear once a few sessions are recorded: `spiegel add CASE --stall STEP:REASON --note TEXT`.
patterns-tiny = { $reflections ->
        [one] Only 1 reflection so far — too few to call anything a pattern, but this is what it holds.
       *[other] Only { $reflections } reflections so far — too few to call anything a pattern, but this is what they hold.
    }
patterns-no-stalls = No stalls with a reason on { $side } in this period.
patterns-no-pairs = Nothing occurs together more than once yet.
patterns-reached = { $reached } of { $cases } reached the system
patterns-followed-note = Reached the system: closed as system-involved, or a significant other took part in a session from the first time the reason was given (for cases without it: from their first reflection).
patterns-baseline-unknown = None of these cases is recorded as living with a lasting partner (`spiegel case edit NAME --cohabiting yes`).
patterns-baseline = Of { $cohabiting ->
        [one] 1 case
       *[other] { $cohabiting } cases
    } whose client lives with a lasting partner, { $individual } ({ $percent }) were helped individually only: no significant other ever took part. The method's source reports { $source }.

# issue 12: every rate names its base.
# The sessions a rate counts over; $base: step-zero, conversation, all or given.
patterns-base = { $base ->
        [step-zero] sessions without anyone from the system or where resistance was met
        [conversation] sessions with someone from the system present
        [given] sessions that gave it (it has no usual steps)
       *[all] sessions
    }
# The same, with `--when`: only sessions where that reaction was met.
patterns-base-when = { $base ->
        [conversation] sessions with someone from the system present where '{ $resistance }' was met
       *[other] sessions where '{ $resistance }' was met
    }
# "3 of 4" (below 5 no percentage) or "12 of 25 (48%)"
rate-of = { $count } of { $total }
rate-of-percent = { $count } of { $total } ({ $percent })
# "12 of 25 sessions with someone from the system present (48%)"
rate-in = { $count } of { $total } { $sessions }
rate-in-percent = { $count } of { $total } { $sessions } ({ $percent })
patterns-trend-unknown = too few to tell
patterns-too-few-to-compare = too few to compare ({ $with } with, { $without } without)
patterns-col-rate = In the sessions where it could happen
patterns-col-pair-rate = Of the sessions at stake
patterns-rate-line = { $label }: { $rate }
patterns-when = Only sessions where '{ $resistance }' was met.
patterns-bases-legend = Each rate counts only the sessions where that stall could happen: step 0 in sessions without anyone from the system or where resistance was met, steps 1–7 in sessions with someone from the system present. Trends need 8 such sessions in each half and a change beyond chance (Fisher's exact test, p < 0.10).
patterns-baseline-closed = Of your { $cohabiting } closed cases whose client lives with a partner, { $individual } ({ $percent }) stayed individual-only; the method's source reports { $source }.
patterns-baseline-too-few = { $cohabiting ->
        [one] Only 1 closed case
       *[other] Only { $cohabiting } closed cases
    } whose client lives with a partner: too few to compare with the method's source ({ $source }); at least 10 are needed.
patterns-baseline-open = { $open ->
        [one] 1 case still open is left out: someone may still come.
       *[other] { $open } cases still open are left out: someone may still come.
    }
goal-situation = goal { $id }, where '{ $resistance }' was met: { $before } → { $after }

## spiegel questions, supervision and goal

no-questions = No questions yet. Add one to a reflection with --ask TEXT.
no-open-questions = No open questions. `spiegel questions --all` shows answered ones too.
question-answered = question { $id } answered and closed
meeting-added = meeting { $id } recorded ({ $date }, { $kind })
no-meetings = No supervision meetings yet. Record one with `spiegel supervision add`.
goal-added = goal { $id } added: { $text }
goal-done = goal { $id } done on { $date }
no-goals = No learning goals yet. Add one with `spiegel goal add TEXT --reason CODE`.
no-open-goals = No open learning goals. `spiegel goal list --all` shows finished ones too.
goal-legend = Before / Since then: the sessions that gave the goal's reason, of the sessions where it could happen (step 0: without anyone from the system or where resistance was met; steps 1–7: with someone from the system present). Per month: share of all reflections, from the goal's start (· = no reflections).

## spiegel prep: the page for supervision

prep-title = Supervision preparation
prep-patterns = Patterns in view (my own side)
prep-questions = Open questions
prep-goals = Learning goals
prep-steps = Stalls per step (my own side)
prep-months = Top reasons per month
prep-cases = Cases
prep-month = Month
prep-reflections = Reflections
prep-step = Step
prep-stalls = Stalls
prep-no-questions = No open questions.
prep-went-well = What went well
prep-no-went-well = Nothing recorded as going well in this period (`spiegel edit ID --went-well TEXT` adds it).
prep-went-well-more = … and { $more } more in this period.
prep-no-goals = No open learning goals.
prep-no-stalls = No stalls on my own side in this period.
prep-period = { $from } – { $to }
prep-period-since-meeting = { $from } – { $to }, since the supervision of { $meeting }
prep-period-open = up to { $to }
prep-counts = { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    } · { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    } · { $stalls ->
        [one] 1 stall
       *[other] { $stalls } stalls
    } on my own side
prep-no-recurring = No own-side reason recurs in { $min } or more cases in this period.
prep-empty = No reflections in this period yet.
prep-generated = Made with spiegel on { $date }. Case names are pseudonyms; keep this page confidential.
prep-last-meeting = The last meeting
prep-meeting = { $date } · { $kind }
prep-meeting-with = { $date } · { $kind } with { $with }
prep-kind-individual = individual supervision
prep-kind-group = group supervision
prep-kind-peer = peer supervision
prep-agreed = What was agreed:
prep-no-note = No note was recorded for it.
prep-no-meeting = No supervision meeting recorded yet; record one with:
prep-answered = Answered since { $date }
prep-answered-all = Answered questions
prep-no-answered = No question answered since then.
prep-answer = Answer
prep-more-cases = and { $count } more
prep-why = In view because: { $reasons }
prep-why-recurring = recurs in { $min } or more cases
prep-why-open-question = an open question
prep-why-goal = a learning goal
prep-why-last-meeting = on the last meeting's page
prep-not-given = { $label } — not given in this period
prep-more-sessions = { $n ->
    [one] One more session gives this reason
   *[other] { $count } more sessions give this reason
}:
prep-more-patterns = { $n ->
    [one] One more pattern is left out
   *[other] { $count } more patterns are left out
}; the period's patterns:
prep-more-questions = { $n ->
    [one] One more open question
   *[other] { $count } more open questions
}:
prep-more-answered = { $n ->
    [one] One more answered question
   *[other] { $count } more answered questions
}:
prep-earlier-months = The chart shows the last { $shown } months; { $earlier } earlier months are left out.

## spiegel edit ID: the reflection as a form in the editor. The field
## names before the colons (date:, with: …) are part of the form's format,
## like codes, and stay as they are.

form-title = spiegel: reflection { $id } ({ $case }, { $date })
form-intro =
    Change what you like, then save and close the editor. Lines starting with '#'
    are ignored, except in the note. To change nothing, close without saving;
    to abandon after an error, save it unchanged or empty the file.
form-date = The session's date: YYYY-MM-DD, today, yesterday, a weekday or 3 days ago
form-with = Who took part besides the client, separated by commas; empty: the client alone
form-no-others = { $case } has no significant others yet (add them with `spiegel other add`)
form-others = { $case }'s significant others: { $others }
form-medium = How the session took place: { $media }
form-resistance = Resistance met, separated by commas: { $codes }
form-stalls =
    Where it stalled: one line per step, as STEP: reason, reason
    (steps 0-7, see `spiegel steps`; the reasons, see `spiegel reasons`):
form-reasons = { $side ->
        [self] your own side
        [client] the client's
       *[other] the other's
    }: { $codes }
form-completed = Were all seven steps completed? yes or no
form-question = A question to bring to supervision, on one line; empty: none
form-went-well = What went well: what worked, to keep doing, on one line; empty: nothing recorded
form-note = What happened and what you needed: everything below this line
form-fix-or-abandon = Correct it and save, or save it unchanged (or empty) to abandon the edit.

## spiegel add on a terminal: the guided reflection. Short and kind — it is
## read right after a session — and in the method's words (the steps'
## titles and instructions come from the journal's catalogue).

guided-welcome = Let's look back on the session. Esc or Ctrl-C stops at any point; nothing is saved until the end.
guided-select-help = ↑↓ to move, enter to select, type to filter
guided-choose-help = ↑↓ to move, enter to select
guided-yes-no-default-yes = Y/n
guided-yes-no-default-no = y/N
guided-yes-no-error = Invalid answer, try typing 'y' for yes or 'n' for no
guided-needs-text = a few words, please
guided-case = Which case?
guided-case-help = ↑↓ to move, type to filter, Enter to choose
guided-new-case = a new case…
# After a case's name and setting: "John · addiction clinic · last session 2026-03-14"
guided-last-session = last session { $date }
guided-no-open-cases = No open cases yet, so let's start one.
guided-new-case-name = The new case's pseudonym:
guided-new-case-name-help = a name that is not the client's own
guided-setting = Where do you see the client?
guided-setting-help = e.g. addiction clinic; Enter to skip
guided-cohabiting = Does the client live with a lasting partner?
guided-cohabiting-yes = yes
guided-cohabiting-no = no
guided-cohabiting-skip = don't know (skip)
guided-date = When was the session?
guided-date-help = today, yesterday, a weekday (monday), 3 days ago or YYYY-MM-DD
# The date's default answer: a word the dates understand (today, vandaag).
guided-date-default = today
guided-present = Who took part besides the client?
guided-present-help = space to pick, Enter when done; nobody = an individual session
guided-someone-new = someone new…
guided-individual = nobody: an individual session
guided-anyone = Did anyone besides the client take part?
guided-anyone-no = no, an individual session
guided-anyone-yes = yes, someone new…
guided-other-name = Their name (a pseudonym):
guided-other-role = Who are they to the client?
guided-another-new = Someone else new as well?
guided-medium = How did the session take place?
guided-resistance = Did you meet resistance?
guided-resistance-help = space to pick, Enter when done; none is fine
guided-invite-new = Step 0: record how { $name } was invited?
guided-invite-refusal = Step 0: did someone refuse an invitation? Record it?
guided-invite-who = Who refused?
guided-invite-by = Who invited them?
guided-invite-medium = How?
guided-invite-medium-skip = not recorded
guided-invite-answer = What did they answer?
guided-invite-reaction = With which reaction?
guided-stalled = Where did it stall?
guided-stalled-help = space to pick the steps, Enter when done; none if nothing stalled
guided-nowhere = nowhere
guided-step-heading = Step { $step } · { $title }
guided-pitfall = Where it typically stalls: { $pitfall }
guided-why = Why did it stall at step { $step }?
guided-why-help = space to pick, Enter when done; your own side first
guided-pick-a-reason = pick at least one reason, or 'another reason…'
guided-another-reason = another reason…
guided-reason-label = The reason, in a few words:
guided-reason-label-help = in English, e.g. Rushed the ending
guided-reason-code = A short code for it:
guided-reason-code-help = lower-case letters, digits and dashes
guided-reason-other-language = The same in Dutch:
guided-reason-other-language-help = Enter keeps the English words
guided-reason-side = Whose side is it on?
guided-side = { $side ->
        [self] my own
        [client] the client's
       *[other] the significant other's
    }
guided-completed = Did you get through all seven steps?
guided-note = What happened, and what did you need?
guided-note-help = a line or two; Enter to skip
guided-note-in-editor = What happened, and what did you need? Opening { $editor } for the note…
# On top of the note in the editor, each line after a '#'.
guided-note-template =
    What happened, and what did you need? Write it below, then save and
    close the editor. Lines starting with '#' are left out; an empty note is fine.
guided-went-well = What went well, what worked?
guided-went-well-help = a line, to keep doing it; Enter to skip
guided-question = A question to bring to supervision?
guided-question-help = Enter to skip
guided-for-group = Is it a question for your peer-supervision group?
guided-preview = Your reflection
guided-save = Save it?
guided-not-saved = nothing saved

## spiegel demo: the demo journal's notes, questions and meetings.
## $client and $other are the invented pseudonyms.

demo-note-accepted-refusal-1 = { $client } said there was really nobody, and after one question I let it go.
demo-note-accepted-refusal-2 = When { $client } said they would not come, I nodded and moved on to the agenda.
demo-note-accepted-refusal-3 = I took the first no as the answer. Afterwards I realised I had not asked a second time.
demo-note-lost-own-need-1 = I was so busy being careful with { $client } that I forgot why I need someone there.
demo-note-lost-own-need-2 = Halfway through I was only thinking about what { $client } could bear, not about what I need to do my work.
demo-note-focused-on-objections-1 = We spent the whole session on why { $client }'s family should stay out of it.
demo-note-focused-on-objections-2 = I kept answering { $client }'s objections one by one instead of saying what I need.
demo-note-how-before-why-1 = I started planning how to invite { $other } before I was convinced I need them.
demo-note-how-before-why-2 = Discussed dates and times for a joint session; { $client } felt my doubt.
demo-note-resistance-unexplored-1 = { $client } said 'no' and I did not ask what the no was about.
demo-note-resistance-unexplored-2 = Did not explore what makes it so hard for { $client } to involve anyone.
demo-note-shame-and-guilt-1 = { $client } is ashamed of the relapse and does not want { $other } to know.
demo-note-shame-and-guilt-2 = Lots of guilt towards the children; { $client } wants to fix it alone first.
demo-note-no-room-for-position-1 = { $other } has no room of their own in this: everything revolves around { $client }.
demo-note-no-room-for-position-2 = It seems { $other } refuses because nobody ever asked what they think.
demo-note-spoke-for-them-1 = I explained to { $other } how hard it is for { $client }, instead of letting { $client } say it.
demo-note-spoke-for-them-2 = Caught myself saying it for { $other }. They nodded along.
demo-note-did-not-stoke-1 = { $other } stayed polite: 'it's fine, really'. I did not help them say what bothers them.
demo-note-did-not-stoke-2 = { $other } hinted at feeling shut out, and I let the moment pass.
demo-note-went-too-fast-1 = After { $other }'s words I moved on at once. No silence for { $client } to take it in.
demo-note-went-too-fast-2 = Filled the silence myself; { $client } had no room to feel the confusion.
demo-note-laughed-along-1 = { $client } made a joke ('it's like couples therapy, ha ha') and I laughed along.
demo-note-laughed-along-2 = The conversation drifted to football and I went with it.
demo-note-did-not-mirror-1 = { $other } went along with the change of subject and I did not name it.
demo-note-did-not-mirror-2 = Missed the moment to ask { $other } whether they liked talking about something else now.
demo-note-feels-a-burden-1 = { $client } keeps saying they do not want to be a burden to { $other }.
demo-note-other-too-cautious-1 = { $other } waits and stays very careful; they do not want to push { $client }.
demo-note-unclear = Hard to say what happened; to look at again.
demo-question-1 = Why do I give up so quickly when a client says they have no one?
demo-question-2 = How do I stay with my own need when the client's objections are so convincing?
demo-question-3 = How can I leave more silence at step 3 without it feeling awkward?
demo-question-4 = What do I do when the other stays polite and nothing gets said?
demo-question-5 = How do I mirror a partner's behaviour without shaming them?
demo-setting-addiction-clinic = addiction clinic
demo-setting-mental-health-team = mental-health outpatient team
demo-setting-youth-care = youth care
demo-setting-neighbourhood-team = social neighbourhood team
demo-setting-social-work = social work
demo-john-1 = { $client } (43): thirty years of weed and drink, and in the clinic fully back in use. 'I have no one left.' I did not take that as the answer: there is always one person to whom you matter. We went through his years, school, work, the friends who quit and found a partner. No one yet; a lot of shame.
demo-john-1-went-well = Did not let 'I have no one' fob me off; told him I need someone from his life to help him well.
demo-john-2 = Second conversation in search of that one person. Again 'I have no one', and 'it's my problem, I want to solve it MYSELF'. I explored it: he is ashamed of the years he pulled away and does not want to bother anyone. I kept asking who would notice if he were gone.
demo-john-2-went-well = Stayed in touch with my own need: I need that one person for the diagnosis, the treatment and the practical side, and I said so.
demo-john-2-question = How long do I keep searching for 'the one' without losing the client's trust?
demo-john-3 = Third conversation. At the very end he told me who the one is: Maarten, an English teacher and his friend from school. '…but he lives and works in Dubai.' He watched what I would say. 'Perfect! Next session is a video call with Maarten.' He backed off, startled; after five minutes of resistance he gave in. He will get in touch with Maarten himself, after more than eight years without contact.
demo-john-3-went-well = There is always one: three conversations of asking, and he named Maarten. Did not let Dubai become a reason not to.
demo-john-4 = Video call with Maarten in Dubai, the laptop on a chair as if he sat with us. { $client } began to tell him how incredibly hard it is to ask for help; Maarten broke in: { $client } burdens him precisely by pulling away and seeking comfort in drugs instead of calling. I asked Maarten what it would mean to him if { $client } called at a hard moment. 'I'd feel relieved. I'd feel I matter to you.' { $client }: 'But you have your own family, you're not sitting there waiting for…' Maarten: 'You big jerk! This makes me so angry. Whether I'm waiting for you is for me to decide. I can't stand you deciding that for me and then not getting in touch for years, pulling away, getting stoned and drunk. Idiot!' { $client }, stunned, his eyes shining. Loving anger: the turning point.
demo-john-4-went-well = Let Maarten interrupt and say it to { $client } directly, and did not soften his anger: that was how he told { $client } he matters to him.
demo-john-5 = Seven steps with { $client } and his friend Levi (54). At step 2 I had to stoke a little before Levi said it: 'When you don't answer my calls I feel left out in the cold. Then I'm afraid you're drinking again.' I let the silence be. { $client }: 'What?? I'm shocked to hear how much it weighs on you when I withdraw into my flat.' Levi: 'I'd feel honoured.' At step 6 it got too hot for { $client }: 'It's like we're in couples therapy. Ha, ha, ha!' Levi laughed along at once.
demo-john-5-went-well = Did not laugh along: mirrored Levi at once. 'Do you like that we're talking about something else now?' He did not. 'If you want to matter to him, don't let him slip away at such a moment, and take what you want much more seriously.' And to { $client }: 'How irritating would it be if Levi didn't let you get away with your jokes next time?'
demo-john-5-question = How do I keep Levi and Maarten from going back to waiting?
demo-peer-group = peer group north
demo-supervisor = supervisor
demo-meeting-1 = Brought two cases where nobody came. The group noticed how quickly I accept a no.
demo-meeting-2 = John: from 'I have no one' to Maarten. What made the difference: 'there is always one', and asking until he named him.
demo-answer = Keep asking as long as it takes: say what I need ('I need someone from your life to do my work well') and explore the shame without letting it end the search.
demo-goal-1 = Stay with the silence at step 3
demo-goal-2 = Ask a second time before I accept a no

## Correcting the records beside the reflections (issue 16.7): other
## edit/rename/remove, supervision edit/delete, goal edit/delete, questions edit
other-updated = { $name } ({ $case }) updated: { $role }
other-renamed = { $old } ({ $case }) is now called { $new }{ $sessions ->
        [0] {""}
        [one] , also in the 1 session they took part in
       *[other] , also in the { $sessions } sessions they took part in
    }
other-removed = { $name } removed from { $case }{ $sessions ->
        [0] {""}
        [one] , and from the 1 session they took part in (its notes are kept)
       *[other] , and from the { $sessions } sessions they took part in (their notes are kept)
    } — undo with `spiegel undo`
meeting-updated = meeting { $id } updated
meeting-deleted = meeting { $id } deleted — undo with `spiegel undo`
goal-updated = goal { $id } updated: { $text }
goal-deleted = goal { $id } deleted — undo with `spiegel undo`
question-updated = question { $id } updated
confirm-delete-meeting = Delete supervision meeting { $id } ({ $date }, { $kind })? (`spiegel undo` brings it back)
confirm-delete-goal = Delete goal { $id } ('{ $text }')? (`spiegel undo` brings it back)
error-no-meeting = no supervision meeting { $id } — see `spiegel supervision list` for the ids
error-empty-question = question { $id } cannot be empty — to remove it, edit its reflection: `spiegel edit { $reflection } --ask ""`
error-not-answered = question { $id } has no answer to date — give the answer too, with --answer TEXT
error-nothing-to-change-other = nothing changed for { $name } ({ $case }) — give --role ROLE; to rename them, `spiegel other rename { $case } { $name } NEW`
error-nothing-to-change-meeting = nothing changed in meeting { $id } — give --date DATE, --kind KIND, --with NAME or --note TEXT (see `spiegel supervision edit --help`)
error-nothing-to-change-goal = nothing changed in goal { $id } — give --text TEXT, --reason CODE, --since DATE, --done DATE or --not-done (see `spiegel goal edit --help`)
error-nothing-to-change-question = nothing changed in question { $id } — give --text TEXT, --answer TEXT, --answered DATE, --for-group or --not-for-group (see `spiegel questions edit --help`)
error-delete-needs-confirmation = not deleting { $what ->
        [supervision] supervision meeting
       *[goal] goal
    } { $id } without confirmation — run it on a terminal, or add --yes
error-other-took-part = { $name } took part in { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } of { $case }; removing them erases that from those reflections — to correct the name, `spiegel other rename { $case } { $name } NEW`; to remove them anyway, add --force
meeting-form-title = spiegel: supervision meeting { $id } ({ $date }, { $kind })
meeting-form-date = When it took place: YYYY-MM-DD, today, yesterday, a weekday or 3 days ago
meeting-form-kind = What kind of meeting: { $kinds }
meeting-form-with = The supervisor or group; empty: none named
meeting-form-note = What you take from it: everything below this line
meeting-edit-nothing-changed = nothing changed in meeting { $id }
meeting-edit-abandoned = edit abandoned; meeting { $id } was left as it was
expect-meeting-kind = write individual, group or peer
error-no-meeting-editor = no editor to open meeting { $id } in — set $EDITOR (or `spiegel config set editor nano`), or change it with flags, e.g. `spiegel supervision edit { $id } --note TEXT`
conflict-started-after-done = start date { $date } is after the goal was done ({ $bound })
io-change-record = could not save the change
io-delete-record = could not delete the record

## Undo, backups, encryption, export and import

undo-undone = undone: { $changes }
undo-more = and { $count } more
# "added case John": what changed, then how.
undo-change = { $op ->
        [insert] added { $what }
        [update] changed { $what }
       *[delete] deleted { $what }
    }
undo-table = { $table ->
        [case] case
        [other] significant other
        [reflection] reflection
        [reason] reason
        [meeting] supervision meeting on
        [goal] learning goal
        [invitation] the invitation of
        [question] the question of reflection
        [stall] the stalls of reflection
        [presence] who took part in reflection
        [reflection_resistance] the resistance of reflection
       *[unknown] { $table }
    }
backup-written-encrypted = backup written to { $path } (encrypted with the journal's passphrase)
backup-written-plain = backup written to { $path } (not encrypted: keep it somewhere safe)
backup-restored = restored { $path }; the journal as it was is kept at { $kept }
backup-no-file = there is no such file
backup-encrypted-journal-not = it is not a spiegel journal, or it is encrypted and this journal is not
backup-wrong-passphrase = it does not open with this journal's passphrase
backup-not-a-journal = it is not a spiegel journal
backup-newer = it was written by a newer spiegel (version { $version })
backup-damaged = it is damaged ({ $detail })
check-search-rebuilt = rebuilt the search index from the texts ({ $texts } { $texts ->
    [one] text
   *[other] texts
 })
error-search-drift = the search index is out of step for { $texts } { $texts ->
    [one] text
   *[other] texts
 } — rebuild it with `spiegel check --repair` (it touches no note or reflection)
check-summary-rebuilt = rebuilt the stall summary from the stalls ({ $rows } { $rows ->
    [one] row
   *[other] rows
 })
check-healthy = all is well: the journal is intact, every reference holds (version { $version }, { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }, { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    })
check-healthy-quick = all is well: the journal is intact and its summaries add up (version { $version }, { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }, { $reflections ->
        [one] 1 reflection
       *[other] { $reflections } reflections
    }); `spiegel check --full` also reads every reference, the summaries row by row and the search index
table-name = { $table ->
        [case] case
        [other] significant other
        [reflection] reflection
        [reason] reason
        [meeting] supervision meeting
        [goal] learning goal
        [invitation] invitation
        [question] question
        [stall] stall
        [presence] presence
        [reflection_resistance] resistance met
        [resistance] resistance reaction
        [step] step
        [stall_fact] stall summary
        [session_fact] session summary
        [undo_batch] undo history
        [undo_step] undo history
       *[unknown] { $table }
    }
check-missing-reference = { $table } row { $row } refers to a missing { $parent }
forget-warning = This erases case { $name }: its significant others, reflections and questions, and the undo history. It cannot be undone. Backups and exports you made keep their copy.
forget-prompt = Type the case's name ({ $name }) to erase it
forget-done = { $reflections ->
        [0] case { $name } is erased from the journal
        [one] case { $name } and its 1 reflection are erased from the journal
       *[other] case { $name } and its { $reflections } reflections are erased from the journal
    }
crypt-prompt = Passphrase for { $path }
crypt-new-prompt = New passphrase
crypt-confirm-prompt = The same passphrase again
crypt-mismatch = The two differ; try again.
crypt-journal = Journal
crypt-encrypted = Encrypted
crypt-size-label = Size
crypt-backups = Backups
crypt-already-encrypted = { $path } already holds an encrypted journal
crypt-already-plain = { $path } already holds a journal that is not encrypted (`spiegel encrypt` encrypts it)
crypt-created-encrypted = created an encrypted journal at { $path } — keep the passphrase safe: without it nobody, you included, can read the journal
crypt-created-plain = created a journal at { $path } (not encrypted; `spiegel encrypt` encrypts it)
crypt-encryption-yes = yes (SQLCipher: AES-256, key derived from your passphrase)
crypt-encryption-no = no (`spiegel encrypt` encrypts it)
crypt-size = { $kb } kB
crypt-size-wal = { $kb } kB (and { $wal } kB not yet merged, in the -wal file)
crypt-backups-in = { $count } in { $path }
crypt-access = Access
crypt-access-owner = only you (file mode { $mode })
crypt-access-others = others can read it too (file mode { $mode }) — `chmod 600 { $path }` keeps it to you
crypt-access-windows = whoever the folder lets in: spiegel sets no permissions of its own on Windows; your %LOCALAPPDATA% folder is yours alone unless an administrator changed that, a journal elsewhere has its folder's permissions — `spiegel encrypt` protects it wherever it is
crypt-leftovers = Leftover
crypt-leftover-wiped = { $path }, left by an interrupted encrypt or decrypt, was overwritten with zeros and removed
crypt-leftover-held = { $path } belongs to an encrypt or decrypt that is still running; the next command after it wipes it if it is left
crypt-leftover-note = note: { $line }
crypt-now-encrypted = { $path } is now encrypted; the unencrypted file was overwritten and removed — keep the passphrase safe
crypt-decrypted = { $path } is no longer encrypted
crypt-rekeyed = { $path } has a new passphrase; backups made before keep the old one
export-written = exported to { $path } (readable by you only; it is not encrypted — delete it when it has served)
export-written-windows = exported to { $path } (with the permissions of its folder, not encrypted — delete it when it has served)
export-notes-may-name-people = warning: the notes, questions and settings were kept; they may still name people — read them before you share the file
export-md-title = spiegel journal
export-md-anonymized = Anonymized: names are replaced by codes (C01 for cases, P01 for significant others).
export-md-meetings = Supervision meetings
export-md-stall = Stalled step { $step }: { $reasons }
export-md-since = since { $date }
export-md-done = done { $date }
import-count = { $kind ->
        [case] { $count ->
            [one] 1 case
           *[other] { $count } cases
        }
        [other] { $count ->
            [one] 1 other
           *[other] { $count } others
        }
        [reflection] { $count ->
            [one] 1 reflection
           *[other] { $count } reflections
        }
        [reason] { $count ->
            [one] 1 reason
           *[other] { $count } reasons
        }
        [question] { $count ->
            [one] 1 question
           *[other] { $count } questions
        }
        [meeting] { $count ->
            [one] 1 meeting
           *[other] { $count } meetings
        }
        [invitation] { $count ->
            [one] 1 invitation
           *[other] { $count } invitations
        }
       *[goal] { $count ->
            [one] 1 goal
           *[other] { $count } goals
        }
    }
import-added = added { $records }
import-updated = updated { $records } (newer in the file)
import-unchanged = { $count } unchanged
import-done = imported { $path }: { $parts }
import-would = would import { $path }: { $parts }
import-kept-local = kept this journal's { $kind ->
        [case] case
        [other] other
        [reflection] reflection
        [reason] reason
        [question] question
        [meeting] meeting
        [invitation] invitation
       *[goal] goal
    } { $what }: it was changed here later than in the file
import-renamed = { $kind ->
        [case] case
        [other] other
        [reflection] reflection
        [reason] reason
        [question] question
        [meeting] meeting
       *[goal] goal
    } { $from } is called { $to } here: the name was taken
import-dry-run = dry run: nothing was written
# Why a file cannot be imported (after the field it is about).
import-not-json = not valid JSON ({ $error })
import-not-format = not "{ $format }"
import-newer-format = format version { $version }; this spiegel reads version { $known }
import-no-version = missing or not a number
import-not-uuid = { $value } is not a UUID
import-twice = { $value } appears twice
import-not-timestamp = { $value } is not a timestamp like 2026-03-15T09:30:00.000Z
import-not-date = { $value } is not a date (YYYY-MM-DD)
import-too-early = { $value } lies before 1900
import-future = { $value } lies in the future
import-updated-before-created = updated_at { $updated } is before created_at { $created }
import-unknown-code = unknown code { $value }
import-bad-practitioner = { $value } is not a practitioner code: 1 to 8 capital letters or digits, like P3
import-bad-name = empty, or with spaces around it
import-empty = empty
import-no-step = no step { $step }
import-closed-case = a closed case needs both closed_on and outcome
import-not-an-other = { $value } is not one of this case's others
import-stall-without-reason = a stall needs a reason
import-unknown-reason = { $value } is not in the file's reasons
# Text the journal takes (journal::text); a problem follows the field it is about.
error-search-empty = there is no word to search for — give one or more words, e.g. `spiegel search Karim`
error-search-quote = a double quote is not closed — close it, e.g. `spiegel search '"laughed along"'`, or leave the quotes out
error-search-parenthesis = a parenthesis is not closed, or closes none — pair each ( with a ), or leave them out
error-search-dangling = the words end in AND, OR or NOT — put a word after it (`Karim NOT Levi`), or write it in lower case to search for it as a word
error-search-near = the words cannot be read near { $word } — put AND, OR and NOT between two words (`Karim OR Levi`), or write { $word } in double quotes to search for it as a word
error-bad-text = { $field } { $problem }
text-field = { $field ->
        [case] the case's pseudonym
        [other] the significant other's name
        [label-en] the English label
        [label-nl] the Dutch label
        [setting] the setting
        [note] the note
        [went-well] what went well
        [question] the question
        [answer] the answer
        [goal] the goal
        [invitation-note] the invitation's note
       *[with] the participants
    }
text-control = holds a control character ({ $char }) — remove it; text may hold tabs and new lines, no other control characters
text-control-in-line = holds a control character ({ $char }) — remove it; a name or a one-line field holds no tabs, new lines or other control characters
text-direction = holds a text-direction character ({ $char }) that could make lists show what they do not hold — remove it
text-too-long = is { $size }, more than the { $limit } a text may hold — shorten it, or split it over several entries
text-name-too-long = is longer than { $limit } characters — shorten it
text-invisible = shows nothing: it holds only blanks or invisible characters — give a name that can be read
import-answer-date = an answer needs the date it was answered on, and a date needs its answer
import-builtin-changed = { $value } changes the built-in reason { $code }; the method's reasons keep their wording and side — add a reason of your own instead

## spiegel brief: one screen before the next session with a client

brief-title = { $case }: before the next session
brief-duration = { $unit ->
        [days] { $n ->
            [one] 1 day
           *[other] { $n } days
        }
        [weeks] { $n } weeks
        [months] { $n } months
       *[years] { $n } years
    }
brief-open = Open for { $duration }, since { $opened }
brief-closed = Closed on { $closed } ({ $outcome }), { $duration } after it opened on { $opened }
brief-sessions = { $sessions ->
        [0] No sessions yet
        [one] 1 session so far, on { $last }
       *[other] { $sessions } sessions so far, the last on { $last }
    }
brief-took-part = Took part: { $people }
brief-person-came = { $name } ({ $role }, { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    })
brief-person = { $name } ({ $role })
brief-not-yet = Named, not yet come: { $people }
brief-nobody-came = Nobody from the system has taken part yet
brief-nobody-named = Nobody from the system named yet
brief-no-sessions = No session of this case recorded yet.
brief-last = Last session: { $date }, { $who }
brief-before = The session before: { $date }, { $who }
brief-with = with { $names }
brief-stalled = Stalled at step { $step } ({ $title }): { $reasons }
brief-no-stall = Did not stall
brief-resistance = Resistance met: { $resistance }
brief-note = Note: { $note }
brief-went-well = Went well: { $text }
brief-question = Question { $id }: { $question }
brief-answer = Answered on { $date }: { $answer }
brief-usual = Where it usually stalls in this case
brief-usual-none = It stalled in none of its { $sessions } sessions.
brief-usual-stalled = It stalled in { $count } of { $total } sessions, most often at:
brief-usual-step = step { $step } ({ $title }): { $count } of { $total } sessions
brief-usual-reason = { $label }: { $count } of { $total } sessions
brief-more = and { $count } more
brief-at-stake = At stake next: step { $step } · { $title }
brief-why-nobody-yet = Nobody from the system has come yet.
brief-why-last-stalled = Where it last stalled, on { $date }.
brief-instruction = What to do: { $text }
brief-pitfall = Where it typically stalls: { $text }
brief-questions = Open questions of this case
brief-open-question = { $date }, question { $id }: { $text }
brief-no-questions = No open questions for this case.
brief-goals = Learning goals that came up in this case
brief-goal = Goal { $id }: { $text } — { $reason }
brief-usual-why = Most often because:
brief-goal-figures = in this case, before { $since }: { $before }; since then: { $after } ({ $sessions })
brief-no-goals = No open learning goal whose reason came up in this case.

## The values of the fixed lists (roles, media, outcomes, kinds of meeting,
## sides): value-… is what is printed for a code; value-…-words lists, with
## commas, more words typed for it. Input accepts the code, the printed
## value and these words in every language.

value-role = { $code ->
        [partner] partner
        [friend] friend
        [parent] parent
        [child] child
        [sibling] sibling
        [relative] relative
        [neighbour] neighbour
        [colleague] colleague
       *[other] other
    }
value-role-words = { $code ->
        [neighbour] neighbor
        [sibling] brother, sister
        [parent] mother, father
       *[none] {""}
    }
value-medium = { $code ->
        [in-person] in person
        [video] video
       *[phone] phone
    }
value-medium-words = { $code ->
        [in-person] face-to-face
       *[none] {""}
    }
value-outcome = { $code ->
        [system-involved] system-involved
        [individual-only] individual-only
       *[dropped-out] dropped-out
    }
value-outcome-words = { $code ->
        [system-involved] system involved
        [individual-only] individual only, individual
        [dropped-out] dropped out
       *[none] {""}
    }
value-meeting-kind = { $code ->
        [individual] individual
        [group] group
       *[peer] peer
    }
value-meeting-kind-words = { $code ->
        [peer] peer supervision
       *[none] {""}
    }
value-side = { $code ->
        [self] own
        [client] client
       *[other] other
    }
value-side-words = { $code ->
        [self] yours, my own side
        [all] all
       *[none] {""}
    }
value-invited-by = { $code ->
        [client] the client
       *[me] me
    }
value-invited-by-words = { $code ->
        [client] client
        [me] myself, practitioner
       *[none] {""}
    }
value-invite-medium = { $code ->
        [in-person] in person
        [video] video
        [phone] phone
       *[message] message
    }
value-invite-medium-words = { $code ->
        [in-person] face-to-face
        [message] text, email, letter, sms
       *[none] {""}
    }
value-answer = { $code ->
        [yes] yes
        [no] no
       *[pending] no answer yet
    }
value-answer-words = { $code ->
        [yes] comes, accepted
        [no] refused, declined
        [pending] pending, waiting
       *[none] {""}
    }
# The resistance reactions of step 0, as the method names them (the
# journal keeps the same words for `--json` and the export).
value-resistance = { $code ->
        [no-one-left] I have no one (left)
        [they-wont-come] They don't want to be involved
        [my-own-problem] It's my problem, I want to solve it myself
       *[other] { $code }
    }

## The method's reasons, by code: what `reasons`, `patterns`, `prep`, the brief
## and the exports call them. A reason one adds keeps the labels it was given.
value-reason = { $code ->
        [lost-own-need] Lost touch with my own need
        [accepted-refusal] Accepted the refusal too quickly
        [focused-on-objections] Focused too much on the client's objections
        [how-before-why] Worked on "how" before being convinced I need them
        [resistance-unexplored] Didn't explore the resistance
        [spoke-for-them] Spoke for them instead of having them say it to each other
        [did-not-stoke] Didn't help the other voice their discontent
        [went-too-fast] Went too fast; no room for silence
        [laughed-along] Went along with the joke or the change of subject
        [did-not-mirror] Didn't mirror the other's non-helping behaviour
        [feels-a-burden] Client feels a burden to others
        [shame-and-guilt] Shame and guilt
        [no-room-for-position] No room for the other's own position
        [other-too-cautious] The other waits and stays too careful
       *[other] {""}
    }

## The method's steps, by number (`spiegel steps`, the guided walk, the
## brief, patterns and prep). The journal keeps the first wording of each
## for `--json` and the export.

step-title = { $step ->
        [0] Get the significant others to the table
        [1] The client tells how hard it is to ask
        [2] The other says what not being asked means
        [3] The client dwells on the other's words
        [4] The client voices their confusion
        [5] The other says what being asked would mean
        [6] The client dwells on it and responds
       *[7] Mirror the other's non-helping behaviour
    }
step-instruction = { $step ->
        [0] Take responsibility for their presence. Never assume the client has no one: there is always one. They come in the first place to help you, so that you can help the client better: you need them for diagnostic, treatment and practical reasons, and the client need not ask them for help yet. Explore the resistance without being fobbed off, and stay in touch with what you need.
        [1] Have the client tell the other, directly, how hard it is to ask them for help (or to burden them).
        [2] Have the other say what it means to them that the client doesn't dare to ask.
        [3] Help the client dwell on the other's words: slowly, in silence.
        [4] Have the client voice their confusion to the other: a reality check.
        [5] Have the other tell what it would mean to them if the client asked for help.
        [6] Help the client dwell on it and respond; watch how both react to the closer contact.
       *[7] Mirror the other's non-helping behaviour ("Do you like that we're talking about something else now?") and tell them: "take what you want much more seriously." Give room to the client's resistance ("How annoying would it be if they didn't let you get away with your jokes next time?").
    }
step-pitfall = { $step ->
        [0] Focusing on the client's objections until your own need fades.
        [1] Talking about it instead of having the client say it to the other.
        [2] The other stays polite and is not helped to voice their discontent.
        [3] Going too fast; filling the silence.
        [4] The confusion is skipped or explained away.
        [5] Saying it for them.
        [6] A deflection (a joke, another subject) goes unnoticed.
       *[7] Laughing along, or not mirroring.
    }

## `--help` arranged (issue 16.5): the groups of commands, the heading of
## the global options, and each command's examples (a line that starts
## with `spiegel ` is a command, any other line says what it does).
help-heading-global = Global options
help-heading-examples = Examples
help-group-record = Record
help-group-look-back = Look back
help-group-supervision = Supervision
help-group-catalogue = Catalogue
help-group-journal = Journal and privacy
help-group-shell = Shell
help-examples-spiegel =
    Start with a look at the demo:
      spiegel demo
    After a session, note where it stalled and why:
      spiegel add John --stall 0:accepted-refusal --note "I took the first no."
    Before supervision, the page to bring:
      spiegel prep
help-examples-add =
    Be guided through the reflection, step by step:
      spiegel add
    Where it stalled and why, with a note:
      spiegel add John --stall 0:accepted-refusal --note "I took the first no."
    A session yesterday, by video, with Levi there:
      spiegel add John --date yesterday --medium video --with Levi --completed
    A question to bring to supervision:
      spiegel add John --stall 3:went-too-fast --ask "How do I slow down?"
help-examples-list =
    The most recent reflections, newest first:
      spiegel list
    One case, all of its reflections:
      spiegel list --case John --limit 0
    Where step 0 stalled because you took the first no:
      spiegel list --step 0 --why accepted-refusal
    This year, as JSON:
      spiegel list --since 2026-01-01 --json
help-examples-show =
    One reflection in full:
      spiegel show 12
    As JSON:
      spiegel show 12 --json
help-examples-search =
    Where did I write about laughing along with Karim?
      spiegel search "laughed along" Karim
    Words that start with these, in one case, this year:
      spiegel search lach grap --case John --since 2026-01-01
    Either name:
      spiegel search "Karim OR Levi"
    As JSON:
      spiegel search ouder --json
help-examples-edit =
    Open reflection 12 in your editor:
      spiegel edit 12
    Change only its note, or its date:
      spiegel edit 12 --note "Levi came after all."
      spiegel edit 12 --date 2026-03-02
    Replace its stalls:
      spiegel edit 12 --stall 0:lost-own-need
help-examples-delete =
    Delete reflection 12 (it asks first):
      spiegel delete 12
    Without asking; `spiegel undo` brings it back:
      spiegel delete 12 --yes
help-examples-undo =
    Reverse the last change:
      spiegel undo
help-examples-patterns =
    Where it stalls and why, across all cases:
      spiegel patterns
    Since the start of the year, one case:
      spiegel patterns --since 2026-01-01 --case John
    Sessions where the other would not come:
      spiegel patterns --when they-wont-come
help-examples-brief =
    One screen before the next session with John:
      spiegel brief John
    As Markdown, to paste into notes:
      spiegel brief John --format md
help-examples-steps =
    The method's steps and where each one typically stalls:
      spiegel steps
help-examples-prep =
    Everything since the last supervision meeting:
      spiegel prep
    A page to print, from a date:
      spiegel prep --since 2026-01-01 --format html -o prep.html
help-examples-questions =
    The open questions for supervision:
      spiegel questions
    Record what came of question 3:
      spiegel questions answer 3 --note "Ask again, in other words."
    Reword question 3:
      spiegel questions edit 3 --text "How do I stay with the silence?"
help-examples-questions-edit =
    Reword question 3:
      spiegel questions edit 3 --text "How do I stay with the silence?"
    Correct its answer, or when it was answered:
      spiegel questions edit 3 --answer "Count to ten before I speak."
      spiegel questions edit 3 --answered 2026-03-10
    The ids, answered questions too:
      spiegel questions --all
help-examples-supervision =
    Record today's meeting and what you take from it:
      spiegel supervision add --kind group --note "Stay with the silence."
    The meetings so far:
      spiegel supervision list
    Correct meeting 2's date, or delete it:
      spiegel supervision edit 2 --date 2026-03-10
      spiegel supervision delete 2
help-examples-supervision-edit =
    It was last Tuesday, in the group:
      spiegel supervision edit 2 --date tuesday --kind group
    A new note, read from a file:
      spiegel supervision edit 2 --note - < note.txt
    No supervisor named after all:
      spiegel supervision edit 2 --with ""
help-examples-supervision-delete =
    Delete meeting 2 (it asks first):
      spiegel supervision delete 2
    Without asking; `spiegel undo` brings it back:
      spiegel supervision delete 2 --yes
    The ids:
      spiegel supervision list
help-examples-goal =
    A goal, tied to the reason it should make rarer:
      spiegel goal add "Ask a second time" --reason accepted-refusal
    How often that reason came up before and since:
      spiegel goal list
    Correct goal 1, or delete it:
      spiegel goal edit 1 --since 2026-02-01
      spiegel goal delete 1
help-examples-goal-edit =
    Reword goal 1:
      spiegel goal edit 1 --text "Ask a second time, calmly"
    Tie it to another reason, from an earlier start:
      spiegel goal edit 1 --reason went-too-fast --since 2026-02-01
    Marked done by mistake:
      spiegel goal edit 1 --not-done
help-examples-goal-delete =
    Delete goal 1 (it asks first):
      spiegel goal delete 1
    Without asking; `spiegel undo` brings it back:
      spiegel goal delete 1 --yes
    The ids, finished goals too:
      spiegel goal list --all
help-examples-case =
    Start a case under a pseudonym:
      spiegel case add John --setting "addiction clinic" --cohabiting no
    The open cases, and one in full:
      spiegel case list
      spiegel case show John
    Close it with its outcome:
      spiegel case close John --outcome system-involved
help-examples-other =
    Add John's friend Levi:
      spiegel other add John Levi --role friend
    Maarten, whom John named after three sessions:
      spiegel other add John Maarten --role friend --named 2026-02-16
    John's significant others:
      spiegel other list John
    Levi is John's partner after all:
      spiegel other edit John Levi --role partner
    Correct a name, or remove someone added by mistake:
      spiegel other rename John Levi Lev
      spiegel other remove John Maarten
help-examples-other-edit =
    Levi is John's partner, not a friend:
      spiegel other edit John Levi --role partner
    In Dutch words too:
      spiegel other edit John Levi --role broer
    Their name is changed with rename:
      spiegel other rename John Levi Lev
help-examples-other-rename =
    A typo in a name; the sessions Levi took part in name him Lev:
      spiegel other rename John Levi Lev
    Only upper and lower case:
      spiegel other rename John levi Levi
    Undo it:
      spiegel undo
help-examples-other-remove =
    Remove someone added by mistake:
      spiegel other remove John Maarten
    Someone who took part in sessions goes from those reflections too:
      spiegel other remove John Levi --force
    Changed your mind:
      spiegel undo
help-examples-invite =
    You called Maarten, "in the first place to help me"; he will think about it:
      spiegel invite John Maarten --by me --medium phone
    He says yes a week later (answers the invitation waiting for one):
      spiegel invite John Maarten --answer yes
    Kees refused when Sem asked him:
      spiegel invite Sem Kees --by client --answer no --resistance they-wont-come
help-examples-reasons =
    The reasons, with their codes:
      spiegel reasons
    A reason of your own:
      spiegel reasons add rushed-end --side self --label "Rushed the ending"
help-examples-export =
    Everything, lossless, to import elsewhere:
      spiegel export -o journal.json
    Without names or free text, to share:
      spiegel export --anonymize --format csv -o journal.csv
help-examples-import =
    See what a file would change, then merge it:
      spiegel import journal.json --dry-run
      spiegel import journal.json
help-examples-backup =
    A backup beside the journal:
      spiegel backup
    To a file of your choice:
      spiegel backup /media/usb/journal-backup.db
help-examples-restore =
    Go back to a backup (the journal as it was is kept):
      spiegel restore /media/usb/journal-backup.db
help-examples-status =
    Where the journal is, whether it is encrypted, its backups:
      spiegel status
help-examples-encrypt =
    Encrypt the journal (asks for a new passphrase):
      spiegel encrypt
    Change the passphrase later:
      spiegel rekey
help-examples-config =
    Speak Dutch by default:
      spiegel config set language nl
    Never page long views:
      spiegel config set pager false
    The settings and the journal in use:
      spiegel config show
help-examples-demo =
    A temporary journal with demo cases:
      spiegel demo

## spiegel man: the manual's own sections (issue 16.6). Section headings are
## upper case, as man pages have them.

man-heading-name = NAME
man-heading-synopsis = SYNOPSIS
man-heading-description = DESCRIPTION
man-heading-options = OPTIONS
man-heading-commands = COMMANDS
man-heading-examples = EXAMPLES
man-heading-exit-status = EXIT STATUS
man-heading-environment = ENVIRONMENT
man-heading-files = FILES
man-heading-see-also = SEE ALSO
man-heading-version = VERSION
man-method = The method: most clients come alone and resist involving anyone. Step 0 is getting the client's significant others (a partner, friends, family, neighbours) to the table: explore the resistance without letting yourself be fobbed off, and stay in touch with why you need them — there is always one. Steps 1 to 7 are the conversation between the client and a significant other: the client tells the other how hard it is to ask them for help (1); the other says what it means to them that the client does not ask (2); the client dwells on those words, slowly, in silence (3) and voices their confusion to the other (4); the other tells what it would mean if the client did ask (5); the client dwells on that and responds while both feel the closer contact (6); the practitioner mirrors the other's non-helping behaviour and gives room to the client's resistance (7). After each session spiegel records at which step it stalled and why, on the practitioner's own side first: that is what supervision works on.
man-exit-0 = Success; also when the program reading the output (a pager, head) stopped early.
man-exit-1 = The command could not be done in the journal's state: no journal, no such case or reflection, a wrong passphrase, a file that is never overwritten. Nothing was changed: each command is one transaction.
man-exit-2 = A usage error: an unknown command or flag, or a malformed or unknown value (a date, a step, a reason code). Nothing was changed.
man-env-db = The journal file, when --db is not given.
man-env-passphrase = The passphrase of an encrypted journal, instead of asking for it (for scripts; a prompt keeps it out of the environment).
man-env-new-passphrase = The new passphrase for encrypt and rekey, instead of asking for it.
man-env-lang = The language to speak, en or nl, when --lang is not given; else the settings file's language, else LC_ALL, LC_MESSAGES or LANG.
man-env-today = The date spiegel takes for today (YYYY-MM-DD), for trying things out and for tests.
man-env-pager = The pager for long views on a terminal; else the settings file's pager, else PAGER, else less -FRX. Empty or cat: no pager.
man-env-editor = The editor for `spiegel edit ID` without flags: VISUAL, else EDITOR, else the settings file's editor, else nano or vi on a terminal.
man-env-no-color = Set (to anything): no colours, also on a terminal.
man-env-columns = The width to wrap tables to when the output is not a terminal.
man-env-complete = Set by the completion script a shell sources (`spiegel completions SHELL`): spiegel answers with completions.
man-env-trace-sql = Appends every SQL statement a command runs to this file (created private), for benchmarks. It holds what the statements hold, notes too.
man-file-journal = The journal when neither --db, SPIEGEL_DB nor the settings file names one: the platform's data folder ($XDG_DATA_HOME, else ~/.local/share, on Linux; ~/Library/Application Support on macOS; %LOCALAPPDATA% on Windows).
man-file-settings = The settings file (`spiegel config path`): language, editor, journal and pager; in $XDG_CONFIG_HOME, else ~/.config, on Linux; ~/Library/Application Support on macOS; %APPDATA% on Windows.
man-file-backups = The folder beside the journal that `spiegel backup` writes into, private to the user.
man-file-demo = The temporary journals of `spiegel demo`; a later demo removes the ones left for more than a day.
man-see-also-help = Each command's help: `spiegel COMMAND --help`. A page per command: `spiegel man --dir DIR`.

## Progress on long work (issue 16.4): on stderr, only on a terminal.

progress-left = left
progress-reflections = reflections
progress-cases = cases
progress-importing = Importing
progress-generating = Generating
progress-exporting = Exporting
progress-encrypting = Encrypting the journal…
progress-decrypting = Decrypting the journal…
progress-rekeying = Changing the passphrase…
progress-backing-up = Backing up the journal…
progress-checking = Checking the journal…
progress-stopped-import = stopped — nothing imported (an import is one transaction: the journal is as it was)
progress-stopped-demo = stopped — no reflections generated

## A peer-supervision group's pooled view (issue 17)
group-pooled-left-out = Your own records only: this journal also holds { $reflections } pooled { $reflections ->
        [one] reflection
       *[other] reflections
    } in { $cases } { $cases ->
        [one] case
       *[other] cases
    } of { $codes }, not counted here — see them with `spiegel patterns --by practitioner` or `--group`
group-export-left-out = left out the records pooled from { $codes } ({ $reflections } { $reflections ->
        [one] reflection
       *[other] reflections
    } in { $cases } { $cases ->
        [one] case
       *[other] cases
    }, and their meetings and goals): they are theirs to share — each member exports their own with `spiegel export --anonymize --as CODE`
group-me = me
group-col-practitioner = { $whom } ({ $reflections } { $reflections ->
        [one] session
       *[other] sessions
    })
group-never = never
group-by-legend = Each figure counts over that practitioner's own opportunities: the sessions where the reason could happen. "me" is you; the others are the codes the group's members exported with.
group-shared = Shared: in the cases of more than one practitioner
group-one-member = One practitioner's
group-whom-cases = { $whom } ({ $cases } { $cases ->
        [one] case
       *[other] cases
    })
group-spread-line = { $reason } — { $practitioners } of { $members } practitioners: { $who }

## spiegel casus: a case brought to a peer-supervision group
casus-title = Case presentation: { $case }
casus-written = Case presentation written to { $path } (readable by you only)
casus-question = The question for the group
casus-no-question = No question yet — give one with --question TEXT, or ask one with `spiegel add CASE --ask TEXT`
casus-brief = The case in brief
casus-pseudonym = Pseudonym: { $name }
casus-setting = Setting: { $setting }
casus-cohabiting = Lives with a partner: { $answer }
casus-open = Open since { $opened }
casus-closed = Opened { $opened }, closed { $closed }: { $outcome }
casus-sessions = { $count } { $count ->
        [one] session
       *[other] sessions
    }, { $first } – { $last }
casus-no-sessions = No sessions recorded yet
casus-system = Who from the system
casus-no-others = No one from the client's system named yet
casus-other = { $name } ({ $role }): { $what }
casus-named = named { $date }
casus-named-unknown = when named not known
casus-invited = invited by { $by } on { $date }: { $answer }
casus-came = came from { $date } ({ $sessions } { $sessions ->
        [one] session
       *[other] sessions
    })
casus-not-came = has not come yet
casus-stalled = Where it stalled, session by session
casus-stall-line = { $date } — step { $stalls }
casus-never-stalled = No session recorded as stalling
casus-tried = What was tried
casus-nothing-tried = No notes recorded
casus-went-well = What went well
casus-nothing-went-well = Nothing recorded as going well
casus-dated = { $date }: { $text }

## Another member's pooled records (issue 17): theirs to change
error-theirs-case = case '{ $case }' is { $code }'s, pooled from your peer-supervision group: only { $code } changes it or adds to it — write in your own cases; to take it out of your journal: `spiegel case forget { $case }`
error-theirs-reflection = reflection { $id } is { $code }'s (case '{ $case }'), pooled from your peer-supervision group: their words stay as they wrote them — { $code } changes it in their own journal and exports it again; to take the case out of yours: `spiegel case forget { $case }`
error-theirs-meeting = meeting { $id } is { $code }'s, pooled from your peer-supervision group: it stays as { $code } keeps it — { $code } changes it in their own journal and exports it again
error-theirs-goal = goal { $id } is { $code }'s, pooled from your peer-supervision group: it stays as { $code } keeps it — { $code } changes it in their own journal and exports it again
error-theirs-question = question { $id } is { $code }'s (case '{ $case }'), pooled from your peer-supervision group: their words stay as they wrote them — { $code } notes what came of it in their own journal; ask your own with `spiegel add CASE --ask TEXT`

## Questions asked of the peer-supervision group (issue 17)
col-for-group = For
question-for-group = the group

## spiegel prep --group: the page for a peer-supervision meeting
group-prep-title = Peer-supervision meeting
group-prep-who = Whose records
group-prep-practitioners = { $count } { $count ->
        [one] practitioner
       *[other] practitioners
    }: { $who }. Every figure counts each one's own records only; "me" is you.
group-prep-none-shared = No pattern is shared yet: each reason is one practitioner's (see `spiegel patterns --group`)
group-prep-own-side = Each one's most frequent pattern on their own side
group-prep-own-line = { $whom }: { $reason } — { $rate } sessions where it could happen
group-prep-own-none = { $whom }: no stall on their own side recorded ({ $reflections } { $reflections ->
        [one] session
       *[other] sessions
    })
group-prep-questions = Questions for the group
group-prep-no-questions = No open questions for the group — ask one with `spiegel add CASE --ask TEXT --for-group`
group-prep-question = { $case }, { $date }: { $text }

## sync: several devices through a synced folder
sync-init-new = This device ({ $device }) is tied to { $dir }; the folder's key was made. On each other device: `spiegel sync init` with this folder and the same passphrase.
sync-init-joined = This device ({ $device }) is tied to { $dir }; the folder's key was read. `spiegel sync` now exchanges the changes.
sync-sent = Sent: { $records ->
    [one] 1 changed record
   *[other] { $records } changed records
} and { $deletions ->
    [one] 1 deletion
   *[other] { $deletions } deletions
}, in one new file.
sync-nothing-to-send = Nothing changed here since the last sync.
sync-nothing-new = No new files from other devices.
sync-read = Applied { $files ->
    [one] 1 file
   *[other] { $files } files
} from other devices: { $added } added, { $updated } updated, { $deleted } deleted.
sync-forgotten = Erased case { $case }: it was forgotten (`case forget`) on another device.
sync-forget-warning = Another device erased (`case forget`) case { $cases }: a sync erases it here too, with the undo history.
sync-forget-prompt = Erase { $cases } here too?
sync-skip-unreadable = warning: { $name } of device { $device } cannot be read (still being copied, or damaged); it is tried again at the next sync
sync-skip-bad = warning: { $name } of device { $device } holds what spiegel cannot apply (written by a newer spiegel?); nothing of it was applied, it is tried again at the next sync
sync-skip-forget = warning: case { $case } was erased on another device but kept here for now — run `spiegel sync` in a terminal to be asked, or `spiegel sync --yes`
sync-left = warning: { $count ->
    [one] 1 file waits
   *[other] { $count } files wait
} for the next sync (the time was up)
sync-auto-unreachable = warning: the sync folder { $dir } did not answer in time; your change is saved and is sent at the next sync
sync-auto-failed = warning: sync failed ({ $error }); your change is saved — run `spiegel sync` to see why
sync-status-device = This device
sync-status-folder = Folder
sync-status-unreachable = { $dir } (not reachable now)
sync-status-to-send = To send
sync-status-pending = { $records ->
    [one] 1 changed record
   *[other] { $records } changed records
}, { $deletions ->
    [one] 1 deletion
   *[other] { $deletions } deletions
}
sync-status-to-read = To apply
sync-status-files = { $count ->
    [one] 1 file from other devices
   *[other] { $count } files from other devices
}
sync-col-device = Device
sync-col-files = Files
sync-col-last-write = Last written (UTC)
sync-col-unread = Not applied
sync-this-device = { $device } (this one)
error-sync-not-set-up = this journal is not tied to a sync folder — run `spiegel sync init DIR` with the folder your sync service keeps in step
error-sync-no-folder = no folder at { $path } — create it (or let your sync service create it) and run the command again
error-sync-journal-inside = the journal lies inside the sync folder { $path } — keep the journal outside it (`--db` elsewhere) and sync only through `spiegel sync`
error-sync-wrong-passphrase = wrong passphrase for the sync folder's key { $path } — give the passphrase the first device used (typed, or in SPIEGEL_PASSPHRASE; an encrypted journal uses its own)
error-sync-bad-key-file = { $path } is not a key file spiegel wrote — move it away if it is not yours, or copy it again from the first device
error-sync-other-folder = this journal is already tied to the sync folder { $path } — use that folder, or another journal for another folder
expect-sync = give auto (sync after each change) or manual (only `spiegel sync`)
sync-auto-locked = warning: sync = auto cannot open the encrypted journal a second time without SPIEGEL_PASSPHRASE; your change is saved — run `spiegel sync` to send it
