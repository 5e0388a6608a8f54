import logging
from logging.config import fileConfig

from flask import current_app
from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from alembic import context

# this is the Alembic Config object, which provides
# access to the values within the .ini file in use.
config = context.config

# Interpret the config file for Python logging.
# This line sets up loggers basically.
# Keep the loggers that exist already (the app's, when migrations run inside it) working.
fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")


def get_engine():
    return current_app.extensions["migrate"].db.engine


def get_engine_url():
    try:
        return get_engine().url.render_as_string(hide_password=False).replace("%", "%%")
    except AttributeError:
        return str(get_engine().url).replace("%", "%%")


# add your model's MetaData object here
# for 'autogenerate' support
# from myapp import mymodel
# target_metadata = mymodel.Base.metadata
config.set_main_option("sqlalchemy.url", get_engine_url())
target_db = current_app.extensions["migrate"].db

# other values from the config, defined by the needs of env.py,
# can be acquired:
# my_important_option = config.get_main_option("my_important_option")
# ... etc.


def get_metadata():
    if hasattr(target_db, "metadatas"):
        return target_db.metadatas[None]
    return target_db.metadata


def render_item(type_, obj, autogen_context):
    if type_ == "type" and type(obj).__name__ == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and type(obj).__name__ == "EnumString":
        return f"sa.String(length={obj.impl.length})"
    return False


def run_migrations_offline():
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(url=url, target_metadata=get_metadata(), literal_binds=True)

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """

    # this callback is used to prevent an auto-migration from being generated
    # when there are no changes to the schema
    # reference: http://alembic.zzzcomputing.com/en/latest/cookbook.html
    def process_revision_directives(context, revision, directives):
        if getattr(config.cmd_opts, "autogenerate", False):
            script = directives[0]
            if script.upgrade_ops.is_empty():
                directives[:] = []
                logger.info("No changes in schema detected.")

    conf_args = current_app.extensions["migrate"].configure_args
    # Migrations never import application code: the UTC type is a plain DateTime there, an enum
    # column a plain String (its check constraint spells the values).
    conf_args.setdefault("render_item", render_item)
    conf_args.setdefault("compare_type", True)
    if conf_args.get("process_revision_directives") is None:
        conf_args["process_revision_directives"] = process_revision_directives

    engine = get_engine()
    if engine.dialect.name == "sqlite":
        run_sqlite_migrations(engine, conf_args)
        return

    # PostgreSQL runs every step of one command in one transaction (transactional DDL): a step
    # that fails or refuses leaves the database as it was before the command.
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=get_metadata(), **conf_args)

        with context.begin_transaction():
            context.run_migrations()


def run_sqlite_migrations(app_engine, conf_args):
    """SQLite, the way its documentation says a table is rebuilt: foreign keys off, every step
    of the command in one transaction, PRAGMA foreign_key_check before the commit.

    The application turns foreign keys on for every connection. Alembic's batch mode rebuilds a
    table by dropping it, and with foreign keys on, dropping `statement` deletes every signature,
    category, addressee, membership and invitation through ON DELETE CASCADE. So migrations get
    a connection of their own with foreign keys off (the pragma cannot change inside a
    transaction), and pysqlite's own transaction handling is switched off so that DDL, which it
    would otherwise run outside any transaction, is inside ours: a failed or refused step, or a
    dangling row, rolls back the whole command and leaves the file as it was.
    """
    engine = create_engine(app_engine.url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        # Wait for requests that are writing to finish rather than fail at once.
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # IMMEDIATE: no request writes between the migration's reads and its writes.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=get_metadata(),
                transactional_ddl=True,
                transaction_per_migration=False,
                **conf_args,
            )
            with context.begin_transaction():
                context.run_migrations()
                check_foreign_keys(connection)
    finally:
        engine.dispose()


class DanglingRows(RuntimeError):
    """A migration left rows pointing at rows that are gone: nothing of it is committed."""


def check_foreign_keys(connection):
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if not problems:
        return
    counts = {}
    for table, _rowid, parent, _fk in problems:
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    described = "; ".join(
        f"{n} row(s) of {table} point to missing {parent} rows" for (table, parent), n in counts.items()
    )
    raise DanglingRows(f"The migration was rolled back, nothing was changed: {described}.")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
