"""Coordinator accounts and a statement's team: roles, invitations and password resets."""
