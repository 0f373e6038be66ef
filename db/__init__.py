"""Alembic migrations, shipped inside the installed package as app.db."""
