"""Fixtures the signing tests share: the statement whose signatures are managed through the
manage link, and its verified signature."""

from __future__ import annotations

import pytest

from tests import factories
from tests.signing.manage_links import EMAIL, NAME


@pytest.fixture
def statement(db):
    s = factories.open_statement()
    factories.team_member(s, "maria@coalition.example.org", name="María", notify="none")
    return s


@pytest.fixture
def verified(statement):
    return factories.verified_signature(statement, NAME, email=EMAIL, website="https://lawg.example.org")
