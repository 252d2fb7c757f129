//! The password policy, shared so the browser shows the same message the server enforces.

use crate::error::FieldErrors;

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;

/// Passwords too common to allow, whatever their length (compared case-insensitively).
const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "password1234",
    "password12345",
    "passwordpassword",
    "qwertyuiopas",
    "qwerty123456",
    "111111111111",
    "000000000000",
    "aaaaaaaaaaaa",
    "iloveyou1234",
    "administrator",
    "adminadmin123",
    "welcome12345",
    "letmein12345",
    "changeme1234",
    "abc123456789",
    "abcdefghijkl",
    "accordaccord",
    "football1234",
    "sunshine1234",
    "princess1234",
    "1q2w3e4r5t6y",
    "zaq12wsxcde3",
    "p@ssw0rd1234",
    "qazwsxedcrfv",
];

/// Checks a new password: 12 to 128 characters (never truncated), not a common one, not the
/// user's email. Messages go to `field`.
pub fn check_new_password(errors: &mut FieldErrors, field: &str, password: &str, email: &str) {
    let length = password.chars().count();
    let lower = password.to_lowercase();
    if length < MIN_PASSWORD_CHARS {
        errors.add(
            field,
            format!("Use at least {MIN_PASSWORD_CHARS} characters."),
        );
    } else if length > MAX_PASSWORD_CHARS {
        errors.add(
            field,
            format!("Use at most {MAX_PASSWORD_CHARS} characters."),
        );
    } else if COMMON.contains(&lower.as_str()) || lower.chars().all(|c| lower.starts_with(c)) {
        errors.add(field, "This password is too common; choose another.");
    } else if !email.is_empty() && lower.contains(&email.to_lowercase()) {
        errors.add(field, "The password must not contain your email address.");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(password: &str) -> Option<String> {
        let mut errors = FieldErrors::new();
        check_new_password(&mut errors, "password", password, "aida@mfa.kz");
        errors.get("password").map(str::to_owned)
    }

    #[test]
    fn the_policy() {
        assert_eq!(check("correct horse battery"), None);
        assert!(check("short").is_some());
        assert!(check(&"x".repeat(129)).is_some());
        assert!(check("Password1234").is_some(), "common, whatever the case");
        assert!(check("zzzzzzzzzzzzzz").is_some(), "one repeated character");
        assert!(check("my aida@mfa.kz pass").is_some());
        // Twelve characters, counted as characters, not bytes.
        assert_eq!(check("Қазақстан-2026"), None);
    }

    proptest! {
        #[test]
        fn accepted_passwords_have_an_allowed_length(password in ".{0,140}") {
            if check(&password).is_none() {
                let length = password.chars().count();
                prop_assert!((MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&length));
            }
        }
    }
}
