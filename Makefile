# The README's commands. Each installs what is missing first (scripts/bootstrap).
BUILD ?= build/cpp
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts and build folders (a fresh clone reuses an earlier build's work).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true
# The suites' emulators record their v3 traffic here (cpp, python, node .jsonl); test-openapi
# validates it against Constant Contact's OpenAPI spec.
export CTCT_TRAFFIC_DIR := $(CURDIR)/build/traffic

.PHONY: demo test bootstrap build test-cpp test-install test-python test-node test-openapi clean bench bench-smoke \
	fuzz fuzz-ci fuzz-build test-asan test-asan-cpp test-asan-python test-asan-node test-tsan test-valgrind

demo: build
	@scripts/demo $(BUILD)

test: build test-cpp test-install test-python test-node test-openapi bench-smoke

bootstrap:
	@scripts/bootstrap

build: bootstrap
	cmake -S . -B $(BUILD) -G Ninja -DCTCT_TRAFFIC_DIR=$(CTCT_TRAFFIC_DIR) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

test-cpp: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Installs the C++ package and builds examples/cpp against it with find_package(ctct CONFIG).
test-install: build
	scripts/test-install $(BUILD)

test-python: bootstrap
	CTCT_TEST_INSTALL=1 scripts/test-python

test-node: bootstrap
	scripts/test-node

# After the three suites: every v3 exchange they recorded validates against the spec.
test-openapi: test-cpp test-python test-node
	scripts/test-openapi

# Sanitized builds: -O1 with line tables only compiles fast and still names every line.
SANITIZER_OPT := -O1 -g1

# Fuzzing: every fuzz/ target for FUZZ_SECONDS each, FUZZ_JOBS at a time (clang, libFuzzer).
FUZZ_BUILD ?= build/fuzz
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= $(JOBS)

fuzz-build:
	@scripts/bootstrap clang libclang-rt-14-dev
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCTCT_BUILD_FUZZERS=ON \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$(SANITIZER_OPT)" -DCTCT_BUILD_TESTS=OFF -DCTCT_BUILD_EMULATOR=OFF -DCTCT_BUILD_CLI=OFF -DCTCT_BUILD_EXAMPLES=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS)

fuzz: fuzz-build
	scripts/fuzz $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_JOBS)

fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=60 FUZZ_JOBS=2

# The C++ suite under sanitizers, each in its own build folder. The 200-call rate-limit test
# only measures pacing, which the sanitizers slow down without checking anything more; the load
# and streaming tests measure resident memory, which ASan's quarantine grows on purpose.
ASAN_BUILD ?= build/asan
TSAN_BUILD ?= build/tsan
SANITIZER_SKIP := RateLimitTest.TwoHundredCallsAtOnceGetNo429|Load\.|StreamingTest\.
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
TSAN_FLAGS := -fsanitize=thread

# ASan + UBSan: the C++ suite, then the Python and Node suites on extensions built with them
# (the interpreters themselves are not instrumented: the ASan runtime is preloaded into them).
test-asan: test-asan-cpp test-asan-python test-asan-node

test-asan-python: bootstrap
	ASAN_FLAGS="$(ASAN_FLAGS)" SANITIZER_OPT="$(SANITIZER_OPT)" scripts/test-python-asan

test-asan-node: bootstrap
	ASAN_FLAGS="$(ASAN_FLAGS)" SANITIZER_OPT="$(SANITIZER_OPT)" scripts/test-node-asan

test-asan-cpp: bootstrap
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCTCT_BUILD_EXAMPLES=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$(SANITIZER_OPT)" \
	  -DCMAKE_CXX_FLAGS="$(ASAN_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(ASAN_FLAGS)"
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) -E '$(SANITIZER_SKIP)'

test-tsan: bootstrap
	cmake -S . -B $(TSAN_BUILD) -G Ninja -DCTCT_BUILD_EXAMPLES=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$(SANITIZER_OPT)" \
	  -DCMAKE_CXX_FLAGS="$(TSAN_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(TSAN_FLAGS)"
	cmake --build $(TSAN_BUILD) -j $(JOBS)
	cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$(CURDIR)/tests/sanitizers/tsan.supp \
	  ctest --output-on-failure -j $(JOBS) -E '$(SANITIZER_SKIP)'

# Memcheck on the regular build's C++ suite: any leak or memory error fails.
test-valgrind: build
	@scripts/bootstrap valgrind
	scripts/test-valgrind $(BUILD)

# Benchmarks against the clients users would pick instead (bench/RESULTS.md): installs nginx,
# wrk and those clients under build/bench, builds the C++ client in Release, runs everything 5
# times. bench-smoke runs each once with tiny counts, in the test build, so the harness never rots.
bench: bootstrap
	bench/setup build/bench-cpp -DCMAKE_BUILD_TYPE=Release -DCTCT_BUILD_TESTS=OFF -DCTCT_BUILD_EXAMPLES=OFF
	build/bench/venv/bin/python bench/run.py --cpp-build build/bench-cpp

bench-smoke: build
	bench/setup $(BUILD)
	build/bench/venv/bin/python bench/run.py --smoke --cpp-build $(BUILD)

clean:
	rm -rf build
