"""Inputs that must not leak: symbolic links out of the input folder are rejected unread, published paths are relative."""
import threading
from datetime import datetime, timezone
from pathlib import Path

from etl.ingest import ingest, iter_ingest
from etl.ingest.ingest import Ingested
from etl.ingest.ledger import Ledger
from tests.conftest import write_jsonl

NOW = datetime(2025, 1, 1, tzinfo=timezone.utc)
SECRET = "build-host-7.corp.internal"


def outside(tmp_path: Path) -> Path:
    """A folder beside the input folder, holding what must never be published."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "hostname.txt").write_text(SECRET)
    return folder


def ingest_within(inputs: Path | list[Path], seconds: float = 30) -> Ingested:
    """Ingest, failing the test instead of hanging it when a link loop is followed."""
    done: list[Ingested] = []
    worker = threading.Thread(target=lambda: done.append(ingest(inputs, NOW)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert done, f"ingest did not finish within {seconds} s"
    return done[0]


def assert_nothing_leaked(result: Ingested, tmp_path: Path) -> None:
    published = [a.text for a in result.articles] + [a.title or "" for a in result.articles]
    published += [f"{r.input_path} {r.reason}" for r in result.rejects] + [a.input_path for a in result.articles]
    assert not any(SECRET in p or str(tmp_path) in p for p in published), published


def test_a_link_to_a_file_outside_is_rejected_unread(tmp_path: Path, inputs: Path):
    (inputs / "notes.txt").symlink_to(outside(tmp_path) / "hostname.txt")
    (inputs / "good.txt").write_text("A good article.")
    result = ingest_within(inputs)
    assert [a.text for a in result.articles] == ["A good article."]
    [reject] = result.rejects
    assert (reject.input_path, reject.reason_code) == ("notes.txt", "outside_root")
    assert "outside the input folder inputs: copy the file in" in reject.reason
    assert_nothing_leaked(result, tmp_path)


def test_a_sidecar_linked_from_outside_rejects_its_article(tmp_path: Path, inputs: Path):
    (outside(tmp_path) / "meta.json").write_text(f'{{"title": "{SECRET}"}}')
    (inputs / "a.txt").write_text("Some news.")
    (inputs / "a.meta.json").symlink_to(tmp_path / "private" / "meta.json")
    result = ingest_within(inputs)
    assert result.articles == []
    assert [(r.input_path, r.reason_code) for r in result.rejects] == [("a.txt", "outside_root")]
    assert "a.meta.json" in result.rejects[0].reason
    assert_nothing_leaked(result, tmp_path)


def test_a_linked_folder_outside_is_rejected_not_walked(tmp_path: Path, inputs: Path):
    (inputs / "mirror").symlink_to(outside(tmp_path), target_is_directory=True)
    (inputs / "sub").mkdir()
    (inputs / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # holds the input folder itself
    result = ingest_within(inputs)
    assert result.articles == []
    assert [(r.input_path, r.reason_code) for r in result.rejects] == [
        ("mirror", "outside_root"), ("sub/up", "outside_root")]
    assert "a symbolic link to a folder" in result.rejects[0].reason
    assert_nothing_leaked(result, tmp_path)


def test_a_single_input_file_linked_out_of_its_folder_is_rejected(tmp_path: Path, inputs: Path):
    (inputs / "notes.txt").symlink_to(outside(tmp_path) / "hostname.txt")
    result = ingest_within(inputs / "notes.txt")
    assert [(r.input_path, r.reason_code) for r in result.rejects] == [("notes.txt", "outside_root")]
    assert_nothing_leaked(result, tmp_path)


def test_links_inside_the_input_folder_are_read_once(inputs: Path):
    (inputs / ".drafts").mkdir()
    (inputs / ".drafts" / "story.txt").write_text("Story kept in a hidden folder.")
    (inputs / "story.txt").symlink_to(Path(".drafts") / "story.txt")
    (inputs / "2024").mkdir()
    (inputs / "2024" / "b.txt").write_text("Filed under its year.")
    (inputs / "latest").symlink_to("2024", target_is_directory=True)
    result = ingest_within(inputs)
    assert [(a.input_path, a.text) for a in result.articles] == [
        ("2024/b.txt", "Filed under its year."), ("story.txt", "Story kept in a hidden folder.")]
    assert result.rejects == []


def test_link_loops_end_as_rejects_not_hangs(inputs: Path):
    (inputs / "a.txt").symlink_to("b.txt")
    (inputs / "b.txt").symlink_to("a.txt")
    (inputs / "here").symlink_to(".", target_is_directory=True)
    (inputs / "sub").mkdir()
    (inputs / "sub" / "back").symlink_to("..", target_is_directory=True)
    (inputs / "sub" / "c.txt").write_text("Real news.")
    result = ingest_within(inputs, seconds=10)
    assert [(a.input_path, a.text) for a in result.articles] == [("sub/c.txt", "Real news.")]
    assert [(r.input_path, r.reason_code) for r in result.rejects] == [("a.txt", "unreadable"), ("b.txt", "unreadable")]


def test_published_paths_are_relative_to_the_input_folder_with_forward_slashes(tmp_path: Path, inputs: Path):
    (inputs / "a" / "b").mkdir(parents=True)
    (inputs / "a" / "b" / "c.txt").write_text("Nested news.")
    write_jsonl(inputs / "a" / "feed.jsonl", [{"id": "1", "text": "Fine."}, "{broken"])
    result = ingest(inputs, NOW)
    assert [a.input_path for a in result.articles] == ["a/b/c.txt", "a/feed.jsonl"]
    assert [(r.input_path, r.line) for r in result.rejects] == [("a/feed.jsonl", 2)]
    assert ingest(tmp_path / "inputs" / "a" / ".." / "a", NOW).articles[0].input_path == "b/c.txt"


def test_a_single_input_file_is_published_by_its_name(inputs: Path):
    (inputs / "x").mkdir()
    path = write_jsonl(inputs / "x" / "y.jsonl", [{"text": "One."}, {"text": ""}])
    result = ingest(path, NOW)
    assert [a.input_path for a in result.articles] == ["y.jsonl"]
    assert [(r.input_path, r.reason_code) for r in result.rejects] == [("y.jsonl", "empty")]


def test_files_of_several_inputs_keep_distinct_paths_and_reject_ids(inputs: Path):
    for day in ("mon", "tue"):
        (inputs / day).mkdir()
        (inputs / day / "x.txt").write_text("")
    result = ingest([inputs / "mon" / "x.txt", inputs / "tue" / "x.txt"], NOW)
    assert [r.input_path for r in result.rejects] == ["mon/x.txt", "tue/x.txt"]
    assert len({r.reject_id for r in result.rejects}) == 2


def test_files_picked_from_one_folder_publish_under_their_path_in_it(tmp_path: Path, inputs: Path):
    """The landing zone's pending files: a file's path does not depend on which others are pending."""
    for day in ("mon", "tue"):
        (inputs / day).mkdir()
        write_jsonl(inputs / day / "x.jsonl", [{"id": day, "text": f"News of {day}."}])
    (inputs / "tue" / "link.txt").symlink_to(inputs / "mon" / "x.jsonl")  # inside the folder: read
    alone = list(iter_ingest([inputs / "mon" / "x.jsonl"], NOW, root=inputs))
    both = list(iter_ingest([inputs / "tue", inputs / "mon" / "x.jsonl"], NOW, root=inputs))
    assert [a.input_path for a in alone] == ["mon/x.jsonl"]
    assert sorted((a.input_path, getattr(a, "reason_code", None)) for a in both) == [
        ("mon/x.jsonl", None), ("tue/link.txt", None), ("tue/x.jsonl", None)]
    (inputs / "tue" / "out.txt").symlink_to(outside(tmp_path) / "hostname.txt")
    [reject] = [r for r in iter_ingest([inputs / "tue" / "out.txt"], NOW, root=inputs) if hasattr(r, "reason_code")]
    assert (reject.input_path, reject.reason_code) == ("tue/out.txt", "outside_root")


def test_reject_ids_do_not_depend_on_where_the_input_folder_lives(tmp_path: Path):
    ids = []
    for home in ("alice", "bob"):
        folder = tmp_path / home / "inputs"
        folder.mkdir(parents=True)
        (folder / "empty.txt").write_text("")
        ids.append(ingest(folder, NOW).rejects[0].reject_id)
    assert ids[0] == ids[1]


def test_the_ledger_lists_links_out_or_round_without_opening_them(tmp_path: Path, inputs: Path):
    (inputs / "mirror").symlink_to(outside(tmp_path), target_is_directory=True)
    (inputs / "loop.txt").symlink_to("loop.txt")
    (inputs / "a.txt").write_text("News.")
    ledger = Ledger(inputs)
    pending = ledger.pending("ds")
    assert sorted(p.name for p, _ in pending) == ["a.txt", "loop.txt", "mirror"]
    ledger.record(pending, "ds", "1.0.0")
    assert ledger.pending("ds") == []
