//! People who use Accord, and their roles.

use serde::{Deserialize, Serialize};

use super::text_enum::text_enum;
use super::validation::{MAX_LINE, required_text};
use crate::error::{AppError, FieldErrors};

text_enum! {
    /// What a user may do (see the permission rules).
    pub enum Role {
        /// Manages users, partners and sectors, and everything a manager does.
        Admin => ("admin", "Administrator"),
        /// Edits every initiative and reassigns owners.
        Manager => ("manager", "Manager"),
        /// Records meetings and keeps their own initiatives current.
        Officer => ("officer", "Desk officer"),
        /// Reads non-restricted records.
        Viewer => ("viewer", "Viewer"),
    }
}

/// A stored user (never with the password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    /// Counts changes to name, role and active flag; an admin's edit names the version it
    /// started from.
    pub version: i64,
    /// The interface language this user chose; `None` follows the browser.
    pub language: Option<super::Language>,
    /// The IANA time zone this user works in; `None` follows the installation's.
    pub time_zone: Option<String>,
}

impl User {
    /// Who this user is to the permission rules.
    pub fn actor(&self) -> super::permission::Actor {
        super::permission::Actor {
            user_id: self.id,
            role: self.role,
        }
    }
}

/// A user about to be created, already checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

impl NewUser {
    pub fn parse(email: &str, display_name: &str, role: &str) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let email = parse_email(&mut errors, email);
        let display_name =
            required_text(&mut errors, "display_name", "Name", display_name, MAX_LINE);
        let role = Role::parse(role);
        if role.is_none() {
            errors.add("role", "Choose a role.");
        }
        match role {
            Some(role) if errors.is_empty() => Ok(NewUser {
                email,
                display_name,
                role,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// Lower-cased, trimmed; one `@` with something on each side and a dot in the domain.
pub fn parse_email(errors: &mut FieldErrors, raw: &str) -> String {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if email.is_empty() {
        errors.add("email", "Email is required.");
    } else if !valid {
        errors.add("email", "Enter an email address such as name@mfa.gov.kz.");
    }
    email
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        let user = NewUser::parse("  Aida@MFA.gov.kz ", "Aida", "officer").expect("valid");
        assert_eq!(user.email, "aida@mfa.gov.kz");
        assert_eq!(user.role, Role::Officer);
        for bad in [
            "",
            "aida",
            "aida@",
            "@mfa.kz",
            "aida@mfa",
            "a b@mfa.kz",
            "a@b@c.kz",
        ] {
            let error = NewUser::parse(bad, "Aida", "officer").expect_err(bad);
            assert!(
                error.field_errors().and_then(|f| f.get("email")).is_some(),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_role_is_required() {
        let error = NewUser::parse("a@b.kz", "", "emperor").expect_err("invalid");
        let fields = error.field_errors().expect("validation");
        assert!(fields.get("role").is_some());
        assert!(fields.get("display_name").is_some());
    }
}
