"""Incremental runs on a growing dataset (issue 14): the cost of adding 100 articles must not grow with the dataset.

    python benchmarks/bench_increments.py                        # 2,000 and 20,000 articles, 100 runs in series
    python benchmarks/bench_increments.py --big                  # also 100,000 synthetic articles (long)
    python benchmarks/bench_increments.py --sizes 300,600 --runs 1 --series 5 --series-base 2000 \
        --kinds synthetic                                        # a quick look

Prints one JSON object; progress goes to stderr. Two parts:

1. Growth. For each corpus kind (synthetic; PolNeAR texts replicated, when ../shared is there) and base
   size, one `etl run` builds the dataset, then --runs separate `etl run`s each add 100 new articles
   (they accumulate; each run reads only its new file, as a landing-zone run does, or with --rescan the
   whole input folder). Medians of wall time, validation time and disk added per +100 run, and their
   ratios to the smallest size. Targets: 20,000 vs 2,000 articles, wall ratio <= 1.3 and disk ratio
   <= 1.5; 100,000 vs 2,000, both <= 1.5.
2. Series. --series consecutive +100 runs on a --series-base (20,000) article dataset. Targets: the
   median wall time of the last ten runs is not above that of the first ten (and the same for their CPU
   time, which the machine's other load disturbs much less; with the local engine a run is one process); the whole dataset folder
   after the series is at most 1.3x the latest release once compacted (`etl compact`). Also reported:
   `etl validate` of the first release and `etl validate --changed` of the latest (pass, seconds), and
   the dataset's size after `etl prune --keep 1`.
   Paired replay: the machine's load drifts over a series of twenty minutes, and a first-ten against last-ten
   ratio measures that drift as much as the dataset. So the dataset as it was after the tenth run is kept
   (`cp -a`, links preserved), and after the series the same +100 articles (new to both) are run --replays
   times on a fresh copy of each, alternating which goes first: the ratio of their medians (last over first,
   CPU and wall) is what the number of runs before costs, with the drift falling on both alike.

Synthetic articles are published in the order of their ids (--dates feed, 40 a day), as a schedule receives
news: a run of 100 brings the news of two or three days. With --dates random each is published on a random
day of 600, so every run's figures fall in every month (see what that costs in the README).

Disk is counted with hard links once (releases share their Parquet parts). Every `etl` runs in a
subprocess; peak memory is that of its whole process tree. The machine may be shared: compare ratios.
A failed `etl run` ends its part (the error is reported with the runs done so far) and the script
exits 1 after printing the report.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_pipeline import ETL, PeakMemory, etl_run  # noqa: E402
from bench_soak import dev_rows, replicate  # noqa: E402
from common import POLNEAR, shared_available  # noqa: E402
from corpus import write_corpus  # noqa: E402

ADD = 100  # articles added by each incremental run
WINDOW = 10  # runs at each end of the series compared
REPLAYS = 5  # paired runs on the dataset after WINDOW runs and after the series
TARGETS = {  # (larger, smaller) base size -> largest ratios of the +100 runs' medians
    (20_000, 2_000): {"wall_s": 1.3, "disk_added_bytes": 1.5},
    (100_000, 2_000): {"wall_s": 1.5, "disk_added_bytes": 1.5},
}
SERIES_TARGETS = {"last_over_first_wall": 1.0, "total_over_compacted_release": 1.3}

Writer = Callable[[Path, int, int], None]  # (path, start, n): articles start..start+n-1 of a corpus


class RunFailed(Exception):
    """An `etl run` exited with an error."""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def disk_bytes(folder: Path) -> int:
    """Bytes of the files under folder, each hard-linked file once; symbolic links are not followed."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for parent, _, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(parent, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total


def disk_by_kind(dataset: Path) -> dict[str, int]:
    """Bytes of a dataset by what they are, each hard-linked file once: the part store by table (part lists
    apart), each kind of release file (datapackage.json, changelog.parquet, ...), and the run records."""
    seen: set[tuple[int, int]] = set()
    kinds: dict[str, int] = {}
    # The part store first: a release's table folders hold links to its files
    walked = [*os.walk(dataset / "parts"),
              *(w for w in os.walk(dataset) if Path(w[0]).relative_to(dataset).parts[:1] != ("parts",))]
    for parent, _, files in walked:
        relative = Path(parent).relative_to(dataset).parts
        for name in files:
            st = os.lstat(os.path.join(parent, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            if relative[:1] == ("parts",):
                kind = "/".join(relative[:2])
            elif relative and relative[0] != "runs" and len(relative) > 1:
                kind = f"release {relative[1]}/"  # schema/, data-docs/ (a table's parts are in the part store)
            else:
                kind = f"release {name}" if relative and relative[0] != "runs" else "runs/"
            kinds[kind] = kinds.get(kind, 0) + st.st_size
    return dict(sorted(kinds.items(), key=lambda kv: -kv[1]))


def release_by_kind(release: Path) -> dict[str, int]:
    """Bytes of one release folder by table folder or file name (hard links counted, as a copy would hold them)."""
    kinds: dict[str, int] = {}
    for path in release.rglob("*"):
        if path.is_file():
            top = path.relative_to(release).parts[0]
            kinds[top] = kinds.get(top, 0) + path.stat().st_size
    return dict(sorted(kinds.items(), key=lambda kv: -kv[1]))


def parquet_files(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.parquet"))


# Corpora -------------------------------------------------------------------------------------------

def synthetic_writer(scratch: Path, total: int, feed: bool = True) -> Writer:
    def write(path: Path, start: int, n: int) -> None:
        write_corpus(path, n, start=start, feed=feed)
    return write


def polnear_writer(scratch: Path, total: int) -> Writer:
    """PolNeAR texts replicated (bench_soak) to `total` articles with distinct ids; slices of that file."""
    replicated = replicate(dev_rows(POLNEAR), total, scratch / "polnear-replicated.jsonl")

    def write(path: Path, start: int, n: int) -> None:
        with replicated.open(encoding="utf-8") as rows, path.open("w", encoding="utf-8") as out:
            out.writelines(islice(rows, start, start + n))
    return write


WRITERS = {"synthetic": synthetic_writer, "polnear": polnear_writer}


# Running etl -------------------------------------------------------------------------------------

def etl(*args: str) -> dict:
    """`etl ARGS` in a subprocess: whether it exited 0, its output, wall seconds, peak memory of its tree."""
    t0, cpu0 = time.perf_counter(), children_cpu()
    proc = subprocess.Popen([ETL, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(proc.pid)
    stdout, stderr = proc.communicate()
    return {"ok": proc.returncode == 0, "returncode": proc.returncode, "stdout": stdout, "stderr": stderr,
            "seconds": round(time.perf_counter() - t0, 2), "cpu_s": round(children_cpu() - cpu0, 2),
            **memory.stop()}


def children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes so far, their own children included.

    On a shared machine a run's wall time follows the other load; its CPU time much less so."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(inputs: Path, dataset: Path, engine: str) -> dict:
    """One `etl run`: the prefect engine exactly as bench_pipeline runs it, any other with --engine."""
    if engine == "prefect":
        try:
            result = etl_run(inputs, dataset)
        except SystemExit as stop:  # etl_run exits on a failed run
            raise RunFailed(str(stop)) from None
        summary, wall, tree = result["summary"], result["wall_s"], result["peak_tree_mb"]
    else:
        result = etl("run", inputs, "--out", dataset, "--json", "--engine", engine)
        if not result["ok"]:
            raise RunFailed(f"etl run --engine {engine} exited {result['returncode']}: {result['stderr'][-2000:]}")
        summary, wall, tree = json.loads(result["stdout"]), result["seconds"], result["peak_tree_mb"]
    return {"wall_s": wall, "cpu_s": result.get("cpu_s"), "validate_s": summary["timings"].get("validate"),
            "peak_tree_mb": tree,
            "extracted": summary["extracted"], "release": summary["release"], "timings": summary["timings"]}


def add_run(write: Writer, inputs: Path, dataset: Path, start: int, engine: str, rescan: bool) -> dict:
    """Write ADD new articles as a new file of the input folder, run on it (`rescan`: on the whole folder,
    whose older articles the run finds unchanged), and measure the disk the run added."""
    added = inputs / f"added-{start}.jsonl"
    write(added, start, ADD)
    before = disk_bytes(dataset)
    result = run(inputs if rescan else added, dataset, engine)
    result["disk_added_bytes"] = disk_bytes(dataset) - before
    if result["extracted"] != ADD:
        log(f"  warning: {result['extracted']} articles extracted, expected {ADD}")
    return result


def build(write: Writer, inputs: Path, dataset: Path, size: int, engine: str) -> dict:
    inputs.mkdir(parents=True)
    write(inputs / "base.jsonl", 0, size)
    log(f"  base run: {size} articles ({engine})")
    base = run(inputs, dataset, engine)
    log(f"  base run: {base['wall_s']} s, release {base['release']}, {disk_bytes(dataset):,} bytes")
    return base


# Part 1: growth ----------------------------------------------------------------------------------

def medians(runs: list[dict]) -> dict:
    if not runs:
        return {}
    return {key: statistics.median(r[key] for r in runs) for key in ("wall_s", "validate_s", "disk_added_bytes")}


def failed(error: RunFailed) -> dict:
    log(f"  FAILED: {error}")
    return {"error": str(error)}


def growth(root: Path, kind: str, size: int, runs: int, engine: str, keep: bool, rescan: bool) -> dict:
    folder = root / f"{kind}-{size}"
    folder.mkdir()
    write = WRITERS[kind](folder, size + runs * ADD)
    inputs, dataset = folder / "input", folder / "dataset"
    report: dict = {"articles": size}
    added: list[dict] = []
    try:
        report["base_run"] = build(write, inputs, dataset, size, engine)
        for k in range(runs):
            added.append(add_run(write, inputs, dataset, size + k * ADD, engine, rescan))
            log(f"  +{ADD} run {k + 1}/{runs}: {added[-1]['wall_s']} s, validate {added[-1]['validate_s']} s, "
                f"{added[-1]['disk_added_bytes']:,} bytes")
    except RunFailed as error:
        report.update(failed(error))
    if not keep:
        shutil.rmtree(folder)
    done = [r for r in (report.get("base_run"), *added) if r]
    return {**report, **medians(added), "peak_tree_mb": max((r["peak_tree_mb"] for r in done), default=None),
            "runs": added}


def ratios(by_size: dict[int, dict]) -> dict:
    """Each size's medians over those of the smallest size, with the target where issue 14 sets one."""
    by_size = {size: result for size, result in by_size.items() if "wall_s" in result}
    if not by_size:
        return {}
    smallest = min(by_size)
    out = {}
    for size, result in sorted(by_size.items()):
        if size == smallest:
            continue
        targets = TARGETS.get((size, smallest), {})
        for key in ("wall_s", "disk_added_bytes"):
            ratio = round(result[key] / by_size[smallest][key], 2) if by_size[smallest][key] else None
            met = None if key not in targets or ratio is None else ratio <= targets[key]
            out.setdefault(f"{size}/{smallest}", {})[key] = {"ratio": ratio, "target": targets.get(key), "met": met}
    return out


def part_growth(root: Path, kinds: list[str], sizes: list[int], runs: int, engine: str, keep: bool,
                rescan: bool) -> dict:
    report = {}
    for kind in kinds:
        if kind == "polnear" and not shared_available():
            report[kind] = {"skipped": f"{POLNEAR} not found"}
            continue
        by_size = {}
        for size in sizes:
            log(f"growth: {kind}, {size} articles, {runs} runs of +{ADD}")
            by_size[size] = growth(root, kind, size, runs, engine, keep, rescan)
        report[kind] = {"sizes": {str(s): r for s, r in by_size.items()}, "ratios": ratios(by_size)}
    return report


# Part 2: a long series ---------------------------------------------------------------------------

def timed(*args: str) -> dict:
    result = etl(*args)
    log(f"  etl {' '.join(map(str, args))}: {'ok' if result['ok'] else 'FAILED'} in {result['seconds']} s")
    out = {"ok": result["ok"], "seconds": result["seconds"], "peak_tree_mb": result["peak_tree_mb"]}
    if not result["ok"]:
        out["error"] = (result["stderr"] or result["stdout"])[-2000:]
    return out


def series_runs(write: Writer, inputs: Path, dataset: Path, base: int, n: int, engine: str,
                rescan: bool) -> Iterator[dict]:
    """n runs of +ADD, each yielded as it finishes."""
    for k in range(n):
        result = add_run(write, inputs, dataset, base + k * ADD, engine, rescan)
        if (k + 1) % 10 == 0 or k + 1 == n:
            log(f"  series: {k + 1}/{n} runs, last {result['wall_s']} s, dataset {disk_bytes(dataset):,} bytes")
        yield result


def stage_medians(runs: list[dict]) -> dict:
    """Median seconds of each stage the runs timed (ingest_extract, carry_over, validate, publish, ...)."""
    stages = dict.fromkeys(stage for r in runs for stage in r["timings"])
    return {stage: round(statistics.median(r["timings"].get(stage, 0.0) for r in runs), 3) for stage in stages}


def series_times(runs: list[dict]) -> dict:
    """The first ten runs' median wall time against the last ten's (and per stage, to see what grew), and the
    medians of the whole series."""
    if not runs:
        return {}
    walls = [r["wall_s"] for r in runs]
    first, last = statistics.median(walls[:WINDOW]), statistics.median(walls[-WINDOW:])
    ratio = round(last / first, 3)
    cpus = [r["cpu_s"] for r in runs if r.get("cpu_s") is not None]
    cpu = {}
    if len(cpus) == len(runs):  # the local engine: the run is one process, its CPU time is all of it
        cpu_first, cpu_last = statistics.median(cpus[:WINDOW]), statistics.median(cpus[-WINDOW:])
        cpu = {"first_ten_median_cpu_s": cpu_first, "last_ten_median_cpu_s": cpu_last,
               "last_over_first_cpu": {"ratio": round(cpu_last / cpu_first, 3),
                                       "target": SERIES_TARGETS["last_over_first_wall"],
                                       "met": cpu_last <= cpu_first * SERIES_TARGETS["last_over_first_wall"]}}
    return {"first_ten_median_wall_s": first, "last_ten_median_wall_s": last,
            "last_over_first_wall": {"ratio": ratio, "target": SERIES_TARGETS["last_over_first_wall"],
                                     "met": ratio <= SERIES_TARGETS["last_over_first_wall"]}, **cpu,
            "first_ten_stages_s": stage_medians(runs[:WINDOW]), "last_ten_stages_s": stage_medians(runs[-WINDOW:]),
            "median_validate_s": statistics.median(r["validate_s"] for r in runs),
            "median_disk_added_bytes": statistics.median(r["disk_added_bytes"] for r in runs)}


def maintenance(dataset: Path, first_release: str) -> dict:
    """After the series: validate the first and the latest release, compact, prune; sizes at each step."""
    latest = dataset / "latest"
    out = {"total_bytes": disk_bytes(dataset), "parts_bytes": disk_bytes(dataset / "parts"),
           "bytes_by_kind": disk_by_kind(dataset),
           "latest_release_parquet_files": parquet_files(latest.resolve()),
           "validate_first": timed("validate", dataset / first_release),
           "validate_changed_latest": timed("validate", "--changed", latest),
           "compact": timed("compact", dataset)}
    compacted = latest.resolve()
    out["compacted_release"] = compacted.name
    out["compacted_release_bytes"] = disk_bytes(compacted)
    out["compacted_release_parquet_files"] = parquet_files(compacted)
    out["compacted_release_bytes_by_kind"] = release_by_kind(compacted)
    ratio = round(out["total_bytes"] / out["compacted_release_bytes"], 2)
    target = SERIES_TARGETS["total_over_compacted_release"]
    out["total_over_compacted_release"] = {"ratio": ratio, "target": target,  # no verdict if nothing was compacted
                                           "met": ratio <= target if out["compact"]["ok"] else None}
    out["prune_keep_1"] = timed("prune", dataset, "--keep", "1")
    out["total_bytes_after_prune"] = disk_bytes(dataset)
    return out


def copy_dataset(source: Path, target: Path) -> None:
    """A copy of a dataset folder with its hard links and symbolic links as they are (`cp -a`)."""
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)


def replay(write: Writer, folder: Path, snapshots: dict[str, Path], start: int, engine: str, repeats: int) -> dict:
    """The same +ADD articles run on a fresh copy of each snapshot, `repeats` times, alternating the order;
    medians of each snapshot's wall and CPU seconds and the ratio of the last snapshot's to the first's."""
    added = folder / "replay.jsonl"
    write(added, start, ADD)
    times: dict[str, list[dict]] = {name: [] for name in snapshots}
    for k in range(repeats):
        order = list(snapshots) if k % 2 == 0 else list(reversed(snapshots))
        for name in order:
            work = folder / "replay-dataset"
            copy_dataset(snapshots[name], work)
            os.sync()  # the copy's writeback is the benchmark's, not the run's
            result = run(added, work, engine)
            shutil.rmtree(work)
            times[name].append({"wall_s": result["wall_s"], "cpu_s": result["cpu_s"]})
        log(f"  replay {k + 1}/{repeats}: " + ", ".join(f"{n} {t[-1]['wall_s']} s" for n, t in times.items()))
    out: dict = {"repeats": repeats, "runs": times}
    (first, last), target = list(snapshots), SERIES_TARGETS["last_over_first_wall"]
    for key in ("wall_s", "cpu_s"):
        values = {name: [t[key] for t in runs if t[key] is not None] for name, runs in times.items()}
        if not all(values.values()):
            continue
        medians_ = {name: statistics.median(v) for name, v in values.items()}
        ratio = round(medians_[last] / medians_[first], 3)
        out[key] = {**{f"median_{name}": m for name, m in medians_.items()},
                    "last_over_first": {"ratio": ratio, "target": target, "met": ratio <= target}}
    return out


def part_series(root: Path, n: int, base_size: int, base_engine: str, engine: str, keep: bool,
                rescan: bool, replays: int = REPLAYS) -> dict:
    folder = root / f"series-{base_size}"
    folder.mkdir()
    log(f"series: {n} runs of +{ADD} on {base_size} synthetic articles ({engine})")
    write = WRITERS["synthetic"](folder, base_size + (n + 1) * ADD)
    inputs, dataset = folder / "input", folder / "dataset"
    early = folder / f"dataset-after-{WINDOW}"
    report: dict = {"articles": base_size, "runs": n, "engine": engine, "base_engine": base_engine}
    runs: list[dict] = []
    try:
        report["base_run"] = build(write, inputs, dataset, base_size, base_engine)
        for result in series_runs(write, inputs, dataset, base_size, n, engine, rescan):
            runs.append(result)
            if len(runs) == WINDOW and n > WINDOW and replays:
                copy_dataset(dataset, early)
        if early.exists():
            log(f"replay: +{ADD} on the dataset after {WINDOW} runs and after {n}, {replays} times each")
            report["paired_replay"] = replay(write, folder, {f"after_{WINDOW}": early, f"after_{n}": dataset},
                                             base_size + n * ADD, engine, replays)
            if not keep:
                shutil.rmtree(early)
    except RunFailed as error:
        report.update(failed(error), runs_done=len(runs))
    report.update(series_times(runs))
    if "base_run" in report:
        report.update(maintenance(dataset, report["base_run"]["release"]))
    for key in ("wall_s", "cpu_s", "validate_s", "disk_added_bytes", "peak_tree_mb"):
        report[key] = [r.get(key) for r in runs]
    if not keep:
        shutil.rmtree(folder)
    return report


# Main --------------------------------------------------------------------------------------------

@contextmanager
def work_folder(keep: bool):
    if keep:
        path = Path(tempfile.mkdtemp(prefix="newsfacts-increments-", dir="/tmp"))
        log(f"working in {path} (kept)")
        yield path
    else:
        with tempfile.TemporaryDirectory(prefix="newsfacts-increments-", dir="/tmp") as tmp:
            yield Path(tmp)


def walk(report: object) -> Iterator[tuple[str, object]]:
    """Every (key, value) pair of the report, at any depth."""
    items = report.items() if isinstance(report, dict) else enumerate(report) if isinstance(report, list) else ()
    for key, value in items:
        yield str(key), value
        yield from walk(value)


def peak_memory(report: dict) -> int:
    """The largest peak memory of an `etl` process tree anywhere in the report."""
    peaks = [v for k, v in walk(report) if k == "peak_tree_mb"]
    return max((p for v in peaks for p in (v if isinstance(v, list) else [v])), default=0)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,20000", help="base sizes of the growth part, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help=f"+{ADD} runs on each base size")
    parser.add_argument("--big", action="store_true", help="also 100,000 synthetic articles (takes long)")
    parser.add_argument("--kinds", default="synthetic,polnear", help="corpus kinds: synthetic, polnear")
    parser.add_argument("--engine", default="prefect", help="engine of the growth part and of the base runs")
    parser.add_argument("--series", type=int, default=100, help=f"consecutive +{ADD} runs (0: skip)")
    parser.add_argument("--series-base", type=int, default=20_000, help="articles before the series")
    parser.add_argument("--series-engine", default="local", help="engine of the series' +100 runs")
    parser.add_argument("--replays", type=int, default=REPLAYS,
                        help=f"paired +{ADD} runs on the dataset after {WINDOW} runs and after the series (0: none)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder and print its path")
    parser.add_argument("--rescan", action="store_true",
                        help="each +100 run reads the whole input folder (the older articles are found "
                             "unchanged), as bench_pipeline does; by default it reads only its new file")
    parser.add_argument("--dates", default="feed", choices=("feed", "random"),
                        help="synthetic articles published in the order of their ids, as a feed brings news "
                             "(40 a day), or each on a random day of 600 (runs then touch every month's groups)")
    parser.add_argument("--views", default="release", choices=("release", "on-demand"),
                        help="every etl run's --views: HTML views in each release, or rendered on demand")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ["NEWSFACTS_VIEWS"] = args.views  # what `etl run --views` sets, for every run of the benchmark
    WRITERS["synthetic"] = partial(synthetic_writer, feed=args.dates == "feed")
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = set(kinds) - set(WRITERS)
    if unknown:
        raise SystemExit(f"unknown --kinds: {', '.join(sorted(unknown))} (choose from {', '.join(WRITERS)})")
    report: dict = {"benchmark": "increments", "cpus": os.cpu_count(), "added_per_run": ADD,
                    "engine": args.engine, "input": "the whole input folder" if args.rescan else "the new file",
                    "views": args.views, "synthetic_dates": args.dates}
    t0 = time.perf_counter()
    with work_folder(args.keep) as root:
        if args.keep:
            report["kept"] = str(root)
        report["growth"] = part_growth(root, kinds, sizes, args.runs, args.engine, args.keep, args.rescan)
        if args.big:
            log("growth: --big")
            big = growth(root, "synthetic", 100_000, args.runs, args.engine, args.keep, args.rescan)
            synthetic = report["growth"].setdefault("synthetic", {"sizes": {}})
            synthetic["sizes"]["100000"] = big
            synthetic["ratios"] = ratios({int(s): r for s, r in synthetic["sizes"].items()})
        if args.series:
            report["series"] = part_series(root, args.series, args.series_base, args.engine,
                                           args.series_engine, args.keep, args.rescan, args.replays)
    report["max_peak_tree_mb"] = peak_memory(report)
    report["ok"] = not any(k == "error" for k, _ in walk(report))
    report["total_s"] = round(time.perf_counter() - t0)
    print(json.dumps(report, indent=1))
    if not report["ok"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
