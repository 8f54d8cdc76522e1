# The front door. `make run` and `make test` do all set-up on a fresh Debian 12 machine.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all setup configure build run test bench clean san-build san-test fuzz

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

# `make test`: the normal suite; then the same suite built with AddressSanitizer +
# UndefinedBehaviorSanitizer (clang, $(SAN_BUILD), cmake/Sanitizers.cmake); then every
# libFuzzer target for FUZZ_SECONDS (fuzz/run.sh). `make fuzz FUZZ_SECONDS=3600` fuzzes
# longer; `make san-test` runs the sanitizer suite alone.
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory san-test
	@$(MAKE) --no-print-directory fuzz

# The sanitizer build: its own directory, clang, -O1 -g, no benchmarks (speed is measured
# in the normal build). Every sanitizer report fails the test that printed it.
SAN_BUILD ?= build-san
FUZZ_SECONDS ?= 60
SAN_ENV := ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:print_stacktrace=1 \
           UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Left out under sanitizers (the browser test is not even built there: tests/CMakeLists.txt):
# the hostile corpus (tests/hostile, label e2e like the rest, so by name): 100 MB documents
# and wall-clock bounds, which under ASan take about 3 minutes per kind (measured) and
# miss their 10 s bound; the hostile inputs reach the sanitized code through the fuzzers.
SAN_CTEST_EXCLUDE ?=
SAN_CTEST_EXCLUDE_NAMES ?= Hostile

$(SAN_BUILD)/build.ninja: | setup
	@cmake -S . -B $(SAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
	  -DCHANCERY_SANITIZE=ON -DCHANCERY_BUILD_BENCH=OFF >/dev/null

san-build: setup $(SAN_BUILD)/build.ninja
	@cd $(SAN_BUILD) && ninja --quiet -j $(JOBS) | sed '/^ninja: no work to do/d'

san-test: san-build
	@cd $(SAN_BUILD) && $(SAN_ENV) ctest --output-on-failure -j $(JOBS) \
	  $(if $(SAN_CTEST_EXCLUDE),-LE '$(SAN_CTEST_EXCLUDE)') \
	  $(if $(SAN_CTEST_EXCLUDE_NAMES),-E '$(SAN_CTEST_EXCLUDE_NAMES)')

fuzz: san-build
	@FUZZ_JOBS=$(JOBS) bash fuzz/run.sh $(SAN_BUILD) $(FUZZ_SECONDS)

bench: build
	@bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
