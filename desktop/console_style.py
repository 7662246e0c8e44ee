"""The supervisor console's style sheet, appended to app.qss."""

STYLE = """
#supervisorConsole QTabWidget#consoleTabs::pane {
    border: none;
}
#supervisorConsole QTabBar::tab {
    padding: 8px 18px;
    font-size: 13px;
    color: #5b6b80;
    border: none;
    border-bottom: 2px solid transparent;
}
#supervisorConsole QTabBar::tab:selected {
    color: #1d2b3a;
    font-weight: 600;
    border-bottom: 2px solid #2f6fde;
}
#supervisorConsole QLabel#consoleHeading {
    font-size: 18px;
    font-weight: 600;
    color: #1d2b3a;
}
#supervisorConsole QLabel#consoleNote {
    color: #5b6b80;
}
#supervisorConsole QLabel#consoleSection {
    font-weight: 600;
    color: #1d2b3a;
    padding-top: 8px;
}
#supervisorConsole QLabel#consoleEmpty {
    color: #7a8699;
    font-size: 13px;
}
#supervisorConsole QTableView, #supervisorConsole QTableWidget, #supervisorConsole QTextBrowser {
    background: #ffffff;
    border: 1px solid #dde2ea;
    border-radius: 6px;
    alternate-background-color: #f7f9fb;
    gridline-color: #eef1f5;
}
#supervisorConsole QHeaderView::section {
    background: #f3f5f8;
    color: #5b6b80;
    border: none;
    border-bottom: 1px solid #dde2ea;
    padding: 5px 8px;
}
#supervisorConsole QLabel#grantFilterLabel {
    color: #5b6b80;
    font-size: 12px;
}
#supervisorConsole QLineEdit[invalid="true"] {
    border: 1px solid #b3261e;
    background: #fdecea;
}
#supervisorConsole QWidget#approvalDetail {
    background: #ffffff;
    border: 1px solid #dde2ea;
    border-radius: 8px;
}
#supervisorConsole QLabel#approvalTitle {
    font-size: 16px;
    font-weight: 600;
    color: #1d2b3a;
}
#supervisorConsole QLabel#approvalText, #supervisorConsole QLabel#approvalCustomer {
    font-size: 13px;
    color: #28384a;
    padding: 6px 0;
}
#supervisorConsole QLabel#approvalCustomer {
    background: #f7f9fb;
    border: 1px solid #e4e8ee;
    border-radius: 6px;
    padding: 8px 10px;
}
#supervisorConsole QLabel#approvalOutcome {
    color: #1d5b2f;
}
/* The page's main action. */
#supervisorConsole QPushButton#approveRequest, #supervisorConsole QPushButton#auditVerify {
    background: #2f6fde;
    color: #ffffff;
    border: none;
    border-radius: 6px;
    padding: 7px 18px;
    font-weight: 600;
}
#supervisorConsole QPushButton#approveRequest:disabled,
#supervisorConsole QPushButton#auditVerify:disabled {
    background: #b8c6dd;
}
#supervisorConsole QFrame#auditCard {
    background: #ffffff;
    border: 1px solid #dde2ea;
    border-radius: 8px;
    padding: 6px;
}
#supervisorConsole QFrame#auditAlarm {
    background: #fdecea;
    border: 2px solid #b3261e;
    border-radius: 8px;
}
#supervisorConsole QLabel#auditAlarmTitle {
    color: #8c1d18;
    font-size: 16px;
    font-weight: 700;
}
#supervisorConsole QLabel#auditAlarmText {
    color: #8c1d18;
}
#supervisorConsole QLabel#auditLogLine, #supervisorConsole QLabel#auditCheckLine {
    font-size: 14px;
    color: #28384a;
    padding: 4px 0;
}
#supervisorConsole QLabel#overviewTotals {
    font-size: 15px;
    font-weight: 600;
    color: #1d2b3a;
}
"""
