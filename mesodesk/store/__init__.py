"""Persistence: SQLAlchemy models, engine set-up, search index, migrations and backups."""
