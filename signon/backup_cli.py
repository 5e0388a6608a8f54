"""`flask backup create|verify|restore`: thin commands over signon.services.operations.backups."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from signon.clock import utcnow
from signon.services.operations import backups
from signon.services.operations.backup_archive import BackupError, BackupInvalid, Manifest

backup_cli = AppGroup("backup", help="Back up the database, check a backup, restore one.")

# Typed by the operator before a database that holds rows is replaced; no flag can type it.
CONFIRMATION_WORD = "replace"


def _rows(counts: dict[str, int]) -> str:
    return ", ".join(f"{table} {n:,}" for table, n in sorted(counts.items())) or "none"


def _describe(manifest: Manifest) -> list[str]:
    return [
        f"  taken {manifest.created_at} by Signon {manifest.signon_version} ({manifest.database}, "
        f"schema revision {manifest.alembic_revision})",
        f"  rows: {_rows(manifest.counts)}",
        f"  sha256 of {manifest.snapshot}: {manifest.sha256}",
    ]


def _invalid(exc: BackupInvalid) -> click.ClickException:
    return click.ClickException("\n".join([f"{exc.path} is damaged or altered:", *exc.problems]))


@backup_cli.command("create", short_help="Write a backup while Signon keeps serving.")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def create_backup(path: Path | None) -> None:
    """Write a consistent backup while Signon keeps serving: to PATH (a file, or a directory
    to write it in), by default instance/backups/signon-<UTC time>-<revision>.tar.gz."""
    try:
        created = backups.create(path, Path(current_app.instance_path) / "backups", utcnow())
    except BackupInvalid as exc:
        raise _invalid(exc) from None
    except BackupError as exc:
        raise click.ClickException(f"no backup written: {exc}") from None
    click.echo(f"wrote {created.path} ({created.archive_bytes:,} bytes), checked")
    for line in _describe(created.manifest):
        click.echo(line)


@backup_cli.command("verify", short_help="Check a backup against its manifest.")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def verify_backup(path: Path) -> None:
    """Check a backup: SHA-256, the database in it, and the rows its manifest lists."""
    try:
        manifest = backups.verify(path)
    except BackupInvalid as exc:
        raise _invalid(exc) from None
    except BackupError as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    click.echo(f"{path}: OK (SHA-256, database and row counts match the manifest)")
    for line in _describe(manifest):
        click.echo(line)


@backup_cli.command("restore", short_help="Restore a backup into the configured database.")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--force",
    is_flag=True,
    help=f'Replace a database that holds rows (you are then asked to type "{CONFIRMATION_WORD}").',
)
def restore_backup(path: Path, force: bool) -> None:
    """Restore a backup into the configured database: an empty one, or with --force and a typed
    confirmation one that holds rows, whose contents are then replaced entirely."""
    try:
        with backups.open_backup(path) as backup:
            plan = backups.plan_restore(backup)
            if plan.rows_present:
                _confirm_replacing(plan.target, plan.rows_present, force)
            report = backups.restore(backup, replace=bool(plan.rows_present))
    except BackupInvalid as exc:
        raise _invalid(exc) from None
    except backups.TargetNotEmpty as exc:
        raise click.ClickException(f"{exc}: it has rows now ({_rows(exc.rows)}); nothing restored") from None
    except BackupError as exc:
        raise click.ClickException(f"nothing restored: {exc}") from None
    click.echo(f"restored {path} into {report.target}")
    for line in _describe(backup.manifest)[:2]:
        click.echo(line)
    if report.upgrade_needed:
        click.echo(
            f"The backup's schema ({backup.manifest.alembic_revision}) is older than this Signon's "
            f"({report.code_revision}): run `flask --app app db upgrade` now, before starting Signon."
        )


def _confirm_replacing(target: str, rows: dict[str, int], force: bool) -> None:
    if not force:
        raise click.ClickException(
            f"{target} is not empty ({_rows(rows)}); nothing restored. To replace everything in it "
            f"with the backup, stop Signon and run again with --force."
        )
    click.echo(f"{target} holds rows: {_rows(rows)}.")
    click.echo("Restoring deletes all of them and puts the backup's data in their place.")
    typed = click.prompt(f'Type "{CONFIRMATION_WORD}" to go on', default="", show_default=False)
    if typed.strip() != CONFIRMATION_WORD:
        raise click.ClickException("not confirmed; nothing restored")
