"""The release: shown in the coordinator pages' footer, /healthz and `flask version`.
CHANGELOG.md has a section for each release, with its upgrading notes."""

__version__ = "0.5.0"
