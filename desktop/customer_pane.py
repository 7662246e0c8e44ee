"""The customer pane: find a customer as you type, then their profile and timeline.

Every read (look-up, profile, timeline pages) runs in the task runner; a newer request on a
channel makes older results stale, so fast typing never shows an earlier query's answer.
"""

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from accounts.directory import UserRecord
from customers.lookup import Candidate, find_customers
from customers.profile import Profile
from customers.timeline import EventType
from desktop.customer_errors import ErrorBanner
from desktop.customer_header import CustomerHeader, HeaderScroll
from desktop.customer_lookup import CANDIDATE_ROLE, CandidateList
from desktop.customer_style import STYLE
from desktop.customer_timeline import (
    TimelineFilters,
    TimelineModel,
    TimelineView,
    while_alive,
)
from desktop.panes import Pane
from desktop.tasks import TaskRunner
from frontline.context import AppContext
from policies.versions import NoPolicyError
from store.types import utcnow

__all__ = ["STYLE", "CustomerPane"]

LOOKUP_LIMIT = 8
DEBOUNCE_MS = 150
HISTORY_ROOM = 300  # the filters and about four events, before the header gets it all


class CustomerPane(Pane):
    customer_changed = Signal(str)  # the customer's reference; "" when cleared

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("customerPane", parent)
        self._context, self._runner = context, runner
        self._user: UserRecord | None = None
        self._ref: str | None = None
        self._enter_pending = False  # Enter came before the results: open a single match
        self._split_by_agent = False  # once the agent drags the splitter, their split stays
        channel = f"customer-pane-{id(self):x}"
        self._lookup_channel, self._profile_channel = f"{channel}/lookup", f"{channel}/profile"
        self._build_lookup()
        self._build_customer(f"{channel}/timeline")
        self.body.setSpacing(8)
        for position, widget in enumerate(
            (self.lookup, self.lookup_status, self.results, self.error_banner)
        ):
            self.body.insertWidget(position, widget)
        self.body.addWidget(self.content, 1)
        self._connect()
        self.setFocusProxy(self.lookup)
        self.retranslate()

    def _build_lookup(self) -> None:
        self.lookup = QLineEdit(objectName="customerLookup", clearButtonEnabled=True)
        self.lookup.installEventFilter(self)
        self.lookup_status = QLabel(objectName="customerLookupStatus")
        self.lookup_status.hide()
        self.results = CandidateList()
        self.results.hide()
        self.results.installEventFilter(self)
        self.error_banner = ErrorBanner()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)

    def _build_customer(self, timeline_channel: str) -> None:
        self.header = CustomerHeader()
        self.header_scroll = HeaderScroll(self.header)
        self.history_title = QLabel(objectName="timelineTitle")
        self.filters = TimelineFilters(self.history_title)
        context = self._context
        self.timeline_model = TimelineModel(
            lambda: context.timeline, self._runner, timeline_channel, self
        )
        self.timeline = TimelineView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setMinimumHeight(120)
        self.timeline_status = QLabel(objectName="timelineStatus")
        history = QWidget(objectName="customerHistory")
        column = QVBoxLayout(history)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.filters)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.timeline_status)
        self.content = QSplitter(Qt.Orientation.Vertical, objectName="customerSplit")
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self.header_scroll)
        self.content.addWidget(history)
        self.content.setStretchFactor(0, 0)
        self.content.setStretchFactor(1, 1)
        self.content.hide()

    def _connect(self) -> None:
        self._debounce.timeout.connect(self._look_up)
        self.lookup.textEdited.connect(self._typed)
        self.lookup.textChanged.connect(self._text_changed)
        self.results.itemActivated.connect(self._activated)
        self.error_banner.retry_requested.connect(self._retry)
        self.header.clear_requested.connect(self.clear_customer)
        self.content.splitterMoved.connect(self._splitter_moved)
        self.filters.changed.connect(self.timeline_model.set_types)
        self.timeline_model.loading_changed.connect(lambda _loading: self._timeline_state())
        self.timeline_model.rowsInserted.connect(lambda *_args: self._timeline_state())
        self.timeline_model.failed.connect(lambda error: self._failed("timeline", error))
        chips = list(self.filters.chips.values())
        order = [
            self.lookup,
            self.results,
            self.error_banner.retry_button,
            self.header.clear_button,
            *chips,
            self.timeline,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # The public API ------------------------------------------------------------------------

    def set_user(self, user: UserRecord | None) -> None:
        """Who is signed in; signing out forgets the customer and the look-up."""
        self._user = user
        if user is None:
            self.lookup.clear()
            self.clear_customer()

    def focus_lookup(self) -> None:
        self.lookup.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lookup.selectAll()

    def current_customer(self) -> str | None:
        return self._ref

    def select_customer(self, ref: str, name: str = "", tier: str = "") -> None:
        """Show this customer (what the look-up knows is shown while the profile loads)."""
        self._hide_results()
        self._ref = ref
        self.hint.hide()
        self.content.show()
        self.header.show_loading(name or ref, ref, tier or "standard")
        self._load()
        self.customer_changed.emit(ref)

    def clear_customer(self) -> None:
        if self._ref is None:
            return
        self._ref = None
        self.error_banner.clear("profile", "timeline")
        self.timeline_model.show_customer(None)
        self.content.hide()
        self.hint.show()
        self.customer_changed.emit("")

    def refresh(self) -> None:
        """Read the profile and the newest events again (after a grant, say)."""
        if self._ref is not None:
            self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Customer"),
            self.tr(
                "Find a customer by ID, phone, e-mail or name.\n"
                "Pinyin and the last four digits of a phone number work too."
            ),
        )
        self.lookup.setPlaceholderText(self.tr("ID, phone, e-mail or name"))
        self.lookup.setAccessibleName(self.tr("Customer look-up"))
        self.lookup.setToolTip(self.tr("Up and Down choose a customer, Enter opens, Esc clears"))
        self.results.setAccessibleName(self.tr("Matching customers"))
        self.error_banner.retranslate()
        self.history_title.setText(self.tr("History"))
        self.timeline.setAccessibleName(self.tr("Customer timeline"))
        self.filters.retranslate()
        self.header.retranslate()
        self.timeline_model.retranslate()
        self._timeline_state()
        if self.results.isVisible():
            self.results.show_candidates(self.results.candidates())

    # Look-up --------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._enter_pending = False
        self._debounce.start()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self._enter_pending = False
            self._hide_results()

    def _look_up(self) -> None:
        query = self.lookup.text().strip()
        if not query:
            return
        self._status(self.tr("Searching…"))
        engine = self._context.engine
        self._runner.submit(
            self._lookup_channel,
            lambda: find_customers(engine, query, limit=LOOKUP_LIMIT),
            while_alive(self, lambda found: self._found(query, found)),
            while_alive(self, lambda error: self._failed("lookup", error)),
        )

    def _found(self, query: str, candidates: list[Candidate]) -> None:
        if query != self.lookup.text().strip():
            return  # the field was cleared or changed since; its own request is on the way
        self.error_banner.clear("lookup")
        self.results.show_candidates(candidates)
        self._status(self._found_text(query, len(candidates)))
        if self._enter_pending:
            self._enter_pending = False
            exact = [candidate for candidate in candidates if candidate.exact]
            single = candidates if len(candidates) == 1 else exact
            if len(single) == 1:
                self._open(single[0])

    def _found_text(self, query: str, found: int) -> str:
        if not found:
            return self.tr("No customer matches “%1”.").replace("%1", query)
        if found >= LOOKUP_LIMIT:
            return self.tr("The first %1 matches: type more to narrow them down").replace(
                "%1", str(found)
            )
        return self.tr("↑ ↓ to choose, Enter to open")

    def _activated(self, item: QListWidgetItem) -> None:
        candidate = item.data(CANDIDATE_ROLE)
        if isinstance(candidate, Candidate):
            self._open(candidate)

    def _open(self, candidate: Candidate) -> None:
        self.select_customer(candidate.ref, candidate.name, candidate.tier)
        self.lookup.setFocus()
        self.lookup.selectAll()

    def _enter(self) -> None:
        pending = self._debounce.isActive() or self._runner.is_busy(self._lookup_channel)
        if pending:
            self._enter_pending = True
            if self._debounce.isActive():
                self._debounce.stop()
                self._look_up()
            return
        candidate = self.results.current_candidate() if self.results.isVisible() else None
        if candidate is not None:
            self._open(candidate)

    def _escape(self) -> None:
        if self.lookup.text():
            self.lookup.clear()
        else:
            self.clear_customer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._escape()
            self.lookup.setFocus()
            return True
        if watched is self.lookup:
            if key in {Qt.Key.Key_Down, Qt.Key.Key_Up} and self.results.isVisible():
                self.results.step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
                self._enter()
                return True
        return super().eventFilter(watched, event)

    def _hide_results(self) -> None:
        self.results.show_candidates([])
        self._status("")

    def _status(self, text: str) -> None:
        self.lookup_status.setText(text)
        self.lookup_status.setVisible(bool(text))

    # Profile and timeline -------------------------------------------------------------------

    def _load(self) -> None:
        ref, context = self._ref, self._context
        assert ref is not None
        self._runner.submit(
            self._profile_channel,
            lambda: (context.profiles.profile(ref, now=utcnow()), _currency(context)),
            while_alive(self, lambda result: self._profile_loaded(ref, *result)),
            while_alive(self, lambda error: self._failed("profile", error)),
        )
        self.error_banner.clear("timeline")
        self.timeline_model.show_customer(ref, self.filters.selected())

    def _profile_loaded(self, ref: str, profile: Profile, currency: str | None) -> None:
        if ref != self._ref:
            return
        self.error_banner.clear("profile")
        self.header.show_profile(profile, currency)
        QTimer.singleShot(0, self, self._fit_header)  # once the new header is laid out

    def _timeline_state(self) -> None:
        model = self.timeline_model
        rows, text, empty = model.rowCount(), "", ""
        if self._ref is None:
            pass
        elif model.loading:
            text = self.tr("Loading older events…") if rows else self.tr("Loading the history…")
        elif model.has_more:
            text = self.tr("%1 events shown; scroll for older ones").replace("%1", str(rows))
        elif rows:
            text = self.tr("All %1 events shown").replace("%1", str(rows))
        elif "timeline" in self.error_banner.sources():
            empty = self.tr("The history could not be read.")
        elif model.types != frozenset(EventType):
            empty = self.tr("No events of the chosen types.")
        else:
            empty = self.tr("No orders, contacts or feedback yet.")
        self.timeline_status.setText(text)
        self.timeline_status.setVisible(bool(text))
        self.timeline.set_placeholder(empty)

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self._split_by_agent = True

    def _fit_header(self) -> None:
        """The whole header if the timeline keeps room for a few events; else scroll it."""
        if self._split_by_agent or not self.content.isVisible():
            return
        total = self.content.height() - self.content.handleWidth()
        header = max(60, min(self.header_scroll.wanted_height(), total - HISTORY_ROOM))
        self.content.setSizes([header, total - header])

    # Errors ---------------------------------------------------------------------------------

    def _failed(self, source: str, error: Exception) -> None:
        if source == "lookup":
            self._status("")
            self._enter_pending = False
        self.error_banner.failed(source, error)
        self._timeline_state()

    def _retry(self) -> None:
        failed = self.error_banner.sources()
        if "lookup" in failed and self.lookup.text().strip():
            self._look_up()
        if failed & {"profile", "timeline"}:
            self.refresh()

    def error_message(self) -> str:
        """What the error banner says, empty when all is well."""
        return self.error_banner.message()


def _currency(context: AppContext) -> str | None:
    """The policy's currency: the figures' and the compensation cap's."""
    try:
        return context.compensations.active_policy().currency
    except NoPolicyError:
        return None
