//! Everything that runs only on the server: configuration, the database, HTTP and the CLI.

pub mod allocator;
pub mod assets;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod exports;
pub mod gzip_pieces;
pub mod http;
pub mod response;
pub mod seed;
pub mod sheets;
pub mod state;
pub mod store;
