"""What every make_<rev>.py shares: it runs inside a git worktree of that release, imports THAT
release's `signon`, builds the schema with its own migrations and fills it through its own
pages and commands, on a clock that starts at FIXTURE_MADE_AT and moves only when told (so
that the SQLite and the PostgreSQL database of one release hold the same rows and links).

Environment: DATABASE_URL (empty database), FIXTURE_MADE_AT (ISO time, UTC), FIXTURE_FACTS
(where to write the facts JSON), FIXTURE_WORK (a scratch directory).
"""

from __future__ import annotations

import base64
import json
import os
import random
import secrets
import socket
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from itsdangerous import URLSafeTimedSerializer
from itsdangerous.timed import TimestampSigner
from pagefacts import link_kind, links_in, listed
from people import Person
from sqlalchemy import inspect, text

SECRET = "migration-fixtures-secret-key-0123456789"
BASE_URL = "http://signon.example.org"
PASSWORD = "migration-fixture-password"
# Mail to these local parts is refused for good by the fixture's SMTP server: failed outbox rows.
BOUNCE = "rebote"


class RefusingHandler:
    """An SMTP server that accepts everything except addresses that start with BOUNCE."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address.startswith(BOUNCE):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Maker:
    """One release's app on the fixture database, with a clock of its own."""

    def __init__(self, revision: str, **overrides: Any) -> None:
        self.revision = revision
        self.root = Path.cwd()
        self.url = os.environ["DATABASE_URL"]
        self.now = datetime.fromisoformat(os.environ["FIXTURE_MADE_AT"]).astimezone(UTC)
        self.started = self.now
        self.work = Path(os.environ["FIXTURE_WORK"])
        self.work.mkdir(parents=True, exist_ok=True)
        port = _free_port()
        self.smtp = Controller(RefusingHandler(), hostname="127.0.0.1", port=port)
        self.smtp.start()
        self._seed_secrets(revision)
        self._patch_clocks()
        from signon import create_app

        self.app = create_app(
            {
                "SIGNON_ENV": "testing",
                "SECRET_KEY": SECRET,
                "SIGNON_BASE_URL": BASE_URL,
                "DATABASE_URL": self.url,
                "MAIL_SERVER": "127.0.0.1",
                "MAIL_PORT": port,
                "MAIL_TIMEOUT": 5,
                "MAIL_SUPPRESS_SEND": False,
                "MAIL_DEFAULT_SENDER": "Signon <signon@example.org>",
                "WTF_CSRF_ENABLED": False,
                "SIGNON_EXPORT_CACHE": str(self.work / "exports"),
                "SIGNON_IMPORT_DIR": str(self.work / "imports"),
                **overrides,
            }
        )
        self._patch_clocks()
        from flask_migrate import upgrade

        with self.app.app_context():
            upgrade(directory=str(self.root / "migrations"))
        self.client = self.app.test_client()
        self.runner = self.app.test_cli_runner()

    # ------------------------------------------------------------------ clock

    def _fake_now(self) -> datetime:
        return self.now

    def _patch_clocks(self) -> None:
        """The release's clock (signon.clock.utcnow, wherever it was imported) and the clock
        itsdangerous signs links with both read self.now."""
        import signon.clock

        original = getattr(signon.clock, "_fixture_original", signon.clock.utcnow)
        signon.clock._fixture_original = original  # type: ignore[attr-defined]
        for name, module in list(sys.modules.items()):
            if (name == "signon" or name.startswith("signon.")) and getattr(module, "utcnow", None) is original:
                module.utcnow = self._fake_now  # type: ignore[attr-defined]
        TimestampSigner.get_timestamp = lambda signer: int(self.now.timestamp())  # type: ignore[method-assign]

    @staticmethod
    def _seed_secrets(revision: str) -> None:
        """Random tokens (invitations, review links, password salts) drawn from a seeded
        generator: the SQLite and the PostgreSQL run then mint the same links."""
        rng = random.Random(f"signon-fixture-{revision}")
        secrets.token_bytes = lambda n=32: rng.randbytes(n or 32)  # type: ignore[assignment]
        secrets.token_hex = lambda n=32: rng.randbytes(n or 32).hex()  # type: ignore[assignment]
        secrets.token_urlsafe = lambda n=32: base64.urlsafe_b64encode(rng.randbytes(n or 32)).rstrip(b"=").decode()  # type: ignore[assignment]
        secrets.choice = rng.choice  # type: ignore[assignment]
        secrets.randbelow = rng.randrange  # type: ignore[assignment]

    def tick(self, seconds: float = 37) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    # ------------------------------------------------------------------ edges a person uses

    def cli(self, *args: str, input: str | None = None) -> str:
        self._patch_clocks()
        result = self.runner.invoke(args=list(args), input=input)
        if result.exit_code != 0:
            raise RuntimeError(
                f"flask {' '.join(args)} failed ({result.exit_code}): {result.output}{result.exception!r}"
            )
        self.tick(5)
        return result.output

    def post(self, path: str, data: dict[str, Any] | None = None, expect: Iterable[int] = (303,), **kw: Any) -> Any:
        response = self.client.post(path, data=data or {}, **kw)
        if response.status_code not in tuple(expect):
            body = response.get_data(as_text=True)
            raise RuntimeError(f"POST {path} answered {response.status_code}: {body[:3000]}")
        self.tick(3)
        return response

    def get(self, path: str, expect: Iterable[int] = (200,)) -> Any:
        response = self.client.get(path)
        if response.status_code not in tuple(expect):
            raise RuntimeError(f"GET {path} answered {response.status_code}: {response.get_data(as_text=True)[:2000]}")
        return response

    def sign(self, slug: str, person: Person, category: str, **extra: str) -> None:
        """The public sign form, filled in as a person does."""
        form = {
            "organization": person.organization,
            "category": category,
            "city": person.city,
            "region": person.region,
            "country": person.country,
            "website": person.website,
            "contact_name": person.contact_name,
            "contact_role": person.role,
            "email": person.email,
            "authorized": "y",
            "comment": person.comment,
            **extra,
        }
        self.client.get(f"/s/{slug}/sign")
        self.post(f"/s/{slug}/sign", form)
        self.tick(41)

    def outbox(self, where: str = "1 = 1") -> list[dict[str, Any]]:
        with self.app.app_context():
            from signon.extensions import db

            rows = db.session.execute(text(f"SELECT * FROM outbox_message WHERE {where} ORDER BY id")).mappings()
            found = [dict(row) for row in rows]
            db.session.remove()
        return found

    def link_for(self, email: str, kind: str) -> str:
        """The newest link of this kind emailed to this address."""
        for message in reversed(self.outbox()):
            if message["recipient"].lower() == email.lower():
                for path in links_in(message["text_body"]):
                    if link_kind(path) == kind:
                        return path
        raise LookupError(f"no {kind} link emailed to {email}")

    def confirm(self, email: str) -> None:
        """Open the link in the verification email (a page with one button) and press Confirm."""
        path = self.link_for(email, "confirm")
        self.get(path)
        self.post(path)
        self.tick(29)

    def send_outbox(self) -> str:
        return self.cli("outbox", "send")

    def log_in(self, email: str, password: str = PASSWORD) -> None:
        self.client.post("/logout")
        self.post("/login", {"email": email, "password": password})

    def log_out(self) -> None:
        self.client.post("/logout")
        self.client.cookie_jar.clear() if hasattr(self.client, "cookie_jar") and self.client.cookie_jar else None

    def create_coordinator(self, email: str, name: str) -> None:
        self.cli("coordinators", "create", email, "--name", name, "--password-stdin", input=PASSWORD + "\n")

    def import_statement(self, markdown: str, name: str, *owners: str) -> None:
        path = self.work / f"{name}.md"
        path.write_text(markdown, encoding="utf-8")
        args = ["statements", "import", str(path)]
        for owner in owners:
            args += ["--coordinator", owner]
        self.cli(*args)

    def sql(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with self.app.app_context():
            from signon.extensions import db

            rows = [dict(r) for r in db.session.execute(text(query), params).mappings()]
            db.session.commit()
            db.session.remove()
        return rows

    # ------------------------------------------------------------------ facts

    def facts(self, extra_link_checks: Callable[[str, str, dict[str, Any]], dict[str, Any]] | None = None) -> None:
        """Write what this release shows: per statement its texts, its public list as the page
        shows it, its hidden and pinned names and status counts; row counts per table; every
        link found in the outbox with what it should do."""
        with self.app.app_context():
            from signon.extensions import db

            tables = sorted(t for t in inspect(db.engine).get_table_names() if t != "alembic_version")
            columns = {t: {c["name"] for c in inspect(db.engine).get_columns(t)} for t in tables}
            db.session.remove()
        counts = {t: self.sql(f'SELECT COUNT(*) AS n FROM "{t}"')[0]["n"] for t in tables}
        statements = []
        for row in self.sql("SELECT * FROM statement ORDER BY id"):
            statements.append(self._statement_facts(row, columns["signature"]))
        signatures = [
            {
                "id": r["id"],
                "statement": r["slug"],
                "name": r["organization_name"],
                "status": r["status"],
                "confirmed": r["confirmed_at"] is not None,
                **{flag: bool(r[flag]) for flag in ("hidden", "pinned", "individual") if flag in r},
            }
            for r in self.sql(
                "SELECT signature.*, statement.slug FROM signature JOIN statement ON statement.id = signature.statement_id"
                " ORDER BY signature.id"
            )
        ]
        revision = self.sql("SELECT version_num FROM alembic_version")[0]["version_num"]
        facts = {
            "release": self.revision,
            "revision": revision,
            "made_from": os.environ.get("FIXTURE_COMMIT", ""),
            "made_at": self.started.isoformat(),
            "made_until": self.now.isoformat(),
            "secret_key": SECRET,
            "base_url": BASE_URL,
            "tables": counts,
            "statements": statements,
            "signatures": signatures,
            "links": self._links(extra_link_checks),
        }
        Path(os.environ["FIXTURE_FACTS"]).write_text(
            json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        self.smtp.stop()

    def _statement_facts(self, row: dict[str, Any], signature_columns: set[str]) -> dict[str, Any]:
        slug = row["slug"]
        response = self.client.get(f"/s/{slug}")
        page = listed(response.get_data(as_text=True)) if response.status_code == 200 else None
        flags = [f for f in ("hidden", "pinned") if f in signature_columns]
        named = {
            flag: [
                r["organization_name"]
                for r in self.sql(
                    f"SELECT organization_name FROM signature WHERE statement_id = :id AND {flag} ORDER BY id",
                    id=row["id"],
                )
            ]
            for flag in flags
        }
        return {
            "slug": slug,
            "status": row["status"],
            "published": bool(row.get("published_at")),
            "moderated": bool(row["moderated"]),
            "texts": {k: row[k] for k in ("title", "body", "background", "salutation", "closing", "language")},
            "categories": [
                r["label"]
                for r in self.sql("SELECT label FROM category WHERE statement_id = :id ORDER BY position", id=row["id"])
            ],
            "addressees": [
                r["name"]
                for r in self.sql("SELECT name FROM addressee WHERE statement_id = :id ORDER BY position", id=row["id"])
            ],
            "page_status": response.status_code,
            "page": page,
            "status_counts": {
                r["status"]: r["n"]
                for r in self.sql(
                    "SELECT status, COUNT(*) AS n FROM signature WHERE statement_id = :id GROUP BY status", id=row["id"]
                )
            },
            **named,
        }

    def _links(self, extra: Callable[[str, str, dict[str, Any]], dict[str, Any]] | None) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        salts = {"confirm": "confirm-signature", "not_me": "not-me", "manage": "manage-signature"}
        for message in self.outbox():
            for path in links_in(message["text_body"]):
                kind = link_kind(path)
                if kind is None:
                    continue
                link: dict[str, Any] = {
                    "kind": kind,
                    "path": path,
                    "outbox_id": message["id"],
                    "email_kind": message["kind"],
                    "recipient": message["recipient"],
                    "sent": message["sent_at"] is not None,
                }
                if kind in salts:
                    token = path.rsplit("/", 1)[1]
                    payload = URLSafeTimedSerializer(SECRET, salt=salts[kind]).loads(token)
                    link["payload"] = payload
                    signature_id = payload.get("s") if isinstance(payload, dict) else None
                    sig = (
                        self.sql(
                            "SELECT signature.*, statement.status AS statement_status, statement.slug FROM signature"
                            " JOIN statement ON statement.id = signature.statement_id WHERE signature.id = :id",
                            id=signature_id,
                        )
                        if signature_id
                        else []
                    )
                    if sig:
                        link["signature_id"] = signature_id
                        link["name"] = sig[0]["organization_name"]
                        link["signature_status"] = sig[0]["status"]
                        link["confirmed"] = sig[0]["confirmed_at"] is not None
                        link["statement"] = sig[0]["slug"]
                        link["statement_status"] = sig[0]["statement_status"]
                if kind == "confirm":
                    waiting = link.get("signature_status") == "pending" and not link.get("confirmed")
                    closed = link.get("statement_status") == "closed"
                    link["expect"] = ("closed" if closed else "confirms") if waiting else "already"
                if kind == "invitation":
                    import hashlib

                    digest = hashlib.sha256(path.rsplit("/", 1)[1].encode()).hexdigest()
                    rows = self.sql("SELECT * FROM invitation WHERE token_hash = :h", h=digest)
                    used = not rows or rows[0]["accepted_at"] is not None or rows[0]["revoked_at"] is not None
                    link["expect_status"] = None if used else 200
                if kind in ("manage", "not_me"):
                    # A link whose signature was withdrawn or rejected is used up: any answer but an error.
                    live = ("verified",) if kind == "manage" else ("verified", "pending")
                    link["expect_status"] = 200 if link.get("signature_status") in live else None
                if extra is not None:
                    link.update(extra(kind, path, link))
                found.append(link)
        with self.app.app_context():
            from signon.extensions import db

            has_review = "review_token" in {c["name"] for c in inspect(db.engine).get_columns("statement")}
            db.session.remove()
        if has_review:
            for row in self.sql("SELECT slug, review_token FROM statement WHERE review_token IS NOT NULL ORDER BY id"):
                path = f"/s/{row['slug']}?review={row['review_token']}"
                found.append({"kind": "review", "path": path, "statement": row["slug"], "expect_status": 200})
        return found


def category_keys(maker: Maker, slug: str) -> list[str]:
    return [
        r["key"]
        for r in maker.sql(
            "SELECT category.key FROM category JOIN statement ON statement.id = category.statement_id"
            " WHERE statement.slug = :slug ORDER BY category.position",
            slug=slug,
        )
    ]


MARIA = "maria@lawg.example.org"
TOMAS = "tomas@came.example.org"


def base_campaign(maker: Maker, *, draft: bool = True) -> None:
    """What every release from 0001 on can do: two coordinators, the two statements (and a
    draft) imported from Markdown, the demo statement, ~150 signatures through the sign form,
    most confirmed through the emailed link, some pending with their email sent, some with it
    still unsent, one bounced, a resend, a duplicate refused."""
    from people import people
    from statements import DRAFT_LETTER, JOINT_LETTER, JOINT_SLUG, URGENT_ACTION, URGENT_SLUG

    maker.create_coordinator(MARIA, "María José Núñez")
    maker.create_coordinator(TOMAS, "Tomás Ibáñez")
    maker.import_statement(JOINT_LETTER, "joint-letter", MARIA, TOMAS)
    maker.import_statement(URGENT_ACTION, "accion-urgente", TOMAS)
    if draft:
        maker.import_statement(DRAFT_LETTER, "borrador", TOMAS)
    maker.cli("demo", "load")

    joint, urgent = category_keys(maker, JOINT_SLUG), category_keys(maker, URGENT_SLUG)
    signers = people(150)
    # The joint letter: 95 through the form, confirmed but for a few left pending.
    for number, person in enumerate(signers[:80]):
        maker.sign(JOINT_SLUG, person, joint[(number * 7) % 3 if number % 5 else 2])
        if number % 9 != 4:
            maker.confirm(person.email)
    # The Urgent Action, in Spanish: 40 signatures.
    for number, person in enumerate(signers[100:130]):
        maker.sign(URGENT_SLUG, person, urgent[number % 3])
        if number % 6 != 1:
            maker.confirm(person.email)
    # Someone whose address bounces, and a second signature from a listed organization.
    bounced = Person("Casa del Migrante Saltillo", "Saltillo", "Coahuila", "México", "Alberto Xicoténcatl",
                     f"{BOUNCE}@casasaltillo.example.org")  # fmt: skip
    maker.sign(JOINT_SLUG, bounced, joint[1])
    maker.sign(JOINT_SLUG, Person(signers[0].organization.upper(), "Moscow", "", "Russia", "Иван Петров",
                                  "ivan@another.example.org"), joint[2])  # fmt: skip
    # The worker runs: every email so far is sent, the bouncing one fails for good.
    maker.send_outbox()
    maker.tick(3600)
    # A resend asked for by email address, and the same person signing again (link resent).
    maker.post("/confirm/resend", {"email": signers[4].email})
    maker.sign(JOINT_SLUG, signers[13], joint[0])
    for number, person in enumerate(signers[80:95], start=80):
        maker.sign(JOINT_SLUG, person, joint[number % 3])
        if number % 4 == 0:
            maker.confirm(person.email)
    for number, person in enumerate(signers[130:140], start=130):
        maker.sign(URGENT_SLUG, person, urgent[number % 3])
        if number % 3:
            maker.confirm(person.email)
    # The same organization on both statements.
    maker.sign(URGENT_SLUG, signers[5], urgent[2])
    maker.confirm(signers[5].email)
    maker.send_outbox()
    # The last few wait in the outbox, unsent.
    for number, person in enumerate(signers[95:100], start=95):
        maker.sign(JOINT_SLUG, person, joint[number % 3])
    maker.sign(URGENT_SLUG, signers[140], urgent[0])
    # A coordinator reads the list.
    maker.log_in(MARIA)
    maker.get("/coordinator/")
    maker.get(f"/coordinator/s/{JOINT_SLUG}/signatures")
    maker.log_out()


def import_signatures_csv(maker: Maker, slug: str, persons: list[Person], labels: list[str]) -> None:
    """`flask signatures import` (0003 on): a coordinator's spreadsheet, listed as verified."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("organization", "category", "city", "country", "website", "contact_name", "role", "email"))
    for number, p in enumerate(persons):
        writer.writerow(
            (
                p.organization,
                labels[number % len(labels)],
                p.city,
                p.country,
                p.website,
                p.contact_name,
                p.role,
                p.email,
            )
        )
    path = maker.work / f"{slug}-signatories.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    maker.cli("signatures", "import", slug, str(path))


def publication_campaign(maker: Maker) -> None:
    """0003 on: a spreadsheet of signatories imported into the joint letter; the demo statement
    signed by a few more, then closed and its final letter published (emailed to its signatories)."""
    from people import people
    from statements import JOINT_SLUG

    demo_slug = maker.sql("SELECT slug FROM statement WHERE slug NOT IN (:a, :b, :c)", a=JOINT_SLUG,
                          b="accion-urgente-guardia-nacional", c="carta-borrador-albergues")[0]["slug"]  # fmt: skip
    labels = [
        r["label"]
        for r in maker.sql(
            "SELECT category.label FROM category JOIN statement ON statement.id = category.statement_id"
            " WHERE statement.slug = :slug ORDER BY category.position",
            slug=JOINT_SLUG,
        )
    ]
    import_signatures_csv(maker, JOINT_SLUG, people(18, offset=150), labels)
    demo_keys = category_keys(maker, demo_slug)
    for number, person in enumerate(people(5, offset=170)):
        maker.sign(demo_slug, person, demo_keys[number % len(demo_keys)])
        if number != 4:
            maker.confirm(person.email)
    maker.cli("statements", "close", demo_slug)
    maker.cli("statements", "publish", demo_slug)


def _ids(maker: Maker, slug: str, names: list[str]) -> list[str]:
    rows = maker.sql(
        "SELECT signature.id, organization_name FROM signature JOIN statement ON statement.id = signature.statement_id"
        " WHERE statement.slug = :slug",
        slug=slug,
    )
    by_name = {r["organization_name"]: str(r["id"]) for r in rows}
    return [by_name[name] for name in names]


def workspace_campaign(maker: Maker) -> None:
    """0004 on: a team (an editor who joined through the invitation, an invitation still
    pending), individuals allowed on the joint letter, pinned, hidden and rejected signatures,
    moderation on the Urgent Action (some approved, one rejected, some waiting), a review link
    on the draft, a password reset asked for, the coordinators' notifications."""
    from people import people
    from statements import DRAFT_SLUG, JOINT_SLUG, URGENT_SLUG

    joint = f"/coordinator/s/{JOINT_SLUG}"
    urgent = f"/coordinator/s/{URGENT_SLUG}"
    signers = people(200)
    maker.log_in(MARIA)
    maker.post(f"{joint}/team/invite", {"email": "ines@wola.example.org", "role": "editor"})
    maker.post(f"{joint}/team/invite", {"email": "otto@other.example.org", "role": "owner"})
    maker.post(
        f"{joint}/sign-form",
        {"website": "optional", "phone": "optional", "comment": "optional", "allow_individuals": "y"},
    )
    pinned = _ids(maker, JOINT_SLUG, [signers[7].organization, signers[2].organization])
    maker.post(f"{joint}/signatures/moderate", {"ids": pinned, "action": "pin"})
    maker.post(
        f"{joint}/signatures/moderate", {"ids": _ids(maker, JOINT_SLUG, [signers[20].organization]), "action": "hide"}
    )
    maker.post(
        f"{joint}/signatures/moderate",
        {
            "ids": _ids(maker, JOINT_SLUG, [signers[31].organization]),
            "action": "reject",
            "message": "No es una organización.",
        },
    )
    maker.log_out()
    invitation = maker.link_for("ines@wola.example.org", "invitation")
    maker.get(invitation)
    maker.post(invitation, {"name": "Inés Fernández", "password": PASSWORD, "confirm": PASSWORD})
    maker.log_out()

    maker.log_in(TOMAS)
    maker.post(f"{urgent}/moderation", {"moderated": "on"})
    maker.post(f"/coordinator/s/{DRAFT_SLUG}/review-link")
    maker.log_out()
    keys = category_keys(maker, URGENT_SLUG)
    waiting = signers[180:190]
    for number, person in enumerate(waiting):
        maker.sign(URGENT_SLUG, person, keys[number % 3])
        maker.confirm(person.email)
    maker.log_in(TOMAS)
    approved = _ids(maker, URGENT_SLUG, [p.organization for p in waiting[:5]])
    maker.post(f"{urgent}/signatures/moderate", {"ids": approved, "action": "approve"})
    maker.post(
        f"{urgent}/signatures/moderate",
        {"ids": _ids(maker, URGENT_SLUG, [waiting[5].organization]), "action": "reject", "message": "Duplicada."},
    )
    maker.log_out()
    keys = category_keys(maker, JOINT_SLUG)
    for number, person in enumerate(signers[190:195]):
        maker.sign(JOINT_SLUG, person, keys[number % 3], individual="y", phone=f"+52 55 5555 01{number:02d}")
        if number != 2:
            maker.confirm(person.email)
    maker.post("/password/forgot", {"email": TOMAS})
    maker.cli("notifications", "send")


def self_service_campaign(maker: Maker) -> None:
    """0005 on: signatories manage their own signature through emailed links: one withdrawn,
    one corrected, one link asked for and not used yet; a "this wasn't me" pressed."""
    from people import people
    from statements import JOINT_SLUG, URGENT_SLUG

    signers = people(200)
    for person in (signers[40], signers[41], signers[42]):
        maker.post("/manage", {"email": person.email})
    withdraw = maker.link_for(signers[40].email, "manage")
    maker.get(withdraw)
    maker.post(f"{withdraw}/withdraw", expect=(200, 303))
    correct = maker.link_for(signers[41].email, "manage")
    maker.get(correct)
    p = signers[41]
    (current,) = maker.sql(
        "SELECT category.key FROM signature JOIN category ON category.id = signature.category_id"
        " WHERE signature.contact_email = :email",
        email=p.email,
    )
    maker.post(
        f"{correct}/correct",
        {"organization": p.organization + " (Sede Central)", "category": current["key"], "city": p.city, "region": p.region,
         "country": p.country, "website": "https://sede.example.org", "comment": "Corregido."},
        expect=(200, 303),
    )  # fmt: skip
    keys = category_keys(maker, URGENT_SLUG)
    stranger = signers[195]
    maker.sign(URGENT_SLUG, stranger, keys[0])
    not_me = maker.link_for(stranger.email, "not_me")
    maker.get(not_me)
    maker.post(not_me, expect=(200, 303))
    maker.sign(JOINT_SLUG, signers[196], category_keys(maker, JOINT_SLUG)[1])
