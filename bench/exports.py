"""Export benchmark: time and peak memory of each format at 1,000 and 10,000 signatories,
next to bare WeasyPrint laying out the same names (the bar Signon's PDF must not fall below).

    .venv/bin/python bench/exports.py                 # 1,000 and 10,000
    .venv/bin/python bench/exports.py --sizes 1000    # quicker

Each measurement runs in a fresh process, so peak memory (ru_maxrss) is that format's alone.
Only a temporary SQLite file is used; nothing touches the network.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FORMATS = ("pdf", "docx", "html", "txt", "md", "csv", "xlsx")
SLUG = "protect-migrant-shelters"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(database: str, count: int) -> None:
    """A migrated database with the demo statement and ``count`` verified signatories."""
    from flask_migrate import upgrade

    from signon import create_app
    from signon.extensions import db
    from signon.models import Category, Signature, Statement
    from signon.names import organization_key
    from signon.services.operations import demo

    app = create_app({"SIGNON_ENV": "testing", "DATABASE_URL": database, "MAIL_SERVER": None})
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        now = datetime.now(UTC)
        demo.load(now, development=False)
        statement_id = db.session.execute(db.select(Statement.id).where(Statement.slug == SLUG)).scalar_one()
        categories = list(
            db.session.execute(
                db.select(Category.id).where(Category.statement_id == statement_id).order_by(Category.position)
            ).scalars()
        )
        words = ["Coalition", "Network", "Alliance", "Center", "Fund", "Union", "Council", "Project", "Institute"]
        places = [
            ("Austin", "TX", "United States"),
            ("Ciudad de México", "", "México"),
            ("Tucson", "AZ", "United States"),
        ]
        rows = []
        for i in range(count):
            name = f"{words[i % len(words)]} for Human Rights No. {i:05d}"
            city, region, country = places[i % len(places)]
            rows.append(
                {
                    "statement_id": statement_id,
                    "category_id": categories[i % len(categories)],
                    "organization_name": name,
                    "organization_key": organization_key(name),
                    "city": city, "region": region, "country": country, "website": "", "comment": "",
                    "contact_name": "Bench Contact", "contact_role": "", "contact_email": f"c{i}@example.org",
                    "authorized": True, "status": "verified", "created_at": now, "updated_at": now,
                    "confirmed_at": now, "verified_at": now, "source_ip": "", "user_agent": "",
                }
            )  # fmt: skip
        db.session.execute(db.insert(Signature), rows)
        db.session.commit()


def run_one(database: str, fmt: str, cache: str) -> dict[str, float]:
    from signon import create_app
    from signon.services.letters import exports

    app = create_app({"SIGNON_ENV": "testing", "DATABASE_URL": database, "SIGNON_EXPORT_CACHE": cache})
    with app.app_context(), app.test_request_context():
        started = time.perf_counter()
        if fmt == "csv":
            size = sum(len(line.encode("utf-8")) for line in exports.signatures_csv(SLUG, ("verified",)))
        elif fmt == "xlsx":
            size = len(exports.signatures_xlsx(SLUG, ("verified",)).content)
        else:
            size = len(exports.letter_file(SLUG, fmt).content)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "bytes": size}


def run_bare_weasyprint(count: int) -> dict[str, float]:
    """The same names laid out by WeasyPrint alone: a heading and one <li> per name."""
    from weasyprint import HTML

    items = "".join(f"<li>Coalition for Human Rights No. {i:05d}, Austin, TX, United States</li>" for i in range(count))
    html = f"<html lang='en'><head><title>Letter</title></head><body><h1>Letter</h1><ul>{items}</ul></body></html>"
    started = time.perf_counter()
    content = HTML(string=html).write_pdf()
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_mb(), "bytes": len(content or b"")}


def child(args: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True, cwd=ROOT)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def row(size: int, label: str, result: dict[str, float], bare: dict[str, float]) -> str:
    """One line of the table; the last two columns are time and peak memory as ratios to bare
    WeasyPrint in the same run, so that a slower machine does not change the verdict."""
    ratios = f"{result['seconds'] / bare['seconds']:>8.2f} {result['peak_mb'] / bare['peak_mb']:>8.2f}"
    return (
        f"{size:>11,} {label:>16} {result['seconds']:>8.2f} {result['peak_mb']:>8.0f} "
        f"{result['bytes'] / 1024:>9.0f} {ratios}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--one", nargs=3, metavar=("DATABASE", "FORMAT", "CACHE"))
    parser.add_argument("--prepare", nargs=2, metavar=("DATABASE", "COUNT"))
    parser.add_argument("--bare", type=int)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.prepare[0], int(args.prepare[1]))
        print("{}")
        return
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    if args.bare:
        print(json.dumps(run_bare_weasyprint(args.bare)))
        return
    header = (
        f"{'signatories':>11} {'format':>16} {'seconds':>8} {'peak MB':>8} {'size kB':>9} {'x time':>8} {'x memory':>8}"
    )
    print(header)
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            database = f"sqlite:///{tmp}/bench.sqlite3"
            child(["--prepare", database, str(size)])
            bare = child(["--bare", str(size)])
            print(row(size, "bare WeasyPrint", bare, bare))
            for fmt in FORMATS:
                result = child(["--one", database, fmt, os.path.join(tmp, f"cache-{fmt}")])
                print(row(size, fmt, result, bare))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
