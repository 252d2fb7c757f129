# Accord: the two commands of the quick start, and a few helpers.
.PHONY: run test fmt check bundle-size

## Install what is missing, build, add the demo data and serve on http://127.0.0.1:3000
run:
	@.ci/serve-demo

## Run every test: cargo (SQLite and PostgreSQL), bundle budget, Playwright
test:
	@.ci/test

fmt:
	cargo fmt

## Fast type check of both builds
check:
	cargo check --features ssr
	cargo check --lib --target wasm32-unknown-unknown --no-default-features --features hydrate

bundle-size:
	@.ci/bundle-size
