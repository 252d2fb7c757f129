//! The list's text search: every word found in any case of any alphabet, in the initiative's
//! own text, its updates' notes and its meeting's readout, with the other filters applying
//! and restricted meetings lending no words to a viewer's search.

use super::*;
use crate::domain::NewMeeting;

on_both_databases!(
    search_finds_cyrillic_in_any_case_and_words_from_notes_and_readouts,
    a_search_follows_edits,
    a_search_ranks_title_then_description_then_notes_and_pages_by_rank,
);

async fn found(store: &Store, text: &str, extra: InitiativeFilter) -> Vec<i64> {
    let filter = InitiativeFilter {
        text: text.into(),
        ..extra
    };
    let page = store
        .list_initiatives(&filter, InitiativeSort::Title, None, 50, TODAY)
        .await
        .expect("list");
    assert_eq!(page.total, page.rows.len() as i64, "total for {text:?}");
    let ids: Vec<i64> = page.rows.into_iter().map(|row| row.id).collect();
    // Ranked, the same initiatives are found and counted.
    let ranked = store
        .list_initiatives(&filter, InitiativeSort::Relevance, None, 50, TODAY)
        .await
        .expect("ranked list");
    assert_eq!(ranked.total, page.total, "ranked total for {text:?}");
    let mut ranked_ids: Vec<i64> = ranked.rows.iter().map(|row| row.id).collect();
    ranked_ids.sort_unstable();
    let mut sorted_ids = ids.clone();
    sorted_ids.sort_unstable();
    assert_eq!(ranked_ids, sorted_ids, "ranked rows for {text:?}");
    ids
}

/// Every page of a ranked search, one initiative per page, with each page's total.
async fn ranked_pages(store: &Store, filter: &InitiativeFilter) -> (Vec<i64>, Vec<i64>) {
    let (mut ids, mut totals, mut after) = (Vec::new(), Vec::new(), None);
    loop {
        let page = store
            .list_initiatives(filter, InitiativeSort::Relevance, after.as_ref(), 1, TODAY)
            .await
            .expect("ranked page");
        ids.extend(page.rows.iter().map(|row| row.id));
        totals.push(page.total);
        match page.next {
            Some(next) => after = Some(next),
            None => return (ids, totals),
        }
    }
}

async fn a_search_ranks_title_then_description_then_notes_and_pages_by_rank(store: &Store) {
    let w = world(store).await;
    let mut in_description = fields(&w, "Port of Antwerp pilot", w.belgium, Some(day(10)));
    in_description.description = "A green hydrogen terminal for Kazakh exports.".into();
    let in_description = create(store, in_description, Status::Active, TODAY).await;
    let in_note = create(
        store,
        fields(&w, "Customs data exchange", w.belgium, Some(day(5))),
        Status::Active,
        TODAY,
    )
    .await;
    store
        .change_status(
            in_note.id,
            in_note.version,
            &change(Status::Blocked, "Waiting for the hydrogen study.", ""),
            None,
            TODAY,
        )
        .await
        .expect("blocked");
    let in_title = create(
        store,
        fields(&w, "Green hydrogen corridor", w.flanders, Some(day(90))),
        Status::Proposed,
        TODAY,
    )
    .await;
    create(
        store,
        fields(&w, "Wind farm survey", w.belgium, Some(day(1))),
        Status::Active,
        TODAY,
    )
    .await;

    let hydrogen = InitiativeFilter {
        text: "HYDROGEN".into(),
        ..InitiativeFilter::default()
    };
    // The deadline order would be note, description, title: rank overrides it.
    let (ids, totals) = ranked_pages(store, &hydrogen).await;
    assert_eq!(ids, [in_title.id, in_description.id, in_note.id]);
    assert_eq!(totals, [3, 3, 3], "every page counts every match");
    let blocked = InitiativeFilter {
        status: Some(Status::Blocked),
        ..hydrogen.clone()
    };
    assert_eq!(
        ranked_pages(store, &blocked).await,
        (vec![in_note.id], vec![1])
    );
    let nothing = InitiativeFilter {
        text: "geothermal".into(),
        ..InitiativeFilter::default()
    };
    assert_eq!(ranked_pages(store, &nothing).await, (vec![], vec![0]));
}

fn readout_meeting(partner_id: i64, readout: &str, confidentiality: Confidentiality) -> NewMeeting {
    NewMeeting {
        held_on: day(-20),
        title: "Talks in Brussels".into(),
        location: None,
        partner_id,
        summary: None,
        readout: Some(readout.into()),
        source_url: None,
        participants: vec![],
        confidentiality,
    }
}

async fn search_finds_cyrillic_in_any_case_and_words_from_notes_and_readouts(store: &Store) {
    let w = world(store).await;
    let all = InitiativeFilter::default();
    let russian = create(
        store,
        fields(&w, "Визит делегации в Казахстан", w.belgium, Some(day(30))),
        Status::Active,
        TODAY,
    )
    .await;
    let kazakh = create(
        store,
        fields(
            &w,
            "Қазақстан әлемі: ғылым және өнер",
            w.flanders,
            Some(day(30)),
        ),
        Status::Proposed,
        TODAY,
    )
    .await;
    let english = create(
        store,
        fields(&w, "Kazakhstan trade week", w.mongolia, Some(day(40))),
        Status::Active,
        TODAY,
    )
    .await;

    assert_eq!(found(store, "казахстан", all.clone()).await, [russian.id]);
    assert_eq!(found(store, "КАЗАХСТАН", all.clone()).await, [russian.id]);
    assert_eq!(found(store, "ҚАЗАҚСТАН", all.clone()).await, [kazakh.id]);
    assert_eq!(
        found(store, "ҒЫЛЫМ ӨНЕР", all.clone()).await,
        [kazakh.id],
        "every word"
    );
    assert_eq!(found(store, "Kazakhstan", all.clone()).await, [english.id]);
    assert_eq!(
        found(store, "казах", all.clone()).await,
        [russian.id],
        "a word's start"
    );
    assert!(
        found(store, "ғылым трактор", all.clone()).await.is_empty(),
        "every word must occur"
    );
    let active_only = InitiativeFilter {
        status: Some(Status::Proposed),
        ..all.clone()
    };
    assert_eq!(found(store, "Қазақстан", active_only).await, [kazakh.id]);
    assert!(
        found(
            store,
            "kazakhstan",
            InitiativeFilter {
                partner_id: Some(w.belgium),
                ..all.clone()
            }
        )
        .await
        .is_empty(),
        "the other filters still apply"
    );

    // A word only in an update's note.
    store
        .change_status(
            english.id,
            english.version,
            &change(Status::Blocked, "Ждём ответа из Улан-Батора", ""),
            None,
            TODAY,
        )
        .await
        .expect("blocked");
    assert_eq!(found(store, "улан батора", all.clone()).await, [english.id]);

    // A word only in the readout of the meeting an initiative came from; a restricted
    // meeting's readout finds nothing for a viewer.
    let open_meeting = store
        .create_meeting(
            &readout_meeting(
                w.belgium,
                "The parties agreed on a Limburg logistics corridor.",
                Confidentiality::Internal,
            ),
            None,
        )
        .await
        .expect("meeting");
    let closed_meeting = store
        .create_meeting(
            &readout_meeting(
                w.belgium,
                "Секретный меморандум о сотрудничестве.",
                Confidentiality::Restricted,
            ),
            None,
        )
        .await
        .expect("meeting");
    let mut from_open = fields(&w, "Corridor study", w.belgium, Some(day(30)));
    from_open.meeting_id = Some(open_meeting);
    let from_open = create(store, from_open, Status::Active, TODAY).await;
    let mut from_closed = fields(&w, "Memorandum follow-up", w.belgium, Some(day(30)));
    from_closed.meeting_id = Some(closed_meeting);
    let from_closed = create(store, from_closed, Status::Active, TODAY).await;
    assert_eq!(found(store, "limburg", all.clone()).await, [from_open.id]);
    assert_eq!(
        found(store, "меморандум", all.clone()).await,
        [from_closed.id]
    );
    let viewer = InitiativeFilter {
        hide_restricted: true,
        ..all.clone()
    };
    assert!(
        found(store, "секретный", viewer.clone()).await.is_empty(),
        "a restricted readout lends no words"
    );
    assert_eq!(found(store, "limburg", viewer).await, [from_open.id]);

    // Punctuation and query syntax are words' separators, never syntax.
    assert_eq!(
        found(store, "\"kazakhstan\" OR* (", all.clone()).await,
        Vec::<i64>::new()
    );
    assert_eq!(
        found(store, "kazakhstan:* & trade", all.clone()).await,
        [english.id]
    );
}

async fn a_search_follows_edits(store: &Store) {
    let w = world(store).await;
    let all = InitiativeFilter::default();
    let first = create(
        store,
        fields(&w, "Astana forum", w.belgium, Some(day(30))),
        Status::Active,
        TODAY,
    )
    .await;
    assert_eq!(found(store, "astana", all.clone()).await, [first.id]);
    let mut renamed = fields(&w, "Алматы форумы", w.belgium, Some(day(30)));
    renamed.description = String::new();
    store
        .update_initiative(first.id, first.version, &renamed, "", None, TODAY)
        .await
        .expect("renamed");
    assert!(
        found(store, "astana", all.clone()).await.is_empty(),
        "the old title is gone"
    );
    assert_eq!(found(store, "АЛМАТЫ", all.clone()).await, [first.id]);
}
