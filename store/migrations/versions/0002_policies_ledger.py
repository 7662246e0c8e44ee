"""The policies ledger: loaded policies, grants, approval requests and the audit log.

All five tables are append-only, enforced by triggers on SQLite and PostgreSQL. A later
migration that alters one of them in SQLite batch mode recreates the table and must recreate
its triggers too.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


APPEND_ONLY_TABLES = ("policy_loads", "grants", "approval_requests", "approval_outcomes", "audit_log")

PG_REFUSE_CHANGE = """
CREATE FUNCTION frontline_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def _create_triggers() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(PG_REFUSE_CHANGE)
        for table in APPEND_ONLY_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION frontline_refuse_change()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION frontline_refuse_change()"
            )
        return
    for table in APPEND_ONLY_TABLES:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{operation} on {table} refused: "
                "the table is append-only'); END"
            )


def _drop_triggers() -> None:
    postgresql = op.get_context().dialect.name == "postgresql"
    for table in APPEND_ONLY_TABLES:
        names = ("append_only", "no_truncate") if postgresql else ("no_update", "no_delete")
        for name in names:
            suffix = f" ON {table}" if postgresql else ""
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{name}{suffix}")
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS frontline_refuse_change()")


def upgrade() -> None:
    op.create_table('approval_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('approver_role', sa.String(length=32), nullable=False),
    sa.Column('idempotency_key', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('agent_role', sa.String(length=32), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=True),
    sa.Column('customer', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('item', sa.String(length=64), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('policy_version', sa.String(length=64), nullable=False),
    sa.Column('rule_ids', sa.String(length=1000), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_requests')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_approval_requests_idempotency_key'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    op.create_table('policy_loads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('loaded_by', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=1000), nullable=False),
    sa.Column('contents', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_loads'))
    )
    with op.batch_alter_table('policy_loads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_loads_version'), ['version'], unique=False)

    op.create_table('grants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=True),
    sa.Column('approved_by', sa.String(length=64), nullable=True),
    sa.Column('idempotency_key', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('agent_role', sa.String(length=32), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=True),
    sa.Column('customer', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('item', sa.String(length=64), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('policy_version', sa.String(length=64), nullable=False),
    sa.Column('rule_ids', sa.String(length=1000), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.CheckConstraint('value >= 0', name=op.f('ck_grants_value')),
    sa.ForeignKeyConstraint(['approval_id'], ['approval_requests.id'], name=op.f('fk_grants_approval_id_approval_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grants')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_grants_idempotency_key'))
    )
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.create_index('ix_grants_agent_created_at', ['agent', 'created_at'], unique=False)
        batch_op.create_index('ix_grants_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_grants_customer_created_at', ['customer', 'created_at'], unique=False)
        batch_op.create_index('ix_grants_team_created_at', ['team', 'created_at'], unique=False)

    op.create_table('approval_outcomes',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('grant_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("outcome IN ('approved', 'denied', 'withdrawn')", name=op.f('ck_approval_outcomes_outcome')),
    sa.ForeignKeyConstraint(['grant_id'], ['grants.id'], name=op.f('fk_approval_outcomes_grant_id_grants')),
    sa.ForeignKeyConstraint(['request_id'], ['approval_requests.id'], name=op.f('fk_approval_outcomes_request_id_approval_requests')),
    sa.PrimaryKeyConstraint('request_id', name=op.f('pk_approval_outcomes'))
    )
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    op.drop_table('approval_outcomes')
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.drop_index('ix_grants_team_created_at')
        batch_op.drop_index('ix_grants_customer_created_at')
        batch_op.drop_index('ix_grants_created_at')
        batch_op.drop_index('ix_grants_agent_created_at')

    op.drop_table('grants')
    with op.batch_alter_table('policy_loads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_loads_version'))

    op.drop_table('policy_loads')
    op.drop_table('audit_log')
    op.drop_table('approval_requests')
