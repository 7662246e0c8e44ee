"""Database engine and sessions, the shared declarative base and the Alembic migrations."""
