"""Running an instance: backups, the release and schema it runs, and the demo data."""
