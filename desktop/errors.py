"""Unexpected errors: written to the log file, and a dialog that says where it is."""

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("frontline")


def configure_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        show_error(
            QCoreApplication.translate("Errors", "Something went wrong"),
            QCoreApplication.translate(
                "Errors",
                "Frontline Desk hit an unexpected error and carried on. What you typed is "
                "still there. The details were written to:\n%1",
            ).replace("%1", str(log_file)),
        )

    sys.excepthook = hook


def show_error(title: str, message: str) -> None:
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), title, message)
