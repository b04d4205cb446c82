"""publish.report in a browser: headless Chromium shows report.html with its charts, and logs no console error."""
import shutil
import struct
import subprocess
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from etl.publish.charts import ACCENT
from tests import cases

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not on PATH (Debian: apt-get install chromium); "
                                                         "the browser check of report.html needs it")
WIDTH, HEIGHT = 1100, 2400  # tall enough for the whole report of the hand-made release
CHARTS = ["Events per type and period", "Statements per speaker", "Figures claimed for killed:-:civilians",
          "Rejected inputs per reason"]


@dataclass(frozen=True)
class Rendered:
    dom: str  # the document as Chromium built it
    console: list[str]  # console messages, such as the report of a load the page's policy blocked
    pixels: np.ndarray  # the screenshot, rows × columns × RGB


class Tags(HTMLParser):
    def __init__(self, dom: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found.append((tag, dict(attrs)))


def open_in_chromium(page: Path, scratch: Path) -> Rendered:
    shot = scratch / "report.png"
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={scratch / 'profile'}",
         "--hide-scrollbars", f"--window-size={WIDTH},{HEIGHT}", "--enable-logging=stderr", "--v=0",
         f"--screenshot={shot}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    # Chromium logs much about the machine (no D-Bus, no GPU); what the page logs is tagged CONSOLE.
    return Rendered(run.stdout, [line for line in run.stderr.splitlines() if ":CONSOLE" in line],
                    pixels(shot.read_bytes()))


def pixels(png: bytes) -> np.ndarray:
    """The pixels of an 8-bit RGB PNG without interlacing, as Chromium writes screenshots."""
    chunks, pos = {}, 8
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        chunks[kind] = chunks.get(kind, b"") + png[pos + 8:pos + 8 + length]
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, colour, interlace) == (8, 2, 0), "expected an 8-bit RGB PNG without interlacing"
    raw = np.frombuffer(zlib.decompress(chunks[b"IDAT"]), np.uint8).reshape(height, 1 + 3 * width)
    rows, above = [], np.zeros(3 * width, np.int64)
    for filter_type, line in zip(raw[:, 0], raw[:, 1:].astype(np.int64)):
        if filter_type == 0:
            row = line
        elif filter_type == 1:  # each byte adds the byte of the pixel to its left: a running sum per channel
            row = line.reshape(width, 3).cumsum(axis=0).reshape(-1) % 256
        elif filter_type == 2:
            row = (line + above) % 256
        else:  # average and Paeth depend on the byte just decoded: one byte at a time
            row, b_row = line.tolist(), above.tolist()
            for i in range(len(row)):
                a, b, c = (row[i - 3], b_row[i], b_row[i - 3]) if i >= 3 else (0, b_row[i], 0)
                if filter_type == 3:
                    row[i] = (row[i] + (a + b) // 2) % 256
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) % 256
            row = np.array(row, np.int64)
        rows.append(row)
        above = row
    return np.array(rows, np.uint8).reshape(height, width, 3)


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return cases.published(cases.report_tables(), tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def rendered(release: Path, tmp_path_factory) -> Rendered:
    return open_in_chromium(release / "report.html", tmp_path_factory.mktemp("chromium"))


def test_the_report_renders_its_charts_with_no_console_messages(rendered: Rendered):
    assert rendered.console == []
    tags = Tags(rendered.dom).found
    assert [attrs["aria-label"] for tag, attrs in tags if tag == "svg"] == CHARTS
    assert [attrs["id"] for tag, attrs in tags if tag == "section"] == [
        "changes", "events-over-time", "speakers", "disagreements", "quality", "rejects"]
    assert not any(tag in ("script", "img", "iframe") for tag, _ in tags)


def test_the_screenshot_shows_each_chart_in_the_chart_colour(rendered: Rendered):
    image = rendered.pixels
    assert (image.min(axis=2) < 200).mean() > 0.01  # text and charts, not a blank page
    accent = np.array([int(ACCENT[i:i + 2], 16) for i in (1, 3, 5)])
    lines = np.flatnonzero((np.abs(image.astype(int) - accent).max(axis=2) <= 8).sum(axis=1) >= 5)
    # Rows of one chart lie a few pixels apart; charts lie a section apart: count the bands of rows.
    bands = 1 + int((np.diff(lines) > 40).sum()) if lines.size else 0
    assert bands == len(CHARTS)


def test_the_console_check_sees_a_load_the_policy_blocks(release: Path, tmp_path: Path):
    html = (release / "report.html").read_text(encoding="utf-8")
    blocked = tmp_path / "report.html"
    blocked.write_text(html.replace("<footer", '<img src="https://example.invalid/x.png"/><footer'), encoding="utf-8")
    console = open_in_chromium(blocked, tmp_path).console
    assert len(console) == 1 and "Content Security Policy" in console[0]
