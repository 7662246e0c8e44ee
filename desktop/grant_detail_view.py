"""One grant in full, for the supervisor: who gave what and why, and the decision behind it
(every fact, the rules that allowed it, the budgets left, the policy version)."""

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.compensation_labels import money, ui_language
from desktop.customer_labels import moment_text
from policies.grant_detail import GrantDetail


class GrantDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantDetail")
        self.setOpenLinks(False)
        self.detail: GrantDetail | None = None
        self.retranslate()

    def show_detail(self, detail: GrantDetail | None) -> None:
        self.detail = detail
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Grant detail"))
        if self.detail is None:
            hint = self.tr("Select a grant to see its decision.")
            self.setHtml(f"<p>{html.escape(hint)}</p>")
            return
        self.setHtml(self._html(self.detail))

    def _html(self, detail: GrantDetail) -> str:
        row, esc = detail.row, html.escape
        zh = ui_language() == "zh"
        title = self.tr("Grant %1").replace("%1", str(row.id))
        parts = [
            f"<h3>{esc(title)}</h3>",
            _table(
                [
                    (self.tr("Recorded"), moment_text(row.created_at)),
                    (self.tr("Agent"), f"{row.agent} · {row.team or '—'}"),
                    (self.tr("Customer"), row.customer),
                    (self.tr("Money drawn"), money(row.value, row.currency)),
                    (self.tr("Reason"), row.reason),
                ]
            ),
        ]
        if detail.approval is not None:
            approval = detail.approval
            parts.append(
                "<p>"
                + esc(
                    self.tr("Approved by %1 on %2 (request %3). Note: %4")
                    .replace("%1", approval.decided_by)
                    .replace("%2", moment_text(approval.decided_at))
                    .replace("%3", str(approval.request_id))
                    .replace("%4", approval.note or "—")
                )
                + "</p>"
            )
        limits = [
            (self.tr("On-the-spot limit"), _plain(detail.limit)),
            (self.tr("Limit with approval"), _plain(detail.approval_limit)),
            (self.tr("Rules applied"), ", ".join(detail.rule_ids) or "—"),
            (self.tr("Decided at"), moment_text(detail.decided_at)),
            (
                self.tr("Policy"),
                f"{detail.policy_name or '?'} · {detail.policy_version}",
            ),
        ]
        parts += [_heading(self.tr("Decision")), _table(limits)]
        if detail.budgets:
            budgets = [
                (
                    budget.name_zh if zh else budget.name_en,
                    self.tr("%1 left of %2 before this grant")
                    .replace("%1", money(budget.remaining, row.currency))
                    .replace("%2", money(budget.limit, row.currency)),
                )
                for budget in detail.budgets
            ]
            parts += [_heading(self.tr("Budgets")), _table(budgets)]
        facts = [(name, str(value)) for name, value in sorted(detail.facts.items())]
        parts += [_heading(self.tr("Facts the decision saw")), _table(facts)]
        return "".join(parts)


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _plain(amount: object) -> str:
    return "—" if amount is None else f"{amount}"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#5b6472;padding-right:12px'>{html.escape(name)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for name, value in rows
    )
    return f"<table cellspacing='2'>{cells}</table>"
