"""The committed stubs describe the module as built, and mypy --strict accepts the examples."""

from __future__ import annotations

import filecmp
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STUBS = ROOT / "python" / "ctct" / "_core"


def stub_files(directory: Path) -> list[str]:
    return sorted(str(path.relative_to(directory)) for path in directory.rglob("*.pyi"))


@pytest.mark.skipif(importlib.util.find_spec("pybind11_stubgen") is None, reason="pybind11-stubgen not installed")
def test_committed_stubs_match_the_module(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "python-stubs"), str(tmp_path)], check=True)
    generated = tmp_path / "ctct" / "_core"
    assert stub_files(generated) == stub_files(STUBS)
    for name in stub_files(STUBS):
        assert filecmp.cmp(generated / name, STUBS / name, shallow=False), (
            f"{name} differs from the module: run scripts/python-stubs and commit the result"
        )


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_mypy_strict_accepts_examples_and_typing_check() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "examples/python",
            "tests/python/typing_check.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
