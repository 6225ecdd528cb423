"""Where the benchmarks live: the repository root and their work folder under build/."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench"
