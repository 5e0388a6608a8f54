"""Builders for models in named states. Each commits, so the live server sees the data too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from werkzeug.security import generate_password_hash

from signon.config import TESTING_HASH
from signon.extensions import db
from signon.models import Addressee, Category, Coordinator, Membership, Signature, Statement
from signon.models.statement import DEFAULT_CATEGORIES
from signon.names import organization_key
from signon.services.statements.statement_files import slugify

PASSWORD = "correct horse battery staple"

BODY = """The undersigned organizations are gravely concerned by the recent actions of the
National Guard in migration enforcement.[^1] Since then, 15,000 more were deployed.[^2]

We urge the government to clarify the role of the National Guard.[^3]

[^1]: United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019. www.state.gov/u-s-mexico-joint-declaration/
[^2]: AFP, "15 mil elementos de la Guardia Nacional", Animal Político, 24 June 2019. http://bit.ly/2xfX610
[^3]: Amnesty International, Urgent Action 93.19, https://www.amnesty.org/en/documents/amr41/0626/2019/en/
"""


SIGN_FORM = {
    "organization": "Centro de Atención al Migrante Exodus",
    "category": "international",
    "city": "Agua Prieta",
    "region": "Sonora",
    "country": "Mexico",
    "website": "",
    "contact_name": "Ana Martínez",
    "contact_role": "Director",
    "email": "ana@came.example.org",
    "authorized": "y",
    "comment": "",
}


@cache
def password_hash() -> str:
    """PASSWORD's hash, computed once: hashing is the slow part of making a coordinator."""
    return generate_password_hash(PASSWORD, method=TESTING_HASH)


def sign_form(**changes: str | None) -> dict[str, str]:
    """What a person posts to the sign form of the factory statement; None leaves a field out."""
    form: dict[str, str | None] = {**SIGN_FORM, **changes}
    return {name: value for name, value in form.items() if value is not None}


def now() -> datetime:
    return datetime.now(UTC)


def statement(
    slug: str = "national-guard-letter",
    *,
    status: str = "open",
    deadline: datetime | None = None,
    moderated: bool = False,
    categories: tuple[str, ...] = DEFAULT_CATEGORIES,
    **fields: Any,
) -> Statement:
    moment = now()
    s = Statement(
        slug=slug,
        status=status,
        title=fields.pop("title", "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"),
        body=fields.pop("body", BODY),
        background=fields.pop("background", ""),
        salutation=fields.pop("salutation", "Dear Mr. President,"),
        closing=fields.pop("closing", "Sincerely,"),
        date=fields.pop("date", date(2019, 6, 27)),
        deadline=deadline if deadline is not None else moment + timedelta(days=30),
        timezone=fields.pop("timezone", "UTC"),
        language=fields.pop("language", "en"),
        moderated=moderated,
        contact_email=fields.pop("contact_email", "coalition@example.org"),
        created_at=moment,
        updated_at=moment,
        **fields,
    )
    s.categories = [Category(key=slugify(label), label=label, position=i) for i, label in enumerate(categories)]
    s.addressees = [
        Addressee(
            position=0,
            name="Andrés Manuel López Obrador",
            title="Presidente Constitucional de los Estados Unidos Mexicanos",
            address="Palacio Nacional Edificio 10, Planta baja\nColonia Centro, Delegación Cuauhtémoc\nCP 06060 Ciudad de México, México",
            social_handle="@lopezobrador_",
        ),
        Addressee(
            position=1,
            name="Ambassador Martha Bárcena Coqui",
            organization="Embassy of Mexico",
            address="1911 Pennsylvania Avenue NW\nWashington DC 20006",
            phone="202 728 1600",
            email="mexembusa@sre.gob.mx",
        ),
    ]
    db.session.add(s)
    db.session.commit()
    return s


def open_statement(slug: str = "national-guard-letter", **fields: Any) -> Statement:
    return statement(slug, status="open", **fields)


def closed_statement(slug: str = "closed-letter", **fields: Any) -> Statement:
    return statement(slug, status="closed", **fields)


def draft_statement(slug: str = "draft-letter", **fields: Any) -> Statement:
    return statement(slug, status="draft", **fields)


def past_deadline_statement(slug: str = "late-letter", **fields: Any) -> Statement:
    return statement(slug, status="open", deadline=now() - timedelta(minutes=1), **fields)


def signature(
    s: Statement,
    name: str = "Latin America Working Group",
    *,
    status: str = "verified",
    category: str = "national",
    email: str = "contact@lawg.example.org",
    **fields: Any,
) -> Signature:
    moment = fields.pop("created_at", now())
    sig = Signature(
        statement_id=s.id,
        category_id=next(c.id for c in s.categories if c.key == category),
        organization_name=name,
        organization_key=organization_key(name),
        city=fields.pop("city", "Washington"),
        region=fields.pop("region", "DC"),
        country=fields.pop("country", "United States"),
        website=fields.pop("website", ""),
        contact_name=fields.pop("contact_name", "Lisa Haugaard"),
        contact_role=fields.pop("contact_role", "Co-Director"),
        contact_email=email,
        authorized=True,
        status=status,
        created_at=moment,
        updated_at=moment,
        confirmed_at=moment if status == "verified" else None,
        verified_at=moment if status == "verified" else None,
        source_ip=fields.pop("source_ip", "127.0.0.1"),
        user_agent=fields.pop("user_agent", "pytest"),
        **fields,
    )
    db.session.add(sig)
    db.session.commit()
    return sig


def verified_signature(s: Statement, name: str = "Latin America Working Group", **fields: Any) -> Signature:
    return signature(s, name, status="verified", **fields)


def pending_signature(s: Statement, name: str = "Kino Border Initiative", **fields: Any) -> Signature:
    return signature(s, name, status="pending", **fields)


def coordinator(
    email: str = "maria@lawg.example.org", *, name: str = "María Coordinator", statements: tuple[Statement, ...] = ()
) -> Coordinator:
    c = Coordinator(email=email, name=name, password_hash=password_hash(), created_at=now())
    db.session.add(c)
    db.session.flush()
    for s in statements:
        db.session.add(Membership(statement_id=s.id, coordinator_id=c.id, role="owner"))
    db.session.commit()
    return c


def team_member(
    s: Statement,
    email: str,
    *,
    name: str = "Ben Coordinator",
    role: str = "owner",
    notify: str = "each",
    notified_up_to: datetime | None = None,
) -> Coordinator:
    """A coordinator on the statement's team with her choice of notification email; her cursor
    ("told of every signature verified up to") is None as for a membership just made."""
    c = db.session.execute(db.select(Coordinator).where(Coordinator.email == email)).scalar_one_or_none()
    if c is None:
        c = Coordinator(email=email, name=name, password_hash=password_hash(), created_at=now())
        db.session.add(c)
        db.session.flush()
    db.session.add(
        Membership(statement_id=s.id, coordinator_id=c.id, role=role, notify=notify, digest_sent_at=notified_up_to)
    )
    db.session.commit()
    return c
