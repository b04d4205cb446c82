"""Deterministic ids: the same identifying fields always give the same id, across runs and machines."""
import hashlib
import json


# What `json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)` builds on every call, built
# once: records are hashed dozens of times per article, and making the encoder cost as much as encoding.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the JSON encoding of `parts` (so ("a", 1) and ("a1",) differ)."""
    payload = _ENCODER.encode(parts)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
