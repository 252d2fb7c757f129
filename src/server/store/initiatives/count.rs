//! How many initiatives a list's filter matches: from the tally when only partner and status
//! filter, from the matching ids for a text search alone, else by counting the rows.

use chrono::NaiveDate;

use super::conditions::{Conditions, filter_conditions, searched_initiatives};
use super::search::{Dialect, matching_ids, search_query};
use crate::domain::{HealthBounds, InitiativeFilter};
use crate::server::store::Arg;

/// The statement that counts the initiatives matching `filter`: the tally's sum when the
/// filter allows, the matches themselves for a search alone, else the filtered rows.
pub(super) fn count_statement(
    dialect: Dialect,
    filter: &InitiativeFilter,
    today: NaiveDate,
    scope: Option<&[i64]>,
) -> (String, Vec<Arg>) {
    let mut conditions = Conditions::in_dialect(dialect);
    conditions.partner_scope = scope.map(<[i64]>::to_vec);
    if is_tally_filter(filter) {
        return tally_statement(filter, conditions);
    }
    let sql = match text_only(filter, &mut conditions) {
        // The matching ids are distinct initiatives that exist: count them as they are.
        Some(ids) => format!("SELECT COUNT(*) FROM ({ids}) AS matching"),
        None => {
            let prefix = filter_conditions(filter, &HealthBounds::on(today), &mut conditions);
            let table = searched_initiatives(dialect, filter, &mut conditions);
            format!(
                "{prefix}SELECT COUNT(*) FROM {table}{}",
                conditions.where_clause()
            )
        }
    };
    (sql, conditions.args)
}

/// When `filter` is a text search and nothing else, the query of the matching ids.
fn text_only(filter: &InitiativeFilter, conditions: &mut Conditions) -> Option<String> {
    let rest = InitiativeFilter {
        text: String::new(),
        ..filter.clone()
    };
    if rest != InitiativeFilter::default() {
        return None;
    }
    let query = search_query(conditions.dialect(), &filter.text)?;
    let query = conditions.arg(Arg::Text(query));
    Some(matching_ids(conditions.dialect(), &query, false))
}

/// The total from the tally, which answers a filter of partner and status alone without
/// counting rows.
fn tally_statement(filter: &InitiativeFilter, mut conditions: Conditions) -> (String, Vec<Arg>) {
    let mut sql = String::new();
    if let Some(partner_id) = filter.partner_id {
        sql = conditions.partner_condition(partner_id, "partner_id");
    }
    if let Some(status) = filter.status {
        let status = conditions.arg(Arg::Text(status.as_str().to_owned()));
        conditions.push(format!("status = {status}"));
    }
    sql.push_str("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM partner_status_counts");
    sql.push_str(&conditions.where_clause());
    (sql, conditions.args)
}

fn is_tally_filter(filter: &InitiativeFilter) -> bool {
    filter.sector_id.is_none()
        && filter.health.is_none()
        && filter.owner_id.is_none()
        && filter.meeting_id.is_none()
        && filter.world_region.is_none()
        && filter.due_by.is_none()
        && !filter.open_only
        && filter.text.trim().is_empty()
        && !filter.hide_restricted
}
