"""The suite runs against the installed wheel, and the wheel holds what users need.

scripts/test-python installs the wheel of dist/ into a fresh venv and sets CTCT_INSTALLED_FROM;
without it (a run against some other install) these checks are skipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import ctct
import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = os.environ.get("CTCT_INSTALLED_FROM")

pytestmark = pytest.mark.skipif(DIST is None, reason="run by scripts/test-python on the wheel of dist/")


def test_ctct_is_the_installed_package_not_the_source_tree() -> None:
    package = Path(ctct.__file__).resolve().parent
    assert ROOT not in package.parents, package
    assert Path(sys.prefix) in package.parents, package


def test_the_wheel_ships_module_stubs_and_licences() -> None:
    package = Path(ctct.__file__).resolve().parent
    files = {str(p.relative_to(package)) for p in package.rglob("*") if p.is_file()}
    assert {"py.typed", "_core/__init__.pyi", "testing.py"} <= files
    assert any(name.startswith("_core.") and name.endswith(".so") for name in files)
    info = next(package.parent.glob(f"ctct-{ctct.__version__}.dist-info"))
    licences = {p.name for p in (info / "licenses").iterdir()}
    assert {"curl.txt", "openssl.txt", "zlib.txt", "simdjson.txt", "cpp-httplib.txt", "pybind11.txt"} <= licences


def test_quickstart_delivers_from_another_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTCT_")}
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "python" / "quickstart.py")],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.stdout.startswith('{"outcome":"success"'), run.stdout + run.stderr


def test_the_sdist_holds_what_a_build_from_source_needs() -> None:
    assert DIST is not None
    (sdist,) = Path(DIST).glob(f"ctct-{ctct.__version__}.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {
        "pyproject.toml",
        "CMakeLists.txt",
        "cpp/include/ctct/version.hpp",
        "bindings/python/module.cpp",
        "python/ctct/__init__.py",
    } <= names
