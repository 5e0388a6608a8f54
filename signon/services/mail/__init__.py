"""What Signon sends: the outbox that holds every message until it is sent, the messages
(to signers, coordinators, team members) and the signed links they carry. It imports no
other service package: every use case below writes its email through it."""
