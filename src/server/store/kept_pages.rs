//! Rendered pages kept in the process, each under the data versions it was rendered at.
//!
//! A page that is a function of the reference tables, the dashboard summary and who reads it
//! (see `server::http::kept_pages`) is kept under a key naming all of them, read with the
//! signed-in user in one statement: a change by any instance gives a new version, so the next
//! request looks under a key nothing was kept under and renders afresh. Nothing kept here is
//! ever served for versions other than its own, so several instances never disagree.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use axum::body::Bytes;

use crate::server::gzip_pieces::GzipPieces;
use crate::server::store::Store;

/// How many bytes of pages a process keeps at most: the 100,000-initiative dashboard is
/// about 200 KB, so some forty readers' dashboards.
pub const KEPT_PAGE_BYTES: usize = 8 * 1024 * 1024;

/// A rendered page, cut where its CSP nonce stood so that every response gets a new one.
#[derive(Debug)]
pub struct KeptPage {
    pub content_type: String,
    /// The body's pieces between the nonce's places (shared, never copied when served).
    pub pieces: Vec<Bytes>,
    /// The pieces compressed, made by the first request that accepts gzip (a browser's
    /// always does); `None` inside when compressing failed.
    gzip: OnceLock<Option<GzipPieces>>,
}

/// The compressed pieces take about a tenth of the plain ones; they are counted at that
/// estimate when the page is kept, as they are made later.
const COMPRESSED_SHARE: usize = 10;

impl KeptPage {
    pub fn new(content_type: String, pieces: Vec<Bytes>) -> Self {
        Self {
            content_type,
            pieces,
            gzip: OnceLock::new(),
        }
    }

    fn size(&self) -> usize {
        let plain = self.pieces.iter().map(Bytes::len).sum::<usize>();
        plain + plain / COMPRESSED_SHARE + self.content_type.len()
    }

    /// Whether the compressed pieces are made (else the first [`Self::gzip_body`] makes them,
    /// which takes milliseconds for a large page: off the async workers).
    pub fn gzip_ready(&self) -> bool {
        self.gzip.get().is_some()
    }

    /// The gzip body with `nonce` wherever the rendered one stood (see
    /// `server::gzip_pieces`), as the chunks to send in order, and their length; `None` when
    /// the pieces could not be compressed.
    pub fn gzip_body(&self, nonce: &str) -> Option<(Vec<Bytes>, usize)> {
        let gzip = self
            .gzip
            .get_or_init(|| match GzipPieces::new(&self.pieces) {
                Ok(gzip) => Some(gzip),
                Err(error) => {
                    tracing::warn!(%error, "could not compress a kept page");
                    None
                }
            });
        gzip.as_ref().map(|gzip| gzip.body(nonce))
    }

    /// The body with `nonce` wherever the rendered one stood, as the pieces to send in
    /// order, and their length.
    pub fn body(&self, nonce: &str) -> (Vec<Bytes>, usize) {
        let nonce = Bytes::copy_from_slice(nonce.as_bytes());
        let mut chunks = Vec::with_capacity(self.pieces.len() * 2);
        for (index, piece) in self.pieces.iter().enumerate() {
            if index > 0 {
                chunks.push(nonce.clone());
            }
            chunks.push(piece.clone());
        }
        let length = chunks.iter().map(Bytes::len).sum();
        (chunks, length)
    }
}

/// The kept pages, oldest first out once their bytes pass the bound.
#[derive(Debug)]
pub(crate) struct KeptPages {
    bound: usize,
    pages: Mutex<Pages>,
    /// How many times a kept page was found (for tests and the benchmarks' checks).
    found: AtomicU64,
}

#[derive(Debug, Default)]
struct Pages {
    by_key: HashMap<String, Arc<KeptPage>>,
    /// Keys in the order they were kept (a key kept again moves to the back).
    order: VecDeque<String>,
    bytes: usize,
}

impl Default for KeptPages {
    fn default() -> Self {
        Self::with_bound(KEPT_PAGE_BYTES)
    }
}

impl KeptPages {
    pub(crate) fn with_bound(bound: usize) -> Self {
        Self {
            bound,
            pages: Mutex::default(),
            found: AtomicU64::new(0),
        }
    }

    /// A panic elsewhere while the lock was held leaves the maps consistent (each change is
    /// made whole before the next), so a poisoned lock is used as it is.
    fn pages(&self) -> MutexGuard<'_, Pages> {
        self.pages
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn get(&self, key: &str) -> Option<Arc<KeptPage>> {
        let page = self.pages().by_key.get(key).cloned();
        if page.is_some() {
            self.found.fetch_add(1, Ordering::Relaxed);
        }
        page
    }

    pub(crate) fn keep(&self, key: String, page: Arc<KeptPage>) {
        let size = page.size();
        if size > self.bound {
            return;
        }
        let mut pages = self.pages();
        if let Some(old) = pages.by_key.remove(&key) {
            pages.bytes -= old.size();
            pages.order.retain(|kept| *kept != key);
        }
        while pages.bytes + size > self.bound {
            let Some(oldest) = pages.order.pop_front() else {
                break;
            };
            if let Some(old) = pages.by_key.remove(&oldest) {
                pages.bytes -= old.size();
            }
        }
        pages.bytes += size;
        pages.order.push_back(key.clone());
        pages.by_key.insert(key, page);
    }

    pub(crate) fn len(&self) -> usize {
        self.pages().by_key.len()
    }

    pub(crate) fn found(&self) -> u64 {
        self.found.load(Ordering::Relaxed)
    }
}

impl Store {
    /// The page kept under `key`, if any.
    pub fn kept_page(&self, key: &str) -> Option<Arc<KeptPage>> {
        self.reference.pages.get(key)
    }

    /// Keeps `page` under `key` (which must name every version the page was rendered at).
    pub fn keep_page(&self, key: String, page: Arc<KeptPage>) {
        self.reference.pages.keep(key, page);
    }

    /// How many pages this process keeps, and how many times one was served (for tests).
    pub fn kept_page_count(&self) -> (usize, u64) {
        (self.reference.pages.len(), self.reference.pages.found())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(bytes: usize) -> Arc<KeptPage> {
        Arc::new(KeptPage::new(
            String::new(),
            vec![Bytes::from("x".repeat(bytes))],
        ))
    }

    #[test]
    fn the_oldest_pages_go_first_once_the_bound_is_passed() {
        let kept = KeptPages::with_bound(100);
        kept.keep("a".into(), page(40)); // 44 bytes counted with its compressed form
        kept.keep("b".into(), page(40));
        kept.keep("a".into(), page(40)); // kept again: now the newest
        kept.keep("c".into(), page(40));
        assert!(kept.get("b").is_none(), "the oldest went");
        assert!(kept.get("a").is_some() && kept.get("c").is_some());
        assert_eq!(kept.len(), 2);
        kept.keep("huge".into(), page(92));
        assert!(
            kept.get("huge").is_none(),
            "larger than the bound: never kept"
        );
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn a_body_gets_the_new_nonce_wherever_the_old_one_stood() {
        let page = KeptPage::new(
            "text/html".into(),
            vec![
                Bytes::from("<script nonce=\""),
                Bytes::from("\"></script><p>"),
                Bytes::new(),
            ],
        );
        let (chunks, length) = page.body("N2");
        let body: Vec<u8> = chunks.concat();
        assert_eq!(body, b"<script nonce=\"N2\"></script><p>N2");
        assert_eq!(length, body.len());
        let (chunks, length) = page.gzip_body("N3").expect("compressed");
        let gzip: Vec<u8> = chunks.concat();
        assert_eq!(length, gzip.len());
        let mut plain = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(gzip.as_slice()),
            &mut plain,
        )
        .expect("gzip");
        assert_eq!(plain, "<script nonce=\"N3\"></script><p>N3");
    }
}
