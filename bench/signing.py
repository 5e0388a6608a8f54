"""Signing benchmark: the time of one POST to the sign form of a statement that already has N
signatories (every check a submission runs: duplicates, look-alike names, domain, the outbox
row and the audit event), as a ratio to a bare Flask endpoint that parses the same form and
redirects, measured in the same run.

    .venv/bin/python bench/signing.py                    # 100, 3,000 and 10,000 signatories
    .venv/bin/python bench/signing.py --sizes 3000       # one size

Only a temporary SQLite file is used; no email leaves (the outbox is not sent).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.exports import SLUG, prepare  # noqa: E402

ROUNDS = 40
FORM = {
    "category": "national",
    "city": "Tucson",
    "region": "AZ",
    "country": "United States",
    "website": "https://www.example.org",
    "contact_name": "Ana Martínez",
    "contact_role": "Director",
    "authorized": "y",
}


def per_request(post: object, rounds: int) -> float:
    """The median seconds of ``rounds`` calls, after two to warm up."""
    timings = []
    for i in range(rounds + 2):
        started = time.perf_counter()
        post(i)  # type: ignore[operator]
        if i >= 2:
            timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def bare_flask(rounds: int) -> float:
    from flask import Flask, redirect, request

    app = Flask("bare")

    @app.post("/sign")
    def sign() -> object:
        if not request.form.get("organization"):
            return "missing", 422
        return redirect("/thanks", 303)

    client = app.test_client()

    def post(i: int) -> None:
        form = {**FORM, "organization": f"Bare {i}", "email": "a@example.org"}
        assert client.post("/sign", data=form).status_code == 303

    return per_request(post, rounds)


def signon_sign(database: str, rounds: int) -> float:
    from signon import create_app

    app = create_app(
        {
            "SIGNON_ENV": "testing",
            "DATABASE_URL": database,
            "MAIL_SERVER": None,
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False,
            "SIGNON_MIN_FILL_SECONDS": 0,
        }
    )
    client = app.test_client()

    def post(i: int) -> None:
        form = {**FORM, "organization": f"Bench Signatory Number {i:04d}", "email": f"s{i}@example.org"}
        response = client.post(f"/s/{SLUG}/sign", data=form)
        assert response.status_code == 303, response.status_code

    return per_request(post, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 3000, 10000])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    print(f"{'signatories':>11} {'endpoint':>14} {'ms/request':>10} {'× bare':>8}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            database = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            prepare(database, size)
            bare = bare_flask(args.rounds)
            signed = signon_sign(database, args.rounds)
        print(f"{size:>11,} {'bare Flask':>14} {bare * 1000:>10.2f} {1:>8.2f}")
        print(f"{size:>11,} {'sign form POST':>14} {signed * 1000:>10.2f} {signed / bare:>8.1f}")


if __name__ == "__main__":
    main()
