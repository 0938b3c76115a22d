"""thbwatch: find, link and explain online leads of trafficking in human beings."""

__version__ = "0.1.0"
