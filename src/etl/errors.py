"""One exception root for the project; each error says what went wrong and what to do about it."""
from __future__ import annotations

from pathlib import Path


class EtlError(Exception):
    """Base of every error newsfacts raises on purpose."""


class InputError(EtlError):
    """An input item that cannot become an article; carried as a reject, never raised past ingest."""

    def __init__(self, path: Path | str, line: int | None, code: str, reason: str, source_id: str | None = None):
        self.path = str(path)
        self.line = line
        self.code = code
        self.reason = reason
        self.source_id = source_id
        where = f"{self.path} line {line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):
        # Rebuilt from its fields in another process (a worker, a Dask cluster), not from the message alone.
        return type(self), (self.path, self.line, self.code, self.reason, self.source_id)


class ValidationFailed(EtlError):
    """A release candidate or a published release failed one or more checks."""

    def __init__(self, failures: list[str]):
        self.failures = failures
        shown = "\n  ".join(failures[:20])
        more = f"\n  … and {len(failures) - 20} more" if len(failures) > 20 else ""
        super().__init__(f"validation failed ({len(failures)} check(s)):\n  {shown}{more}")

    def __reduce__(self):
        return type(self), (self.failures,)


class ReleaseError(EtlError):
    """A dataset folder is not in a state a release can be written to or read from."""
