"""Supervisor console: indexes for the grant log's filters, and the record of audit checks.

Each one-value filter of the grant log leads an index in its pages' order that also holds
value and approval_id (the agent's and the team's indexes of 0002 give way to these); amount
ranges get an index on value; approved grants a partial one. The index on created_at alone
gives way to one that also holds what the overview sums by, so that its scans never read
the grants' rows. `audit_checks` is append-only like the ledger:
triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL), reusing the function
migration 0002 created there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

CHECKS = "audit_checks"
APPROVED = sa.text("approval_id IS NOT NULL")
NEW_INDEXES = {
    **{
        f"ix_grants_by_{column}": [column, "created_at", "value", "approval_id"]
        for column in ("agent", "team", "kind", "category", "policy_version")
    },
    "ix_grants_value_created_at": ["value", "created_at"],
    "ix_grants_created_at_covering": ["created_at", "agent", "team", "kind", "value", "customer"],
}
REPLACED_INDEXES = {  # of migration 0002
    "ix_grants_agent_created_at": ["agent", "created_at"],
    "ix_grants_team_created_at": ["team", "created_at"],
    "ix_grants_created_at": ["created_at"],
}


def _trigger_statements() -> list[tuple[str, str]]:
    """(create, drop) statements of the table's append-only triggers."""
    if op.get_context().dialect.name == "postgresql":
        return [
            (
                f"CREATE TRIGGER {CHECKS}_{name} BEFORE {events} ON {CHECKS} "
                f"FOR EACH {level} EXECUTE FUNCTION frontline_refuse_change()",
                f"DROP TRIGGER IF EXISTS {CHECKS}_{name} ON {CHECKS}",
            )
            for name, events, level in (
                ("append_only", "UPDATE OR DELETE", "ROW"),
                ("no_truncate", "TRUNCATE", "STATEMENT"),
            )
        ]
    return [
        (
            f"CREATE TRIGGER {CHECKS}_no_{operation.lower()} BEFORE {operation} ON {CHECKS} "
            f"BEGIN SELECT RAISE(ABORT, '{operation} on {CHECKS} refused: "
            "the table is append-only'); END",
            f"DROP TRIGGER IF EXISTS {CHECKS}_no_{operation.lower()}",
        )
        for operation in ("UPDATE", "DELETE")
    ]


def upgrade() -> None:
    op.create_table(CHECKS,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_by', sa.String(length=64), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('head_seq', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.Column('bad_entry', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checks'))
    )
    for create, _drop in _trigger_statements():
        op.execute(create)
    # Plain CREATE and DROP INDEX, never a batch table copy: grants keeps its triggers.
    for name, columns in NEW_INDEXES.items():
        op.create_index(name, 'grants', columns, unique=False)
    op.create_index(
        'ix_grants_approved_created_at', 'grants', ['created_at'], unique=False,
        sqlite_where=APPROVED, postgresql_where=APPROVED,
    )
    for name in REPLACED_INDEXES:
        op.drop_index(name, table_name='grants')


def downgrade() -> None:
    for name, columns in REPLACED_INDEXES.items():
        op.create_index(name, 'grants', columns, unique=False)
    op.drop_index('ix_grants_approved_created_at', table_name='grants')
    for name in NEW_INDEXES:
        op.drop_index(name, table_name='grants')
    for _create, drop in _trigger_statements():
        op.execute(drop)
    op.drop_table(CHECKS)
