# Sala's two commands: `make run` (the whole platform on this machine, with demo data) and
# `make test` (everything CI checks).

.PHONY: run test

# Builds Sala, loads the demo data set once, and serves the API (and the web app, when built)
# at http://127.0.0.1:8080 with the embedded defaults: SQLite and mail files under ./data.
run:
	cargo build -p sala
	SALA_FRONTEND_DIR=$${SALA_FRONTEND_DIR:-frontend/dist} ./target/debug/sala demo --serve

# Formatting, lints, then every test against SQLite and PostgreSQL.
test:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace
