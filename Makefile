# DPIA Assistent — the user's entry point. `make run` and `make test` are the quick start.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE_PDF ?= $(CURDIR)/$(BUILD)/dpia-voorbeeld.pdf
SAMPLE     ?= $(CURDIR)/$(BUILD)/voorbeeld.dpia

# Debian 12 packages the build, the tests and `make run` need.
PACKAGES := cmake make g++ clang clang-format pkg-config \
            qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
            libgl-dev libsqlite3-dev sqlite3 libspdlog-dev libyaml-cpp-dev nlohmann-json3-dev \
            libgtest-dev libgmock-dev libbenchmark-dev libclang-rt-14-dev \
            poppler-utils strace fonts-dejavu-core python3

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps configure build run test test-asan bench format format-check clean

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "All build dependencies are present."; fi

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

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDPIA_WERROR=ON -DDPIA_SANITIZE=ON -DDPIA_BUILD_BENCHMARKS=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

bench: build
	./$(BUILD)/tests/bench/dpia_bench

FORMAT_FILES = $(shell git ls-files --cached --others --exclude-standard '*.cpp' '*.h' 2>/dev/null)

format:
	clang-format -i $(FORMAT_FILES)

format-check:
	clang-format --dry-run -Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
