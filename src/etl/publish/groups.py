"""The estimates table → the estimate_groups table: per subject_key, how many sources gave a figure and how far they disagree."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from etl import contract


def estimate_groups(estimates: pa.Table) -> pa.Table:
    """One row per subject_key of `estimates` (rows without one are left out), sorted by subject_key."""
    schema = contract.load("estimate_groups").arrow()

    # Load: the estimates that have a subject.
    rows = estimates.filter(pc.is_valid(estimates["subject_key"]))
    if rows.num_rows == 0:
        return schema.empty_table()

    # Process: the figure each estimate commits to at its low and high end, and who gave it.
    low = pc.coalesce(rows["value"], rows["value_low"], rows["value_high"])
    high = pc.coalesce(rows["value"], rows["value_high"], rows["value_low"])
    claimant = pc.coalesce(rows["claimant_canonical"], rows["claimant"])
    attributed = pc.is_valid(claimant)
    work = pa.table({
        "subject_key": rows["subject_key"], "estimate_id": rows["estimate_id"], "article_id": rows["article_id"],
        # the category its key names: a figure kept aside from a story's sum (as `other`) is still of its subject
        "category": pa.array([k.split(":", 1)[0] for k in rows["subject_key"].to_pylist()], pa.string()),
        "low": low, "high": high, "claimant": claimant,
        # Disagreement is between claimants: unattributed figures do not count towards it.
        "claimed_low": pc.if_else(attributed, low, pa.scalar(None, pa.float64())),
        "claimed_high": pc.if_else(attributed, high, pa.scalar(None, pa.float64())),
    })
    grouped = work.group_by("subject_key", use_threads=False).aggregate([
        ("category", "min"), ("estimate_id", "count"), ("article_id", "count_distinct"),
        ("claimant", "count_distinct"), ("low", "min"), ("high", "max"), ("claimed_low", "min"),
        ("claimed_high", "max"), ("claimant", "distinct"),
    ])
    n_claimants = grouped["claimant_count_distinct"]
    disagree = pc.and_(pc.greater_equal(n_claimants, 2),
                       pc.fill_null(pc.less(grouped["claimed_low_min"], grouped["claimed_high_max"]), False))
    claimants = pa.array([sorted(c) for c in grouped["claimant_distinct"].to_pylist()], pa.list_(pa.string()))

    # Save: the contract's columns, in its order and types.
    out = pa.table({
        "subject_key": grouped["subject_key"], "category": grouped["category_min"],
        "n_estimates": grouped["estimate_id_count"], "n_articles": grouped["article_id_count_distinct"],
        "n_claimants": n_claimants, "value_min": grouped["low_min"], "value_max": grouped["high_max"],
        "claimed_min": grouped["claimed_low_min"], "claimed_max": grouped["claimed_high_max"], "disagree": disagree,
        "claimants": claimants,
    })
    return out.cast(schema).sort_by("subject_key")


def merge_groups(rows: pa.Table) -> pa.Table:
    """Group rows computed from disjoint sets of articles' estimates → one row per subject_key, sorted by it.

    Counts add up, since no article is in two of them. Only the keys given more than once are merged
    row by row: a run touches a few groups of many.
    """
    schema = contract.load("estimate_groups").arrow()
    counts = pc.value_counts(rows["subject_key"])
    repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
    twice = pc.is_in(rows["subject_key"], value_set=repeated)
    merged: dict[str, dict] = {}
    for row in rows.filter(twice).to_pylist():
        into = merged.get(row["subject_key"])
        if into is None:
            merged[row["subject_key"]] = row
            continue
        into["category"] = min(into["category"], row["category"])
        into["n_estimates"] += row["n_estimates"]
        into["n_articles"] += row["n_articles"]
        for column, pick in (("value_min", min), ("value_max", max), ("claimed_min", min), ("claimed_max", max)):
            values = [v for v in (into[column], row[column]) if v is not None]
            into[column] = pick(values) if values else None
        into["claimants"] = sorted(set(into["claimants"]) | set(row["claimants"]))
        into["n_claimants"] = len(into["claimants"])
        low, high = into["claimed_min"], into["claimed_max"]
        into["disagree"] = into["n_claimants"] >= 2 and low is not None and high is not None and low < high
    once = rows.filter(pc.invert(twice)).select(schema.names).cast(schema)
    return pa.concat_tables([once, pa.Table.from_pylist(list(merged.values()), schema=schema)]).sort_by("subject_key")
