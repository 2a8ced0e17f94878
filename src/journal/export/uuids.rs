//! The UUIDs of an import file: each parsed to a number and kept in a
//! compact set, to find one met twice.

use std::collections::HashSet;

/// A UUID in its canonical form (lower case, hyphenated), as a number.
pub(super) fn parse_uuid(s: &str) -> Option<u128> {
    let u = uuid::Uuid::parse_str(s).ok()?;
    let mut canonical = [0u8; uuid::fmt::Hyphenated::LENGTH];
    (u.hyphenated().encode_lower(&mut canonical) == s).then(|| u.as_u128())
}

/// The UUIDs met so far, exactly, in little more than 16 bytes each: a
/// sorted list, and the latest few in a hash set until they are merged in.
#[derive(Default)]
pub(super) struct UuidSet {
    pub(super) sorted: Vec<u128>,
    recent: HashSet<u128>,
}

impl UuidSet {
    /// How many UUIDs wait in `recent` before they are merged.
    pub(super) const RECENT: usize = 1 << 15;

    /// Whether `u` is new (and now known).
    pub(super) fn insert(&mut self, u: u128) -> bool {
        if self.sorted.binary_search(&u).is_ok() || !self.recent.insert(u) {
            return false;
        }
        if self.recent.len() >= Self::RECENT {
            let mut new: Vec<u128> = self.recent.drain().collect();
            new.sort_unstable();
            // Merged from the back, in place; grown by what it needs only
            // (a big list grows without being copied).
            let (mut i, mut j) = (self.sorted.len(), new.len());
            self.sorted.reserve_exact(j);
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
        true
    }
}
