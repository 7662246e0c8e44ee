"""Running slow work (database, index) off the UI thread, delivering results on it.

Each request belongs to a channel; a newer request on a channel makes older results stale,
and stale results are dropped instead of being delivered.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
WORKERS = 6


@dataclass
class _Pending:
    generation: int
    on_result: Callback
    on_error: Callable[[Exception], None]


class _Job(QRunnable):
    def __init__(
        self, runner: "TaskRunner", channel: str, generation: int, work: Callable[[], Any]
    ) -> None:
        super().__init__()
        self._runner, self._channel, self._generation, self._work = (
            runner,
            channel,
            generation,
            work,
        )

    def run(self) -> None:
        try:
            result, failed = self._work(), False
        except Exception as exc:  # delivered to the caller's error handler on the UI thread
            result, failed = exc, True
        self._runner.done.emit(self._channel, self._generation, result, failed)


class TaskRunner(QObject):
    """Runs callables on a thread pool; callbacks run on the thread that owns the runner."""

    done = Signal(str, int, object, bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or _own_pool(self)
        self._generations: dict[str, int] = {}
        self._pending: dict[str, _Pending] = {}
        self.done.connect(self._deliver)

    def submit(
        self,
        channel: str,
        work: Callable[[], Any],
        on_result: Callback,
        on_error: Callable[[Exception], None],
    ) -> None:
        generation = self._generations.get(channel, 0) + 1
        self._generations[channel] = generation
        self._pending[channel] = _Pending(generation, on_result, on_error)
        self._pool.start(_Job(self, channel, generation, work))

    def is_busy(self, channel: str) -> bool:
        return channel in self._pending

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every running job to finish (at shutdown, and in tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(str, int, object, bool)
    def _deliver(self, channel: str, generation: int, result: object, failed: bool) -> None:
        pending = self._pending.get(channel)
        if pending is None or pending.generation != generation:
            log.debug("dropped a stale result on %s", channel)
            return
        del self._pending[channel]
        if not _receiver_alive(pending.on_result):
            return  # the pane that asked was closed meanwhile
        if failed:
            assert isinstance(result, Exception)
            pending.on_error(result)
        else:
            pending.on_result(result)


class Progress(QObject):
    """Carries a job's progress (done of total) from its worker to the UI thread."""

    changed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)


def _own_pool(parent: QObject) -> QThreadPool:
    # Not the global pool, whose size is the core count (two here): a long index build must
    # not keep a customer look-up waiting behind it.
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(max(WORKERS, QThread.idealThreadCount()))
    return pool


def _receiver_alive(callback: Callback) -> bool:
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
