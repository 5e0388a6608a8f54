"""Getting a statement around and keeping people informed: the share panel, coordinators'
notifications and digests, and coordinators' messages to signatories."""
