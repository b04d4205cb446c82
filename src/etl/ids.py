"""Deterministic ids: the same identifying fields always give the same id, across runs and machines."""
import hashlib
import json
from json.encoder import encode_basestring

# What `json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)` builds on every call, built
# once: records are hashed dozens of times per article, and making the encoder cost as much as encoding.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the JSON encoding of `parts` (so ("a", 1) and ("a1",) differ)."""
    payload = _json(parts)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def _json(parts: tuple[object, ...]) -> str:
    """What `_ENCODER.encode(parts)` gives. Ids are made of strings and integers, which are spelt here with
    the encoder's own functions at half its cost (it sets up a new C encoder on every call); any other part
    (a bool, a float, a date) goes to the encoder."""
    items = []
    for part in parts:
        kind = type(part)
        if kind is str:
            items.append(encode_basestring(part))
        elif kind is int:
            items.append(int.__repr__(part))
        else:
            return _ENCODER.encode(parts)
    return "[" + ",".join(items) + "]"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
