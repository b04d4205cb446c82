"""Progress of a long run → whoever listens (the CLI's progress bar), without the run knowing who listens."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Listener = Callable[[str, int], None]
_listener: ContextVar[Listener | None] = ContextVar("newsfacts_progress", default=None)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def report(stage: str, done: int = 0) -> None:
    """Tell the listener, if any, that `stage` has got `done` articles far."""
    listener = _listener.get()
    if listener is not None:
        listener(stage, done)
