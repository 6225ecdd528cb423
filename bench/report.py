"""Writes RESULTS.md and the chart from the raw JSON of one run (bench/run.py writes both
after a run; run this to regenerate them):

    python bench/report.py [bench/results/results.json]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import clients

BENCH = Path(__file__).resolve().parent
FINDINGS = BENCH / "findings.md"  # what profiling found, written by hand, included as it is
FINDINGS_PAGES = BENCH / "findings_pages.md"  # the same for reading and iterating pages (S4, iterate)
INSTALL = BENCH / "results" / "install.md"  # sizes, install times, cold starts (bench/install.py)
TENANTS = BENCH / "results" / "tenants.md"  # 1,000 clients in one process (bench/tenants.py)
LEAD_QUEUE = BENCH / "results" / "lead_queue.md"  # leads in batches through LeadQueue (bench/lead_queue.py)
REDIS_LIMITER = BENCH / "results" / "redis_limiter.md"  # the limiter shared through Redis (bench/redis_limiter.py)

# (scenario, ctct client, compared with, at least this many times its calls/s)
TARGETS = [
    ("get", "ctct-cpp", "wrk", 0.8),
    ("get", "ctct-cpp", "libcurl", 0.95),
    ("get", "ctct-py", "requests", 4.0),
    ("get", "ctct-py", "httpx", 2.0),
    ("get", "ctct-py-async", "aiohttp", 1.5),
    ("get", "ctct-node", "fetch", 1.2),
    ("get", "ctct-node", "undici", 1.2),
    ("inflight", "ctct-py-async", "aiohttp", 3.0),
    ("inflight", "ctct-node", "undici", 1.5),
    ("page", "ctct-cpp", "libcurl", 0.3),
    ("page", "ctct-py", "requests", 5.0),
    ("page", "ctct-node", "undici", 1.5),
    ("page", "ctct-node", "fetch", 2.0),
]
S5_MAX_CALLS = 10
# The iterate row: memory is flat when the most contacts iterated peak at most this many MB above
# the fewest (a process's RSS moves by a few MB with the allocator's and the runtime's own state).
FLAT_MB = 5.0
CEILINGS = ("wrk", "libcurl")  # not clients a user would pick: what HTTP alone costs


def summarise(runs: List[Dict[str, Any]]) -> Dict[Tuple[str, str], Dict[str, Any]]:
    """Median and spread over the repetitions of each (scenario, client)."""
    grouped: Dict[Tuple[str, str], List[Dict[str, Any]]] = {}
    for run in runs:
        grouped.setdefault((run["scenario"], run["client"]), []).append(run)
    summary = {}
    for key, reps in grouped.items():
        good = [r for r in reps if r["exit"] == 0 and r.get("calls")]
        rates = [r["calls"] / r["wall_s"] for r in good]
        med = statistics.median
        summary[key] = {
            "reps": len(reps),
            "failed": len(reps) - len(good),
            "errors": sum(r.get("errors") or 0 for r in good),
            "rate": med(rates) if rates else None,
            "rate_min": min(rates) if rates else None,
            "rate_max": max(rates) if rates else None,
            "cpu_per_1k": med(r["cpu_s"] / r["calls"] * 1000 for r in good) if good else None,
            "p50_ms": med(r["p50_ms"] for r in good) if good else None,
            "p99_ms": med(r["p99_ms"] for r in good) if good else None,
            "rss_mb": med(r["rss_mb"] for r in good) if good else None,
        }
    return summary


def _num(value: Optional[float], digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def _ratio(summary, scenario: str, client: str, other: str) -> Optional[float]:
    a, b = summary.get((scenario, client)), summary.get((scenario, other))
    return a["rate"] / b["rate"] if a and b and a["rate"] and b["rate"] else None


def scenario_table(summary, scenario: str) -> List[str]:
    ceiling = summary.get((scenario, "wrk"), {}).get("rate")
    lines = [
        "| client | calls/s (median) | spread (min–max) | of wrk | CPU s / 1,000 calls | p50 ms | p99 ms | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [(c, summary[(scenario, c.key)]) for c in clients.CLIENT_LIST if (scenario, c.key) in summary]
    rows.sort(key=lambda row: -(row[1]["rate"] or 0))
    for client, s in rows:
        name = clients.display_name(client.key, scenario)
        if client.key.startswith("ctct"):
            name = f"**{name}**"
        if s["failed"] or s["errors"]:
            name += f" ({s['failed']} runs failed, {s['errors']} wrong answers)"
        share = f"{s['rate'] / ceiling:.2f}x" if ceiling and s["rate"] else "n/a"
        lines.append(
            f"| {name} | {_num(s['rate'])} | {_num(s['rate_min'])}–{_num(s['rate_max'])} | {share} | "
            f"{_num(s['cpu_per_1k'], 3)} | {_num(s['p50_ms'], 3)} | {_num(s['p99_ms'], 3)} | {_num(s['rss_mb'], 1)} |"
        )
    return lines


def iterate_summary(iterated: List[Dict[str, Any]]) -> Dict[str, Dict[int, Dict[str, float]]]:
    """Per client, per count of contacts: the median peak RSS and contacts/s of the repetitions."""
    groups: Dict[Tuple[str, int], List[Dict[str, Any]]] = {}
    for r in iterated:
        if r["exit"] == 0:
            groups.setdefault((r["client"], r["contacts"]), []).append(r)
    out: Dict[str, Dict[int, Dict[str, float]]] = {}
    for (client, count), rs in groups.items():
        out.setdefault(client, {})[count] = {
            "rss_mb": statistics.median(r["rss_mb"] for r in rs),
            "rate": statistics.median(r["contacts"] / r["wall_s"] for r in rs),
        }
    return out


def iterate_growth(per_count: Dict[int, Dict[str, float]]) -> Optional[float]:
    """MB the most contacts peak above the fewest."""
    if len(per_count) < 2:
        return None
    counts = sorted(per_count)
    return round(per_count[counts[-1]]["rss_mb"] - per_count[counts[0]]["rss_mb"], 1) + 0.0  # no "-0.0"


def iterate_section(iterated: List[Dict[str, Any]]) -> List[str]:
    summary = iterate_summary(iterated)
    if not summary:
        return ["Not run."]
    counts = sorted({count for per_count in summary.values() for count in per_count})
    lines = [
        "| client | " + " | ".join(f"peak RSS MB, {c:,} contacts" for c in counts) + " | growth MB | contacts/s |",
        "|---|" + "---:|" * (len(counts) + 2),
    ]
    for client, per_count in summary.items():
        growth = iterate_growth(per_count)
        cells = " | ".join(_num(per_count[c]["rss_mb"], 1) if c in per_count else "n/a" for c in counts)
        rate = _num(per_count[max(per_count)]["rate"])
        lines.append(f"| **{clients.BY_KEY[client].name}** | {cells} | {_num(growth, 1)} | {rate} |")
    return lines


def targets_table(summary, s5: Optional[Dict[str, Any]], iterated: List[Dict[str, Any]]) -> List[str]:
    lines = ["| scenario | target | measured | |", "|---|---|---:|---|"]
    for scenario, client, other, wanted in TARGETS:
        ratio = _ratio(summary, scenario, client, other)
        verdict = "n/a" if ratio is None else ("met" if ratio >= wanted else "**missed**")
        target = f"{clients.display_name(client, scenario)} >= {wanted:g}x {clients.display_name(other, scenario)}"
        measured = "n/a" if ratio is None else f"{ratio:.2f}x"
        lines.append(f"| {scenario_label(scenario)} | {target} | {measured} | {verdict} |")
    for client, per_count in iterate_summary(iterated).items():
        growth = iterate_growth(per_count)
        verdict = "n/a" if growth is None else ("met" if growth <= FLAT_MB else "**missed**")
        lines.append(
            f"| iterate | {clients.BY_KEY[client].name}: peak RSS at {max(per_count):,} contacts at most "
            f"{FLAT_MB:g} MB above {min(per_count):,} | {_num(growth, 1)} MB | {verdict} |"
        )
    if s5 and "api_calls" in s5:
        met = s5["api_calls"] <= S5_MAX_CALLS and s5["throttled_429"] == 0 and s5["ok"]
        lines.append(
            f"| S5 | at most {S5_MAX_CALLS} API calls and no 429 for {s5['contacts']:,} contacts | "
            f"{s5['api_calls']} calls, {s5['throttled_429']} 429s | {'met' if met else '**missed**'} |"
        )
    else:
        lines.append(f"| S5 | at most {S5_MAX_CALLS} API calls and no 429 | not run | n/a |")
    return lines


def scenario_label(scenario: str) -> str:
    return clients.SCENARIOS[scenario].split(" ")[0]


def s5_section(s5: Optional[Dict[str, Any]]) -> List[str]:
    if not s5:
        return ["Not run."]
    if "api_calls" not in s5:
        return [f"Failed: `{s5.get('failure', '').strip()[:500]}`"]
    hours = s5["one_call_per_contact_s"] / 3600
    lines = [
        "| contacts | in the list after | outcome | activities | API calls | 429s | wall time | one call per contact at 4/s |",
        "|---:|---:|---|---:|---:|---:|---:|---:|",
        f"| {s5['contacts']:,} | {s5['in_list']:,} | {s5['outcome']} | {s5['activities']} | {s5['api_calls']} | "
        f"{s5['throttled_429']} | {s5['wall_s']:.1f} s | {s5['one_call_per_contact_s']:,.0f} s ({hours:.1f} h) |",
        "",
        "Requests by route: " + ", ".join(f"`{route}` {n}" for route, n in sorted(s5["by_route"].items())) + ".",
    ]
    return lines


def chart(summary, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(13, 8.5))
    for ax, scenario in zip(axes.flat, clients.SCENARIOS):
        rows = [
            (clients.display_name(c.key, scenario), summary[(scenario, c.key)], c.key)
            for c in clients.CLIENT_LIST
            if (scenario, c.key) in summary and summary[(scenario, c.key)]["rate"]
        ]
        rows.sort(key=lambda row: row[1]["rate"])
        names = [r[0] for r in rows]
        rates = [r[1]["rate"] for r in rows]
        spread = [[r[1]["rate"] - r[1]["rate_min"] for r in rows], [r[1]["rate_max"] - r[1]["rate"] for r in rows]]
        colours = [
            "#1f77b4" if key.startswith("ctct") else ("#7f7f7f" if key in CEILINGS else "#ff7f0e") for _, _, key in rows
        ]
        ax.barh(names, rates, xerr=spread, color=colours, capsize=2)
        for y, rate in enumerate(rates):
            ax.text(rate, y, f" {rate:,.0f}", va="center", fontsize=8)
        ax.set_title(clients.SCENARIOS[scenario], fontsize=10)
        ax.set_xlabel("calls/s (median; bars: min–max)")
        ax.margins(x=0.18)
    fig.suptitle(
        "ctct (blue) against other clients (orange), wrk and libcurl alone (grey), nginx on loopback", fontsize=11
    )
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def write(results: Dict[str, Any], md_path: Path, png_path: Path) -> None:
    summary = summarise(results["runs"])
    chart(summary, png_path)
    m, st = results["machine"], results["settings"]
    rel_png = png_path.relative_to(md_path.parent) if png_path.is_relative_to(md_path.parent) else png_path
    lines = [
        "# Benchmark results",
        "",
        "Generated by `bench/report.py` from the raw figures in "
        f"`{'bench/results/results.json' if not results['smoke'] else 'results.json'}`; edit `bench/findings.md` and `bench/findings_pages.md`, not this file.",
        "",
        f"All figures come from **one run** of `{results['command']}` on this **{m['nproc']}-core machine**, "
        f"started {results['started']} and lasting {results['duration_s'] // 60} min. "
        f"Each (scenario, client) ran {st['reps']} times for {st['seconds']:g} s after {st['warmup']} untimed calls, "
        "each time as its own process; tables give the median of the repetitions and the spread of calls/s (min–max).",
        "",
        "## Targets",
        "",
        *targets_table(summary, results.get("s5"), results.get("iterate", [])),
        "",
        f"![calls/s per client per scenario]({rel_png})",
        "",
    ]
    for scenario, title in clients.SCENARIOS.items():
        lines += [f"## {title}", "", *scenario_table(summary, scenario), ""]
    lines += [
        "## Iterating contacts with iter(), pages of 500: peak RSS",
        "",
        *iterate_section(results.get("iterate", [])),
        "",
    ]
    lines += ["## S5 100,000 contacts into a list, the emulator's 4/s limit on", "", *s5_section(results.get("s5")), ""]
    lines += [
        "## How it was measured",
        "",
        "- nginx (one worker, keep-alive without a request limit, no access log) serves canned answers on "
        "127.0.0.1: one contact, the created contact (POST answering 201), and a page of 500 contacts. "
        "The canned JSON is what ctct's emulator answers for those calls (`bench/canned.py`), so every client "
        "parses Constant Contact's own shapes.",
        "- Every client checks every answer (status, and the field the scenario reads); a wrong answer is counted "
        "and marked in the tables. Competitors parse the body into their language's objects (`.json()`), ctct into "
        "its models.",
        "- ctct clients use `base_url` pointing at nginx, the rate limit off (`per_second` 0) and retries at "
        "their defaults. S3 keeps 64 GETs in flight (callbacks in C++, coroutines in Python, Promises in Node) with `max_connections` 64, one connection per request in flight as undici's Pool and aiohttp open.",
        "- `libcurl easy loop (no JSON)` (`bench/cpp/curl_bench.cpp`) is libcurl alone: one easy handle "
        "performing the same requests on the calling thread, reading each body without parsing it. Like wrk it is "
        "a ceiling, not a client a user would pick: any client built on libcurl (as ctct is) pays at least its cost.",
        "- calls/s = calls / timed wall seconds; CPU s / 1,000 calls = user + system time of the whole client "
        "process (all threads) over the timed part (wrk: its whole process, from `wait4`); p50 and p99 are "
        "per-call latencies (nearest rank); peak RSS is the process's maximum resident set (`wait4`).",
        "- The iterate row reads contacts with `iter()` (C++: `pages()`) over pages of 500 from a listing that "
        "nginx never ends (every page is the canned page with a next link to itself, `canned.ITERATE_PREFIX`), "
        "each count of contacts in its own process, and reads every contact's email address; peak RSS is "
        "the process's VmHWM as it reads it at its end.",
        '- S5 runs `ctct emulator` with `POST /__emulator/limits {"per_second":4}` and imports the contacts with '
        "`client.bulk().import_contacts` (`bench/cpp/bulk_import.cpp`) using the client's defaults; API calls and "
        "429s are the emulator's own counts.",
        "",
        "## Machine",
        "",
        f"- {m['nproc']} cores ({m['cpu']}), {m['memory_gib']} GiB, Linux {m['kernel']}",
        *[f"- {name}: {version}" for name, version in m["versions"].items()],
        "",
        "## Command",
        "",
        "```sh",
        "make bench          # installs nginx, wrk, the Python and Node clients under build/bench, then runs",
        "python bench/report.py bench/results/results.json   # regenerates this file and the chart",
        "```",
        "",
    ]
    for section in (INSTALL, TENANTS, LEAD_QUEUE, REDIS_LIMITER, FINDINGS, FINDINGS_PAGES):
        if section.exists() and not results["smoke"]:
            lines += [section.read_text().rstrip(), ""]
    md_path.write_text("\n".join(lines))


if __name__ == "__main__":
    raw = (Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH / "results" / "results.json").resolve()
    data = json.loads(raw.read_text())
    md = BENCH / "RESULTS.md" if not data["smoke"] else raw.parent / "RESULTS.md"
    write(data, md, raw.parent / "calls-per-second.png")
    print(f"wrote {md}")
