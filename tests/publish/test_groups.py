"""publish.groups.estimate_groups: estimates of one subject side by side, disagreement flagged."""
import pyarrow as pa

from etl import contract
from etl.publish.groups import estimate_groups, merge_groups
from etl.records import Estimate
from etl.tables import empty, to_table


def estimate(eid: str, key: str | None, value: float | None = None, low: float | None = None,
             high: float | None = None, claimant: str | None = None, category: str = "killed",
             article: str = "a1", start: int = 0) -> Estimate:
    return Estimate(
        estimate_id=eid, article_id=article, statement_id=None, event_id=None, surface="x", start=start,
        end=start + 1, value=value, value_low=low, value_high=high, hedge="exact", quantity=None,
        category=category, counted_as=category, aside=None, unit=None, claimant=claimant, claimant_canonical=claimant,
        as_of=None, subject_key=key, confidence=0.9, extractor="test",
    )


def rows(estimates: list[Estimate]) -> dict[str, dict]:
    table = estimate_groups(to_table("estimates", estimates))
    assert table.schema == contract.load("estimate_groups").arrow()
    return {r["subject_key"]: r for r in table.to_pylist()}


def test_two_claimants_who_disagree_share_a_group():
    groups = rows([
        estimate("e1", "casualties:PRK:troops", value=3000, high=3000, claimant="Volodymyr Zelensky",
                 category="killed_or_wounded", start=10),
        estimate("e2", "casualties:PRK:troops", value=1000, claimant="South Korean intelligence",
                 category="casualties", start=50),
        estimate("e3", "deployed:PRK:troops", low=2000, high=9999, category="deployed", start=5),
    ])
    g = groups["casualties:PRK:troops"]
    assert (g["category"], g["n_estimates"], g["n_articles"], g["n_claimants"]) == ("casualties", 2, 1, 2)
    assert (g["value_min"], g["value_max"], g["disagree"]) == (1000, 3000, True)
    assert g["claimants"] == ["South Korean intelligence", "Volodymyr Zelensky"]
    assert (g["claimed_min"], g["claimed_max"]) == (1000, 3000)
    d = groups["deployed:PRK:troops"]
    assert (d["n_claimants"], d["value_min"], d["value_max"], d["disagree"], d["claimants"]) == \
        (0, 2000, 9999, False, [])


def test_agreeing_or_unattributed_figures_are_no_disagreement():
    groups = rows([
        estimate("e1", "killed:-:people", value=12, claimant="police", article="a1"),
        estimate("e2", "killed:-:people", value=12, claimant="the ministry", article="a2"),
        estimate("e3", "killed:-:people", value=40, article="a3"),
    ])
    g = groups["killed:-:people"]
    assert (g["n_estimates"], g["n_articles"], g["n_claimants"], g["value_max"], g["disagree"]) == (3, 3, 2, 40, False)
    assert (g["claimed_min"], g["claimed_max"]) == (12, 12)  # e3 has no claimant


def test_estimates_without_a_subject_are_left_out():
    assert rows([estimate("e1", None, value=3)]) == {}
    assert estimate_groups(empty("estimates")).num_rows == 0


def test_groups_of_two_sets_of_articles_merge_into_the_groups_of_all():
    first = [estimate("e1", "killed:SYR:people", value=12, claimant="police", article="a1"),
             estimate("e2", "killed:SYR:people", value=12, claimant="police", article="a1", start=9),
             estimate("e3", "killed:IRQ:people", low=3, high=5, article="a2")]
    then = [estimate("e4", "killed:SYR:people", value=20, claimant="the ministry", article="a3"),
            estimate("e5", "captured:SYR:soldiers", value=2, claimant="rebels", category="captured", article="a3")]
    merged = merge_groups(pa.concat_tables([estimate_groups(to_table("estimates", first)),
                                            estimate_groups(to_table("estimates", then))]))
    whole = estimate_groups(to_table("estimates", first + then))
    assert merged.schema == whole.schema and merged.to_pylist() == whole.to_pylist()
    syria = {r["subject_key"]: r for r in merged.to_pylist()}["killed:SYR:people"]
    assert (syria["n_estimates"], syria["n_articles"], syria["claimants"], syria["disagree"]) == (
        3, 2, ["police", "the ministry"], True)


def test_a_figure_kept_aside_from_a_storys_sum_is_of_the_group_its_key_names():
    # "A bomb wounded 30 people, officials said. Doctors put the number of injured at 41": the doctors' figure is kept
    # as `other` (not more wounded), under the subject of the wounded, where the two disagree
    groups = rows([
        estimate("e1", "wounded:SYR:people", value=30, claimant="officials", category="wounded", start=10),
        estimate("e2", "wounded:SYR:people", value=41, claimant="Doctors", category="other", start=50),
    ])
    g = groups["wounded:SYR:people"]
    assert (g["category"], g["n_claimants"], g["disagree"]) == ("wounded", 2, True)
