"""Soak: `etl run` on every real dev text and on crafted hard texts, and on them replicated to 10,000+ articles.

    python benchmarks/bench_soak.py                   # every dev set, the hard texts, 10,000 real articles x3
    python benchmarks/bench_soak.py --articles 2000 --runs 1     # a quick look

Every run must publish, with every input item an article or a reported reject; the script exits 1
otherwise. It prints one JSON object: per run, articles published, extraction failures, plausibility
flags by check, wall time (Prefect start, validation and publishing included) and peak memory.
Replicas keep their text and get a new id and a publication date drawn between 2005 and 2024, so
dates in the text fall before, on and long after publication. Skips cleanly without ../shared.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_pipeline import etl_run  # noqa: E402
from common import SHARED, skip_without_shared  # noqa: E402
from hard_texts import write as write_hard_texts  # noqa: E402

DEV = SHARED / "eval" / "dev"
FIRST_DAY, LAST_DAY = date(2005, 1, 1), date(2024, 12, 31)


def dev_rows(path: Path) -> list[dict]:
    """The dev set's articles without their gold annotation: what a user would feed the pipeline."""
    rows = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            row.pop("gold", None)
            rows.append(row)
    return rows


def replicate(rows: list[dict], n: int, out: Path, seed: int = 12) -> Path:
    """n articles cycling through rows, each with its own id and a publication date in 2005-2024."""
    draw = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            row = dict(rows[i % len(rows)])
            row["id"] = f"{row['id']}#{i // len(rows)}"
            row["published_at"] = (FIRST_DAY + timedelta(days=draw.randrange(span + 1))).isoformat()
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def soak(inputs: Path, out: Path, items: int) -> dict:
    """One run: it must publish, and account for every input item."""
    run = etl_run(inputs, out)
    summary = run["summary"]
    flags = Counter()
    for flag in summary["validation"].get("flags", []):
        flags[f"{flag['table']}: {flag['check']}"] += flag["count"]
    failed = {e["article_id"] for e in summary["extraction_errors"]}
    ok = bool(summary["created"]) and summary["rows"]["articles"] + summary["rejects"] == items
    return {"ok": ok, "inputs": items, "articles_published": summary["rows"]["articles"],
            "rejects": summary["rejects_by_reason"], "extraction_failures": len(failed),
            "errors_by_type": dict(sorted(Counter(f"{e['stage']}: {e['error_type']}"
                                                 for e in summary["extraction_errors"]).items())),
            "plausibility_flags": dict(flags), "rows": summary["rows"], "wall_s": run["wall_s"],
            "peak_main_mb": run["peak_main_mb"], "peak_tree_mb": run["peak_tree_mb"],
            "timings": summary["timings"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="size of the replicated corpora")
    parser.add_argument("--runs", type=int, default=3, help="runs of the mixed replicated corpus (median wall time)")
    args = parser.parse_args()
    skip_without_shared("soak")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    report: dict = {"benchmark": "soak", "cpus": os.cpu_count(), "runs": {}}
    sets = {path.stem: dev_rows(path) for path in sorted(DEV.glob("*.jsonl"))}
    with tempfile.TemporaryDirectory(prefix="newsfacts-soak-") as tmp:
        root = Path(tmp)
        # Each dev set as it is, then the crafted texts
        for name, rows in sets.items():
            folder = root / name
            folder.mkdir()
            with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            report["runs"][name] = soak(folder, root / f"out-{name}", len(rows))
        hard = root / "hard"
        hard.mkdir()
        write_hard_texts(hard / "hard.jsonl")
        items = sum(1 for _ in (hard / "hard.jsonl").open(encoding="utf-8"))
        report["runs"]["hard_texts"] = soak(hard, root / "out-hard", items)
        # PolNeAR replicated, the case that once published nothing; then every dev text, mixed
        polnear = root / "polnear-10k"
        polnear.mkdir()
        replicate(sets["polnear_train"], args.articles, polnear / "polnear.jsonl")
        report["runs"]["polnear_replicated"] = soak(polnear, root / "out-polnear-10k", args.articles)
        mixed = root / "mixed"
        mixed.mkdir()
        replicate([r for rows in sets.values() for r in rows], args.articles, mixed / "mixed.jsonl")
        repeats = [soak(mixed, root / f"out-mixed-{i}", args.articles) for i in range(args.runs)]
        report["runs"]["all_dev_replicated"] = {
            **repeats[0], "wall_s": statistics.median(r["wall_s"] for r in repeats),
            "wall_s_runs": [r["wall_s"] for r in repeats],
            "peak_tree_mb": max(r["peak_tree_mb"] for r in repeats), "ok": all(r["ok"] for r in repeats)}
    report["ok"] = all(r["ok"] for r in report["runs"].values())
    print(json.dumps(report, indent=1))
    if not report["ok"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
