"""Command-line entry points: thin wrappers that parse arguments and call one service each."""

from __future__ import annotations

import os
import sys
import threading
from datetime import datetime
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from werkzeug.serving import run_simple

from signon import worker
from signon.backup_cli import backup_cli
from signon.clock import utcnow
from signon.exports.letter import GROUPINGS, LetterOptions
from signon.models.statuses import PaperSize, SignatureStatus, StatementStatus
from signon.services.circulation import notifications
from signon.services.errors import (
    AlreadyPublished,
    CoordinatorExists,
    StatementFileError,
    StatementIsDraft,
    StatementNotFound,
    StatementStillOpen,
)
from signon.services.imports import signature_imports
from signon.services.letters import exports, publication
from signon.services.operations import demo, release
from signon.services.operations.demo_signatories import signatories_csv as demo_signatories_csv
from signon.services.statements import privacy, statement_status, statements
from signon.services.statements.statement_files import parse_statement_file
from signon.services.team import coordinators

statements_cli = AppGroup("statements", help="Import statements.")
coordinators_cli = AppGroup("coordinators", help="Manage coordinator accounts.")
signatures_cli = AppGroup("signatures", help="Load signatories.")
outbox_cli = AppGroup("outbox", help="Send the email waiting in the outbox.")
demo_cli = AppGroup("demo", help="The demo statement.")
notifications_cli = AppGroup("notifications", help="Email coordinators about their statements.")
privacy_cli = AppGroup("privacy", help="Anonymise signatories' contact details once kept long enough.")


def public_url(slug: str) -> str:
    return f"{current_app.config['SIGNON_BASE_URL']}/s/{slug}"


def _read_text(path: Path, *, encoding: str) -> str:
    """The file's text; a missing, unreadable or non-UTF-8 file is one line naming it."""
    try:
        return path.read_text(encoding=encoding)
    except FileNotFoundError:
        raise click.ClickException(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise click.ClickException(f"{path}: {exc.strerror}") from None


@statements_cli.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--coordinator",
    "coordinator_emails",
    multiple=True,
    metavar="EMAIL",
    help="Make this coordinator an owner (repeatable).",
)
def import_statement(path: Path, coordinator_emails: tuple[str, ...]) -> None:
    """Create or update a statement from a Markdown file with YAML front matter."""
    text = _read_text(path, encoding="utf-8")
    try:
        data = parse_statement_file(text)
        statement = statements.save_from_file(data, utcnow(), actor="cli", coordinator_emails=coordinator_emails)
    except StatementFileError as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    click.echo(public_url(statement.slug))


@statements_cli.command("export")
@click.argument("slug")
@click.option("--format", "fmt", type=click.Choice(exports.FORMATS), required=True, help="The file format.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Where to write it.")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(SignatureStatus),
    help="Signatures to include (repeatable; default: verified).",
)
@click.option("--grouping", type=click.Choice(GROUPINGS), default="category", show_default=True)
@click.option("--hide-location", is_flag=True, help="Leave out each signatory's city and country.")
@click.option("--no-addressees", is_flag=True, help="Leave out the addressee block.")
@click.option("--paper", type=click.Choice(PaperSize), help="Paper size (default: the statement's).")
def export_statement(
    slug: str,
    fmt: str,
    output: Path,
    statuses: tuple[SignatureStatus, ...],
    grouping: str,
    hide_location: bool,
    no_addressees: bool,
    paper: PaperSize | None,
) -> None:
    """Write the final letter (pdf, docx, html, txt, md) or the signatures (csv, xlsx) to a file."""
    options = LetterOptions(
        statuses=statuses or (SignatureStatus.verified,),
        grouping=grouping,
        show_location=not hide_location,
        include_addressees=not no_addressees,
        paper=paper,
    )
    try:
        if fmt == "csv":
            lines = exports.signatures_csv(slug, options.statuses)
        else:
            found = (
                exports.signatures_xlsx(slug, options.statuses)
                if fmt == "xlsx"
                else exports.letter_file(slug, fmt, options)
            )
    except StatementNotFound:
        raise click.ClickException(f"no statement with the slug {slug!r}") from None
    try:
        if fmt == "csv":
            with output.open("w", encoding="utf-8", newline="") as out:
                out.writelines(lines)
        else:
            output.write_bytes(found.content)
    except OSError as exc:
        raise click.ClickException(f"{output}: {exc.strerror}") from None
    click.echo(f"wrote {output} ({output.stat().st_size:,} bytes)")


@statements_cli.command("close")
@click.argument("slug")
def close_statement(slug: str) -> None:
    """Close a statement: it stops accepting signatures and its final letter can be published."""
    try:
        change = statement_status.set_status(slug, StatementStatus.closed, utcnow(), actor="cli")
    except StatementNotFound:
        raise click.ClickException(f"no statement with the slug {slug!r}") from None
    except statement_status.NeverOpened:
        raise click.ClickException("the statement is a draft: closing it would make it public") from None
    click.echo(f"closed {public_url(slug)}" if change.changed else f"{slug} was already closed")


@statements_cli.command("close-expired")
def close_expired_statements() -> None:
    """Close every open statement whose deadline has passed (the worker also does this each round)."""
    closed = statement_status.close_expired(utcnow(), actor="cli")
    for slug in closed:
        click.echo(f"closed {public_url(slug)}")
    click.echo(f"{len(closed)} statement(s) closed")


@statements_cli.command("publish")
@click.argument("slug")
def publish_statement(slug: str) -> None:
    """Publish the final letter of a closed statement and email it to every verified signatory."""
    try:
        report = publication.publish(slug, utcnow(), actor="cli")
    except StatementNotFound:
        raise click.ClickException(f"no statement with the slug {slug!r}") from None
    except StatementIsDraft:
        raise click.ClickException("the statement is a draft: it was never open for signing") from None
    except StatementStillOpen:
        raise click.ClickException("the statement is still open: close it or wait for its deadline") from None
    except AlreadyPublished:
        raise click.ClickException("the final letter is already published") from None
    exports.prepare_letter_files(slug, publication.PUBLIC_FORMATS)
    click.echo(f"published {public_url(slug)}; {report.emails} emails queued")


@signatures_cli.command("import")
@click.argument("slug")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def import_signatures(slug: str, path: Path) -> None:
    """Load signatories from a CSV file (UTF-8; header organization,category,city,country,website,
    contact_name,role,email). They are listed as verified on the coordinator's word."""
    text = _read_text(path, encoding="utf-8-sig")
    try:
        report = signature_imports.import_csv(slug, text, utcnow(), actor="cli")
    except StatementNotFound:
        raise click.ClickException(f"no statement with the slug {slug!r}") from None
    except signature_imports.SignatureImportError as exc:
        for problem in exc.problems:
            click.echo(f"{path}:{problem.line}: {problem.message}", err=True)
        raise click.ClickException(f"nothing imported: {len(exc.problems)} line(s) to fix") from None
    for skipped in report.skipped:
        click.echo(f"{path}:{skipped.line}: skipped, {skipped.message}", err=True)
    click.echo(f"imported {report.imported} signatories into {public_url(slug)}")


@coordinators_cli.command("create")
@click.argument("email")
@click.option("--name", required=True, help="The coordinator's full name.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of prompting.")
def create_coordinator(email: str, name: str, password_stdin: bool) -> None:
    """Create a coordinator account."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        coordinator = coordinators.create(email, name, password, utcnow(), actor="cli")
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    except CoordinatorExists:
        raise click.ClickException(f"a coordinator with the email {email} already exists") from None
    click.echo(f"Created coordinator {coordinator.email}")


@outbox_cli.command("send")
@click.option("--retry-now", is_flag=True, help="Also send messages still waiting out their retry delay.")
def send_outbox(retry_now: bool) -> None:
    """Send every due message once, then exit."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    report = worker.send_once(app, retry_now=retry_now)
    click.echo(f"sent {report.sent}, to retry {report.retrying}, failed {report.failed}")


@outbox_cli.command("work")
@click.option("--interval", default=2.0, show_default=True, help="Seconds between rounds.")
def work_outbox(interval: float) -> None:
    """Send due messages in a loop until interrupted."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    click.echo(f"outbox worker: sending every {interval:g} s; Ctrl-C stops")
    try:
        worker.run(app, threading.Event(), interval)
    except KeyboardInterrupt:
        click.echo("outbox worker stopped")


@demo_cli.command("load")
def load_demo() -> None:
    """Create or refresh the demo statement and a demo coordinator."""
    result = demo.load(utcnow(), development=current_app.config["SIGNON_ENV"] == "development")
    click.echo(f"Demo statement: {public_url(result.slug)}")
    if result.password:
        click.echo(f"Demo coordinator: {result.coordinator_email} / password: {result.password}")


@demo_cli.command("signatories")
@click.option("--count", type=click.IntRange(1, 20_000), default=1000, show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The CSV file to write.")
def demo_signatories(count: int, output: Path) -> None:
    """Write a CSV of made-up signatories for `flask signatures import` (the demo statement's
    categories; names in several scripts)."""
    try:
        with output.open("w", encoding="utf-8", newline="") as out:
            out.writelines(demo_signatories_csv(count))
    except OSError as exc:
        raise click.ClickException(f"{output}: {exc.strerror}") from None
    click.echo(f"wrote {count} signatories to {output}; load them with:")
    click.echo(f"  flask --app app signatures import {demo.demo_slug()} {output}")


@notifications_cli.command("send")
def send_notifications() -> None:
    """Queue the coordinator emails that are due (new signatures, daily digests, the 48-hour
    reminder, the closing notice), each once; `flask outbox send` then delivers them."""
    report = notifications.run_due(utcnow())
    click.echo(
        f"queued {report.total}: {report.signatures} new-signature, {report.digests} digest, "
        f"{report.reminders} deadline reminder, {report.closed} closing notice"
    )


def _moment(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC"


@privacy_cli.command("purge")
@click.option("--dry-run", is_flag=True, help="Show what would be anonymised, and change nothing.")
def purge_contacts(dry_run: bool) -> None:
    """Anonymise the contact details of every closed statement kept past its retention
    (months after closing); the public list stays. A purged statement is skipped."""
    now = utcnow()
    found = privacy.due(now) if dry_run else privacy.purge(now, actor="cli")
    for p in found:
        facts = f"closed {_moment(p.closed_at)}, retention {p.retention_months} months"
        if dry_run:
            click.echo(f"would purge {p.slug}: {facts}, {p.signatures} signatures with contact details")
        else:
            click.echo(
                f"purged {p.slug}: {facts}, {p.signatures} signatures anonymised, "
                f"{p.emails} emails deleted, {p.audit_events} history entries cleaned"
            )
    if dry_run:
        click.echo(f"{len(found)} statement(s) would be purged; nothing was changed (dry run)")
    else:
        click.echo(f"{len(found)} statement(s) purged")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option("--reload/--no-reload", default=False, show_default=True)
def serve(host: str, port: int, reload: bool) -> None:
    """Development server with an in-process outbox worker."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    # With the reloader, only the child process that serves requests runs the worker.
    if not reload or os.environ.get("WERKZEUG_RUN_MAIN") == "true":
        worker.start_thread(app)
    if os.environ.get("WERKZEUG_RUN_MAIN") != "true":
        base = f"http://{host}:{port}"
        click.echo(f"Signon on {base}/")
        click.echo(f"Demo statement: {base}/s/{demo.demo_slug()}")
        if app.config["SIGNON_DEVMAIL"]:
            click.echo(f"Development mailbox: {base}/dev/mail/")
        click.echo(f"Coordinator sign-in: {base}/login ({demo.DEMO_COORDINATOR})")
    run_simple(host, port, app, use_reloader=reload, use_debugger=app.debug, threaded=True)


@click.command("version")
@with_appcontext
@click.option("--check", is_flag=True, help="Exit with status 1 unless the database is at this release's schema.")
def version(check: bool) -> None:
    """The release of Signon and the database's schema revision."""
    info = release.release_info(current_app.extensions["migrate"].directory)
    click.echo(f"Signon {info.version}")
    if info.database_revision is None:
        click.echo(
            f"Database: no schema yet; run `flask db upgrade` (this release needs revision {info.code_revision})"
        )
    elif info.up_to_date:
        click.echo(f"Database revision {info.database_revision} (up to date)")
    else:
        click.echo(
            f"Database revision {info.database_revision}; this release needs {info.code_revision}: "
            "take a backup (`flask backup create`), then run `flask db upgrade`"
        )
    if check and not info.up_to_date:
        sys.exit(1)


def register(app: Flask) -> None:
    for group in (
        statements_cli, signatures_cli, coordinators_cli, outbox_cli, demo_cli, notifications_cli, privacy_cli,
    ):  # fmt: skip
        app.cli.add_command(group)
    app.cli.add_command(serve)
    app.cli.add_command(version)
    app.cli.add_command(backup_cli)
