//! `/account`: who you are signed in as, your language and time zone, and changing your own
//! password.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::account::CHANGE_PASSWORD_FORM;
use crate::api::preferences::{PREFERENCES_FORM, PreferencesInput};
use crate::domain::password::MIN_PASSWORD_CHARS;
use crate::domain::{Language as Lang, User};
use crate::i18n::Language;
use crate::ui::components::form::{
    ErrorSummary, PasswordInput, Select, SubmitButton, rejection, with_blank,
};
use crate::ui::components::layout::CurrentUser;

#[component]
pub fn AccountPage() -> impl IntoView {
    let language = Language::current();
    let flag = |name: &str| use_query_map().with_untracked(|q| q.get(name).as_deref() == Some("1"));
    let password_set = flag("password_set");
    let preferences_saved = flag("preferences_saved");
    let (error, _) = rejection::<()>(CHANGE_PASSWORD_FORM);
    let hint = language.t_with(
        "account-new-password-hint",
        &[("min", (MIN_PASSWORD_CHARS as i64).into())],
    );

    view! {
        <Title text=language.t("account-page-title") />
        <h1>{language.t("account-heading")}</h1>
        {password_set.then(|| view! {
            <p class="notice notice--success" role="status">
                {language.t("account-password-set")}
            </p>
        })}
        {preferences_saved.then(|| view! {
            <p class="notice notice--success" role="status">
                {language.t("account-preferences-saved")}
            </p>
        })}
        <Suspense>
            {move || Suspend::new(async move {
                CurrentUser::get().await.map(|user| view! {
                    <dl class="facts">
                        <dt>{language.t("account-name")}</dt><dd>{user.display_name.clone()}</dd>
                        <dt>{language.t("account-email")}</dt><dd>{user.email.clone()}</dd>
                        <dt>{language.t("account-role")}</dt><dd>{language.name_of(user.role)}</dd>
                    </dl>
                    <Preferences user />
                })
            })}
        </Suspense>
        <section aria-labelledby="password-heading" class="panel">
            <h2 id="password-heading">{language.t("account-password-heading")}</h2>
            <form method="post" action="/api/change_password" class="form" novalidate>
                <ErrorSummary error />
                <PasswordInput id="current" label=language.t("account-current-password") error autocomplete="current-password" />
                <PasswordInput id="password" label=language.t("account-new-password") error autocomplete="new-password" hint />
                <PasswordInput id="repeat" label=language.t("account-repeat-password") error autocomplete="new-password" />
                <SubmitButton label=language.t("account-submit") busy_label=language.t("busy-saving") />
            </form>
        </section>
    }
}

/// The zones offered: Kazakhstan's, where partners sit, and UTC. A zone saved earlier that is
/// not among them is offered too.
const TIME_ZONES: &[&str] = &[
    "Asia/Almaty",
    "Asia/Aqtobe",
    "Asia/Oral",
    "Asia/Qyzylorda",
    "Asia/Aqtau",
    "Asia/Atyrau",
    "Asia/Tashkent",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "Asia/Ashgabat",
    "Asia/Baku",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Europe/Moscow",
    "Europe/Istanbul",
    "Europe/Kyiv",
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/Paris",
    "Europe/London",
    "Asia/Dubai",
    "Asia/Riyadh",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Seoul",
    "Asia/Tokyo",
    "America/New_York",
    "America/Los_Angeles",
    "UTC",
];

/// The language and time zone form.
#[component]
fn Preferences(user: User) -> impl IntoView {
    let language = Language::current();
    let (error, typed) = rejection::<PreferencesInput>(PREFERENCES_FORM);
    let typed = typed.unwrap_or_else(|| PreferencesInput {
        language: user
            .language
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default(),
        time_zone: user.time_zone.clone().unwrap_or_default(),
    });
    let languages = with_blank(
        language.t("account-language-browser"),
        Lang::ALL
            .iter()
            .map(|l| (l.as_str().to_owned(), l.label().to_owned()))
            .collect(),
    );
    let mut zones: Vec<&str> = TIME_ZONES.to_vec();
    if let Some(saved) = user.time_zone.as_deref().filter(|z| !zones.contains(z)) {
        zones.push(saved);
    }
    let office = crate::i18n::DisplayZone::current().office.name();
    let zones = with_blank(
        language.t_with("account-time-zone-office", &[("zone", office.into())]),
        zones
            .into_iter()
            .map(|z| (z.to_owned(), z.to_owned()))
            .collect(),
    );
    view! {
        <section aria-labelledby="preferences-heading" class="panel">
            <h2 id="preferences-heading">{language.t("account-preferences-heading")}</h2>
            <form method="post" action="/api/save_preferences" class="form" novalidate>
                <ErrorSummary error />
                <Select id="language" name="input[language]" field="language" label=language.t("account-language")
                    value=typed.language options=languages error />
                <Select id="time_zone" name="input[time_zone]" field="time_zone" label=language.t("account-time-zone")
                    value=typed.time_zone options=zones error hint=language.t("account-time-zone-hint") />
                <SubmitButton label=language.t("account-preferences-submit") busy_label=language.t("busy-saving") />
            </form>
        </section>
    }
}
