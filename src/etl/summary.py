"""What one run did (inputs, articles, rejects, rows, release, validation, timings), for people and machines."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

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
    rejects: int
    rejects_by_reason: dict[str, int]
    reject_details: list[dict]
    rows: dict[str, int]
    release: str | None
    release_path: str | None
    created: bool
    previous: str | None
    changes: dict[str, dict[str, int]]
    validation: dict
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def reject_facts(rejects: list[Reject]) -> tuple[dict[str, int], list[dict]]:
    by_reason = dict(sorted(Counter(r.reason_code for r in rejects).items()))
    details = [{"input_path": r.input_path, "line": r.line, "reason_code": r.reason_code, "reason": r.reason}
               for r in rejects]
    return by_reason, details
