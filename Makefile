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

# The main job: analyse the bundled example dispatches, one JSON document per line.
run: build
	@$(BUILD)/chancery extract examples/*.txt

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
