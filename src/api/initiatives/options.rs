//! What the initiative forms and filters offer to choose from, and which of it a form may
//! still offer (retired partners and sectors only to the records that have them).

use serde::{Deserialize, Serialize};

/// One option of a select: an id and what the user reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: i64,
    pub label: String,
}

impl Choice {
    /// `(value, label)` pairs for a select.
    pub fn options(items: &[Choice]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|c| (c.id.to_string(), c.label.clone()))
            .collect()
    }
}

impl FormOptions {
    /// The partners a form offers: all but the retired ones, except `current` (the one the
    /// record already names, which it may keep).
    pub fn partner_choices(&self, current: &str) -> Vec<(String, String)> {
        let current = current.trim().parse::<i64>().ok();
        let usable: Vec<Choice> = self
            .partners
            .iter()
            .filter(|p| Some(p.id) == current || !self.retired_partners.contains(&p.id))
            .cloned()
            .collect();
        Choice::options(&usable)
    }

    /// The sectors a form offers: all but the retired ones, except those in `chosen` (which
    /// the record already has and may keep).
    pub fn sectors_for(&self, chosen: &[String]) -> Vec<Choice> {
        self.sectors
            .iter()
            .filter(|s| !self.retired_sectors.contains(&s.id) || chosen.contains(&s.id.to_string()))
            .cloned()
            .collect()
    }
}

/// What the initiative forms and filters offer to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormOptions {
    /// Partners in tree order, children indented under their parent (retired ones marked;
    /// merged ones left out: nothing is left with them). Filters offer all of these.
    pub partners: Vec<Choice>,
    /// The retired partners among them, which new records may not name.
    pub retired_partners: Vec<i64>,
    /// Every sector (retired ones marked); filters offer all of these.
    pub sectors: Vec<Choice>,
    /// The retired sectors among them, which forms offer only to records that have them.
    pub retired_sectors: Vec<i64>,
    /// Active users who may own initiatives.
    pub owners: Vec<Choice>,
    /// The signed-in user may give initiatives to someone else.
    pub can_reassign: bool,
    pub user_id: i64,
}
