"""Throughput and memory of the whole pipeline on a synthetic corpus: stages, `etl run`, incremental runs, 100k articles.

    python benchmarks/bench_pipeline.py                      # 10,000 articles, +100, 100,000 for memory
    python benchmarks/bench_pipeline.py --articles 2000 --big 0 --runs 1    # a quick look

Prints one JSON object. Rates are medians of --runs passes; the machine is shared, so compare ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from common import POLNEAR, load_articles, shared_available  # noqa: E402
from corpus import write_corpus  # noqa: E402

from etl.extract import estimates, events, statements  # noqa: E402
from etl.extract.batch import clear_caches, extract_article, extract_batch  # noqa: E402
from etl.extract.text import Doc  # noqa: E402
from etl.ingest import ingest  # noqa: E402
from etl.publish.stage import Stage  # noqa: E402
from etl.tables import to_table  # noqa: E402
from etl.validate.validate import validate_folder  # noqa: E402

ETL = str(Path(sys.executable).parent / "etl")


def median_rate(n: int, fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        clear_caches()  # each pass from cold: names and places met in an earlier pass are forgotten
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(n / statistics.median(times), 1)


def stage_rates(corpus: Path, runs: int) -> dict:
    """Articles per second of each stage on its own, in this one process."""
    articles = ingest(corpus).articles
    n = len(articles)
    docs = [Doc(a) for a in articles]
    found = [extract_article(a) for a in articles]
    out = {"articles": n, "words_per_article": round(sum(len(a.text.split()) for a in articles) / n)}
    out["ingest_per_s"] = median_rate(n, lambda: ingest(corpus), runs)
    out["statements_per_s"] = median_rate(n, lambda: [statements.extract(Doc(a)) for a in articles], runs)
    out["events_per_s"] = median_rate(n, lambda: [events.extract(Doc(a), f.statements)
                                                  for a, f in zip(articles, found)], runs)
    out["estimates_per_s"] = median_rate(n, lambda: [estimates.extract(Doc(a), f.statements, f.events)
                                                     for a, f in zip(articles, found)], runs)
    out["all_extractors_per_s"] = median_rate(n, lambda: [extract_article(a) for a in articles], runs)
    del docs
    with tempfile.TemporaryDirectory() as tmp:
        stage = Stage(Path(tmp))
        stage.add_all({"articles": to_table("articles", articles), **extract_batch(articles)})
        stage.close()
        out["validate_per_s"] = median_rate(n, lambda: validate_folder(Path(tmp)), runs)
    out["records_per_article"] = {name: round(sum(len(getattr(f, name)) for f in found) / n, 1)
                                  for name in ("statements", "events", "estimates")}
    return out


class PeakMemory:
    """Peak resident memory of a process and of its whole tree (workers, Prefect server), polled."""

    def __init__(self, pid: int):
        self.process = psutil.Process(pid)
        self.main = self.tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            try:
                main = self.process.memory_info().rss
                tree = main + sum(c.memory_info().rss for c in self.process.children(recursive=True))
            except psutil.Error:
                break
            self.main, self.tree = max(self.main, main), max(self.tree, tree)
            time.sleep(0.2)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"peak_main_mb": round(self.main / 2**20), "peak_tree_mb": round(self.tree / 2**20)}


def etl_run(inputs: Path, out: Path) -> dict:
    """One `etl run` as a user runs it: wall time, peak memory and the run's own summary."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([ETL, "run", str(inputs), "--out", str(out), "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    memory = PeakMemory(proc.pid)
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - t0
    peaks = memory.stop()
    if proc.returncode != 0:
        raise SystemExit(f"etl run failed with status {proc.returncode}")
    summary = json.loads(stdout)
    after_start = wall - summary["timings"].get("prefect_start", 0.0)
    return {"wall_s": round(wall, 1), "after_prefect_start_s": round(after_start, 1), **peaks,
            "extracted": summary["extracted"], "release": summary["release"], "timings": summary["timings"],
            "summary": summary}


def median_runs(results: list[dict]) -> dict:
    keys = ("wall_s", "after_prefect_start_s", "peak_main_mb", "peak_tree_mb")
    return {**{k: statistics.median(r[k] for r in results) for k in keys},
            "runs": [{k: r[k] for k in keys + ("extracted", "timings")} for r in results]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size for `etl run`")
    parser.add_argument("--add", type=int, default=100, help="articles added for the incremental run")
    parser.add_argument("--big", type=int, default=100_000, help="corpus size for the memory run (0: skip)")
    parser.add_argument("--stage-articles", type=int, default=2_000, help="articles for per-stage rates")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    report: dict = {"benchmark": "pipeline", "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        root = Path(tmp)
        small = write_corpus(root / "stage.jsonl", args.stage_articles)
        report["stages"] = stage_rates(small, args.runs)

        corpus = root / "corpus"
        corpus.mkdir()
        write_corpus(corpus / "base.jsonl", args.articles)
        full, incremental = [], []
        for i in range(args.runs):
            out = root / f"published-{i}"
            full.append(etl_run(corpus, out))
            write_corpus(corpus / "added.jsonl", args.add, start=args.articles)
            incremental.append(etl_run(corpus, out))
            (corpus / "added.jsonl").unlink()
            shutil.rmtree(out)
        report["etl_run"] = {"articles": args.articles, **median_runs(full)}
        report["incremental"] = {"articles": args.articles, "added": args.add, **median_runs(incremental)}

        if args.big:
            big = root / "big"
            big.mkdir()
            write_corpus(big / "big.jsonl", args.big)
            report["big"] = {"articles": args.big, **etl_run(big, root / "published-big")}

    if shared_available():
        articles = load_articles(POLNEAR)
        report["polnear"] = {"articles": len(articles), "all_extractors_per_s": median_rate(
            len(articles), lambda: [extract_article(a) for a in articles], args.runs)}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
