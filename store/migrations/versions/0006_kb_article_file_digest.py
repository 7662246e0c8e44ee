"""Knowledge base: each article's file digest, so an import skips unchanged files unparsed,
and an index on the file's path, so an import of a few files looks up only theirs.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL for articles imported before: their next import parses them and stores it.
    op.add_column('kb_articles', sa.Column('file_digest', sa.String(length=64), nullable=True))
    op.create_index(op.f('ix_kb_articles_source'), 'kb_articles', ['source'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_kb_articles_source'), table_name='kb_articles')
    with op.batch_alter_table('kb_articles', schema=None) as batch_op:
        batch_op.drop_column('file_digest')
