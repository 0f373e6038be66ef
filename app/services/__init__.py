"""Services: every operation takes the acting user and returns plain dataclasses."""
