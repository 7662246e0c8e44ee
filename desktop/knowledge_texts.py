"""What the knowledge pane says about case categories and about things that went wrong."""

import logging

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from knowledge.analytics import FeedbackError
from knowledge.index import IndexUnusableError
from knowledge.library import UnknownArticleError

log = logging.getLogger(__name__)


def category_label(category: str) -> str:
    labels = {
        "late_delivery": QCoreApplication.translate("KnowledgePane", "Late delivery"),
        "lost_parcel": QCoreApplication.translate("KnowledgePane", "Lost parcel"),
        "damaged_item": QCoreApplication.translate("KnowledgePane", "Damaged item"),
        "wrong_item": QCoreApplication.translate("KnowledgePane", "Wrong item"),
        "warranty": QCoreApplication.translate("KnowledgePane", "Warranty"),
        "return_outside_window": QCoreApplication.translate("KnowledgePane", "Late return"),
        "service_failure": QCoreApplication.translate("KnowledgePane", "Service failure"),
        "price_drop": QCoreApplication.translate("KnowledgePane", "Price drop"),
        "payment_dispute": QCoreApplication.translate("KnowledgePane", "Payment dispute"),
    }
    return labels.get(category, category.replace("_", " "))


def explain(error: Exception, doing: str) -> str:
    """A sentence for the agent; anything unexpected also goes to the log with its traceback."""
    if isinstance(error, UnknownArticleError):
        return QCoreApplication.translate(
            "KnowledgePane", "This article is not in the knowledge base. It may have been removed."
        )
    if isinstance(error, IndexUnusableError):
        return QCoreApplication.translate(
            "KnowledgePane", "The search index cannot be used right now. Try again in a moment."
        )
    if isinstance(error, FeedbackError):
        return QCoreApplication.translate("KnowledgePane", "This feedback cannot be recorded.")
    if isinstance(error, SQLAlchemyError | OSError):
        log.warning("knowledge pane: %s failed: %s", doing, error)
        return QCoreApplication.translate(
            "KnowledgePane",
            "The database cannot be reached. What you typed is kept; try again in a moment.",
        )
    log.error("knowledge pane: %s failed", doing, exc_info=error)
    return QCoreApplication.translate(
        "KnowledgePane", "Something went wrong. The details were written to the log file."
    )
