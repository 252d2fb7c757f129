//! Accord: turns the outcomes of diplomatic meetings into tracked initiatives.
//!
//! One crate, two builds: `ssr` (the server binary) and `hydrate` (the browser wasm).
//! Everything server-only lives in [`server`], gated once here.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod readout;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod server;

#[cfg(test)]
mod architecture_tests;
#[cfg(test)]
mod catalogue_tests;

/// Browser entry point: hydrate the islands of the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
