//! The UUIDs of an import file, to find one met twice, in 8 bytes each.
//!
//! A file of 1 000 000 reflections holds over a million UUIDs: kept whole
//! (16 bytes, in a list that grew by copying) they were a third of the
//! import's peak memory. So a UUID is kept as a 64-bit fingerprint; two
//! UUIDs with the same fingerprint are only suspected to be the same, and
//! the file is read once more with only the suspected UUIDs kept whole
//! ([`Suspects`]), which says exactly whether one is met twice, and where.
//! For random UUIDs a suspicion without a real double comes about once in
//! tens of millions of files of that size.

use std::collections::HashSet;

/// A UUID in its canonical form (lower case, hyphenated), as a number.
pub(super) fn parse_uuid(s: &str) -> Option<u128> {
    let u = uuid::Uuid::parse_str(s).ok()?;
    let mut canonical = [0u8; uuid::fmt::Hyphenated::LENGTH];
    (u.hyphenated().encode_lower(&mut canonical) == s).then(|| u.as_u128())
}

/// The 64 bits a UUID is kept as: both halves mixed, so that the random
/// bits of either half count.
fn fingerprint(u: u128) -> u64 {
    (u >> 64) as u64 ^ (u as u64).rotate_left(29)
}

/// The fingerprints of the UUIDs met so far: a sorted list, and the latest
/// few in a hash set until they are merged in.
pub(super) struct UuidSet {
    pub(super) sorted: Vec<u64>,
    recent: HashSet<u64>,
    /// Fingerprints met twice: their UUIDs may be the same.
    suspected: HashSet<u64>,
}

impl UuidSet {
    /// How many UUIDs wait in `recent` before they are merged.
    pub(super) const RECENT: usize = 1 << 15;

    /// A set for a file that holds at most `most` UUIDs. The room is
    /// taken at once and used as the list grows: memory the list does not
    /// fill yet is never touched, and the list is never copied to grow.
    pub(super) fn for_at_most(most: usize) -> UuidSet {
        UuidSet {
            sorted: Vec::with_capacity(most),
            recent: HashSet::new(),
            suspected: HashSet::new(),
        }
    }

    /// Notes `u`; a fingerprint met before is suspected.
    pub(super) fn insert(&mut self, u: u128) {
        let f = fingerprint(u);
        if self.sorted.binary_search(&f).is_ok() || !self.recent.insert(f) {
            self.suspected.insert(f);
            return;
        }
        if self.recent.len() >= Self::RECENT {
            let mut new: Vec<u64> = self.recent.drain().collect();
            new.sort_unstable();
            // Merged from the back, in place.
            let (mut i, mut j) = (self.sorted.len(), new.len());
            self.sorted.resize(i + j, 0);
            while j > 0 {
                let w = i + j - 1;
                if i > 0 && self.sorted[i - 1] > new[j - 1] {
                    self.sorted[w] = self.sorted[i - 1];
                    i -= 1;
                } else {
                    self.sorted[w] = new[j - 1];
                    j -= 1;
                }
            }
        }
    }

    /// The fingerprints met twice, if any: the file must be read again
    /// with [`Suspects`] to know whether a UUID is.
    pub(super) fn suspected(self) -> Option<Suspects> {
        (!self.suspected.is_empty()).then(|| Suspects {
            fingerprints: self.suspected,
            met: HashSet::new(),
        })
    }
}

impl Default for UuidSet {
    fn default() -> UuidSet {
        UuidSet::for_at_most(0)
    }
}

/// The second reading of a file with suspected UUIDs: only the UUIDs with
/// a suspected fingerprint are kept, whole.
pub(super) struct Suspects {
    fingerprints: HashSet<u64>,
    met: HashSet<u128>,
}

impl Suspects {
    /// Whether `u` is new (and now known); a UUID without a suspected
    /// fingerprint is new.
    pub(super) fn insert(&mut self, u: u128) -> bool {
        !self.fingerprints.contains(&fingerprint(u)) || self.met.insert(u)
    }
}

/// The UUIDs met, to find one met twice: on a first reading their
/// fingerprints, on a second only the suspected ones, whole.
pub(super) enum Uuids {
    First(UuidSet),
    Again(Suspects),
}

impl Default for Uuids {
    fn default() -> Uuids {
        Uuids::First(UuidSet::default())
    }
}

impl Uuids {
    /// A first reading of a file that holds at most `most` UUIDs.
    pub(super) fn for_at_most(most: usize) -> Uuids {
        Uuids::First(UuidSet::for_at_most(most))
    }

    /// A second reading, for `suspects`.
    pub(super) fn again(suspects: Suspects) -> Uuids {
        Uuids::Again(suspects)
    }

    /// Notes `u`; whether it is new, as far as this reading can tell (a
    /// first reading only suspects).
    pub(super) fn insert(&mut self, u: u128) -> bool {
        match self {
            Uuids::First(set) => {
                set.insert(u);
                true
            }
            Uuids::Again(suspects) => suspects.insert(u),
        }
    }

    /// After a first reading: the suspected UUIDs, if any.
    pub(super) fn suspected(self) -> Option<Suspects> {
        match self {
            Uuids::First(set) => set.suspected(),
            Uuids::Again(_) => None,
        }
    }
}
