//! Password hashing with argon2id (m = 19 MiB, t = 2, p = 1, the OWASP baseline), computed off
//! the async runtime with a small concurrency limit so sign-in bursts cannot starve requests or
//! exhaust memory.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use tokio::sync::Semaphore;

/// At most this many hashes run at once (each holds 19 MiB).
static HASHING: Semaphore = Semaphore::const_new(2);

/// Memory in KiB, iterations, parallelism.
const M_COST: u32 = 19 * 1024;
const T_COST: u32 = 2;
const P_COST: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("password hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

fn argon2() -> Result<Argon2<'static>, PasswordError> {
    let params = Params::new(M_COST, T_COST, P_COST, None)
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// A PHC-format argon2id hash of `password` (the whole password: nothing is truncated).
pub async fn hash(password: String) -> Result<String, PasswordError> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()?
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| PasswordError::Hash(e.to_string()))
    })
    .await?
}

/// Whether `password` matches `stored`. With no stored hash (unknown user, or no password set)
/// a dummy hash is checked instead, so the answer takes as long either way.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, PasswordError> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let (stored, known) = match stored {
            Some(stored) => (stored, true),
            None => (DUMMY_HASH.to_owned(), false),
        };
        let parsed = PasswordHash::new(&stored).map_err(|e| PasswordError::Hash(e.to_string()))?;
        let matches = argon2()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(known && matches)
    })
    .await?
}

/// A random password for `accord user add` without --password-stdin: 128 random bits, printed once.
pub fn generate() -> String {
    // A salt string is 22 characters of base64 from the OS random source: exactly what we want.
    SaltString::generate(&mut OsRng).as_str().to_owned()
}

/// An argon2id hash of a random string, with the production parameters.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Hb5S2I2eOoCuKzx8QDkJkNGmQ3xJ3yq4GC7cuvX7c8g";

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_the_agreed_parameters() {
        let hashed = hash("correct horse battery".into()).await.expect("hash");
        assert!(
            hashed.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hashed}"
        );
        assert!(
            verify("correct horse battery".into(), Some(hashed.clone()))
                .await
                .expect("verify")
        );
        assert!(
            !verify("correct horse batterY".into(), Some(hashed.clone()))
                .await
                .expect("verify")
        );
        // Nothing is truncated: a long password differs from its prefix.
        let long = "x".repeat(100) + "tail";
        let long_hash = hash(long.clone()).await.expect("hash");
        assert!(
            !verify("x".repeat(100), Some(long_hash))
                .await
                .expect("verify")
        );
    }

    #[tokio::test]
    async fn unknown_users_never_verify() {
        assert!(
            !verify("anything at all".into(), None)
                .await
                .expect("verify")
        );
    }

    #[test]
    fn generated_passwords_are_long_and_different() {
        let (a, b) = (generate(), generate());
        assert_ne!(a, b);
        assert!(a.chars().count() >= 20);
    }
}
