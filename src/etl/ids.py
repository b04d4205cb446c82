"""Deterministic ids: the same identifying fields always give the same id, across runs and machines."""
import hashlib
import json


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the JSON encoding of `parts` (so ("a", 1) and ("a1",) differ)."""
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
