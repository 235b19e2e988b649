# Sala's two commands: `make run` (the whole platform on this machine, with demo data) and
# `make test` (everything CI checks).

.PHONY: run test

# Builds Sala, loads the demo data set once, and serves the API (and the web app, when built)
# at http://127.0.0.1:8080 with the embedded defaults: SQLite and mail files under ./data.
run:
	cargo build -p sala
	@if command -v npm >/dev/null 2>&1; then cd frontend && (npm ls --silent >/dev/null 2>&1 || npm ci --no-audit --no-fund) && npm run build; else echo "npm not found: serving the API without the web app"; fi
	SALA_FRONTEND_DIR=$${SALA_FRONTEND_DIR:-frontend/dist} ./target/debug/sala demo --serve

# Formatting, lints, every backend test against SQLite and PostgreSQL, the benchmarks at a
# small scale, the running API against its OpenAPI document (schemathesis), the deploy files
# against their validators, then the web app's typecheck, lint, unit tests, client freshness, bundle
# budget, and browser tests; then the binary with the web app built in.
test:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo build -p sala
	cargo test --workspace
	# The benchmark harness end to end at a small scale, so it cannot rot; its figures are
	# not kept (docs/PERFORMANCE.md holds release-build runs).
	cargo run -q -p sala-bench -- votes --quick
	cargo run -q -p sala-bench -- reads --quick
	tests/schemathesis/run
	deploy/check
	cd frontend && npm ci --no-audit --no-fund && npm run check && npm run e2e
	# The release build carries the web app just built (`embed-web-app` reads frontend/dist).
	cargo clippy -p sala --features embed-web-app -- -D warnings
