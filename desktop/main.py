"""Entry point of `frontline-desk`."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from desktop import compensation_style, console_style, customer_style, knowledge_style
from desktop.app import DeskSession
from desktop.errors import configure_logging, install_excepthook, show_error
from desktop.i18n import Translations, system_language
from desktop.ui_settings import UiSettings
from frontline.config import ConfigError, load_settings
from frontline.context import AppContext
from frontline.schema import SchemaError, prepare_database
from knowledge.analysis import load_dictionary
from resources import resource
from store.engine import DatabaseUrlError


def create_application(argv: list[str]) -> QApplication:
    app = QApplication(argv)
    app.setApplicationName("Frontline Desk")
    app.setOrganizationName("Frontline Desk")
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    return app


def stylesheet() -> str:
    """The application's style, then each pane's own, scoped under the pane's name."""
    panes = (
        customer_style.STYLE,
        knowledge_style.STYLE,
        compensation_style.STYLE,
        console_style.STYLE,
    )
    return "\n".join((resource("style", "app.qss").read_text("utf-8"), *panes))


def main(argv: list[str] | None = None) -> int:
    app = create_application(sys.argv if argv is None else argv)
    translations = Translations(app)
    try:
        settings = load_settings()
    except ConfigError as exc:
        translations.switch(system_language())
        show_error(_cannot_start(), str(exc))
        return 1
    ui_settings = UiSettings(settings)
    translations.switch(ui_settings.language())
    configure_logging(settings.log_file)
    install_excepthook(settings.log_file)
    try:
        context = AppContext(settings)
    except DatabaseUrlError as exc:
        show_error(_cannot_start(), str(exc))
        return 1
    try:
        prepare_database(context.engine, create_if_empty=not context.database.shared)
    except (SchemaError, OperationalError) as exc:
        show_error(
            _cannot_start(),
            QCoreApplication.translate("Startup", "Cannot open the database %1:\n%2")
            .replace("%1", context.database.location)
            .replace("%2", _first_line(exc)),
        )
        context.close()
        return 1
    # Before any window shows: the Chinese dictionary loads in one call that holds the GIL
    # (0.15-0.2 s), which would freeze a window already open; and the first search needs it.
    load_dictionary()
    session = DeskSession(app, context, translations, ui_settings)
    try:
        return app.exec() if session.start() else 0
    finally:
        session.shut_down()


def _cannot_start() -> str:
    return QCoreApplication.translate("Startup", "Frontline Desk cannot start")


def _first_line(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0]


if __name__ == "__main__":
    sys.exit(main())
