"""Every page of the coordinators' blueprint: importing a module adds its routes to ``bp``."""

from signon.coordinator import (
    circulation,
    drafting,
    drafting_addressees,
    drafting_categories,
    drafting_settings,
    exporting,
    history,
    importing,
    invalidation,
    moderation,
    privacy,
    signatories,
    team,
    views,
)
from signon.coordinator.blueprint import bp

__all__ = [
    "bp",
    "circulation",
    "drafting",
    "drafting_addressees",
    "drafting_categories",
    "drafting_settings",
    "exporting",
    "history",
    "importing",
    "invalidation",
    "moderation",
    "privacy",
    "signatories",
    "team",
    "views",
]
