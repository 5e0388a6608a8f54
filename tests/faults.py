"""Helpers for the fault tests: a loopback TCP proxy that can play a database restart, many
clients at once, worker subprocesses, and a look at the database that is independent of the app.

Everything listens on and connects to 127.0.0.1 only.
"""

from __future__ import annotations

import http.client
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from sqlalchemy import create_engine, func
from sqlalchemy import select as sql_select
from sqlalchemy.engine import make_url

from signon.config import sqlalchemy_url
from signon.extensions import db
from tests import paths

ROOT = paths.ROOT


def is_postgresql(url: str) -> bool:
    return sqlalchemy_url(url).startswith("postgresql")


# --------------------------------------------------------------------------- TCP proxy


class TcpProxy:
    """127.0.0.1:<port> -> target, in threads. ``cut()`` is a server restart as clients see it:
    every open connection is dropped and new ones are refused until ``resume()``."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._listen()

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed: refusing from now on
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.update((client, upstream))
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        pair = {client: upstream, upstream: client}
        try:
            while True:
                readable, _, _ = select.select(list(pair), [], [], 0.5)
                for source in readable:
                    data = source.recv(65536)
                    if not data:
                        return
                    pair[source].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            self._close(client, upstream)

    def _close(self, *sockets: socket.socket) -> None:
        for s in sockets:
            with self._lock:
                self._sockets.discard(s)
            with suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                s.close()

    def cut(self) -> None:
        """Drop every connection and refuse new ones, as a stopped database server does."""
        if self._listener is not None:
            # shutdown wakes the thread blocked in accept(); close alone would leave it listening.
            with suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            open_sockets = list(self._sockets)
        self._close(*open_sockets)

    def resume(self) -> None:
        """Accept connections again, on the same port."""
        if self._listener is None:
            self._listen()

    def close(self) -> None:
        self.cut()


def proxied_url(database_url: str, proxy: TcpProxy) -> str:
    url = make_url(sqlalchemy_url(database_url)).set(host="127.0.0.1", port=proxy.port)
    return url.render_as_string(hide_password=False)


def database_address(database_url: str) -> tuple[str, int]:
    url = make_url(sqlalchemy_url(database_url))
    return url.host or "127.0.0.1", url.port or 5432


# --------------------------------------------------------------------------- many clients at once


def all_at_once(count: int, work: Callable[[int], Any], *, prepare: Callable[[int], Any] | None = None) -> list[Any]:
    """Run ``work(i)`` in ``count`` threads released together; ``prepare(i)`` runs first in each
    thread (fetching a form, say) and its result is passed as ``work(i, prepared)``. Returns the
    results in order; an exception in a thread is returned as its result, never swallowed."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(i: int) -> None:
        try:
            prepared = prepare(i) if prepare else None
        except Exception as exc:  # the barrier must still be reached, or every other thread waits
            results[i] = exc
            barrier.wait()
            return
        barrier.wait()
        try:
            results[i] = work(i, prepared) if prepare else work(i)
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "some client threads never finished"
    return results


@dataclass
class Browser:
    """One visitor with a cookie jar, speaking plain HTTP/1.1 to the live server."""

    base: str
    cookies: dict[str, str] = field(default_factory=dict)
    # The headers of the last answer (Retry-After on a 503, say).
    headers: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        parts = urlsplit(self.base)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        headers = {"Host": f"{parts.hostname}:{parts.port}"}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            self.headers = dict(response.getheaders())
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, text
        finally:
            connection.close()

    def get(self, path: str) -> tuple[int, str]:
        return self.request("GET", path)

    def post(self, path: str, form: dict[str, str]) -> tuple[int, str]:
        return self.request("POST", path, form)


INPUT = re.compile(r"<input\b[^>]*>")
ATTRIBUTE = re.compile(r'([a-z-]+)="([^"]*)"')


def hidden_fields(html: str) -> dict[str, str]:
    """The hidden inputs of a page (CSRF token, and whatever else the form carries), as a browser
    would send them back."""
    fields: dict[str, str] = {}
    for tag in INPUT.findall(html):
        attributes = dict(ATTRIBUTE.findall(tag))
        if attributes.get("type") == "hidden" and "name" in attributes:
            fields[attributes["name"]] = unescape(attributes.get("value", ""))
    assert "csrf_token" in fields, "no CSRF token in the page"
    return fields


# --------------------------------------------------------------------------- worker subprocesses


def flask_command(*args: str) -> list[str]:
    flask = Path(sys.executable).with_name("flask")
    return [str(flask), "--app", "app", *args]


def worker_environment(database_url: str, smtp_port: int) -> dict[str, str]:
    """A production-like worker: Flask-Mail sends (it holds back mail only under TESTING)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIGNON_", "MAIL_", "FLASK_"))}
    env.update(
        SIGNON_ENV="production",
        SECRET_KEY="test-secret-key-that-is-long-enough",
        SIGNON_BASE_URL="http://signon.example.org",
        DATABASE_URL=database_url,
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=str(smtp_port),
        MAIL_TIMEOUT="5",
        MAIL_DEFAULT_SENDER="Signon <signon@example.org>",
        PYTHONUNBUFFERED="1",
    )
    return env


@contextmanager
def outbox_workers(
    count: int, database_url: str, smtp_port: int, interval: float = 0.2
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``count`` processes of `flask outbox work`, stopped (or found already dead) on the way out."""
    processes = [
        subprocess.Popen(
            flask_command("outbox", "work", "--interval", str(interval)),
            cwd=ROOT,
            env=worker_environment(database_url, smtp_port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for _ in range(count)
    ]
    try:
        yield processes
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stderr:
                process.stderr.close()


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    assert predicate(), f"timed out after {timeout:g} s waiting for {what}"


# --------------------------------------------------------------------------- the database, seen from outside


@contextmanager
def direct_engine(database_url: str) -> Iterator[Any]:
    """An engine of the test's own, unaffected by the app's pool or by a proxy."""
    engine = create_engine(sqlalchemy_url(database_url))
    try:
        yield engine
    finally:
        engine.dispose()


def row_counts(database_url: str, models: Sequence[Any]) -> dict[str, int]:
    with direct_engine(database_url) as engine, engine.connect() as connection:
        return {
            model.__tablename__: connection.execute(sql_select(func.count()).select_from(model)).scalar_one()
            for model in models
        }


def process_of_local_port(port: int, pids: Sequence[int]) -> int | None:
    """Which of ``pids`` holds the TCP socket bound to local ``port`` on 127.0.0.1 (Linux /proc)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with suppress(OSError), open(table) as lines:
            for line in list(lines)[1:]:
                fields = line.split()
                if int(fields[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(fields[9])
    for pid in pids:
        with suppress(OSError):
            for fd in os.listdir(f"/proc/{pid}/fd"):
                with suppress(OSError):
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                    if target.startswith("socket:[") and target[8:-1] in inodes:
                        return pid
    return None


def database_snapshot(database_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order: equal snapshots mean nothing changed."""
    snapshot: dict[str, list[tuple[Any, ...]]] = {}
    with direct_engine(database_url) as engine, engine.connect() as connection:
        for table in db.metadata.sorted_tables:
            query = sql_select(table).order_by(*table.primary_key.columns)
            snapshot[table.name] = [tuple(row) for row in connection.execute(query)]
    return snapshot
