"""Sandtable server: FastAPI + SQLAlchemy 2 + Alembic. Never imports client code."""

__version__ = "0.1.0"
