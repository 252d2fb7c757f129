//! How an initiative's deadline moved: the line under its deadline ("Moved 2 times: 94 days
//! later than first agreed") and the ledger of every move with who, when and why.

use leptos::prelude::*;

use crate::domain::{DeadlineMoveEntry, Initiative};
use crate::i18n::Language;

/// "Moved 2 times: 94 days later than first agreed (1 May 2026)", or nothing when the
/// deadline never moved.
pub fn slippage_line(language: Language, initiative: &Initiative) -> Option<String> {
    let slippage = initiative.slippage()?;
    let first = slippage
        .first
        .map_or_else(|| language.t("deadline-none"), |d| language.date_long(d));
    let count = slippage.moves.into();
    Some(match slippage.days {
        None => language.t_with(
            "initiative-deadline-removed",
            &[("count", count), ("first", first.into())],
        ),
        Some(days) => {
            let shift = match days {
                0 => language.t("initiative-deadline-same"),
                d if d > 0 => language.t_with("initiative-deadline-later", &[("days", d.into())]),
                d => language.t_with("initiative-deadline-earlier", &[("days", (-d).into())]),
            };
            language.t_with(
                "initiative-deadline-moved",
                &[
                    ("count", count),
                    ("shift", shift.into()),
                    ("first", first.into()),
                ],
            )
        }
    })
}

/// Every move of the deadline, newest first: from → to, the reason, who and when.
#[component]
pub fn DeadlineLedger(moves: Vec<DeadlineMoveEntry>) -> impl IntoView {
    let language = Language::current();
    let day = move |d: Option<chrono::NaiveDate>| {
        d.map_or_else(|| language.t("deadline-none"), |d| language.date_long(d))
    };
    (!moves.is_empty()).then(|| {
        view! {
            <section aria-labelledby="moves-heading">
                <h2 id="moves-heading">{language.t("initiative-moves-heading")}</h2>
                <ol class="timeline deadline-moves">
                    {moves
                        .into_iter()
                        .map(|entry| {
                            let line = language.t_with(
                                "initiative-move-line",
                                &[("from", day(entry.from).into()), ("to", day(entry.to).into())],
                            );
                            let meta = language.t_with(
                                "initiative-move-meta",
                                &[
                                    ("who", entry.actor_name.clone().unwrap_or_default().into()),
                                    ("when", language.date_long(entry.moved_at.date_naive()).into()),
                                ],
                            );
                            view! {
                                <li class="timeline__entry">
                                    <p class="timeline__headline"><strong>{line}</strong>" · "<span>{meta}</span></p>
                                    <p class="timeline__note">{entry.reason}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}
