"""Errors cross process boundaries (worker pools, Dask) whole: they pickle with their fields and message."""
import pickle

import pytest

from etl.errors import EtlError, InputError, ReleaseError, ValidationFailed


@pytest.mark.parametrize("error", [
    InputError("inputs/a.jsonl", 7, "malformed_json", "line 7 is not valid JSON", "a-7"),
    InputError("inputs/b.txt", None, "empty", "empty text"),
    ValidationFailed(["events: event_id is unique: 2 row(s) fail"]),
    ReleaseError("data/published is locked by another run"),
    EtlError("input not found: x"),
])
def test_every_error_pickles_with_its_fields_and_message(error: EtlError):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert vars(copy) == vars(error)
