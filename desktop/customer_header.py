"""The selected customer at a glance: name, badges, alerts, contact details and figures."""

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from customers.profile import LatestFeedback, Profile
from desktop.customer_flow import FlowLayout
from desktop.customer_labels import (
    SEGMENT_TONES,
    SEVERITY_TONES,
    STAGE_TONES,
    TIER_TONES,
    day_text,
    language_label,
    money_text,
    segment_label,
    severity_label,
    stage_label,
    tag_label,
    tier_label,
    ui_language,
)

NEAR_CAP = Decimal("0.8")  # the alerts' share of the cap, for the figure's colour too
FIGURES = (
    "orders",
    "spend",
    "average",
    "first",
    "last",
    "complaints",
    "compensation",
    "nps",
    "csat",
)
COLUMNS = 3


def badge(text: str, tone: str, caption: str = "") -> QLabel:
    """A rounded label in a tone of STYLE; a caption says which kind of label it is."""
    label = QLabel(objectName="customerBadge")
    label.setProperty("tone", tone)
    if caption:
        label.setText(f"<span style='font-weight:400'>{escape(caption)}</span>&nbsp;{escape(text)}")
        label.setAccessibleName(f"{caption}: {text}")
    else:
        label.setText(escape(text))
        label.setAccessibleName(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _empty(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


def _names(layout: QLayout) -> list[str]:
    items = (layout.itemAt(index) for index in range(layout.count()))
    widgets = (item.widget() for item in items if item is not None)
    return [widget.accessibleName() for widget in widgets if widget is not None]


class Figure(QFrame):
    """A small tile: a caption, a value, and a note under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="customerFigure")
        self.caption = QLabel(objectName="figureCaption")
        self.value = QLabel(objectName="figureValue")
        self.note = QLabel(objectName="figureNote")
        for label in (self.value, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.caption, self.note):
            label.setWordWrap(True)  # a narrow pane wraps a long caption rather than clip it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 5, 9, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, caption: str, value: str, note: str = "", tone: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{caption}: {value} {note}".strip())
        if self.value.property("tone") != tone:
            self.value.setProperty("tone", tone)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)


class CustomerHeader(QWidget):
    """Shows one `Profile`; `clear_requested` when the agent closes the customer."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHeader")
        self._profile: Profile | None = None
        self._currency: str | None = None
        self._loading: tuple[str, str, str] | None = None  # name, ref, tier while loading

        self.name = QLabel(objectName="customerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ref = QLabel(objectName="customerRef", wordWrap=True)
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QToolButton(objectName="customerClear", text="✕")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(self.clear_requested)
        self.badges = FlowLayout()
        self.alerts = QVBoxLayout()
        self.alerts.setSpacing(4)
        self.contact = QLabel(objectName="customerContact", wordWrap=True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = {key: Figure() for key in FIGURES}
        self.figures_box = QFrame(objectName="customerFigures")
        grid = QGridLayout(self.figures_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for position, key in enumerate(FIGURES):
            grid.addWidget(self.figures[key], *divmod(position, COLUMNS))
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.name)
        top.addWidget(self.ref, 1, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.badges)
        layout.addLayout(self.alerts)
        layout.addWidget(self.contact)
        layout.addWidget(self.figures_box)

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def show_loading(self, name: str, ref: str, tier: str) -> None:
        """What the look-up already knows, while the profile loads."""
        self._profile, self._loading = None, (name, ref, tier)
        self._render()

    def show_profile(self, profile: Profile, currency: str | None) -> None:
        self._profile, self._currency, self._loading = profile, currency, None
        self._render()

    def retranslate(self) -> None:
        self.clear_button.setToolTip(self.tr("Close this customer (Esc in an empty look-up)"))
        self.clear_button.setAccessibleName(self.tr("Close customer"))
        self._render()

    def alert_texts(self) -> list[str]:
        """The alert rows as shown (tests and screen readers)."""
        return _names(self.alerts)

    def badge_texts(self) -> list[str]:
        return _names(self.badges)

    def _render(self) -> None:
        _empty(self.badges)
        _empty(self.alerts)
        if self._profile is not None:
            self._render_profile(self._profile)
        elif self._loading is not None:
            name, ref, tier = self._loading
            self.name.setText(name)
            self.ref.setText(ref)
            self.badges.addWidget(
                badge(tier_label(tier), TIER_TONES.get(tier, "grey"), self.tr("Tier"))
            )
            self.contact.setText(self.tr("Loading the profile…"))
            self.figures_box.hide()

    def _render_profile(self, profile: Profile) -> None:
        record = profile.customer
        self.name.setText(record.name)
        self.ref.setText(record.ref)
        since = record.created_at.astimezone().date().isoformat()
        self.name.setToolTip(self.tr("Customer since %1").replace("%1", since))
        self.setAccessibleName(f"{record.name} {record.ref}")
        self.badges.addWidget(
            badge(tier_label(record.tier), TIER_TONES.get(record.tier, "grey"), self.tr("Tier"))
        )
        if profile.segment is not None:
            code = str(profile.segment)
            self.badges.addWidget(
                badge(segment_label(code), SEGMENT_TONES.get(code, "grey"), self.tr("Value"))
            )
        stage = str(profile.lifecycle.stage)
        self.badges.addWidget(
            badge(stage_label(stage), STAGE_TONES.get(stage, "grey"), self.tr("Stage"))
        )
        self.badges.addWidget(badge(language_label(record.language), "tag"))
        for tag in record.tags:
            self.badges.addWidget(badge(tag_label(tag), "tag"))
        language = ui_language()
        for alert in profile.alerts:
            severity = str(alert.severity)
            message = alert.message.zh if language == "zh" else alert.message.en
            row = QLabel(objectName="customerAlert", wordWrap=True)
            row.setProperty("tone", SEVERITY_TONES.get(severity, "grey"))
            row.setContentsMargins(10, 6, 10, 6)  # not QSS padding: word wrap measures these
            row.setText(f"<b>{escape(severity_label(severity))}</b>&nbsp;&nbsp;{escape(message)}")
            row.setAccessibleName(f"{severity_label(severity)}: {message}")
            row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.alerts.addWidget(row)
        self.contact.setText(self._contact_text(profile))
        self._fill_figures(profile)
        self.figures_box.show()

    def _contact_text(self, profile: Profile) -> str:
        record = profile.customer
        rows: list[tuple[str, str]] = []
        if record.phones:
            rows.append((self.tr("Phone"), "  ·  ".join(record.phones)))
        if record.emails:
            rows.append((self.tr("E-mail"), "  ·  ".join(record.emails)))
        cells = "".join(
            f"<tr><td style='color:#7a8699; padding-right:10px'>{escape(caption)}</td>"
            f"<td>{escape(value)}</td></tr>"
            for caption, value in rows
        )
        return f"<table cellspacing='0' cellpadding='1'>{cells}</table>" if cells else ""

    def _fill_figures(self, profile: Profile) -> None:
        figures, money = profile.figures, self._money
        days = profile.lifecycle.days_since_last
        self.figures["orders"].show_value(self.tr("Orders"), str(figures.orders))
        self.figures["spend"].show_value(self.tr("Total spend"), money(figures.total_spend))
        self.figures["average"].show_value(
            self.tr("Average order"), money(figures.average_order_value)
        )
        self.figures["first"].show_value(self.tr("First order"), day_text(figures.first_purchase))
        self.figures["last"].show_value(
            self.tr("Last order"),
            day_text(figures.last_purchase),
            "" if days is None else self.tr("%1 days ago").replace("%1", str(days)),
        )
        self.figures["complaints"].show_value(
            self.tr("Complaints"),
            str(profile.complaints_90d),
            self.tr("90 days · %1 open").replace("%1", str(profile.open_complaints)),
            "red" if profile.open_complaints else "",
        )
        self._fill_compensation(profile, money)
        nps = self._feedback(profile, "nps")
        csat = self._feedback(profile, "csat")
        self.figures["nps"].show_value(
            self.tr("Latest NPS"),
            "—" if nps is None else f"{nps.score} / 10",
            "" if nps is None else _when(nps.at),
            "" if nps is None else ("red" if nps.score <= 6 else "green" if nps.score >= 9 else ""),
        )
        self.figures["csat"].show_value(
            self.tr("Latest CSAT"),
            "—" if csat is None else f"{csat.score} / 5",
            "" if csat is None else _when(csat.at),
            "" if csat is None else ("red" if csat.score <= 2 else ""),
        )

    def _fill_compensation(self, profile: Profile, money: Callable[[Decimal], str]) -> None:
        received, cap = profile.compensation_30d, profile.compensation_cap
        tone = ""
        if cap is None:
            note = self.tr("30 days · no cap")
        else:
            note = self.tr("30 days · cap %1").replace("%1", money(cap))
            if received > 0 and received >= NEAR_CAP * cap:
                tone = "red" if received >= cap else "amber"
        self.figures["compensation"].show_value(
            self.tr("Compensation"), money(received), note, tone
        )

    def _money(self, amount: Decimal) -> str:
        return money_text(amount, self._currency)

    @staticmethod
    def _feedback(profile: Profile, kind: str) -> LatestFeedback | None:
        return next((answer for answer in profile.feedback if answer.kind == kind), None)


def _when(moment: datetime) -> str:
    return moment.astimezone().date().isoformat()


class HeaderScroll(QScrollArea):
    """The header, scrolled when the agent gives the timeline most of a short pane."""

    def __init__(self, header: "CustomerHeader", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHeaderScroll")
        self.setWidget(header)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        header.setAutoFillBackground(False)
        self.setMinimumHeight(60)

    def wanted_height(self) -> int:
        """The height that shows the whole header at the current width."""
        header = self.widget()
        if header is None:
            return 0
        return header.heightForWidth(self.viewport().width()) + 2 * self.frameWidth()
