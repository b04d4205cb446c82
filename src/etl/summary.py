"""What one run did (inputs, articles, rejects, rows, release, validation, timings), for people and machines."""
from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from etl.records import Reject


@dataclass
class RunSummary:
    input: str
    dataset_dir: str
    inputs: int
    articles: int
    extracted: int  # articles new to the dataset (or with a new text), extracted in this run
    unchanged: int  # articles the dataset already had with the same text: not extracted again
    refreshed: int  # earlier articles extracted again because an extractor changed
    retried: int  # earlier articles whose extraction had failed, extracted again
    rejects: int
    rejects_by_reason: dict[str, int]
    reject_details: list[dict]
    extraction_errors: list[dict]  # rows of the release's extraction_errors table: articles whose extraction failed
    rows: dict[str, int]
    release: str | None  # None when validation failed and nothing was published
    release_path: str | None
    created: bool
    previous: str | None
    changes: dict[str, dict[str, int]]
    validation: dict
    timings: dict[str, float] = field(default_factory=dict)
    run_report: str | None = None  # where this summary was written, beside the dataset's releases

    def to_dict(self) -> dict:
        return asdict(self)

    def markdown(self) -> str:
        """The run as a short report for people (a Prefect artifact, the CLI's log)."""
        state = ("published" if self.created else "unchanged (no new release)" if self.release
                 else "not published: validation failed")
        lines = [f"# newsfacts run: {self.release} {state}", "",
                 f"- input: `{self.input}` → dataset `{self.dataset_dir}`",
                 f"- inputs {self.inputs} = articles {self.articles} + rejects {self.rejects}; "
                 f"extracted {self.extracted}, unchanged {self.unchanged}, refreshed {self.refreshed}, "
                 f"retried {self.retried}",
                 f"- validation: {self.validation['checks']} checks, {self.validation['failed']} failed",
                 "- timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.timings.items()), "",
                 "| table | rows | added | changed | removed |", "|---|---:|---:|---:|---:|"]
        for row in self.rows_table():
            lines.append(f"| {row['table']} | {row['rows']} | {row['added']} | {row['changed']} | {row['removed']} |")
        if self.validation.get("failures"):
            lines += ["", "## Failed checks", ""] + [f"- {f}" for f in self.validation["failures"]]
        if self.extraction_errors:
            lines += ["", "## " + self.extraction_failures(), ""] + [
                f"- `{e['article_id']}` ({e['source_id'] or 'no source id'}): {e['stage']} "
                f"(`{e['extractor']}`) raised {e['error_type']}: {e['message']}" for e in self.extraction_errors]
        if self.reject_details:
            lines += ["", "## Rejects", ""] + [
                f"- `{r['input_path']}`" + (f" line {r['line']}" if r["line"] else "") + f": {r['reason']}"
                for r in self.reject_details]
        return "\n".join(lines) + "\n"

    def extraction_failures(self) -> str:
        """One line for people: how many articles failed to extract, and where they went."""
        n = len({e["article_id"] for e in self.extraction_errors})
        return (f"extraction failed for {n} article{'s' if n != 1 else ''}: kept in articles without the records "
                "of the failing stage, and extracted again by the next run")

    @property
    def flags(self) -> list[dict]:
        """Plausibility checks that some published rows fail: counted, named, and not blocking."""
        return self.validation.get("flags", [])

    def rows_table(self) -> list[dict]:
        return [{"table": name, "rows": rows, **{k: self.changes.get(name, {}).get(k, 0)
                                                 for k in ("added", "changed", "removed")}}
                for name, rows in self.rows.items()]


def run_report_path() -> tuple[str, str]:
    """Where a run's report goes in the dataset folder: runs/<UTC time>-<random>.json, sortable by time."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return "runs", f"{stamp}-{uuid.uuid4().hex[:6]}.json"


def reject_facts(rejects: list[Reject]) -> tuple[dict[str, int], list[dict]]:
    by_reason = dict(sorted(Counter(r.reason_code for r in rejects).items()))
    details = [{"input_path": r.input_path, "line": r.line, "reason_code": r.reason_code, "reason": r.reason}
               for r in rejects]
    return by_reason, details
