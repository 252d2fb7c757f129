//! The partner table arranged as its tree, built once per version of the table (see
//! `server/store/reference.rs`): who sits under whom, and the order the forms offer them in.

use std::collections::{HashMap, HashSet};

use super::Partner;

/// How deep the forms' list goes (deeper partners are left out of the pickers).
const PICKER_DEPTH: usize = 8;

/// Partners as a tree, over a list of partners in the order to show them (by name).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartnerTree {
    /// Each partner's direct children (merged ones included), in list order.
    children: HashMap<i64, Vec<i64>>,
    /// The pickers' order: (position in the list, depth).
    picker: Vec<(usize, usize)>,
}

impl PartnerTree {
    /// The tree of `partners`, given in the order each level is shown in.
    pub fn new(partners: &[Partner]) -> Self {
        let mut children: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut by_parent: HashMap<Option<i64>, Vec<usize>> = HashMap::new();
        for (position, partner) in partners.iter().enumerate() {
            if let Some(parent) = partner.parent_id {
                children.entry(parent).or_default().push(partner.id);
            }
            if partner.merged_into.is_none() {
                by_parent
                    .entry(partner.parent_id)
                    .or_default()
                    .push(position);
            }
        }
        let mut picker = Vec::with_capacity(partners.len());
        // Depth-first, children under their parent; the depth cap also ends a cycle.
        let mut stack: Vec<(usize, usize)> = roots_reversed(&by_parent, None, 0);
        while let Some((position, depth)) = stack.pop() {
            picker.push((position, depth));
            if depth < PICKER_DEPTH {
                let parent = Some(partners[position].id);
                stack.extend(roots_reversed(&by_parent, parent, depth + 1));
            }
        }
        Self { children, picker }
    }

    /// `id` and every partner under it, at any depth (each once, even in a damaged tree).
    pub fn with_descendants(&self, id: i64) -> Vec<i64> {
        let mut found = vec![id];
        let mut seen = HashSet::from([id]);
        let mut next = 0;
        while let Some(&current) = found.get(next) {
            next += 1;
            for child in self.children.get(&current).into_iter().flatten() {
                if seen.insert(*child) {
                    found.push(*child);
                }
            }
        }
        found
    }

    /// The unmerged partners in the pickers' order, as (position in the list, depth): each
    /// top-level partner, then what sits under it, recursively, each level in list order.
    pub fn picker_order(&self) -> &[(usize, usize)] {
        &self.picker
    }
}

/// The positions under `parent`, last first (so that a stack pops them in list order).
fn roots_reversed(
    by_parent: &HashMap<Option<i64>, Vec<usize>>,
    parent: Option<i64>,
    depth: usize,
) -> Vec<(usize, usize)> {
    by_parent
        .get(&parent)
        .map(|level| level.iter().rev().map(|p| (*p, depth)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PartnerKind, WorldRegion};

    fn partner(id: i64, name: &str, parent_id: Option<i64>) -> Partner {
        Partner {
            id,
            slug: name.to_lowercase(),
            name: name.into(),
            kind: PartnerKind::Country,
            iso_code: None,
            parent_id,
            world_region: WorldRegion::Europe,
            version: 1,
            retired_at: None,
            merged_into: None,
        }
    }

    /// The order the forms used before the tree was kept: a recursive walk over every partner
    /// at each level (quadratic, but plainly right), up to the same depth.
    fn walked(all: &[Partner], parent: Option<i64>, depth: usize, out: &mut Vec<(usize, usize)>) {
        for (position, partner) in all.iter().enumerate() {
            if partner.parent_id == parent && partner.merged_into.is_none() {
                out.push((position, depth));
                if depth < PICKER_DEPTH {
                    walked(all, Some(partner.id), depth + 1, out);
                }
            }
        }
    }

    #[test]
    fn the_picker_lists_each_level_under_its_parent_in_list_order() {
        let mut belgium = partner(1, "Belgium", None);
        belgium.version = 2;
        let mut merged = partner(5, "Brabant", Some(1));
        merged.merged_into = Some(2);
        let partners = vec![
            belgium,
            merged,
            partner(6, "Brabant-child", Some(5)),
            partner(2, "Flanders", Some(1)),
            partner(7, "Ghent", Some(2)),
            partner(3, "Kazakhstan", None),
            partner(4, "Wallonia", Some(1)),
        ];
        let tree = PartnerTree::new(&partners);
        let names: Vec<(&str, usize)> = tree
            .picker_order()
            .iter()
            .map(|(p, depth)| (partners[*p].name.as_str(), *depth))
            .collect();
        assert_eq!(
            names,
            [
                ("Belgium", 0),
                ("Flanders", 1),
                ("Ghent", 2),
                ("Wallonia", 1),
                ("Kazakhstan", 0)
            ]
        );
        let mut expected = Vec::new();
        walked(&partners, None, 0, &mut expected);
        assert_eq!(tree.picker_order(), expected);
        // Merged partners still count as under their parent for filters.
        let mut under_belgium = tree.with_descendants(1);
        under_belgium.sort();
        assert_eq!(under_belgium, [1, 2, 4, 5, 6, 7]);
        assert_eq!(tree.with_descendants(3), [3]);
        assert_eq!(tree.with_descendants(99), [99]);
    }

    #[test]
    fn a_cycle_ends_at_the_picker_depth_and_lists_descendants_once() {
        // 1 -> 2 -> 1: neither is top-level, so the pickers show neither, as before.
        let partners = vec![partner(1, "A", Some(2)), partner(2, "B", Some(1))];
        let tree = PartnerTree::new(&partners);
        assert!(tree.picker_order().is_empty());
        let mut under = tree.with_descendants(1);
        under.sort();
        assert_eq!(under, [1, 2]);
        // A deep chain stops at the same depth as the walk did.
        let chain: Vec<Partner> = (1..=12)
            .map(|id| partner(id, &format!("P{id:02}"), (id > 1).then_some(id - 1)))
            .collect();
        let mut expected = Vec::new();
        walked(&chain, None, 0, &mut expected);
        assert_eq!(PartnerTree::new(&chain).picker_order(), expected);
    }
}
