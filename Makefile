# DPIA Assistent — the user's entry point. `make run` and `make test` are the quick start.
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := rule baseline_yaml json_import dpia_open minbzk_import cnil_import
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE_PDF ?= $(CURDIR)/$(BUILD)/dpia-voorbeeld.pdf
SAMPLE     ?= $(CURDIR)/$(BUILD)/voorbeeld.dpia

# Debian 12 packages the build, the tests, `make run` and `make package` need (the last
# line: building and checking the .deb, the desktop files and publiccode.yml).
PACKAGES := cmake make g++ clang clang-format pkg-config \
            qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
            libgl-dev libsqlite3-dev sqlite3 libspdlog-dev libyaml-cpp-dev nlohmann-json3-dev \
            nettle-dev libqpdf-dev libzip-dev libxml2-dev libgtest-dev libgmock-dev libbenchmark-dev libclang-rt-14-dev \
            poppler-utils strace fonts-dejavu-core python3 time xvfb xauth \
            dpkg-dev lintian desktop-file-utils appstream shared-mime-info xdg-utils \
            libglib2.0-bin man-db python3-yaml

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps deps-a11y configure build run test package test-asan fuzz bench soak format format-check clean

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "All build dependencies are present."; fi

# The accessibility check of the HTML report (ctest report.axe, tests/report/axe) runs
# axe-core in Debian's headless Chromium with Node.js; without them it is skipped.
deps-a11y:
	@if command -v chromium >/dev/null && command -v node >/dev/null && command -v npm >/dev/null; then \
	  echo "Chromium, Node.js and npm are present."; \
	else \
	  missing=; command -v chromium >/dev/null || missing=chromium; \
	  command -v node >/dev/null || missing="$$missing nodejs npm"; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing for the accessibility check:" $$missing; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	  else echo "npm is missing beside this Node.js: report.axe will be skipped."; fi; \
	fi

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DDPIA_WERROR=ON

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# The sample assessment is made once (an existing one, perhaps edited, is kept).
$(SAMPLE): | build
	./$(BUILD)/app/dpia-cli new $(SAMPLE) --sample

# With a display: the app opening the sample assessment. Without one: the sample's
# PDF report, written to $(SAMPLE_PDF).
run: build $(SAMPLE)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  ./$(BUILD)/app/dpia-assistant $(SAMPLE); \
	else \
	  ./$(BUILD)/app/dpia-cli report $(SAMPLE) -o $(SAMPLE_PDF) && \
	  echo "No display found: the sample's report is at $(SAMPLE_PDF)"; \
	fi

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The Debian package $(BUILD)/dpia-assistent_VERSION_ARCH.deb (CPack), from the tree that
# `make test` built: nothing is compiled again.
package: build
	cmake --build $(BUILD) --target package

# Leak reports from system libraries (fontconfig, ...) are suppressed narrowly; the file
# says why for each entry.
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDPIA_WERROR=ON -DDPIA_SANITIZE=ON -DDPIA_BUILD_BENCHMARKS=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# libFuzzer (clang, ASan + UBSan, assertions on): every target for FUZZ_SECONDS on its
# committed corpus. New coverage is kept in $(FUZZ_BUILD)/corpus (not committed); a crash,
# leak or timeout is saved into tests/fuzz/corpus/TARGET/ as a regression input to commit
# with the fix (until then the target's replay test fails).
fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DDPIA_FUZZ=ON -DDPIA_SANITIZE=ON \
	  -DDPIA_WERROR=ON -DDPIA_BUILD_BENCHMARKS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@failed=; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  echo "== fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    $(FUZZ_BUILD)/tests/fuzz/fuzz_$$t $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=tests/fuzz/corpus/$$t/ 2>$(FUZZ_BUILD)/fuzz_$$t.log \
	    || failed="$$failed $$t"; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+[[:space:]]+DONE)' $(FUZZ_BUILD)/fuzz_$$t.log || true; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "fuzz: findings in:$$failed (logs: $(FUZZ_BUILD)/fuzz_*.log; inputs saved in tests/fuzz/corpus/)"; \
	  exit 1; \
	fi

# Every figure of docs/PERFORMANCE.md: the Google Benchmarks, then time to window and
# memory of the app against an empty Qt window (under Xvfb when there is no display).
bench: build
	./$(BUILD)/tests/bench/dpia_bench
	python3 tests/bench/time_to_window.py $(BUILD)

# The storage soak: the crash test with 1,000 kills, 10,000 simulated power cuts (minutes).
soak: build
	tests/soak/soak.sh $(BUILD)

FORMAT_FILES = $(shell git ls-files --cached --others --exclude-standard '*.cpp' '*.h' 2>/dev/null)

format:
	clang-format -i $(FORMAT_FILES)

format-check:
	clang-format --dry-run -Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
