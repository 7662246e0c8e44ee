"""The compensation pane's and grant dialog's style sheet, appended to app.qss."""

STYLE = """
#compensationPane QLabel#compensationCustomer {
    color: #5b6b80;
    font-size: 13px;
}
#compensationPane QFrame#caseCard {
    background: #f7f9fb;
    border: 1px solid #e4e8ee;
    border-radius: 8px;
}
#compensationPane QFrame#caseCard QSpinBox {
    padding: 5px 8px;
    border: 1px solid #c9d1dc;
    border-radius: 6px;
    background: #ffffff;
}
/* Up and Down step the days from the keyboard; the arrows would only clutter the card. */
#compensationPane QFrame#caseCard QSpinBox::up-button,
#compensationPane QFrame#caseCard QSpinBox::down-button {
    width: 0px;
    border: none;
}
#compensationPane QFrame#caseCard QSpinBox:focus { border: 1px solid #2f6fde; }
#compensationPane QFrame#caseCard QLabel#fieldLabel {
    color: #5b6b80;
    font-size: 12px;
}
#compensationPane QLabel#paneError {
    background: #fdecea;
    color: #8c1d18;
    border: 1px solid #f4c7c3;
    border-radius: 6px;
    padding: 8px 10px;
}
#compensationPane QLabel#grantResult {
    border-radius: 6px;
    padding: 8px 10px;
    border: 1px solid #dde2ea;
    background: #f3f5f8;
    color: #1d2b3a;
}
#compensationPane QLabel#grantResult[state="granted"] {
    background: #e6f4ea;
    border-color: #b7dfc3;
    color: #1e5631;
}
#compensationPane QLabel#grantResult[state="pending_approval"] {
    background: #fff4dc;
    border-color: #f0d59a;
    color: #6b4500;
}
#compensationPane QLabel#grantResult[state="refused"] {
    background: #fdecea;
    border-color: #f4c7c3;
    color: #8c1d18;
}
#compensationPane QLabel#sectionHeading {
    font-weight: 600;
    color: #1d2b3a;
}
#compensationPane QLabel#sectionState, #compensationPane QLabel#sectionEmpty {
    color: #7a8699;
    font-size: 12px;
}
#compensationPane QScrollArea#decisionScroll, #compensationPane QWidget#decisionList {
    background: transparent;
}
#compensationPane QFrame#decisionRow {
    background: #ffffff;
    border: 1px solid #e4e8ee;
    border-left: 4px solid #c9d1dc;
    border-radius: 6px;
}
#compensationPane QFrame#decisionRow[status="allowed"] { border-left-color: #2e8b57; }
#compensationPane QFrame#decisionRow[status="needs_approval"] { border-left-color: #d99100; }
#compensationPane QFrame#decisionRow[status="denied"] { border-left-color: #c5392f; }
#compensationPane QFrame#decisionRow[status="not_applicable"] { background: #fafbfc; }
#compensationPane QFrame#decisionRow QLabel { border: none; background: transparent; }
#compensationPane QLabel#decisionName {
    font-weight: 600;
    color: #1d2b3a;
}
#compensationPane QLabel#decisionName[status="not_applicable"] { color: #5b6b80; }
#compensationPane QLabel#decisionBadge {
    border-radius: 9px;
    padding: 2px 9px;
    font-size: 11px;
    font-weight: 600;
}
#compensationPane QLabel#decisionBadge[status="allowed"] { background: #e3f4ea; color: #1e6b3a; }
#compensationPane QLabel#decisionBadge[status="needs_approval"] {
    background: #fff1d6;
    color: #845100;
}
#compensationPane QLabel#decisionBadge[status="denied"] { background: #fde7e5; color: #a8261d; }
#compensationPane QLabel#decisionBadge[status="not_applicable"] {
    background: #eef1f5;
    color: #5b6b80;
}
#compensationPane QLabel#decisionHeadline { color: #1d2b3a; font-size: 13px; }
#compensationPane QLabel#decisionHeadline[status="allowed"],
#compensationPane QLabel#decisionHeadline[status="needs_approval"] { font-weight: 600; }
#compensationPane QLabel#decisionHeadline[status="denied"],
#compensationPane QLabel#decisionHeadline[status="not_applicable"] {
    color: #5b6b80;
    font-size: 12px;
}
#compensationPane QLabel#decisionDetails { color: #3c4a5c; font-size: 12px; }
#compensationPane QLabel#decisionBudget { color: #7a8699; font-size: 12px; }
#compensationPane QLabel#decisionBudget[binding="true"] { color: #8a5300; }
#compensationPane QLabel#decisionExplanation { color: #7a8699; font-size: 12px; }
#compensationPane QPushButton#grantButton {
    background: #2f6fde;
    border-color: #2f6fde;
    color: #ffffff;
    font-weight: 600;
    padding: 5px 14px;
}
#compensationPane QPushButton#grantButton:focus { border: 2px solid #1d4fa8; }
#compensationPane QPushButton#grantButton:disabled {
    background: #e3e8ef;
    border-color: #e3e8ef;
    color: #8a95a5;
}
#compensationPane QPushButton#refreshRequests { padding: 3px 10px; font-size: 12px; }
#compensationPane QListWidget#requestList::item:selected { background: #e8effc; color: #1d2b3a; }
QDialog#grantDialog QLabel#grantHeading {
    font-size: 18px;
    font-weight: 600;
    color: #1d2b3a;
}
QDialog#grantDialog QLabel#grantLimits { color: #5b6b80; }
QDialog#grantDialog QLabel#grantUnit { color: #5b6b80; font-weight: 600; }
QDialog#grantDialog QLabel#grantCheck { font-size: 12px; color: #5b6b80; }
QDialog#grantDialog QLabel#grantCheck[state="allowed"] { color: #1e6b3a; }
QDialog#grantDialog QLabel#grantCheck[state="approval"] { color: #845100; }
QDialog#grantDialog QLabel#grantCheck[state="too_much"],
QDialog#grantDialog QLabel#grantCheck[state="invalid"] { color: #b3261e; }
QDialog#grantDialog QPlainTextEdit#grantReason {
    border: 1px solid #c9d1dc;
    border-radius: 6px;
    padding: 4px;
    background: #ffffff;
}
QDialog#grantDialog QPlainTextEdit#grantReason:focus { border: 1px solid #2f6fde; }
QDialog#grantDialog QLabel#grantRecord {
    background: #ffffff;
    border: 1px solid #dde2ea;
    border-radius: 8px;
    padding: 10px 14px;
    color: #1d2b3a;
}
QDialog#grantDialog QLabel#grantMessage {
    border-radius: 6px;
    padding: 8px 10px;
    background: #f3f5f8;
    color: #1d2b3a;
}
QDialog#grantDialog QLabel#grantMessage[state="refused"],
QDialog#grantDialog QLabel#grantMessage[state="amount"],
QDialog#grantDialog QLabel#grantMessage[state="reason"] {
    background: #fdecea;
    color: #8c1d18;
}
"""
