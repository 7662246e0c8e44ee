"""Grant log: each filter's index holds the whole page order, id included.

The indexes of migration 0005 ended the page order at created_at, so PostgreSQL sorted the
grants of one moment by id and could not bound its scan by the keyset's row value. The
index of approved grants held created_at alone, so a filter on status approved and an agent
(or any other criterion) read every approved grant's row to check it; approved grants are
few, and their index now holds every column a filter names. Plain DROP and CREATE INDEX,
never a batch table copy: grants keeps its triggers.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

BY_ONE_VALUE = ["agent", "team", "kind", "category", "policy_version"]
APPROVED = sa.text("approval_id IS NOT NULL")


def _rebuild(page_order: list[str], approved: list[str]) -> None:
    for column in BY_ONE_VALUE:
        name = f"ix_grants_by_{column}"
        op.drop_index(name, table_name='grants')
        op.create_index(name, 'grants', [column, *page_order, "value", "approval_id"])
    op.drop_index('ix_grants_approved_created_at', table_name='grants')
    op.create_index(
        'ix_grants_approved_created_at', 'grants', approved,
        sqlite_where=APPROVED, postgresql_where=APPROVED,
    )


def upgrade() -> None:
    _rebuild(["created_at", "id"], ["created_at", "id", *BY_ONE_VALUE, "value"])


def downgrade() -> None:
    _rebuild(["created_at"], ["created_at"])
