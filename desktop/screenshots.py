"""`make screenshots`: the main screens in English and Chinese, on demo data, as PNG files."""

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from desktop.i18n import Translations
from desktop.main import create_application
from desktop.main_window import MainWindow
from desktop.sign_in import SignInDialog
from desktop.tasks import TaskRunner
from desktop.ui_settings import UiSettings
from frontline.config import load_settings
from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.schema import init_database


def settle(msecs: int = 300) -> None:
    """Let pending background results and paint events arrive.

    A local event loop: quitting the application's own loop would close its windows.
    """
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def take(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translations = Translations(app)
    context = AppContext(load_settings())
    init_database(context.engine)
    load_demo(context)
    runner = TaskRunner()
    settings = UiSettings(context.settings)
    for language in ("en", "zh_CN"):
        translations.switch(language)
        dialog = SignInDialog(context.users, runner, "chen.jing")
        dialog.show()
        settle()
        save(dialog, out / f"sign-in-{language}.png")
        dialog.close()

        window = MainWindow(context, runner, settings)
        window.set_user(context.users.get("li.na"))
        window.resize(1400, 860)
        window.show()
        settle()
        save(window, out / f"workspace-{language}.png")
        window.close()
    runner.wait()
    context.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    with tempfile.TemporaryDirectory() as home:
        os.environ["FRONTLINE_HOME"] = home
        os.environ.pop("FRONTLINE_DB_URL", None)
        take(out)


if __name__ == "__main__":
    main()
