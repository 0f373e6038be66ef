"""Competency gap assessment for Vietnamese public agencies (core: no Qt here)."""

__version__ = "0.1.0"
