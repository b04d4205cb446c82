"""schemas/ → the data dictionary section of README.md (run `make docs` after changing a schema)."""
from __future__ import annotations

import re

from etl.paths import REPO_ROOT
from etl.publish.card import data_dictionary

START, END = "<!-- data-dictionary:start -->\n", "<!-- data-dictionary:end -->"


def write_readme_dictionary() -> bool:
    """Rewrite the README's generated section; True when it changed."""
    path = REPO_ROOT / "README.md"
    readme = path.read_text(encoding="utf-8")
    updated = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: START + data_dictionary() + END,
                     readme, flags=re.S)
    if updated != readme:
        path.write_text(updated, encoding="utf-8")
    return updated != readme


if __name__ == "__main__":
    print("README.md data dictionary " + ("updated" if write_readme_dictionary() else "already up to date"))
