# The front door. `make run` and `make test` do all set-up on a fresh Debian 12 machine.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all setup configure build run test bench clean

all: build

setup:
	@bash scripts/setup.sh

$(BUILD)/build.ninja: | setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

configure: setup $(BUILD)/build.ninja

build: configure
	@cd $(BUILD) && ninja --quiet -j $(JOBS) | sed '/^ninja: no work to do/d'

# The main job: analyse the bundled example dispatches and store them in the embedded
# default store (./chancery.db, SQLite), summarise what the store holds, then serve the
# web UI and API over it on http://127.0.0.1:8080 until interrupted (SERVE=0: stop after
# the summary).
SERVE ?= 1
run: build
	@$(BUILD)/chancery ingest --db chancery.db examples/
	@$(BUILD)/chancery events --db chancery.db --summary
	@if [ "$(SERVE)" != 0 ]; then exec $(BUILD)/chancery serve --db chancery.db --port 8080; fi

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
