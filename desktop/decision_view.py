"""A recorded decision as the supervisor reads it: limits, rules, budgets left, every fact."""

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.compensation_labels import money, ui_language
from desktop.customer_labels import moment_text
from policies.grant_detail import DecisionSnapshot


class DecisionView(QTextBrowser):
    """Shows a decision; `page_html` may put more in front of it (see GrantDetailView)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.decision: DecisionSnapshot | None = None
        self.currency = ""

    def show_decision(self, decision: DecisionSnapshot | None, currency: str) -> None:
        self.decision, self.currency = decision, currency
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Decision"))
        self.setHtml(self.page_html())

    def page_html(self) -> str:
        if self.decision is None:
            return ""
        return self.decision_html(self.decision)

    def decision_html(self, decision: DecisionSnapshot) -> str:
        currency = self.currency
        limits = [
            (self.tr("On-the-spot limit"), _plain(decision.limit)),
            (self.tr("Limit with approval"), _plain(decision.approval_limit)),
            (self.tr("Rules applied"), ", ".join(decision.rule_ids) or "—"),
            (self.tr("Decided at"), moment_text(decision.decided_at)),
            (self.tr("Policy"), f"{decision.policy_name or '?'} · {decision.policy_version}"),
        ]
        parts = [heading(self.tr("Decision")), table(limits)]
        if decision.budgets:
            zh = ui_language() == "zh"
            budgets = [
                (
                    budget.name_zh if zh else budget.name_en,
                    self.tr("%1 left of %2 at the time")
                    .replace("%1", money(budget.remaining, currency))
                    .replace("%2", money(budget.limit, currency)),
                )
                for budget in decision.budgets
            ]
            parts += [heading(self.tr("Budgets")), table(budgets)]
        facts = [(name, str(value)) for name, value in sorted(decision.facts.items())]
        parts += [heading(self.tr("Facts the decision saw")), table(facts)]
        return "".join(parts)


def heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#5b6472;padding-right:12px'>{html.escape(name)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for name, value in rows
    )
    return f"<table cellspacing='2'>{cells}</table>"


def _plain(amount: object) -> str:
    return "—" if amount is None else f"{amount}"
