"""Background work: results arrive on the UI thread, stale ones never arrive."""

import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

from desktop.tasks import TaskRunner


def test_result_is_delivered_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    worker_threads, delivered = [], []
    runner.submit(
        "search",
        lambda: worker_threads.append(threading.get_ident()) or 42,
        lambda result: delivered.append((result, QThread.currentThread())),
        _fail,
    )
    qtbot.waitUntil(lambda: bool(delivered))
    assert delivered == [(42, runner.thread())]
    assert worker_threads != [threading.get_ident()]
    runner.wait()


def test_a_newer_request_makes_the_older_result_stale(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    delivered: list[str] = []
    runner.submit("search", lambda: release.wait(5) and "old", delivered.append, _fail)
    runner.submit("search", lambda: "new", delivered.append, _fail)
    qtbot.waitUntil(lambda: delivered == ["new"])
    release.set()
    runner.wait()
    qtbot.wait(50)
    assert delivered == ["new"]
    assert not runner.is_busy("search")


def test_errors_go_to_the_error_handler(qtbot):
    runner = TaskRunner()
    errors: list[Exception] = []
    runner.submit("load", lambda: 1 / 0, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    runner.wait()


def _fail(error: Exception) -> None:
    raise AssertionError(f"unexpected error: {error!r}")


def test_a_slow_job_does_not_hold_up_other_channels(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    delivered: list[str] = []
    for channel in ("index", "rebuild", "prefetch"):  # more slow jobs than this machine has cores
        runner.submit(channel, lambda: release.wait(5) and "slow", delivered.append, _fail)
    runner.submit("lookup", lambda: "fast", delivered.append, _fail)
    qtbot.waitUntil(lambda: delivered == ["fast"], timeout=2000)
    release.set()
    runner.wait()


def test_results_for_a_closed_widget_are_dropped(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    widget = QLabel()
    runner.submit("load", lambda: release.wait(5) and "late", widget.setText, _fail)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    release.set()
    runner.wait()
    qtbot.wait(50)  # delivering to the deleted label would raise RuntimeError here
    assert not runner.is_busy("load")
