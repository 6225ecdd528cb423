"""A redis-server of a test's own (the `redis_url` fixture, which conftest.py offers every test):
started on a free loopback port without persistence, stopped by its pid."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from typing import Iterator

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def needed(tool: str) -> None:
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is not installed (scripts/bootstrap installs it)")
        pytest.skip(f"{tool} is not installed")


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A redis-server of the test's own on a free loopback port, stopped by its pid."""
    needed("redis-server")
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, "redis-server did not start"
                time.sleep(0.01)
        yield f"redis://127.0.0.1:{port}"
    finally:
        server.kill()
        server.wait()
