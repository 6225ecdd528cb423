# The README's commands. Each installs what is missing first (scripts/bootstrap).
BUILD ?= build/cpp
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts and build folders (a fresh clone reuses an earlier build's work).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: demo test bootstrap build test-cpp test-install test-python test-node clean

demo: build
	@scripts/demo $(BUILD)

test: build test-cpp test-install test-python test-node

bootstrap:
	@scripts/bootstrap

build: bootstrap
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)
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

clean:
	rm -rf build
