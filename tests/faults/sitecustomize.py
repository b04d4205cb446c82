"""Fault injection for the fault tests, loaded only by processes started with this folder on PYTHONPATH.

NEWSFACTS_KILL_ON_PUBLISH=1 kills the process (SIGKILL, no clean-up) at the moment a staged release
would be renamed into place: every file of the release is written, nothing is published yet.
"""
import os
import signal

if os.environ.get("NEWSFACTS_KILL_ON_PUBLISH") == "1":
    _rename = os.rename

    def _killing_rename(src, dst, *args, **kwargs):
        if ".incoming-" in os.fspath(src):
            os.kill(os.getpid(), signal.SIGKILL)
        return _rename(src, dst, *args, **kwargs)

    os.rename = _killing_rename
