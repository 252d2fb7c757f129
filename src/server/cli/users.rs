//! `accord user add | list | disable`.

use std::io::BufRead;

use anyhow::{Context, bail};

use super::UserCommand;
use crate::domain::NewUser;
use crate::domain::password::check_new_password;
use crate::error::{AppError, FieldErrors};
use crate::server::auth::password;
use crate::server::store::{Store, StoreError};

pub(super) async fn run(store: &Store, command: UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add {
            email,
            role,
            name,
            password_stdin,
        } => add(store, &email, &role, name, password_stdin).await?,
        UserCommand::List => {
            for user in store.list_users().await? {
                let state = if user.active { "active" } else { "disabled" };
                println!(
                    "{:<40} {:<14} {:<9} {}",
                    user.email,
                    user.role.as_str(),
                    state,
                    user.display_name
                );
            }
        }
        UserCommand::Link { email } => {
            let Some(user) = store.user_by_email(&email).await? else {
                bail!("no user has the email {email}");
            };
            let issued = store.issue_password_link(user.id, None).await?;
            let base = crate::server::auth::session::AuthConfig::from_env()
                .public_url
                .unwrap_or_default();
            println!(
                "Set-password link for {} (works once, until {}; the old password no longer works):\n{base}/set-password/{}",
                user.email,
                issued.expires_at.format("%Y-%m-%d %H:%M UTC"),
                issued.token
            );
        }
        UserCommand::Disable { email } => {
            let Some(user) = store.user_by_email(&email).await? else {
                bail!("no user has the email {email}");
            };
            store
                .update_user(
                    user.id,
                    user.version,
                    &user.display_name,
                    user.role,
                    false,
                    None,
                )
                .await
                .map_err(|error| match error {
                    StoreError::Invalid(error) => explain(error),
                    other => other.into(),
                })?;
            println!("Disabled {}.", user.email);
        }
    }
    Ok(())
}

/// `accord user add`: the password from standard input, or generated and shown once.
async fn add(
    store: &Store,
    email: &str,
    role: &str,
    name: Option<String>,
    password_stdin: bool,
) -> anyhow::Result<()> {
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    let user = NewUser::parse(email, &name, role).map_err(explain)?;
    let (password, generated) = if password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        (line.trim_end_matches(['\n', '\r']).to_owned(), false)
    } else {
        (password::generate(), true)
    };
    let mut errors = FieldErrors::new();
    check_new_password(&mut errors, "password", &password, &user.email);
    if !errors.is_empty() {
        return Err(explain(AppError::Validation(errors)));
    }
    let hash = password::hash(password.clone()).await?;
    let created = store
        .create_user(&user, None)
        .await
        .map_err(explain_store)?;
    store.set_password_hash(created.id, &hash, None).await?;
    println!(
        "Added {} <{}> as {}.",
        created.display_name, created.email, created.role
    );
    if generated {
        println!("Password (shown once): {password}");
    }
    Ok(())
}

/// Turns per-field messages into one readable error for the terminal.
pub(super) fn explain(error: AppError) -> anyhow::Error {
    match error.field_errors() {
        Some(fields) => {
            let lines: Vec<String> = fields
                .iter()
                .map(|(field, message)| format!("  --{field}: {message}"))
                .collect();
            anyhow::anyhow!("invalid input:\n{}", lines.join("\n"))
        }
        None => anyhow::anyhow!("{error}"),
    }
}

pub(super) fn explain_store(error: StoreError) -> anyhow::Error {
    match error {
        StoreError::Invalid(error) => explain(error),
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::test_support::TestDb;

    fn add(email: &str, role: &str) -> UserCommand {
        UserCommand::Add {
            email: email.into(),
            role: role.into(),
            name: None,
            password_stdin: false,
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn add_creates_a_user_with_a_hashed_password_and_disable_disables() {
        let db = TestDb::sqlite().await;
        run(&db.store, add("First.Admin@MFA.kz", "admin"))
            .await
            .expect("add");
        let credentials = db
            .store
            .credentials("first.admin@mfa.kz")
            .await
            .expect("read")
            .expect("exists");
        let (user, hash) = (credentials.user, credentials.password_hash);
        assert_eq!(user.display_name, "First.Admin");
        assert!(hash.is_some_and(|h| h.starts_with("$argon2id$")));

        let error = run(&db.store, add("first.admin@mfa.kz", "admin"))
            .await
            .expect_err("taken");
        assert!(error.to_string().contains("--email"), "{error}");
        let error = run(&db.store, add("second@mfa.kz", "emperor"))
            .await
            .expect_err("bad role");
        assert!(error.to_string().contains("--role"), "{error}");

        // The only admin cannot be disabled; once there is another, it can.
        let disable_first = || UserCommand::Disable {
            email: "first.admin@mfa.kz".into(),
        };
        let error = run(&db.store, disable_first())
            .await
            .expect_err("the last admin");
        assert!(
            error.to_string().contains("at least one active admin"),
            "{error}"
        );
        run(&db.store, add("second.admin@mfa.kz", "admin"))
            .await
            .expect("add");
        run(&db.store, disable_first()).await.expect("disable");
        assert!(!db.store.user(user.id).await.expect("read").active);
        assert!(
            run(
                &db.store,
                UserCommand::Disable {
                    email: "nobody@mfa.kz".into()
                }
            )
            .await
            .is_err()
        );
        db.cleanup().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn link_takes_the_password_away_and_refuses_unknown_users() {
        let db = TestDb::sqlite().await;
        run(&db.store, add("dana@mfa.kz", "officer"))
            .await
            .expect("add");
        let link = |email: &str| UserCommand::Link {
            email: email.into(),
        };
        run(&db.store, link("dana@mfa.kz")).await.expect("link");
        let found = db
            .store
            .credentials("dana@mfa.kz")
            .await
            .expect("read")
            .expect("exists");
        assert_eq!(found.password_hash, None);
        assert!(run(&db.store, link("nobody@mfa.kz")).await.is_err());
        db.cleanup().await;
    }
}
