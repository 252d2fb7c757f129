//! Which initiatives a list shows, in which order, one page at a time.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::health::Health;
use crate::domain::status::Status;
use crate::domain::text_enum::text_enum;

text_enum! {
    /// The orders an initiative list can be sorted in.
    pub enum InitiativeSort {
        /// Earliest deadline first; initiatives without one last.
        Deadline => ("deadline", "Deadline"),
        /// Most recently changed first.
        Updated => ("updated", "Last update"),
        Title => ("title", "Title"),
        /// Best match first: a search's words in the title weigh most, then in the
        /// description; an initiative found only through a note or a meeting comes last.
        /// Only a list with a text search has this order; without one it is the deadline's.
        Relevance => ("relevance", "Best match"),
    }
}

/// Which initiatives a list shows. Every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativeFilter {
    /// This partner and every partner under it.
    pub partner_id: Option<i64>,
    pub sector_id: Option<i64>,
    pub status: Option<Status>,
    pub health: Option<Health>,
    pub owner_id: Option<i64>,
    pub meeting_id: Option<i64>,
    /// Words in the title or description.
    pub text: String,
    /// Viewers do not see restricted initiatives.
    pub hide_restricted: bool,
    /// Partners in this world region (and their children, which share it).
    pub world_region: Option<crate::domain::partner::WorldRegion>,
    /// Open, with a deadline from today up to this day.
    pub due_by: Option<NaiveDate>,
    /// Only proposed, active or blocked initiatives.
    pub open_only: bool,
}

/// The longest search text used: SQLite refuses LIKE patterns over 50,000 bytes, and no one
/// searches for a paragraph.
pub const MAX_SEARCH_CHARS: usize = 200;

impl InitiativeFilter {
    /// True when the text filter holds a word to search for (letters or digits in its first
    /// [`MAX_SEARCH_CHARS`] characters); only then can a list be ranked by relevance.
    pub fn searches_words(&self) -> bool {
        self.text
            .chars()
            .take(MAX_SEARCH_CHARS)
            .any(char::is_alphanumeric)
    }
}

/// Where the next page of a list starts: the sort key and id of the last row shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cursor {
    Deadline {
        deadline: NaiveDate,
        id: i64,
    },
    Updated {
        updated_at: DateTime<Utc>,
        id: i64,
    },
    Title {
        title: String,
        id: i64,
    },
    /// A search's rank (an integer scale, so that a page's end compares exactly).
    Relevance {
        score: i64,
        id: i64,
    },
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub rows: Vec<T>,
    /// How many rows match the filter, across all pages.
    pub total: i64,
    /// Where the next page starts, if there is one.
    pub next: Option<Cursor>,
}
