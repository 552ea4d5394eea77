# pgdumpkit — two commands for a newcomer on a fresh machine:
#   make demo   installs what is needed, builds, and lists a bundled corpus archive
#   make test   installs what is needed and runs the whole test suite (what CI runs)

SWIFT ?= swift
DEMO_ARCHIVE ?= Corpus/dumps/pg17/main.custom-gzip.dump

.PHONY: deps postgres build demo test bench clean

# System libraries for zlib, lz4 and zstd (Debian); skipped when already installed.
deps:
	@if ! dpkg -s zlib1g-dev liblz4-dev libzstd-dev pkg-config >/dev/null 2>&1; then \
	  apt-get update -qq && apt-get install -y -qq zlib1g-dev liblz4-dev libzstd-dev pkg-config; \
	fi

# Real PostgreSQL 15–18 for the differential tests (idempotent, fast when done).
postgres:
	Tools/install-postgres

build: deps
	$(SWIFT) build

demo: deps
	$(SWIFT) build --product pgdumpkit
	.build/debug/pgdumpkit identify $(DEMO_ARCHIVE)
	TZ=UTC .build/debug/pgdumpkit list $(DEMO_ARCHIVE)

test: deps postgres
	TZ=UTC $(SWIFT) test

bench: deps
	Tools/bench

clean:
	rm -rf .build
