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
# default store (./chancery.db, SQLite), then summarise what the store holds.
run: build
	@$(BUILD)/chancery ingest --db chancery.db examples/
	@$(BUILD)/chancery events --db chancery.db --summary

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
