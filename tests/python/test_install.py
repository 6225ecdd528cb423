"""pip install . from a clean copy into a fresh venv, then the quickstart from another directory.

Slow (a full build), so it runs when CTCT_TEST_INSTALL=1 (scripts/test-python passes it along).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.environ.get("CTCT_TEST_INSTALL") != "1", reason="set CTCT_TEST_INSTALL=1")


def clean_copy(destination: Path) -> None:
    """The files git would ship: tracked ones and new ones that are not ignored."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)


def test_pip_install_from_a_clean_copy(tmp_path: Path) -> None:
    source, elsewhere = tmp_path / "src", tmp_path / "elsewhere"
    source.mkdir()
    elsewhere.mkdir()
    clean_copy(source)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTCT_")}
    env["CCACHE_BASEDIR"] = str(source)
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(source)], check=True, env=env)

    run = subprocess.run([str(python), str(source / "examples" / "python" / "quickstart.py")],
                         cwd=elsewhere, check=True, capture_output=True, text=True, env=env)
    assert run.stdout.startswith('{"outcome":"success"'), run.stdout + run.stderr

    files = subprocess.run([str(python), "-c", "import ctct, pathlib; d = pathlib.Path(ctct.__file__).parent; "
                            "print(*sorted(str(p.relative_to(d)) for p in d.rglob('*') if p.is_file()))"],
                           cwd=elsewhere, check=True, capture_output=True, text=True).stdout.split()
    assert "py.typed" in files and "_core/__init__.pyi" in files and "testing.py" in files
    assert any(name.startswith("_core.") and name.endswith(".so") for name in files)
