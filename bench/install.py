"""What installing ctct costs a user, beside the usual alternatives, in one run.

Measures (1) the sizes of the artifacts in dist/ (wheel, npm tarball, C++ archive) against
pycurl's manylinux wheel (libcurl and OpenSSL bundled: the size to beat) and the pure-Python
requests and httpx wheels, all fetched once with `pip download` into build/bench/install-work/;
(2) the time of `pip install --no-index` of the wheel into a fresh venv and of
`npm install --offline` of the tarball into a fresh project (median of 5; creating the venv and
`npm init` are not timed); (3) cold start, median of 10 fresh processes: import/require plus
the first GET /contact_lists on the `ctct emulator`, for ctct Python against requests and
httpx, and ctct Node against Node's global fetch and undici's request. Prints a Markdown
section that bench/report.py includes in bench/RESULTS.md, and writes it to --out.

    python3.11 bench/install.py [--dist dist] [--ctct-bin build/cpp/ctct] [--out bench/results/install.md]

Stdlib only. Needs python3.11 (the wheel is cp311), node and npm on PATH, and PyPI and the npm
registry the first time (requests, httpx, undici and the reference wheels are then cached under
build/bench/install-work/).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000  # decimal megabytes, as pip and npm print them

WHEEL_TARGET_MB = 4.0
TARBALL_TARGET_MB = 6.0
WHEEL_INSTALL_TARGET_S = 5.0
TARBALL_INSTALL_TARGET_S = 10.0

PIP_PLATFORM_ARGS = [
    "--no-deps",
    "--only-binary",
    ":all:",
    "--python-version",
    "3.11",
    "--platform",
    "manylinux2014_x86_64",
    "--platform",
    "manylinux_2_28_x86_64",
]


class BenchError(RuntimeError):
    """A step that cannot go on; the message says which and why."""


def log(message: str) -> None:
    print(f"[install.py] {message}", file=sys.stderr, flush=True)


def run(
    cmd: Sequence[str],
    *,
    timeout: float,
    cwd: Optional[Path] = None,
    env: Optional[Dict[str, str]] = None,
    what: str = "",
) -> subprocess.CompletedProcess:
    """Runs cmd to completion; a non-zero exit, a timeout or a missing program is a BenchError
    naming the command and the tail of its output."""
    try:
        proc = subprocess.run(
            list(map(str, cmd)),
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"{what or 'command'} timed out after {timeout:g} s: {shlex.join(map(str, cmd))}") from None
    except OSError as e:
        raise BenchError(f"{what or 'command'} could not start: {shlex.join(map(str, cmd))}: {e}") from e
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise BenchError(f"{what or 'command'} exited {proc.returncode}: {shlex.join(map(str, cmd))}\n{tail}")
    return proc


def timed(
    cmd: Sequence[str],
    *,
    timeout: float,
    cwd: Optional[Path] = None,
    env: Optional[Dict[str, str]] = None,
    what: str = "",
) -> float:
    """Wall seconds from start to exit of cmd, seen from this process."""
    start = time.perf_counter()
    run(cmd, timeout=timeout, cwd=cwd, env=env, what=what)
    return time.perf_counter() - start


def first_line(cmd: Sequence[str]) -> str:
    try:
        out = subprocess.run(list(cmd), capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    return ((out.stdout or out.stderr).strip().splitlines() or ["?"])[0]


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def one_artifact(dist: Path, pattern: str) -> Optional[Path]:
    """The newest dist file matching pattern, or None."""
    found = sorted(dist.glob(pattern), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def child_env() -> Dict[str, str]:
    env = dict(os.environ)
    env.update(
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
        npm_config_update_notifier="false",
        npm_config_fund="false",
        npm_config_audit="false",
    )
    for key in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "NODE_PATH", "VIRTUAL_ENV"):
        env.pop(key, None)
    return env


# ---------------------------------------------------------------------------------------------
# 1. Sizes


def download_wheel(python: str, name: str, cache: Path, env: Dict[str, str]) -> tuple:
    """(path, note): the cached or freshly downloaded wheel of name, or (None, why not)."""
    stem = name.replace("-", "_").lower()
    cached = sorted(p for p in cache.glob("*.whl") if p.name.lower().startswith(stem + "-"))
    if cached:
        return cached[-1], "cached"
    cache.mkdir(parents=True, exist_ok=True)
    log(f"pip download {name}")
    try:
        run(
            [python, "-m", "pip", "download", *PIP_PLATFORM_ARGS, name, "-d", cache],
            timeout=300,
            env=env,
            what=f"pip download {name}",
        )
    except BenchError as e:
        why = str(e).splitlines()[-1].strip().replace("|", "/")
        return None, f"pip download {name} failed: {why}"
    cached = sorted(p for p in cache.glob("*.whl") if p.name.lower().startswith(stem + "-"))
    if not cached:
        return None, f"pip download {name} saved no wheel in {cache}"
    return cached[-1], "downloaded"


def mb(n: int) -> str:
    return f"{n / MB:.2f}"


def sizes_section(dist: Path, python: str, work: Path, env: Dict[str, str]) -> tuple:
    """(markdown lines, artifacts dict)."""
    artifacts = {
        "wheel": one_artifact(dist, "ctct-*.whl"),
        "tarball": one_artifact(dist, "ctct-*.tgz"),
        "cpp": one_artifact(dist, "ctct-*-linux-x86_64.tar.gz"),
    }
    refs = {name: download_wheel(python, name, work / "wheels", env) for name in ("pycurl", "requests", "httpx")}
    pycurl_size = refs["pycurl"][0].stat().st_size if refs["pycurl"][0] else None

    lines = [
        "### Artifact sizes",
        "",
        f"MB = 10^6 bytes. Reference wheels: `pip download {shlex.join(PIP_PLATFORM_ARGS)} NAME`.",
        "",
        "| artifact | file | bytes | MB | vs pycurl wheel | target |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]

    def row(label: str, path: Optional[Path], target_mb: Optional[float], note: str = "") -> None:
        if path is None:
            lines.append(f"| {label} | {note or 'missing'} | - | - | - | {'missed (no file)' if target_mb else ''} |")
            return
        size = path.stat().st_size
        ratio = f"{size / pycurl_size:.2f}x" if pycurl_size else "-"
        target = ""
        if target_mb is not None:
            target = f"≤ {target_mb:g} MB: **{'met' if size <= target_mb * MB else 'missed'}**"
        lines.append(f"| {label} | `{path.name}` | {size:,} | {mb(size)} | {ratio} | {target} |")

    row("ctct wheel", artifacts["wheel"], WHEEL_TARGET_MB, "no dist/ctct-*.whl")
    row("ctct npm tarball", artifacts["tarball"], TARBALL_TARGET_MB, "no dist/ctct-*.tgz")
    row("ctct C++ archive", artifacts["cpp"], None, "no dist/ctct-*-linux-x86_64.tar.gz")
    row("pycurl wheel (libcurl + OpenSSL; size to beat)", refs["pycurl"][0], None, f"not obtained: {refs['pycurl'][1]}")
    row("requests wheel (pure Python, no deps)", refs["requests"][0], None, f"not obtained: {refs['requests'][1]}")
    row("httpx wheel (pure Python, no deps)", refs["httpx"][0], None, f"not obtained: {refs['httpx'][1]}")
    if pycurl_size is None:
        lines += ["", f"pycurl's wheel could not be had, so there is no size to beat: {refs['pycurl'][1]}"]
    return lines, artifacts


# ---------------------------------------------------------------------------------------------
# 2. Install times


def summary(samples: List[float]) -> Dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples)}


def install_section(
    artifacts: Dict[str, Optional[Path]], python: str, work: Path, reps: int, env: Dict[str, str]
) -> List[str]:
    lines = [
        "### Install time from the local artifact",
        "",
        f"Median of {reps}, each into a fresh target; creating the venv (with pip) and `npm init -y` are not timed.",
        "",
        "| what | command | median s | min s | max s | target |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]
    tmp_root = work / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)

    def install_times(label, prefix, prepare, what):
        """Seconds of `reps` installs, each into a fresh folder that prepare(folder) sets up
        (untimed), answering the install command and the folder it runs in."""
        samples = []
        for i in range(reps):
            with tempfile.TemporaryDirectory(dir=tmp_root, prefix=prefix) as d:
                cmd, cwd = prepare(Path(d))
                samples.append(timed(cmd, cwd=cwd, timeout=300, env=env, what=what))
                log(f"{label} {i + 1}/{reps}: {samples[-1]:.2f} s")
        return summary(samples)

    def row(label, shown, s, target):
        ok = "met" if s["median"] < target else "missed"
        return (
            f"| {label} | `{shown}` | {s['median']:.2f} | {s['min']:.2f} | {s['max']:.2f} | < {target:g} s: **{ok}** |"
        )

    wheel = artifacts["wheel"]
    if wheel is None:
        lines.append("| ctct wheel | - | - | - | - | missed (no wheel) |")
    else:
        venv_pip = []

        def fresh_venv(folder):
            venv = folder / "venv"
            run([python, "-m", "venv", venv], timeout=300, env=env, what="python -m venv")
            if not venv_pip:
                venv_pip.append(first_line([str(venv / "bin" / "python"), "-m", "pip", "--version"]))
            return [venv / "bin" / "python", "-m", "pip", "install", "--no-index", wheel], None

        s = install_times("pip install", "venv-", fresh_venv, "pip install of the wheel")
        lines[2] += f" The fresh venvs' pip: {' '.join(venv_pip[0].split()[1:2])}."
        lines.append(row("ctct wheel", f"pip install --no-index {wheel.name}", s, WHEEL_INSTALL_TARGET_S))

    tarball = artifacts["tarball"]
    if tarball is None:
        lines.append("| ctct npm tarball | - | - | - | - | missed (no tarball) |")
    else:
        npm_install = ["npm", "install", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"]

        def fresh_project(folder):
            run(["npm", "init", "-y"], cwd=folder, timeout=120, env=env, what="npm init -y")
            return [*npm_install, tarball], folder

        s = install_times("npm install", "npm-", fresh_project, "npm install of the tarball")
        lines.append(row("ctct npm tarball", " ".join([*npm_install, tarball.name]), s, TARBALL_INSTALL_TARGET_S))
    return lines


# ---------------------------------------------------------------------------------------------
# 3. Cold start

PY_CTCT = """\
import os, ctct
c = ctct.Client(access_token=os.environ["BENCH_TOKEN"], base_url=os.environ["BENCH_V3"])
o = c.lists.list()
assert o.outcome == "success", (o.outcome, o.status)
assert len(o.value.items) >= 1
c.close()
"""

# The same first call with requests or httpx, whose get() take the same arguments.
PY_PLAIN = """\
import os, {module}
r = {module}.get(os.environ["BENCH_V3"] + "/contact_lists", timeout=30,
                 headers={{"Authorization": "Bearer " + os.environ["BENCH_TOKEN"],
                          "Accept": "application/json"}})
r.raise_for_status()
assert len(r.json()["lists"]) >= 1
"""
PY_REQUESTS = PY_PLAIN.format(module="requests")
PY_HTTPX = PY_PLAIN.format(module="httpx")

NODE_CTCT = """\
'use strict';
const { Client } = require('ctct');
(async () => {
  const c = new Client({ accessToken: process.env.BENCH_TOKEN, baseUrl: process.env.BENCH_V3 });
  const o = await c.lists.list();
  if (o.outcome !== 'success' || o.value.items.length < 1) throw new Error(JSON.stringify(o));
  c.close();
})().catch((e) => { console.error(e); process.exit(1); });
"""

NODE_FETCH = """\
'use strict';
(async () => {
  const r = await fetch(process.env.BENCH_V3 + '/contact_lists', {
    headers: { Authorization: 'Bearer ' + process.env.BENCH_TOKEN, Accept: 'application/json' },
  });
  if (r.status !== 200) throw new Error('status ' + r.status);
  const j = await r.json();
  if (j.lists.length < 1) throw new Error('no lists');
})().catch((e) => { console.error(e); process.exit(1); });
"""

NODE_UNDICI = """\
'use strict';
const { request } = require('undici');
(async () => {
  const { statusCode, body } = await request(process.env.BENCH_V3 + '/contact_lists', {
    headers: { Authorization: 'Bearer ' + process.env.BENCH_TOKEN, Accept: 'application/json' },
  });
  if (statusCode !== 200) throw new Error('status ' + statusCode);
  const j = await body.json();
  if (j.lists.length < 1) throw new Error('no lists');
})().catch((e) => { console.error(e); process.exit(1); });
"""


def ensure_python_env(python: str, wheel: Path, work: Path, env: Dict[str, str]) -> Path:
    """build/bench/install-work/venv with this wheel of ctct, requests and httpx."""
    venv = work / "venv"
    vpy = venv / "bin" / "python"
    if not vpy.exists():
        log(f"creating {venv}")
        run([python, "-m", "venv", venv], timeout=300, env=env, what="python -m venv")
    marker = venv / ".ctct-wheel-sha256"
    digest = file_digest(wheel)
    if not marker.exists() or marker.read_text().strip() != digest:
        log(f"installing {wheel.name} into {venv}")
        run(
            [vpy, "-m", "pip", "install", "-q", "--no-index", "--no-deps", "--force-reinstall", wheel],
            timeout=300,
            env=env,
            what="pip install of the wheel (cold-start venv)",
        )
        marker.write_text(digest + "\n")
    probe = subprocess.run([str(vpy), "-c", "import requests, httpx"], capture_output=True, env=env, timeout=60)
    if probe.returncode != 0:
        log("installing requests and httpx from PyPI")
        run(
            [vpy, "-m", "pip", "install", "-q", "requests", "httpx"],
            timeout=600,
            env=env,
            what="pip install requests httpx",
        )
    return vpy


def ensure_node_dir(tarball: Path, work: Path, env: Dict[str, str]) -> Path:
    """build/bench/install-work/node with this tarball of ctct and undici."""
    node_dir = work / "node"
    node_dir.mkdir(parents=True, exist_ok=True)
    pkg = node_dir / "package.json"
    if not pkg.exists():
        pkg.write_text('{"name": "ctct-install-bench", "private": true}\n')
    marker = node_dir / ".ctct-tarball-sha256"
    digest = file_digest(tarball)
    have_undici = (node_dir / "node_modules" / "undici" / "package.json").exists()
    if not have_undici or not marker.exists() or marker.read_text().strip() != digest:
        log(f"npm install {tarball.name} undici into {node_dir}")
        run(
            ["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", tarball, "undici"],
            cwd=node_dir,
            timeout=600,
            env=env,
            what="npm install of ctct and undici",
        )
        marker.write_text(digest + "\n")
    return node_dir


class Emulator:
    """`ctct emulator --port 0`, run from a copy of the binary so that a rebuild of
    build/cpp/ctct mid-run does not pull it away; stopped by its pid."""

    def __init__(self, binary: Path, work: Path, wait_s: float) -> None:
        self.proc: Optional[subprocess.Popen] = None
        self.copy = work / "ctct-emulator"
        self.out_path = work / "emulator.out"
        deadline = time.monotonic() + wait_s
        while True:
            try:
                if not (binary.is_file() and os.access(binary, os.X_OK)):
                    raise BenchError(f"{binary} is missing or not executable")
                age = time.time() - binary.stat().st_mtime
                if age < 5:  # still being written by a build, most likely
                    raise BenchError(f"{binary} changed {age:.1f} s ago")
                shutil.copy2(binary, self.copy)
                self._start()
                return
            except (BenchError, OSError) as e:
                self.stop()
                if time.monotonic() >= deadline:
                    raise BenchError(f"could not start the emulator from {binary} within {wait_s:g} s: {e}") from e
                log(f"emulator not ready ({e}); retrying in 5 s")
                time.sleep(5)

    def _start(self) -> None:
        out = open(self.out_path, "w")
        try:
            self.proc = subprocess.Popen(
                [str(self.copy), "emulator", "--port", "0"],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        finally:
            out.close()
        fields: Dict[str, str] = {}
        for _ in range(200):
            fields = {}
            for line in self.out_path.read_text(errors="replace").splitlines():
                key, sep, value = line.partition(": ")
                if sep and key in ("url", "v3_url", "access_token") and key not in fields:
                    fields[key] = value.strip()
            if "access_token" in fields:
                break
            if self.proc.poll() is not None:
                raise BenchError(
                    f"the emulator exited {self.proc.returncode}: {self.out_path.read_text(errors='replace').strip()}"
                )
            time.sleep(0.05)
        else:
            raise BenchError("the emulator printed no access_token within 10 s")
        self.url, self.v3_url, self.token = fields["url"], fields["v3_url"], fields["access_token"]
        seed = json.dumps({"lists": [{"name": "Leads"}]}).encode()
        req = urllib.request.Request(
            self.url + "/__emulator/seed", data=seed, method="POST", headers={"Content-Type": "application/json"}
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req, timeout=10) as resp:
            resp.read()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None


def cold_section(
    artifacts: Dict[str, Optional[Path]],
    python: str,
    work: Path,
    reps: int,
    ctct_bin: Path,
    wait_s: float,
    env: Dict[str, str],
) -> List[str]:
    lines = [
        "### Cold start: import + first call",
        "",
        f"Median of {reps} fresh processes each (after one untimed warm-up run), wall time "
        "from start to exit seen from the parent: import/require, build the client, "
        "GET /contact_lists with the bearer token on the `ctct emulator` (loopback, one "
        "seeded list), read the JSON, exit. Ratio: median / ctct's median in the same "
        "runtime.",
        "",
    ]
    if artifacts["wheel"] is None and artifacts["tarball"] is None:
        return lines + ["Not measured: neither the wheel nor the npm tarball is in dist/."]

    scripts_dir = work / "cold"
    scripts_dir.mkdir(parents=True, exist_ok=True)
    groups = []  # (runtime, [(label, argv, cwd)])
    if artifacts["wheel"] is not None:
        vpy = ensure_python_env(python, artifacts["wheel"], work, env)
        py = []
        for label, name, code in (
            ("ctct Python (`import ctct`, `client.lists.list()`)", "py_ctct.py", PY_CTCT),
            ("requests (`requests.get`)", "py_requests.py", PY_REQUESTS),
            ("httpx (`httpx.get`)", "py_httpx.py", PY_HTTPX),
        ):
            (scripts_dir / name).write_text(code)
            py.append((label, [str(vpy), str(scripts_dir / name)], scripts_dir))
        groups.append(("Python", py))
    if artifacts["tarball"] is not None:
        node_dir = ensure_node_dir(artifacts["tarball"], work, env)
        nd = []
        for label, name, code in (
            ("ctct Node (`require('ctct')`, `client.lists.list()`)", "node_ctct.js", NODE_CTCT),
            ("Node global `fetch`", "node_fetch.js", NODE_FETCH),
            ("undici `request`", "node_undici.js", NODE_UNDICI),
        ):
            (node_dir / name).write_text(code)  # beside node_modules, so require finds them
            nd.append((label, ["node", str(node_dir / name)], node_dir))
        groups.append(("Node", nd))

    versions = []
    if artifacts["wheel"] is not None:
        for pkg in ("requests", "httpx"):
            v = first_line([str(vpy), "-c", f"from importlib.metadata import version; print(version('{pkg}'))"])
            versions.append(f"{pkg} {v}")
    if artifacts["tarball"] is not None:
        try:
            v = json.loads((node_dir / "node_modules" / "undici" / "package.json").read_text())["version"]
        except (OSError, ValueError, KeyError):
            v = "?"
        versions.append(f"undici {v} (npm; Node's global fetch is the undici bundled in Node)")
    if versions:
        lines += [f"Compared versions: {', '.join(versions)}.", ""]

    emulator = Emulator(ctct_bin, work, wait_s)
    try:
        run_env = dict(env, BENCH_V3=emulator.v3_url, BENCH_TOKEN=emulator.token)
        lines += [
            "| runtime | client | median ms | min ms | max ms | ratio to ctct |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for runtime, clients in groups:
            results = []
            for label, argv, cwd in clients:
                timed(argv, cwd=cwd, env=run_env, timeout=60, what=f"{label} (warm-up)")
                samples = [timed(argv, cwd=cwd, env=run_env, timeout=60, what=label) for _ in range(reps)]
                results.append((label, summary(samples)))
                log(f"cold start {label}: median {results[-1][1]['median'] * 1000:.0f} ms")
            base = results[0][1]["median"]
            for label, s in results:
                lines.append(
                    f"| {runtime} | {label} | {s['median'] * 1000:.0f} | "
                    f"{s['min'] * 1000:.0f} | {s['max'] * 1000:.0f} | "
                    f"{s['median'] / base:.2f}x |"
                )
    finally:
        emulator.stop()
    return lines


# ---------------------------------------------------------------------------------------------


def header(argv: List[str], python: str, env: Dict[str, str]) -> List[str]:
    vpy_version = first_line([python, "--version"])
    pip_version = (first_line([python, "-m", "pip", "--version"]).split() + ["?", "?"])[1]
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        script = str(Path(sys.argv[0]).resolve().relative_to(ROOT))
    except ValueError:
        script = sys.argv[0]
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return [
        "## Install size, install time and cold start",
        "",
        f"- command: `{shlex.join([Path(sys.executable).name, script, *argv])}`",
        f"- date: {now}",
        f"- machine: nproc {nproc}, {cpu}, kernel {platform.release()}",
        f"- versions: {vpy_version}, pip {pip_version}, "
        f"node {first_line(['node', '--version'])}, npm {first_line(['npm', '--version'])}",
        "",
    ]


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--ctct-bin",
        type=Path,
        default=ROOT / "build" / "cpp" / "ctct",
        help="the C++ CLI whose `emulator` subcommand serves the first calls",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "install.md")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bench" / "install-work", help="caches, venvs and node folders"
    )
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter for the venvs and pip download (3.11, as the wheel)"
    )
    parser.add_argument("--install-reps", type=int, default=5)
    parser.add_argument("--cold-reps", type=int, default=10)
    parser.add_argument(
        "--wait-binary", type=float, default=300, help="seconds to wait for a missing or rebuilding --ctct-bin"
    )
    args = parser.parse_args(argv)

    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            print(f"install.py: {tool} is not on PATH", file=sys.stderr)
            return 2
    if not args.dist.is_dir():
        print(f"install.py: no dist folder at {args.dist}", file=sys.stderr)
        return 2
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    env = child_env()

    try:
        lines = header(argv, args.python, env)
        size_lines, artifacts = sizes_section(args.dist.resolve(), args.python, work, env)
        lines += size_lines + [""]
        lines += install_section(artifacts, args.python, work, args.install_reps, env) + [""]
        lines += cold_section(
            artifacts, args.python, work, args.cold_reps, args.ctct_bin.resolve(), args.wait_binary, env
        )
    except BenchError as e:
        print(f"install.py: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

    text = "\n".join(lines).rstrip() + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text, end="")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
