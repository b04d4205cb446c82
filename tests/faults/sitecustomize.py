"""Fault injection for the fault tests, loaded only by processes started with this folder on PYTHONPATH.

NEWSFACTS_KILL_ON_PUBLISH=1 kills the process (SIGKILL, no clean-up) at the moment a staged release
would be renamed into place: every file of the release is written, nothing is published yet.

NEWSFACTS_KILL_ON_TEXT=WORDS kills an extraction worker process (never the run's own process) when it
starts on an article whose text holds WORDS, as the kernel's out-of-memory killer would.
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

if os.environ.get("NEWSFACTS_KILL_ON_TEXT"):
    import multiprocessing

    from etl.extract import statements

    _extract = statements.extract
    _words = os.environ["NEWSFACTS_KILL_ON_TEXT"]

    def _killing_extract(doc, *args, **kwargs):
        if _words in doc.text and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)
        return _extract(doc, *args, **kwargs)

    statements.extract = _killing_extract
