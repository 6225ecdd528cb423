# The README's commands. Each installs what is missing first (scripts/bootstrap).
BUILD ?= build/cpp
DIST ?= dist
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts and build folders (a fresh clone reuses an earlier build's work).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true
# The suites' emulators record their v3 traffic here (cpp, python, node .jsonl); test-openapi
# validates it against Constant Contact's OpenAPI spec.
export CTCT_TRAFFIC_DIR := $(CURDIR)/build/traffic

.PHONY: demo test test-suites bootstrap lint format build dist test-cpp test-install test-python test-node test-openapi test-binaries test-bare test-node-oldest bench-install \
	clean bench bench-smoke \
	fuzz fuzz-ci fuzz-build test-asan test-asan-cpp test-asan-python test-asan-node test-tsan test-valgrind

demo: dist
	@scripts/demo $(BUILD) $(DIST)

# The suites run against the artifacts of dist/ as users install them, not the source tree.
# They wait on timers and sockets far more than on the CPU, so they run side by side (each one's
# output printed whole when it ends); the OpenAPI check then reads the traffic they recorded.
test: build dist
	$(MAKE) --no-print-directory -o build -o dist -j4 --output-sync=target test-suites
	scripts/test-openapi
	$(MAKE) --no-print-directory -o build -o dist bench-smoke

test-suites: test-cpp test-binaries test-install test-python test-node

bootstrap:
	@scripts/bootstrap

# Style by tools (scripts/lint): clang-format on the C++, ruff on the Python, biome on the
# JavaScript and TypeScript; lint fails on any finding, format applies the formatters and the
# safe fixes.
lint: bootstrap
	scripts/lint

format: bootstrap
	scripts/lint --fix

# One tree, one compile: the core, its tests, the ctct command, the Python module and the Node
# addon (scripts/build).
build: bootstrap
	JOBS=$(JOBS) scripts/build $(BUILD) -DCTCT_TRAFFIC_DIR=$(CTCT_TRAFFIC_DIR) $(CMAKE_FLAGS)

# The release: wheel, sdist, npm tarball and C++ archive, packed from that tree (scripts/dist).
dist: build
	scripts/dist $(BUILD) $(DIST)

test-cpp: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The manylinux tag, the libraries each binary needs and the symbols each exports.
test-binaries: dist
	scripts/check-binaries $(DIST)

# The C++ archive unpacked into an empty prefix, examples/cpp built against it.
test-install: dist
	scripts/test-install $(DIST)

# The wheel installed with --no-index into a fresh venv outside the tree, the whole suite on it.
test-python: dist
	scripts/test-python $(DIST)

# The npm tarball installed with --ignore-scripts outside the tree, the whole suite on it.
test-node: dist
	scripts/test-node $(DIST)

# The Node suite again, on the oldest Node that package.json's "engines" allows.
test-node-oldest: dist
	CTCT_TEST_NODE=$$(scripts/node-oldest) scripts/test-node $(DIST)

# A minimal Debian root with no compiler installs the wheel and the tarball and delivers a lead.
test-bare: dist
	@scripts/bootstrap debootstrap
	scripts/test-bare $(DIST)

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
# only measures pacing, and the I/O thread's look for the next call only counts its sleeps: the
# sanitizers slow both down without checking anything more; the load
# and streaming tests (and the answer-memory probe) measure resident memory, which ASan's
# quarantine grows on purpose. The fork tests, and the Redis tests that run ctct in a forked child,
# run in the plain build only: g++ 12's sanitizer
# runtimes take none of their own locks around fork() (ASan gained its pthread_atfork handlers in
# LLVM 18), so a child forked while another thread allocates can hang inside the runtime itself.
ASAN_BUILD ?= build/asan
TSAN_BUILD ?= build/tsan
SANITIZER_SKIP := RateLimitTest.TwoHundredCallsAtOnceGetNo429|SharedEngineTest.TheIoThreadLooksForTheNextCallBeforeItSleeps|Load\.|StreamingTest\.|AnswerMemoryTest\.|Fork(Engine)?Test\.|RedisConnectionTest.AChildMakesItsOwnConnection|SharedLimiterTest.ProcessesOfOneKey|SharedTokensTest.(ALockHolderKilled|AProcessForked)
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
# wrk and those clients under build/bench, with ctct from dist/ and the C++ benchmark programs
# built in the release tree, and runs everything 5 times; before them, 1,000 clients in one
# process and the Redis limiter's cost (on a redis-server of its own). bench-smoke runs each once with tiny
# counts, so the harness never rots.
bench: dist
	bench/setup $(BUILD) $(DIST)
	build/bench/venv/bin/python bench/tenants.py --ctct-bin $(BUILD)/ctct
	build/bench/venv/bin/python bench/redis_limiter.py
	build/bench/venv/bin/python bench/run.py --cpp-build $(BUILD)

# Artifact sizes, install times and cold starts against requests, httpx, fetch and undici.
bench-install: dist
	python3 bench/install.py --dist $(DIST) --ctct-bin $(BUILD)/ctct

bench-smoke: dist
	bench/setup $(BUILD) $(DIST)
	build/bench/venv/bin/python bench/run.py --smoke --cpp-build $(BUILD)

clean:
	rm -rf build
