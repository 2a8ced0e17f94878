//! Export and import: the journal as an [`Export`] (anonymized if asked),
//! and an export merged back in by UUID. The merge policy lives here: a
//! record the journal lacks is added, one changed on both sides is the
//! newer side's, and a name taken here gets a number.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;

use super::Journal;
use crate::journal::chronology::Conflict;
use crate::journal::export::{
    Anonymizer, CaseRecord, Export, GoalRecord, MeetingRecord, ReasonRecord, Sink,
};
use crate::journal::practitioner::Pooled;
use crate::journal::sync::file_wins_tie;
use crate::journal::{OtherId, ReasonId, name_key};
use crate::store::{CaseStream, Stamp, Table, Tx};

/// The cases of an export as they are read, anonymized if asked.
pub struct ExportCases<'a, 's> {
    stream: &'a mut CaseStream<'s>,
    anonymizer: Option<Anonymizer>,
    /// Told how many of how many cases are read.
    progress: &'a mut dyn FnMut(u64, u64),
    read: u64,
    total: u64,
}

impl ExportCases<'_, '_> {
    /// The next case, with its others and reflections; `None` after the
    /// last. Anonymized, another member's pooled cases are left out.
    pub fn next_case(&mut self) -> Result<Option<CaseRecord>> {
        loop {
            let mut case = self.stream.next_case()?;
            if case.is_some() {
                self.read += 1;
                (self.progress)(self.read.min(self.total), self.total);
            }
            if let (Some(c), Some(anonymizer)) = (&mut case, &mut self.anonymizer) {
                if !anonymizer.keeps(c) {
                    continue;
                }
                anonymizer.case(c);
            }
            return Ok(case);
        }
    }

    /// The pooled records an anonymized export left out so far.
    pub fn left_out(&self) -> Option<&Pooled> {
        self.anonymizer.as_ref().map(Anonymizer::left_out)
    }
}

/// Exports the journal in one read transaction, a consistent snapshot
/// however long writing it takes: everything, or with `since` the
/// reflections from that date on and their cases; with `anonymize` names
/// replaced by codes and free text dropped (kept with `keep_notes`),
/// another member's pooled records left out, and the own records labelled with the practitioner code `label` if given.
/// `write` gets the export without its cases, and the cases to read one at
/// a time; `progress` is told how many of how many cases are read.
pub fn export<T>(
    journal: &mut Journal,
    since: Option<NaiveDate>,
    anonymize: bool,
    keep_notes: bool,
    label: Option<String>,
    progress: &mut dyn FnMut(u64, u64),
    write: impl FnOnce(Export<()>, &mut ExportCases) -> Result<T>,
) -> Result<T> {
    journal.read(|tx| {
        let mut head = tx.export_head(since)?;
        let (cases, others) = tx.export_counts(since)?;
        let total = cases as u64;
        let anonymizer = if anonymize {
            let mut anonymizer = Anonymizer::new(cases, others, keep_notes).labelled(label);
            anonymizer.rest(&mut head);
            Some(anonymizer)
        } else {
            None
        };
        tx.export_cases(since, |stream| {
            let mut cases = ExportCases {
                stream,
                anonymizer,
                progress,
                read: 0,
                total,
            };
            write(head, &mut cases)
        })
    })
}

/// A session that, merged with this journal's records, lies outside its
/// case's dates: why an import is refused although each record was good
/// on its own (issue 10.3).
#[derive(Debug)]
pub struct OutsideItsCase {
    /// The case's name.
    pub case: String,
    pub conflict: Conflict,
}

impl std::error::Error for OutsideItsCase {}

/// Merges an export into the journal in one transaction: `read` hands the
/// file's parts to the [`Importer`] as it reads and checks them. A file
/// that turns out bad, however far in, leaves nothing behind; a `dry_run`
/// is an import taken back. Returns what it did (or would do).
pub fn import(
    journal: &mut Journal,
    dry_run: bool,
    read: impl FnOnce(&mut Importer) -> Result<()>,
) -> Result<ImportSummary> {
    let work = |tx: &Tx| {
        // One entry of the undo log, and into an empty journal the
        // summaries filled once at the end (issue 15).
        let aside = tx.begin_import()?;
        let mut importer = Importer {
            tx,
            reason_ids: HashMap::new(),
            summary: ImportSummary::default(),
            sync: None,
        };
        read(&mut importer)?;
        // Each record was checked on its own; merged with this journal's,
        // a session must still lie within its case (issue 10.3).
        if let Some((case, conflict)) = tx.sessions_outside_their_case()? {
            return Err(OutsideItsCase { case, conflict }.into());
        }
        tx.end_import(aside)?;
        Ok(importer.summary)
    };
    if dry_run {
        journal.rehearse(work)
    } else {
        journal.write(work)
    }
}

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// New records, per kind ("case", "reflection", …).
    pub added: Vec<(&'static str, u64)>,
    /// Records the file had in a newer version.
    pub updated: Vec<(&'static str, u64)>,
    /// Records already the same.
    pub unchanged: u64,
    /// Records changed on both sides where this journal's is newer: (kind, what).
    pub kept_local: Vec<(&'static str, String)>,
    /// Names that were taken here: (kind, file's name, name given).
    pub renamed: Vec<(&'static str, String, String)>,
}

impl ImportSummary {
    fn count(list: &mut Vec<(&'static str, u64)>, kind: &'static str) {
        match list.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => list.push((kind, 1)),
        }
    }
}

/// How a record of the file relates to the journal's.
enum Merge<I> {
    New,
    /// Same UUID, the file's is newer: take it.
    Take(I),
    /// Same UUID, same age.
    Same(I),
    /// Same UUID, the journal's is newer: keep it.
    Keep(I),
}

fn merge<I>(local: Option<Stamp<I>>, file_updated: &str) -> Merge<I> {
    match local {
        None => Merge::New,
        Some(Stamp {
            id,
            updated_at: local_updated,
        }) => match file_updated.cmp(local_updated.as_str()) {
            std::cmp::Ordering::Greater => Merge::Take(id),
            std::cmp::Ordering::Equal => Merge::Same(id),
            std::cmp::Ordering::Less => Merge::Keep(id),
        },
    }
}

/// Merges one record of the file, of kind `table`, into the journal's
/// `local` one (if any): a new or newer record is written (`write` gets the
/// summary, for names it had to change, and the journal's id if it has the
/// record), one of the same age is left, and an older one is left and
/// named (`what`). Counts what it did; returns the record's id here.
/// In a sync, merging also looks at what the journal deleted and, for two
/// versions of the same age, at the devices: returns `None` for a record
/// the journal deleted after this version (or forgot), and takes the
/// file's version of the same age when its device wins the tie.
fn merge_record<I>(
    sum: &mut ImportSummary,
    sync: Option<Synced>,
    table: Table,
    local: Option<Stamp<I>>,
    file_updated: &str,
    what: impl FnOnce() -> String,
    write: impl FnOnce(&mut ImportSummary, Option<I>) -> Result<I>,
) -> Result<Option<I>> {
    let mut decided = merge(local, file_updated);
    if let Some(synced) = sync {
        match synced.decide(decided, file_updated)? {
            Some(m) => decided = m,
            None => return Ok(None),
        }
    }
    match decided {
        Merge::New => {
            let id = write(sum, None)?;
            ImportSummary::count(&mut sum.added, table.name());
            Ok(Some(id))
        }
        Merge::Take(id) => {
            let id = write(sum, Some(id))?;
            ImportSummary::count(&mut sum.updated, table.name());
            Ok(Some(id))
        }
        Merge::Same(id) => {
            sum.unchanged += 1;
            Ok(Some(id))
        }
        Merge::Keep(id) => {
            sum.kept_local.push((table.name(), what()));
            Ok(Some(id))
        }
    }
}

/// A sync's two devices: the one a file came from, and this one.
#[derive(Debug, Clone)]
pub struct Devices {
    pub from: String,
    pub me: String,
}

/// One record of a sync's file, for [`merge_record`].
struct Synced<'a, 't, 'c> {
    tx: &'t Tx<'c>,
    devices: &'a Devices,
    uuid: &'a str,
}

impl<'a, 't, 'c> Synced<'a, 't, 'c> {
    fn of(
        tx: &'t Tx<'c>,
        devices: Option<&'a Devices>,
        uuid: &'a str,
    ) -> Option<Synced<'a, 't, 'c>> {
        devices.map(|devices| Synced { tx, devices, uuid })
    }

    fn decide<I>(&self, merge: Merge<I>, file_updated: &str) -> Result<Option<Merge<I>>> {
        Ok(match merge {
            Merge::New => match self.tx.sync_tombstone(self.uuid)? {
                Some((deleted_at, forget)) if forget || deleted_at.as_str() >= file_updated => None,
                _ => Some(Merge::New),
            },
            Merge::Same(id) => {
                let local = self.tx.sync_origin(self.uuid)?;
                let local = local.as_deref().unwrap_or(&self.devices.me);
                Some(if file_wins_tie(&self.devices.from, local) {
                    Merge::Take(id)
                } else {
                    Merge::Same(id)
                })
            }
            other => Some(other),
        })
    }
}

/// `name`, or `name (2)`, `name (3)`, … whichever is free in `taken`.
fn free_name(name: &str, taken: impl Fn(&str) -> Result<bool>) -> Result<String> {
    if !taken(&name_key(name))? {
        return Ok(name.to_string());
    }
    for n in 2.. {
        let candidate = format!("{name} ({n})");
        if !taken(&name_key(&candidate))? {
            return Ok(candidate);
        }
    }
    unreachable!("some number is free")
}

/// Writes the parts of an import file as they are read and checked, and
/// counts what it did.
pub struct Importer<'t, 'c> {
    tx: &'t Tx<'c>,
    /// The file's reasons by code, with their ids here.
    reason_ids: HashMap<String, ReasonId>,
    summary: ImportSummary,
    /// In a sync: the devices.
    sync: Option<Devices>,
}

impl<'t, 'c> Importer<'t, 'c> {
    /// An importer for one file of a sync, in the sync's transaction.
    pub fn for_sync(tx: &'t Tx<'c>, devices: Devices) -> Importer<'t, 'c> {
        Importer {
            tx,
            reason_ids: HashMap::new(),
            summary: ImportSummary::default(),
            sync: Some(devices),
        }
    }

    /// What it did.
    pub fn summary(&self) -> &ImportSummary {
        &self.summary
    }
}

impl Sink for Importer<'_, '_> {
    type Error = anyhow::Error;

    fn reasons(&mut self, reasons: &[ReasonRecord]) -> Result<()> {
        for r in reasons {
            let id = self.reason(r)?;
            self.reason_ids.insert(r.code.clone(), id);
        }
        Ok(())
    }

    fn case(&mut self, case: CaseRecord) -> Result<()> {
        self.merge_case(&case)
    }

    fn rest(&mut self, meetings: &[MeetingRecord], goals: &[GoalRecord]) -> Result<()> {
        let tx = self.tx;
        for m in meetings {
            let local = tx.stamp(Table::Meeting, &m.uuid)?;
            let synced = Synced::of(tx, self.sync.as_ref(), &m.uuid);
            merge_record(
                &mut self.summary,
                synced,
                Table::Meeting,
                local,
                &m.updated_at,
                || m.held_on.clone(),
                |_, existing| tx.upsert_meeting(m, existing),
            )?;
        }
        for g in goals {
            let reason = self.reason_ids[g.reason.as_str()];
            let local = tx.stamp(Table::Goal, &g.uuid)?;
            let synced = Synced::of(tx, self.sync.as_ref(), &g.uuid);
            merge_record(
                &mut self.summary,
                synced,
                Table::Goal,
                local,
                &g.updated_at,
                || g.since.clone(),
                |_, existing| tx.upsert_goal(g, reason, existing),
            )?;
        }
        Ok(())
    }
}

impl Importer<'_, '_> {
    fn reason(&mut self, r: &ReasonRecord) -> Result<ReasonId> {
        let tx = self.tx;
        // The same code is the same reason, even when two journals each
        // added it: a pooled journal must not hold two `rushed-the-ending`.
        let local = match tx.stamp(Table::Reason, &r.uuid)? {
            Some(found) => Some(found),
            None => tx.reason_stamp_by_code(&r.code)?,
        };
        // A reason is never taken as deleted: the file's stalls name it.
        let id = merge_record(
            &mut self.summary,
            None,
            Table::Reason,
            local,
            &r.updated_at,
            || r.code.clone(),
            |_, existing| tx.upsert_reason(r, existing),
        )?;
        Ok(id.expect("a reason is always merged"))
    }

    fn merge_case(&mut self, c: &CaseRecord) -> Result<()> {
        let tx = self.tx;
        let local = tx.stamp(Table::Case, &c.uuid)?;
        let synced = Synced::of(tx, self.sync.as_ref(), &c.uuid);
        let Some(case_id) = merge_record(
            &mut self.summary,
            synced,
            Table::Case,
            local,
            &c.updated_at,
            || c.name.clone(),
            |sum, existing| {
                let code = c.practitioner.as_deref();
                let name = free_name(&c.name, |key| tx.case_name_taken(code, key, existing))?;
                if name != c.name {
                    sum.renamed.push(("case", c.name.clone(), name.clone()));
                }
                tx.upsert_case(c, &name, existing)
            },
        )?
        else {
            // Deleted here after that version, or forgotten: nothing of it.
            return Ok(());
        };

        let mut other_ids: HashMap<&str, OtherId> = HashMap::new();
        for o in &c.others {
            let local = tx.stamp(Table::Other, &o.uuid)?;
            let synced = Synced::of(tx, self.sync.as_ref(), &o.uuid);
            let Some(id) = merge_record(
                &mut self.summary,
                synced,
                Table::Other,
                local,
                &o.updated_at,
                || o.name.clone(),
                |sum, existing| {
                    let name =
                        free_name(&o.name, |key| tx.other_name_taken(case_id, key, existing))?;
                    if name != o.name {
                        sum.renamed.push(("other", o.name.clone(), name.clone()));
                    }
                    tx.upsert_other(o, case_id, &name, existing)
                },
            )?
            else {
                continue;
            };
            other_ids.insert(o.uuid.as_str(), id);
            for i in &o.invitations {
                let local = tx.stamp(Table::Invitation, &i.uuid)?;
                let synced = Synced::of(tx, self.sync.as_ref(), &i.uuid);
                merge_record(
                    &mut self.summary,
                    synced,
                    Table::Invitation,
                    local,
                    &i.updated_at,
                    || format!("{} {}", o.name, i.date),
                    |_, existing| tx.upsert_invitation(i, id, existing),
                )?;
            }
        }

        for r in &c.reflections {
            let local = tx.stamp(Table::Reflection, &r.uuid)?;
            let synced = Synced::of(tx, self.sync.as_ref(), &r.uuid);
            merge_record(
                &mut self.summary,
                synced,
                Table::Reflection,
                local,
                &r.updated_at,
                || format!("{} {}", c.name, r.date),
                |_, existing| {
                    tx.upsert_reflection(r, case_id, existing, &other_ids, &self.reason_ids)
                },
            )?;
        }
        Ok(())
    }
}
