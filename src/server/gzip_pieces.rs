//! A body compressed once and sent many times with a different few bytes in given places: the
//! CSP nonce of a kept page (see `server::http::kept_pages`).
//!
//! Each piece between the places is compressed alone as raw deflate (flate2) and flushed to a
//! byte boundary, with its CRC-32 (crc32fast). A response is one gzip member (RFC 1952): the
//! header, the pieces' deflate with the new bytes as a stored block between them (RFC 1951
//! 3.2.4), an empty final block, and the checksum combined from the pieces' own. Compressing
//! the 100k dashboard's 206 KB on every request costs more than rendering it from the process;
//! this way a request costs a few bytes of framing.

use std::io::Write;

use axum::body::Bytes;
use crc32fast::Hasher;
use flate2::Compression;
use flate2::write::DeflateEncoder;

/// A gzip header: deflate, no flags, no time, unknown system.
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
/// An empty final block with the fixed codes: the end of the deflate stream.
const FINAL_BLOCK: [u8; 2] = [0x03, 0x00];
/// The most bytes one stored block holds.
const MAX_STORED: usize = u16::MAX as usize;

/// One piece of the body: its deflate, ending on a byte boundary, and its checksum.
#[derive(Debug, Clone)]
struct DeflatedPiece {
    deflated: Bytes,
    checksum: Hasher,
    plain_length: u64,
}

/// A body's pieces compressed once; see the module's comment.
#[derive(Debug, Clone)]
pub struct GzipPieces {
    pieces: Vec<DeflatedPiece>,
}

/// The stored blocks (not final) that carry `bytes` as they are.
fn stored_blocks(bytes: &[u8]) -> Vec<u8> {
    let mut blocks = Vec::with_capacity(bytes.len() + 5 * (bytes.len() / MAX_STORED + 1));
    for chunk in bytes.chunks(MAX_STORED) {
        let length = chunk.len() as u16;
        // Three header bits (not final, stored), padded to the byte boundary.
        blocks.push(0);
        blocks.extend_from_slice(&length.to_le_bytes());
        blocks.extend_from_slice(&(!length).to_le_bytes());
        blocks.extend_from_slice(chunk);
    }
    blocks
}

impl GzipPieces {
    /// Compresses each piece alone. Writing into a `Vec` fails only when memory does, which
    /// aborts the process anyway; the error is still handed on rather than unwrapped.
    pub fn new(pieces: &[Bytes]) -> std::io::Result<Self> {
        let pieces = pieces
            .iter()
            .map(|piece| {
                let mut encoder = DeflateEncoder::new(
                    Vec::with_capacity(piece.len() / 4 + 64),
                    Compression::default(),
                );
                encoder.write_all(piece)?;
                // A sync flush ends the output on a byte boundary without a final block, so
                // that what follows may be appended.
                encoder.flush()?;
                let mut deflated = std::mem::take(encoder.get_mut());
                // Kept for as long as the page: no spare room.
                deflated.shrink_to_fit();
                let mut checksum = Hasher::new();
                checksum.update(piece);
                Ok(DeflatedPiece {
                    deflated: Bytes::from(deflated),
                    checksum,
                    plain_length: piece.len() as u64,
                })
            })
            .collect::<std::io::Result<_>>()?;
        Ok(Self { pieces })
    }

    /// The compressed bytes kept.
    pub fn size(&self) -> usize {
        self.pieces.iter().map(|piece| piece.deflated.len()).sum()
    }

    /// The gzip body of the pieces with `between` wherever they were cut, as the chunks to
    /// send in order, and their length.
    pub fn body(&self, between: &str) -> (Vec<Bytes>, usize) {
        let stored = Bytes::from(stored_blocks(between.as_bytes()));
        let mut between_checksum = Hasher::new();
        between_checksum.update(between.as_bytes());
        let mut checksum = Hasher::new();
        let mut plain_length: u64 = 0;
        let mut chunks = Vec::with_capacity(self.pieces.len() * 2 + 2);
        chunks.push(Bytes::from_static(&GZIP_HEADER));
        for (index, piece) in self.pieces.iter().enumerate() {
            if index > 0 {
                chunks.push(stored.clone());
                checksum.combine(&between_checksum);
                plain_length += between.len() as u64;
            }
            chunks.push(piece.deflated.clone());
            checksum.combine(&piece.checksum);
            plain_length += piece.plain_length;
        }
        let mut trailer = Vec::with_capacity(FINAL_BLOCK.len() + 8);
        trailer.extend_from_slice(&FINAL_BLOCK);
        trailer.extend_from_slice(&checksum.finalize().to_le_bytes());
        // The length modulo 2^32, as the format says.
        trailer.extend_from_slice(&(plain_length as u32).to_le_bytes());
        chunks.push(Bytes::from(trailer));
        let length = chunks.iter().map(Bytes::len).sum();
        (chunks, length)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use proptest::prelude::*;

    use super::*;

    fn gunzip(chunks: &[Bytes]) -> Vec<u8> {
        let gzip = chunks.concat();
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(gzip.as_slice())
            .read_to_end(&mut plain)
            .expect("a valid gzip member: header, deflate, checksum and length");
        plain
    }

    #[test]
    fn a_page_cut_at_its_nonce_reads_back_with_the_new_one() {
        let pieces = [
            Bytes::from("<script nonce=\""),
            Bytes::from("\">x</script>".repeat(1000)),
            Bytes::new(),
        ];
        let gzip = GzipPieces::new(&pieces).expect("compressed");
        assert!(gzip.size() < 1000, "compressed: {} bytes", gzip.size());
        let (chunks, length) = gzip.body("N2");
        assert_eq!(length, chunks.iter().map(Bytes::len).sum::<usize>());
        let expected = format!("<script nonce=\"N2{}N2", "\">x</script>".repeat(1000));
        assert_eq!(gunzip(&chunks), expected.as_bytes());
    }

    #[test]
    fn bytes_between_longer_than_a_stored_block_are_split() {
        let gzip = GzipPieces::new(&[Bytes::from("a"), Bytes::from("b")]).expect("compressed");
        let between = "z".repeat(MAX_STORED * 2 + 7);
        let (chunks, _) = gzip.body(&between);
        assert_eq!(gunzip(&chunks), format!("a{between}b").as_bytes());
    }

    proptest! {
        #[test]
        fn any_pieces_and_any_bytes_between_read_back_as_their_join(
            pieces in proptest::collection::vec(".{0,300}", 1..6),
            between in ".{0,40}",
        ) {
            let bytes: Vec<Bytes> = pieces.iter().map(|piece| Bytes::from(piece.clone())).collect();
            let gzip = GzipPieces::new(&bytes).expect("compressed");
            let (chunks, length) = gzip.body(&between);
            prop_assert_eq!(length, chunks.iter().map(Bytes::len).sum::<usize>());
            prop_assert_eq!(gunzip(&chunks), pieces.join(between.as_str()).into_bytes());
        }
    }
}
