"""The README is the front door: its commands must exist and work."""
import re

from typer.main import get_command

from etl.cli import app
from etl.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")


def test_every_cli_command_and_option_is_in_the_readme():
    for name, command in get_command(app).commands.items():
        assert f"etl {name}" in README, f"`etl {name}` is not documented in README.md"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in README, f"`etl {name} {opt}` is not documented in README.md"


def test_the_quick_start_is_two_make_targets_that_exist():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    targets = re.findall(r"^make (\w+)", quick, re.M)
    assert targets == ["run", "test"]
    for target in targets:
        assert re.search(rf"^{target}:", MAKEFILE, re.M), f"Makefile has no `{target}` target"


def test_ci_runs_the_readme_test_command():
    assert "make test" in (REPO_ROOT / ".ci" / "run").read_text()
