"""A SQL function of the site that refuses its arguments says why, to the visitor: SQLite reports
any exception raised in a Python function as 'user-defined function raised exception', and the
reason went only to the server's terminal, as a traceback. The function notes its reason here
(on its own thread, where the query runs) before raising, and the query's error is given it."""

from __future__ import annotations

import sqlite3
import threading

UDF_FAILED = "user-defined function raised exception"
_noted = threading.local()


def refuse(reason: str) -> ValueError:
    """The exception for a function to raise, its reason noted for the query's error."""
    _noted.reason = reason
    return ValueError(reason)


def run_saying_why(fn, conn):
    """fn(conn), a query run on this thread: when a function refused its arguments, the error
    says what it refused instead of SQLite's 'user-defined function raised exception'."""
    _noted.reason = None
    try:
        return fn(conn)
    except sqlite3.OperationalError as e:
        reason = getattr(_noted, "reason", None)
        if reason and str(e) == UDF_FAILED:
            raise sqlite3.OperationalError(reason) from None
        raise
