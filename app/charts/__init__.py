"""Matplotlib figure builders (no Qt)."""
