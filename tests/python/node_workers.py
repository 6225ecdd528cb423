"""The `node_project` fixture (conftest.py offers it every test): an npm project holding the
installed package's tarball and this folder's Node worker scripts (*-worker.mjs), for the tests
that run Python and Node processes side by side."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from redis_server import needed

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def node_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    needed("node")
    dist = os.environ.get("CTCT_INSTALLED_FROM")
    tarballs = sorted(Path(dist).glob("ctct-*.tgz")) if dist else []
    if not tarballs:
        pytest.skip("no npm tarball beside the wheel (scripts/test-python sets CTCT_INSTALLED_FROM)")
    project = tmp_path_factory.mktemp("node-workers")
    subprocess.run(["npm", "init", "-y"], cwd=project, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        ["npm", "install", "--ignore-scripts", "--offline", "--no-audit", "--no-fund", "--silent", str(tarballs[0])],
        cwd=project,
        check=True,
    )
    # Beside node_modules, so that `import 'ctct'` finds the package.
    for worker in HERE.glob("*-worker.mjs"):
        shutil.copy(worker, project)
    return project
