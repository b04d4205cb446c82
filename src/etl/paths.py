"""Every path the project knows, in one place (imports nothing from the package)."""
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = REPO_ROOT / "schemas"
GX_DIR = REPO_ROOT / "gx"  # the Great Expectations project, generated from schemas/
DATA_DIR = REPO_ROOT / "data"
SAMPLES_DIR = DATA_DIR / "samples"
RAW_DIR = DATA_DIR / "raw"
PUBLISHED_DIR = DATA_DIR / "published"
LEXICON_DIR = Path(__file__).resolve().parent / "extract" / "lexicons"
