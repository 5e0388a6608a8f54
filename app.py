"""The WSGI entry point: `flask --app app ...` and `gunicorn app:app`."""

from signon import create_app
from signon.config import ConfigError

try:
    app = create_app()
except ConfigError as exc:
    # One line that says which setting is missing, instead of a traceback.
    raise SystemExit(f"signon: configuration error: {exc}") from None
