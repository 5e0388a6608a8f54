# Copy to instance/config.py (never committed) and adjust. Environment variables of the
# same name override these values.
SIGNON_ENV = "production"
SECRET_KEY = "replace with the output of: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
SIGNON_BASE_URL = "https://signon.example.org"
DATABASE_URL = "postgresql+psycopg://signon@127.0.0.1:5432/signon"
MAIL_SERVER = "smtp.example.org"
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = "signon"
MAIL_PASSWORD = "secret"
MAIL_DEFAULT_SENDER = "Signon <signon@example.org>"
# TRUSTED_HOSTS is read from the environment as a comma-separated list; here use:
# TRUSTED_HOSTS_EXTRA = ("www.signon.example.org",)
