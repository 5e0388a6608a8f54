"""The demo statement that `make run` loads, so that a new user has something to sign."""

from __future__ import annotations

import dataclasses
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from signon.extensions import db
from signon.models import Coordinator
from signon.services.errors import DuplicateSignature
from signon.services.signing import signatures
from signon.services.statements import statements
from signon.services.statements.statement_files import parse_statement_file
from signon.services.team import coordinators

# signon/services/operations/demo.py -> signon/demo/joint-letter.md
DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "joint-letter.md"
DEMO_COORDINATOR = "coordinator@example.org"
DEV_PASSWORD = "signon-demo-password"  # noqa: S105 (development only; elsewhere random)

DEMO_SIGNATORIES = (
    ("The Border Justice Project", "national", "Washington", "DC", "United States"),
    ("Ámbito Migrante", "international", "Mexico City", "", "Mexico"),
    ("Amnesty International USA", "national", "New York", "NY", "United States"),
    ("Kino Border Initiative", "state-and-local", "Nogales", "AZ", "United States"),
    ("Hope Border Institute", "state-and-local", "El Paso", "TX", "United States"),
    ("Latin America Working Group", "national", "Washington", "DC", "United States"),
)


@dataclass(frozen=True)
class DemoResult:
    slug: str
    coordinator_email: str
    password: str | None


def load(now: datetime, *, development: bool) -> DemoResult:
    """Create or refresh the demo statement: open for 30 more days, six verified signatories,
    and a demo coordinator (a known password in development, a random one elsewhere)."""
    data = parse_statement_file(DEMO_FILE.read_text(encoding="utf-8"))
    zone = ZoneInfo(data.timezone)
    today = now.astimezone(zone).date()
    deadline = datetime.combine(today + timedelta(days=30), time(23, 59), tzinfo=zone).astimezone(UTC)
    data = dataclasses.replace(data, date=today, deadline=deadline)

    password: str | None = None
    exists = db.session.execute(db.select(Coordinator.id).where(Coordinator.email == DEMO_COORDINATOR)).first()
    if exists is None:
        password = DEV_PASSWORD if development else secrets.token_urlsafe(12)
        coordinators.create(DEMO_COORDINATOR, "Demo Coordinator", password, now, actor="cli")
    statements.save_from_file(data, now, actor="cli", coordinator_emails=(DEMO_COORDINATOR,))
    for name, category, city, region, country in DEMO_SIGNATORIES:
        entry = signatures.SignatureInput(
            organization_name=name,
            category_key=category,
            city=city,
            region=region,
            country=country,
            contact_name="Demo Contact",
            contact_email="demo-signatory@example.org",
            authorized=True,
        )
        try:
            signatures.add_on_coordinators_word(data.slug, entry, now, actor="cli")
        except DuplicateSignature:
            continue
    return DemoResult(data.slug, DEMO_COORDINATOR, password)


def demo_slug() -> str:
    return parse_statement_file(DEMO_FILE.read_text(encoding="utf-8")).slug
