"""Benchmark of the default extraction pipeline on real articles of the shared ANT corpus.

Prints articles per second on one core, peak memory, the mean article length, and how the
time splits over the pipeline's steps. The sample is spread evenly over the corpus files
(one article in k of each), so it mixes outlets, sections and lengths. Steps are timed by
wrapping the step functions of :mod:`analysis.extract` in this process only; the pipeline
itself is not changed. After a warm-up the objects alive are frozen out of the garbage
collector (``gc.freeze()``, stated in the output; ``--no-freeze`` turns it off): see
:func:`freeze_heap`. Skips with a message (exit 0) when the corpus is absent.

Usage::

    .venv/bin/python benchmarks/extract.py --n 5000
"""

from __future__ import annotations

import argparse
import gc
import gzip
import math
import os
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from analysis import paths
from analysis.corpus import AntArticle, ant_files, iter_ant_articles

# The step functions the pipeline calls, as (module, function) in pipeline order.
STEPS = [
    ("cleaning", "prepare"),
    ("sources", "find_source_chain"),
    ("countries", "find_countries"),
    ("people", "find_people"),
    ("organizations", "find_organizations"),
    ("statements", "find_statements"),
    ("agreements", "find_agreements"),
    ("topics", "find_topics"),
    ("events", "find_events"),
    ("countries", "assign_roles"),
    ("events", "is_cooperation_news"),
]
TARGET = 1000.0  # articles per second per core (issue 3)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="articles to extract (default 5000)")
    parser.add_argument(
        "--corpus", type=Path, default=None, help="corpus root (default: ../shared/corpus)"
    )
    parser.add_argument(
        "--memory-sample",
        type=int,
        default=300,
        help="articles extracted under tracemalloc for the traced peak (default 300)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed passes over the sample; the best is reported, since other processes "
        "slow some passes down (default 3)",
    )
    parser.add_argument("--no-steps", action="store_true", help="skip the per-step timing pass")
    parser.add_argument(
        "--pin", action="store_true", help="pin the process to one CPU (Linux) before timing"
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="leave the word lists and the sample to the garbage collector (see freeze_heap)",
    )
    return parser.parse_args(argv)


def count_lines(path: Path) -> int:
    """Number of lines of a gzipped file."""
    with gzip.open(path, "rb") as handle:
        return sum(1 for _ in handle)


def load_sample(files: list[Path], n: int) -> list[AntArticle]:
    """About ``n`` articles spread evenly over ``files`` (one in k of each file).

    Args:
        files: ANT ``.jsonl.gz`` files.
        n: how many articles to take.
    """
    total = sum(count_lines(path) for path in files)
    every = max(1, total // max(n, 1))
    sample: list[AntArticle] = []
    for path in files:
        sample.extend(iter_ant_articles(path, every=every))
    if len(sample) > n:
        # Drop evenly rather than cutting the last file off.
        step = len(sample) / n
        sample = [sample[math.floor(i * step)] for i in range(n)]
    return sample


def pin_to_one_core() -> str:
    """Run this process on a single CPU, where the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this platform)"


def freeze_heap() -> str:
    """Move every object alive now (word lists, schema validators, the sample) out of the
    garbage collector's reach, as a long-running extractor would after loading.

    Full collections otherwise walk the tens of thousands of lexicon strings and the
    whole sample again and again, although none of it can be garbage; that is a cost
    of holding the sample in memory, which ``python -m analysis extract`` (one file at a
    time) does not pay in the same way. Objects the extraction creates are collected as
    usual.
    """
    gc.collect()
    gc.freeze()
    return f"gc.freeze() after warm-up ({gc.get_freeze_count():,} objects frozen)"


def run(
    articles: list[AntArticle],
    extract: Callable[..., object],
    failures: list[str] | None = None,
) -> tuple[float, float]:
    """Extract every article once; return the wall and CPU time in seconds.

    Args:
        articles: the sample.
        extract: the pipeline entry point.
        failures: where to record ``"<id>: <error>"`` for articles the extractor fails on;
            the benchmark reports them and goes on, so one bug does not hide the figures.
    """
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    for article in articles:
        try:
            extract(article.text, article.id, article.meta)
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            if failures is not None:
                failures.append(f"{article.id}: {type(error).__name__}: {error}"[:200])
    return time.perf_counter() - started, time.process_time() - cpu_started


def time_steps(articles: list[AntArticle], extract: Callable[..., object]) -> dict[str, float]:
    """Seconds spent in each pipeline step (and in the rest) over ``articles``."""
    import importlib

    spent: dict[str, float] = defaultdict(float)
    originals = []
    for module_name, function_name in STEPS:
        module = importlib.import_module(f"analysis.extract.{module_name}")
        function = getattr(module, function_name)
        label = f"{module_name}.{function_name}"

        def timed(*args, _f=function, _label=label, **kwargs):
            started = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_label] += time.perf_counter() - started

        originals.append((module, function_name, function))
        setattr(module, function_name, timed)
    try:
        total, _ = run(articles, extract)
    finally:
        for module, function_name, function in originals:
            setattr(module, function_name, function)
    steps = dict(spent)
    steps["(facts assembly and validation)"] = max(0.0, total - sum(steps.values()))
    return steps


def traced_peak(articles: list[AntArticle], extract: Callable[..., object]) -> int:
    """Peak bytes allocated by Python while extracting ``articles`` (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        run(articles, extract)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    """The process's peak resident set size in MB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    args = parse_args(argv)
    corpus = args.corpus or paths.corpus_dir()
    files = ant_files(corpus)
    if not files:
        print(f"skipped: no ANT corpus files in {corpus / 'ant'} (set BAYAN_CORPUS_DIR)")
        return 0
    from analysis.extract import EXTRACTOR, extract_text

    pinned = pin_to_one_core() if args.pin else "single thread, not pinned"
    rss_before = max_rss_mb()
    started = time.perf_counter()
    articles = load_sample(files, args.n)
    load_time = time.perf_counter() - started
    if not articles:
        print("skipped: the corpus files hold no articles")
        return 0
    chars = sum(len(a.text) for a in articles)

    started = time.perf_counter()
    run(articles[:1], extract_text)
    first = time.perf_counter() - started
    run(articles[:50], extract_text)  # warm caches before measuring
    frozen = "gc not frozen" if args.no_freeze else freeze_heap()

    failures: list[str] = []
    passes = [
        run(articles, extract_text, failures if i == 0 else None)
        for i in range(max(1, args.repeat))
    ]
    elapsed, cpu = min(passes)
    rate = len(articles) / elapsed

    print(f"extractor: {EXTRACTOR}, Python {sys.version.split()[0]}, {pinned}, {frozen}")
    print(f"corpus: {', '.join(p.name for p in files)} ({load_time:.1f} s to read the sample)")
    print(
        f"articles: {len(articles)}, mean length {chars / len(articles):.0f} characters "
        f"({chars / 1e6:.1f} M characters in all)"
    )
    print(f"first article (loads word lists): {first * 1000:.0f} ms")
    verdict = "meets" if rate >= TARGET else "BELOW"
    print(
        f"throughput: {rate:,.0f} articles/s on one core ({elapsed:.2f} s; "
        f"{chars / elapsed / 1e6:.2f} M chars/s; {verdict} the {TARGET:,.0f}/s target)"
    )
    print(f"CPU time: {len(articles) / cpu:,.0f} articles per CPU-second ({cpu:.2f} s)")
    if len(passes) > 1:
        rates = ", ".join(f"{len(articles) / wall:,.0f}" for wall, _ in passes)
        print(f"passes: {rates} articles/s (best reported)")
    if failures:
        print(f"FAILURES: the extractor raised on {len(failures)} article(s), for example:")
        for failure in failures[:5]:
            print(f"  {failure}")

    if not args.no_steps:
        steps = time_steps(articles, extract_text)
        total = sum(steps.values())
        print("per step (wrapped run; mean per article, share of the time):")
        for label, seconds in sorted(steps.items(), key=lambda item: -item[1]):
            per_article = seconds / len(articles) * 1e6
            print(f"  {label:<34}{per_article:>9.1f} µs {seconds / total:>7.1%}")

    sample = articles[: max(1, args.memory_sample)]
    peak = traced_peak(sample, extract_text)
    print(
        f"peak memory: {max_rss_mb():.0f} MB resident (process maximum; {rss_before:.0f} MB "
        f"before reading the corpus); {peak / 1e6:.1f} MB traced peak while extracting "
        f"{len(sample)} articles"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
