"""Copying the knowledge base as it stands into another, empty database (a training sandbox).

Only what search and the viewer read is copied: the current articles with their current
revision, their images and the latest synonym list; no history, analytics or feedback.
Rows go over a batch at a time, so a large knowledge base never sits in memory at once.
"""

from sqlalchemy import Engine, and_, insert, select

from knowledge.models import KbArticle, KbAsset, KbRevision, KbSynonyms
from store.base import table_of
from store.sessions import transaction

BATCH = 500


def copy_knowledge(source: Engine, target: Engine) -> int:
    """Copy the current knowledge base from source into target; the number of articles."""
    articles = table_of(KbArticle)
    revisions = table_of(KbRevision)
    current_revisions = select(revisions).join(
        articles,
        and_(articles.c.id == revisions.c.article_id, articles.c.revision == revisions.c.revision),
    )
    synonyms = table_of(KbSynonyms)
    latest_synonyms = select(synonyms).order_by(synonyms.c.id.desc()).limit(1)
    copied = 0
    with transaction(source) as reading, transaction(target, write=True) as writing:
        for table, query in (
            (articles, select(articles)),
            (revisions, current_revisions),
            (table_of(KbAsset), select(table_of(KbAsset))),
            (synonyms, latest_synonyms),
        ):
            result = reading.connection().execute(query)
            while batch := result.mappings().fetchmany(BATCH):
                writing.connection().execute(insert(table), [dict(row) for row in batch])
                copied += len(batch) if table is articles else 0
    return copied
