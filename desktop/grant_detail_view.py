"""One grant in full, for the supervisor: who gave what and why, and the decision behind it
(every fact, the rules that allowed it, the budgets left, the policy version)."""

import html

from PySide6.QtWidgets import QWidget

from desktop.compensation_labels import money
from desktop.customer_labels import moment_text
from desktop.decision_view import DecisionView, table
from policies.grant_detail import GrantDetail


class GrantDetailView(DecisionView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("grantDetail", parent)
        self.detail: GrantDetail | None = None
        self.retranslate()

    def show_detail(self, detail: GrantDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.show_decision(None, "")
        else:
            self.show_decision(detail.decision, detail.row.currency)

    def retranslate(self) -> None:
        super().retranslate()
        self.setAccessibleName(self.tr("Grant detail"))

    def page_html(self) -> str:
        detail = self.detail
        if detail is None:
            hint = self.tr("Select a grant to see its decision.")
            return f"<p>{html.escape(hint)}</p>"
        row = detail.row
        title = self.tr("Grant %1").replace("%1", str(row.id))
        parts = [
            f"<h3>{html.escape(title)}</h3>",
            table(
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
            approved = (
                self.tr("Approved by %1 on %2 (request %3). Note: %4")
                .replace("%1", approval.decided_by)
                .replace("%2", moment_text(approval.decided_at))
                .replace("%3", str(approval.request_id))
                .replace("%4", approval.note or "—")
            )
            parts.append(f"<p>{html.escape(approved)}</p>")
        return "".join(parts) + self.decision_html(detail.decision)
