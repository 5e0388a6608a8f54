"""The place of a signatory: city, region and country joined one way everywhere."""

from __future__ import annotations

from signon.models import Signature
from signon.places import join_place


def test_the_parts_given_are_joined_in_order_and_empty_ones_left_out():
    assert join_place("Tucson", "AZ", "United States") == "Tucson, AZ, United States"
    assert join_place("Asunción", "", "Paraguay") == "Asunción, Paraguay"
    assert join_place("", "", "") == ""


def test_a_signature_shows_its_place_the_same_way():
    signature = Signature(city="Agua Prieta", region="", country="México")
    assert signature.place == join_place("Agua Prieta", "", "México") == "Agua Prieta, México"
