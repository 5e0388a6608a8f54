"""Where a signatory is: city, region and country joined as every page, email and export shows them."""

from __future__ import annotations


def join_place(city: str, region: str, country: str) -> str:
    """ "Tucson, AZ, United States": the parts given, in that order, empty ones left out."""
    return ", ".join(part for part in (city, region, country) if part)
