//! The built files under `/pkg/` (the stylesheet, the islands' JS and wasm): their names and
//! how long a browser may keep them.
//!
//! A release build (`hash-files` in Cargo.toml) names each file by its content's hash
//! (`accord.<hash>.css`) and writes the hashes beside the server binary. A hashed name never
//! changes its content, so a browser keeps it for a year without asking again; a new build
//! links new names. Without the hash file (tests, a plain `cargo build`) the names stay plain
//! and browsers revalidate them.

use std::path::PathBuf;
use std::sync::OnceLock;

use leptos::prelude::LeptosOptions;

/// `Cache-Control` of a file whose name carries its content's hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of other static files: kept, but checked (`Last-Modified`, 304) before use.
pub const REVALIDATE: &str = "no-cache";

/// The hashes of this build's files, by kind (`css`, `js`, `wasm`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BuildHashes {
    entries: Vec<(String, String)>,
}

impl BuildHashes {
    /// Reads cargo-leptos's hash file (`css: <hash>` lines).
    pub fn parse(text: &str) -> Self {
        let entries = text
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(kind, hash)| (kind.trim().to_owned(), hash.trim().to_owned()))
            .filter(|(kind, hash)| !kind.is_empty() && !hash.is_empty())
            .collect();
        Self { entries }
    }

    fn hash_of(&self, kind: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, hash)| hash.as_str())
    }

    /// The file name of `kind` for `output` (`accord.<hash>.css`, or `accord.css` unhashed).
    pub fn file_name(&self, output: &str, kind: &str) -> String {
        match self.hash_of(kind) {
            Some(hash) => format!("{output}.{hash}.{kind}"),
            None => format!("{output}.{kind}"),
        }
    }

    /// Whether `path` (a request's) is one of this build's hashed files.
    pub fn is_hashed_file(&self, pkg_dir: &str, output: &str, path: &str) -> bool {
        let Some(name) = path
            .strip_prefix('/')
            .and_then(|rest| rest.strip_prefix(pkg_dir))
            .and_then(|rest| rest.strip_prefix('/'))
        else {
            return false;
        };
        self.entries
            .iter()
            .any(|(kind, hash)| name == format!("{output}.{hash}.{kind}"))
    }
}

/// Where cargo-leptos writes the hashes: beside the server binary (where Leptos's own
/// hydration scripts look for them).
fn hash_file_path(options: &LeptosOptions) -> Option<PathBuf> {
    let binary = std::env::current_exe().ok()?;
    Some(binary.parent()?.join(options.hash_file.as_ref()))
}

/// This build's hashes, read once (they belong to the binary, so every instance of it agrees).
pub fn build_hashes(options: &LeptosOptions) -> &'static BuildHashes {
    static HASHES: OnceLock<BuildHashes> = OnceLock::new();
    HASHES.get_or_init(|| {
        hash_file_path(options)
            .and_then(|path| std::fs::read_to_string(path).ok())
            .map(|text| BuildHashes::parse(&text))
            .unwrap_or_default()
    })
}

/// Whether this build's files are hashed (then Leptos must link the hashed names too).
pub fn files_are_hashed(options: &LeptosOptions) -> bool {
    build_hashes(options).hash_of("css").is_some()
}

/// The stylesheet's URL.
pub fn stylesheet_href(options: &LeptosOptions) -> String {
    let name = if options.hash_files {
        build_hashes(options).file_name(&options.output_name, "css")
    } else {
        format!("{}.css", options.output_name)
    };
    format!("/{}/{name}", options.site_pkg_dir)
}

/// The `Cache-Control` of a static file at `path`.
pub fn static_cache_control(options: &LeptosOptions, path: &str) -> &'static str {
    let hashed = options.hash_files
        && build_hashes(options).is_hashed_file(&options.site_pkg_dir, &options.output_name, path);
    if hashed { IMMUTABLE } else { REVALIDATE }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH_FILE: &str = "css: 8f2d1c0a9b\njs: Qx-3_a\nwasm: 77aa\n\n";

    #[test]
    fn the_hash_file_names_each_kind() {
        let hashes = BuildHashes::parse(HASH_FILE);
        assert_eq!(hashes.file_name("accord", "css"), "accord.8f2d1c0a9b.css");
        assert_eq!(hashes.file_name("accord", "wasm"), "accord.77aa.wasm");
        assert_eq!(
            BuildHashes::default().file_name("accord", "css"),
            "accord.css"
        );
    }

    #[test]
    fn only_this_build_s_hashed_files_are_immutable() {
        let hashes = BuildHashes::parse(HASH_FILE);
        for path in [
            "/pkg/accord.8f2d1c0a9b.css",
            "/pkg/accord.Qx-3_a.js",
            "/pkg/accord.77aa.wasm",
        ] {
            assert!(hashes.is_hashed_file("pkg", "accord", path), "{path}");
        }
        for path in [
            "/pkg/accord.css",
            "/pkg/accord.0000.css",
            "/pkg/accord.77aa.css",
            "/pkgx/accord.77aa.wasm",
            "/favicon.svg",
            "/pkg/../accord.77aa.wasm",
        ] {
            assert!(!hashes.is_hashed_file("pkg", "accord", path), "{path}");
        }
    }
}
