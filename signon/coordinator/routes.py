"""Every page of the coordinators' blueprint: importing a module adds its routes to ``bp``."""

from signon.coordinator import exporting, team, views
from signon.coordinator.blueprint import bp

__all__ = ["bp", "exporting", "team", "views"]
