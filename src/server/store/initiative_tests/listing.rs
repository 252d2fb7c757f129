//! Listing initiatives: every filter, and keyset pages.

use super::*;

on_both_databases!(
    filters_cover_partner_children_sector_status_health_owner_and_text,
    keyset_pages_cover_every_row_once_in_order,
);

async fn filters_cover_partner_children_sector_status_health_owner_and_text(store: &Store) {
    let w = world(store).await;
    let overdue = create(
        store,
        fields(&w, "Overdue freight", w.port, Some(day(-3))),
        Status::Active,
        day(-10),
    )
    .await;
    let mut soon = fields(&w, "Due soon forum", w.flanders, Some(day(7)));
    soon.sector_ids = vec![w.sectors[1]];
    soon.owner_id = Some(w.other_officer);
    let due_soon = create(store, soon, Status::Active, day(-1)).await;
    let stale = create(
        store,
        fields(&w, "Stale study", w.belgium, Some(day(200))),
        Status::Active,
        day(-61),
    )
    .await;
    let mut hidden = fields(&w, "Restricted talks 100%", w.mongolia, Some(day(100)));
    hidden.confidentiality = Confidentiality::Restricted;
    let on_track = create(store, hidden, Status::Active, day(-2)).await;
    let done = create(
        store,
        fields(&w, "Finished memo", w.mongolia, Some(day(30))),
        Status::Active,
        TODAY,
    )
    .await;
    store
        .change_status(
            done.id,
            1,
            &change(Status::Completed, "Signed", ""),
            None,
            TODAY,
        )
        .await
        .expect("complete");

    let ids = |filter: InitiativeFilter| async move {
        let page = store
            .list_initiatives(&filter, InitiativeSort::Deadline, None, 50, TODAY)
            .await
            .expect("list");
        assert_eq!(
            page.total,
            page.rows.len() as i64,
            "total matches for {filter:?}"
        );
        page.rows.into_iter().map(|r| r.id).collect::<Vec<_>>()
    };
    let all = InitiativeFilter::default();
    assert_eq!(
        ids(all.clone()).await,
        [overdue.id, due_soon.id, done.id, on_track.id, stale.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            partner_id: Some(w.belgium),
            ..all.clone()
        })
        .await,
        [overdue.id, due_soon.id, stale.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            partner_id: Some(w.flanders),
            ..all.clone()
        })
        .await,
        [overdue.id, due_soon.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            sector_id: Some(w.sectors[1]),
            ..all.clone()
        })
        .await,
        [due_soon.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            status: Some(Status::Completed),
            ..all.clone()
        })
        .await,
        [done.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            owner_id: Some(w.other_officer),
            ..all.clone()
        })
        .await,
        [due_soon.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            text: "FREIGHT".into(),
            ..all.clone()
        })
        .await,
        [overdue.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            text: "about stale".into(),
            ..all.clone()
        })
        .await,
        [stale.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            text: "100%".into(),
            ..all.clone()
        })
        .await,
        [on_track.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            hide_restricted: true,
            ..all.clone()
        })
        .await
        .len(),
        4
    );
    for (health, expected) in [
        (Health::Overdue, vec![overdue.id]),
        (Health::DueSoon, vec![due_soon.id]),
        (Health::Stale, vec![stale.id]),
        (Health::OnTrack, vec![on_track.id]),
        (Health::Closed, vec![done.id]),
    ] {
        assert_eq!(
            ids(InitiativeFilter {
                health: Some(health),
                ..all.clone()
            })
            .await,
            expected,
            "{health:?}"
        );
    }
    let page = store
        .list_initiatives(&all, InitiativeSort::Deadline, None, 50, TODAY)
        .await
        .expect("list");
    let healths: Vec<Health> = page.rows.iter().map(|r| r.health).collect();
    assert_eq!(
        healths,
        [
            Health::Overdue,
            Health::DueSoon,
            Health::Closed,
            Health::OnTrack,
            Health::Stale
        ]
    );
}

async fn keyset_pages_cover_every_row_once_in_order(store: &Store) {
    let w = world(store).await;
    for n in 0..23 {
        let deadline = (n % 4 != 0).then(|| day(n % 7));
        let mut f = fields(&w, &format!("Item {:02}", 22 - n), w.flanders, deadline);
        if deadline.is_none() {
            f.owner_id = None;
        }
        create(
            store,
            f,
            if deadline.is_some() {
                Status::Active
            } else {
                Status::Proposed
            },
            TODAY,
        )
        .await;
    }
    for sort in InitiativeSort::ALL.iter().copied() {
        let mut seen = Vec::new();
        let mut cursor: Option<Cursor> = None;
        loop {
            let page = store
                .list_initiatives(
                    &InitiativeFilter::default(),
                    sort,
                    cursor.as_ref(),
                    5,
                    TODAY,
                )
                .await
                .expect("page");
            assert_eq!(page.total, 23);
            assert!(page.rows.len() <= 5);
            seen.extend(page.rows);
            match page.next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
        assert_eq!(seen.len(), 23, "{sort:?}");
        let mut ids: Vec<i64> = seen.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 23, "no row twice under {sort:?}");
        let sorted = |a: &crate::domain::InitiativeSummary,
                      b: &crate::domain::InitiativeSummary| match sort {
            // Without words to rank by, relevance is the deadline's order.
            InitiativeSort::Deadline | InitiativeSort::Relevance => {
                (a.deadline.unwrap_or(NaiveDate::MAX), a.id)
                    <= (b.deadline.unwrap_or(NaiveDate::MAX), b.id)
            }
            InitiativeSort::Updated => (a.updated_at, a.id) >= (b.updated_at, b.id),
            InitiativeSort::Title => (&a.title, a.id) <= (&b.title, b.id),
        };
        assert!(
            seen.windows(2).all(|pair| sorted(&pair[0], &pair[1])),
            "{sort:?} order"
        );
    }
}
