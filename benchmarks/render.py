"""Time a cold briefing render (HTML + PDF): ``briefing render`` against the naive chain.

Both sides start cold, in fresh processes, every repetition:

- ours: ``python -m analysis render ARTICLE --out TMP`` (one process: kernel, nbconvert
  and Chromium overlapped, see :mod:`analysis.render`);
- naive: ``papermill`` CLI, then ``jupyter nbconvert --to html --no-input``, then
  ``chromium --headless --print-to-pdf`` on the HTML.

The two alternate within each repetition so that load from elsewhere hits both alike. One
untimed round first fills the byte-code and font caches. Prints every run, both medians
and the ratio (target: ours at least 3 times faster). Run from the project root on a quiet
machine::

    .venv/bin/python benchmarks/render.py            # 5 repetitions of "seed"
    .venv/bin/python benchmarks/render.py --repeat 9 --article seed
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NOTEBOOK = PROJECT / "notebooks" / "reports" / "briefing.ipynb"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-pdf-header-footer",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def run(command: list[str], cwd: Path) -> None:
    """Run a command quietly; raise with its output if it fails."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")


def time_ours(article: str, work: Path) -> float:
    """One cold render with the project's command line."""
    started = time.perf_counter()
    run([sys.executable, "-m", "analysis", "render", article, "--out", str(work / "ours")], PROJECT)
    elapsed = time.perf_counter() - started
    for name in ("briefing.html", "briefing.pdf"):
        assert (work / "ours" / article / name).stat().st_size > 0
    return elapsed


def time_naive(article: str, work: Path, chromium: str) -> float:
    """One cold render with papermill, nbconvert and Chromium's command line."""
    executed, html, pdf = work / "naive.ipynb", work / "naive.html", work / "naive.pdf"
    for path in (executed, html, pdf):
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    run(
        [
            str(BIN / "papermill"),
            str(NOTEBOOK),
            str(executed),
            "-p",
            "article_id",
            article,
            "--log-level",
            "ERROR",
            "--no-progress-bar",
        ],
        PROJECT,
    )
    run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)], work)
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as profile:
        run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                html.as_uri(),
            ],
            work,
        )
    elapsed = time.perf_counter() - started
    assert html.stat().st_size > 0 and pdf.stat().st_size > 0
    return elapsed


def main() -> None:
    """Parse arguments, time both chains and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", default="seed", help="article id (default: seed)")
    parser.add_argument("--repeat", type=int, default=5, help="timed repetitions (default: 5)")
    parser.add_argument("--chromium", default="chromium", help="Chromium for the naive chain")
    args = parser.parse_args()

    load = os.getloadavg()[0]
    print(f"cores: {os.cpu_count()}, load average (1 min) before: {load:.2f}")
    if load > 0.5:
        print("warning: the machine is busy; figures will be noisy")
    ours: list[float] = []
    naive: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-render-") as folder:
        work = Path(folder)
        time_ours(args.article, work)
        time_naive(args.article, work, args.chromium)
        for repetition in range(1, args.repeat + 1):
            first, second = (ours, naive) if repetition % 2 else (naive, ours)
            for series in (first, second):
                if series is ours:
                    series.append(time_ours(args.article, work))
                else:
                    series.append(time_naive(args.article, work, args.chromium))
            print(f"run {repetition}: ours {ours[-1]:.2f} s, naive {naive[-1]:.2f} s")
    ours_median, naive_median = statistics.median(ours), statistics.median(naive)
    print(f"ours:  median {ours_median:.2f} s (min {min(ours):.2f}, max {max(ours):.2f})")
    print(f"naive: median {naive_median:.2f} s (min {min(naive):.2f}, max {max(naive):.2f})")
    print(f"ratio (naive / ours): {naive_median / ours_median:.2f}x (target >= 3x)")
    # Load from other work only ever adds time: the fastest runs are the least disturbed.
    print(f"ratio of the fastest runs: {min(naive) / min(ours):.2f}x")


if __name__ == "__main__":
    main()
