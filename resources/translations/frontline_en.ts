<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="134"/>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="195"/>
        <source>No request selected</source>
        <translation>No request selected</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="201"/>
        <source>Asked by %1 on %2; needs a %3.</source>
        <translation>Asked by %1 on %2; needs a %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="205"/>
        <source>Case: %1. Money it draws from budgets: %2.</source>
        <translation>Case: %1. Money it draws from budgets: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="208"/>
        <source>Reason: “%1”</source>
        <translation>Reason: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="211"/>
        <source>This is your own request: another supervisor must decide it.</source>
        <translation>This is your own request: another supervisor must decide it.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="220"/>
        <source>Loading the customer and the decision…</source>
        <translation>Loading the customer and the decision…</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="223"/>
        <source>This customer is not on file.</source>
        <translation>This customer is not on file.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="231"/>
        <source>%1 orders, %2 spent; %3 complaints in 90 days (%4 open).</source>
        <translation>%1 orders, %2 spent; %3 complaints in 90 days (%4 open).</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="239"/>
        <source>Compensation in 30 days: %1.</source>
        <translation>Compensation in 30 days: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="242"/>
        <source>Compensation in 30 days: %1 of the %2 cap.</source>
        <translation>Compensation in 30 days: %1 of the %2 cap.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="249"/>
        <source>Approving…</source>
        <translation>Approving…</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="253"/>
        <source>Say in the note why the request is denied.</source>
        <translation>Say in the note why the request is denied.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="256"/>
        <source>Denying…</source>
        <translation>Denying…</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="275"/>
        <source>Denied. The agent sees your note.</source>
        <translation>Denied. The agent sees your note.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="277"/>
        <source>Approved: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="293"/>
        <source>Approval requests</source>
        <translation>Approval requests</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="294"/>
        <source>Pending approval requests</source>
        <translation>Pending approval requests</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="295"/>
        <source>No request is waiting. Requests agents send appear here.</source>
        <translation>No request is waiting. Requests agents send appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="296"/>
        <source>&amp;Note to the agent (required to deny):</source>
        <translation>&amp;Note to the agent (required to deny):</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="297"/>
        <source>Note to the agent</source>
        <translation>Note to the agent</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="298"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="299"/>
        <source>&amp;Deny</source>
        <translation>&amp;Deny</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/article_reader.py" line="56"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location filename="../../desktop/article_viewer.py" line="216"/>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="217"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="218"/>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="219"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="220"/>
        <location filename="../../desktop/article_viewer.py" line="224"/>
        <source>Copy reply</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="222"/>
        <source>Copy the article to paste into your reply to the customer (Ctrl+Shift+C)</source>
        <translation>Copy the article to paste into your reply to the customer (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="225"/>
        <source>Internal: not for customers</source>
        <translation>Internal: not for customers</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="226"/>
        <source>Close the article (Esc)</source>
        <translation>Close the article (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="227"/>
        <source>Close the article</source>
        <translation>Close the article</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="228"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="267"/>
        <source>Reply copied. Paste it into your message.</source>
        <translation>Reply copied. Paste it into your message.</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="293"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="294"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="298"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="302"/>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/audit_tab.py" line="109"/>
        <source>Verifying every entry of the log…</source>
        <translation>Verifying every entry of the log…</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="129"/>
        <source>Verified just now.</source>
        <translation>Verified just now.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="129"/>
        <source>Verification failed.</source>
        <translation>Verification failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="143"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="144"/>
        <source>Verify now</source>
        <translation>Verify now</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="145"/>
        <source>Verify the whole audit log now</source>
        <translation>Verify the whole audit log now</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="146"/>
        <source>Verification progress</source>
        <translation>Verification progress</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="147"/>
        <location filename="../../desktop/audit_tab.py" line="148"/>
        <source>Verifications</source>
        <translation>Verifications</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="150"/>
        <source>The grant log does not verify</source>
        <translation>The grant log does not verify</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="152"/>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="157"/>
        <source>The log holds %1 entries. Head hash: %2</source>
        <translation>The log holds %1 entries. Head hash: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="165"/>
        <source>The log has never been verified here.</source>
        <translation>The log has never been verified here.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="170"/>
        <source>Verified up to entry %1 (head %2) on %3 by %4: intact.</source>
        <translation>Verified up to entry %1 (head %2) on %3 by %4: intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="180"/>
        <source>Last verified on %1 by %2: FAILED.</source>
        <translation>Last verified on %1 by %2: FAILED.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="183"/>
        <source>First bad entry: %1.</source>
        <translation>First bad entry: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="195"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="196"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="197"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="198"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="199"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="207"/>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="207"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/compensation_case.py" line="237"/>
        <source>severity: %1</source>
        <translation>severity: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="240"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="243"/>
        <source>order value %1</source>
        <translation>order value %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="247"/>
        <source>%1 days since purchase</source>
        <translation>%1 days since purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="250"/>
        <source>%1 days late</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="264"/>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="265"/>
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="266"/>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="267"/>
        <source>Order valu&amp;e</source>
        <translation>Order valu&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="268"/>
        <source>Days &amp;since purchase</source>
        <translation>Days &amp;since purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="269"/>
        <source>Days &amp;late</source>
        <translation>Days &amp;late</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="270"/>
        <source>Customer t&amp;ier</source>
        <translation>Customer t&amp;ier</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="273"/>
        <source>Case category</source>
        <translation>Case category</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="274"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="275"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="276"/>
        <source>Order value</source>
        <translation>Order value</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="277"/>
        <source>Days since purchase</source>
        <translation>Days since purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="278"/>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="279"/>
        <source>Customer tier</source>
        <translation>Customer tier</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="281"/>
        <source>%1, not known</source>
        <translation>%1, not known</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="283"/>
        <location filename="../../desktop/compensation_case.py" line="286"/>
        <location filename="../../desktop/compensation_case.py" line="293"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="287"/>
        <source>Choose the problem…</source>
        <translation>Choose the problem…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="290"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="302"/>
        <source>No orders on file</source>
        <translation>No orders on file</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="302"/>
        <source>Not about one order</source>
        <translation>Not about one order</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../../desktop/training_chat.py" line="79"/>
        <source>Conversation with %1</source>
        <translation>Conversation with %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="80"/>
        <source>Write to the customer… (Ctrl+Enter sends)</source>
        <translation>Write to the customer… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="81"/>
        <source>Reply to the customer</source>
        <translation>Reply to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="82"/>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="83"/>
        <source>&amp;Hand to a supervisor…</source>
        <translation>&amp;Hand to a supervisor…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="84"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="85"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="86"/>
        <source>Trainer: you play the customer</source>
        <translation>Trainer: you play the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="87"/>
        <source>What the customer says…</source>
        <translation>What the customer says…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="88"/>
        <source>The customer&apos;s line</source>
        <translation>The customer&apos;s line</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="89"/>
        <source>Say as &amp;customer</source>
        <translation>Say as &amp;customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="96"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="132"/>
        <source>Hand to a supervisor</source>
        <translation>Hand to a supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="133"/>
        <source>What should the supervisor know?</source>
        <translation>What should the supervisor know?</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="151"/>
        <source>The script suggests: %1</source>
        <translation>The script suggests: %1</translation>
    </message>
</context>
<context>
    <name>CompensationLabels</name>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="22"/>
        <source>en</source>
        <comment>the language of this translation: zh for Chinese, en for English</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="45"/>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="46"/>
        <source>Lost parcel</source>
        <translation>Lost parcel</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="47"/>
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="48"/>
        <source>Wrong item sent</source>
        <translation>Wrong item sent</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="49"/>
        <source>Fault under warranty</source>
        <translation>Fault under warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="50"/>
        <source>Return after the 7-day window</source>
        <translation>Return after the 7-day window</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="53"/>
        <source>Service failure</source>
        <translation>Service failure</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="54"/>
        <source>Price dropped after purchase</source>
        <translation>Price dropped after purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="55"/>
        <source>Payment dispute</source>
        <translation>Payment dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="58"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="59"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="60"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="61"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="64"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="65"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="66"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="67"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="68"/>
        <source>Under fraud review</source>
        <translation>Under fraud review</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="71"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="72"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="73"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="74"/>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="75"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="76"/>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="79"/>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="80"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="81"/>
        <source>Standard value</source>
        <translation>Standard value</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="82"/>
        <source>Low value</source>
        <translation>Low value</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="83"/>
        <source>No purchases yet</source>
        <translation>No purchases yet</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="86"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="87"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="88"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="89"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="90"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="91"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>CompensationPane</name>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="147"/>
        <source>Nothing can be granted yet: choose the customer and the problem first.</source>
        <translation>Nothing can be granted yet: choose the customer and the problem first.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="149"/>
        <source>Nothing can be granted for this case.</source>
        <translation>Nothing can be granted for this case.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="225"/>
        <source>Deciding…</source>
        <translation>Deciding…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="277"/>
        <source>Sign in to see what you may give.</source>
        <translation>Sign in to see what you may give.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="279"/>
        <source>Choose a customer to see what you may give them.</source>
        <translation>Choose a customer to see what you may give them.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="281"/>
        <source>Loading the customer&apos;s orders…</source>
        <translation>Loading the customer&apos;s orders…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="283"/>
        <source>Choose the customer&apos;s problem to see what you may give.</source>
        <translation>Choose the customer&apos;s problem to see what you may give.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="296"/>
        <source>No customer selected</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="301"/>
        <source>%1 · not on file: the case facts decide</source>
        <translation>%1 · not on file: the case facts decide</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="343"/>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="363"/>
        <source>%1 complaints in 90 days</source>
        <translation>%1 complaints in 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="370"/>
        <source>%1 received in 30 days</source>
        <translation>%1 received in 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="398"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="399"/>
        <source>What you may give</source>
        <translation>What you may give</translation>
    </message>
</context>
<context>
    <name>ConsoleTab</name>
    <message>
        <location filename="../../desktop/console_tab.py" line="59"/>
        <source>The database cannot be reached. What is shown may be out of date.</source>
        <translation>The database cannot be reached. What is shown may be out of date.</translation>
    </message>
    <message>
        <location filename="../../desktop/console_tab.py" line="61"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Something went wrong; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../desktop/console_tab.py" line="69"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/console_tab.py" line="70"/>
        <source>Refresh this page</source>
        <translation>Refresh this page</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <location filename="../../desktop/customer_header.py" line="175"/>
        <source>Close this customer (Esc in an empty look-up)</source>
        <translation>Close this customer (Esc in an empty look-up)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="176"/>
        <source>Close customer</source>
        <translation>Close customer</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="196"/>
        <location filename="../../desktop/customer_header.py" line="209"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="198"/>
        <source>Loading the profile…</source>
        <translation>Loading the profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="206"/>
        <source>Customer since %1</source>
        <translation>Customer since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="214"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="218"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="242"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="244"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="255"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="256"/>
        <source>Total spend</source>
        <translation>Total spend</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="258"/>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="260"/>
        <source>First order</source>
        <translation>First order</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="262"/>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="264"/>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="267"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="269"/>
        <source>90 days · %1 open</source>
        <translation>90 days · %1 open</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="276"/>
        <source>Latest NPS</source>
        <translation>Latest NPS</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="282"/>
        <source>Latest CSAT</source>
        <translation>Latest CSAT</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="292"/>
        <source>30 days · no cap</source>
        <translation>30 days · no cap</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="294"/>
        <source>30 days · cap %1</source>
        <translation>30 days · cap %1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="298"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../desktop/customer_labels.py" line="21"/>
        <source>en</source>
        <comment>Translate with the code of this translation&apos;s language, e.g. zh_CN</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="33"/>
        <source>Standard</source>
        <comment>membership tier</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="34"/>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="35"/>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="36"/>
        <source>Platinum</source>
        <comment>membership tier</comment>
        <translation>Platinum</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="37"/>
        <source>Under review</source>
        <comment>membership tier while a fraud check runs</comment>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="46"/>
        <source>Key</source>
        <comment>value segment</comment>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="47"/>
        <source>Growth</source>
        <comment>value segment</comment>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="48"/>
        <source>Standard</source>
        <comment>value segment</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="49"/>
        <source>Low</source>
        <comment>value segment</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="50"/>
        <source>Prospect</source>
        <comment>value segment: never bought</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="57"/>
        <source>Prospect</source>
        <comment>lifecycle stage: never bought</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="58"/>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="59"/>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="60"/>
        <source>Loyal</source>
        <comment>lifecycle stage</comment>
        <translation>Loyal</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="61"/>
        <source>At risk</source>
        <comment>lifecycle stage</comment>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="62"/>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>Churned</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="69"/>
        <source>High</source>
        <comment>alert severity</comment>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="70"/>
        <source>Medium</source>
        <comment>alert severity</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="71"/>
        <source>Low</source>
        <comment>alert severity</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="78"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="79"/>
        <source>Contact</source>
        <comment>a call, chat or message with the customer</comment>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="82"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="83"/>
        <source>Feedback</source>
        <comment>an NPS or CSAT survey answer</comment>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="84"/>
        <location filename="../../desktop/customer_labels.py" line="98"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="92"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="93"/>
        <source>Contacts</source>
        <comment>calls, chats and messages with the customer</comment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="96"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="97"/>
        <source>Feedback</source>
        <comment>NPS and CSAT survey answers</comment>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="105"/>
        <source>Placed</source>
        <comment>order status</comment>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="106"/>
        <source>Shipped</source>
        <comment>order status</comment>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="107"/>
        <source>Delivered</source>
        <comment>order status</comment>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="108"/>
        <source>Late</source>
        <comment>order status</comment>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="109"/>
        <source>Returned</source>
        <comment>order status</comment>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="110"/>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="111"/>
        <source>Open</source>
        <comment>complaint status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="112"/>
        <source>Resolved</source>
        <comment>complaint status</comment>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="113"/>
        <source>Granted</source>
        <comment>compensation status</comment>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="114"/>
        <source>Approved</source>
        <comment>compensation status: granted after approval</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="123"/>
        <source>ID</source>
        <comment>matched by the customer ID</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="124"/>
        <source>phone</source>
        <comment>matched by phone number</comment>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="125"/>
        <source>e-mail</source>
        <comment>matched by e-mail address</comment>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="126"/>
        <source>name</source>
        <comment>matched by name</comment>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="127"/>
        <source>pinyin</source>
        <comment>matched by the pinyin of a Chinese name</comment>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="128"/>
        <source>initials</source>
        <comment>matched by the pinyin initials of a Chinese name</comment>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="131"/>
        <source>last digits</source>
        <comment>matched by the last four digits of a phone number</comment>
        <translation>last digits</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="140"/>
        <source>VIP</source>
        <comment>customer tag</comment>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="141"/>
        <source>WeChat</source>
        <comment>customer tag: prefers WeChat</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="142"/>
        <source>Prefers e-mail</source>
        <comment>customer tag</comment>
        <translation>Prefers e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="143"/>
        <source>Gift buyer</source>
        <comment>customer tag</comment>
        <translation>Gift buyer</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="144"/>
        <source>Corporate</source>
        <comment>customer tag</comment>
        <translation>Corporate</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="145"/>
        <source>Frequent returns</source>
        <comment>customer tag</comment>
        <translation>Frequent returns</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="146"/>
        <source>Fraud review</source>
        <comment>customer tag</comment>
        <translation>Fraud review</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="153"/>
        <source>Phone</source>
        <comment>contact channel</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="154"/>
        <source>Chat</source>
        <comment>contact channel</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="155"/>
        <source>E-mail</source>
        <comment>contact channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="156"/>
        <source>Social media</source>
        <comment>contact channel</comment>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="157"/>
        <source>In store</source>
        <comment>contact channel</comment>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="164"/>
        <source>Late delivery</source>
        <comment>case category</comment>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="165"/>
        <source>Lost parcel</source>
        <comment>case category</comment>
        <translation>Lost parcel</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="166"/>
        <source>Damaged item</source>
        <comment>case category</comment>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="167"/>
        <source>Wrong item</source>
        <comment>case category</comment>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="168"/>
        <source>Warranty</source>
        <comment>case category</comment>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="169"/>
        <source>Late return</source>
        <comment>case category: return after the return window</comment>
        <translation>Late return</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="172"/>
        <source>Service failure</source>
        <comment>case category</comment>
        <translation>Service failure</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="173"/>
        <source>Price drop</source>
        <comment>case category</comment>
        <translation>Price drop</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="174"/>
        <source>Payment dispute</source>
        <comment>case category</comment>
        <translation>Payment dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="175"/>
        <source>Enquiry</source>
        <comment>case category: a question</comment>
        <translation>Enquiry</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="194"/>
        <source>Speaks Chinese</source>
        <comment>the customer&apos;s language</comment>
        <translation>Speaks Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="195"/>
        <source>Speaks English</source>
        <comment>the customer&apos;s language</comment>
        <translation>Speaks English</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../desktop/customer_pane.py" line="184"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="186"/>
        <source>Find a customer by ID, phone, e-mail or name.
Pinyin and the last four digits of a phone number work too.</source>
        <translation>Find a customer by ID, phone, e-mail or name.
Pinyin and the last four digits of a phone number work too.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="190"/>
        <source>ID, phone, e-mail or name</source>
        <translation>ID, phone, e-mail or name</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="191"/>
        <source>Customer look-up</source>
        <translation>Customer look-up</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="192"/>
        <source>Up and Down choose a customer, Enter opens, Esc clears</source>
        <translation>Up and Down choose a customer, Enter opens, Esc clears</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="193"/>
        <source>Matching customers</source>
        <translation>Matching customers</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="195"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="196"/>
        <source>Customer timeline</source>
        <translation>Customer timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="220"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="244"/>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="246"/>
        <source>The first %1 matches: type more to narrow them down</source>
        <translation>The first %1 matches: type more to narrow them down</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="249"/>
        <source>↑ ↓ to choose, Enter to open</source>
        <translation>↑ ↓ to choose, Enter to open</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="331"/>
        <source>Loading older events…</source>
        <translation>Loading older events…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="331"/>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="333"/>
        <source>%1 events shown; scroll for older ones</source>
        <translation>%1 events shown; scroll for older ones</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="335"/>
        <source>All %1 events shown</source>
        <translation>All %1 events shown</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="337"/>
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="339"/>
        <source>No events of the chosen types.</source>
        <translation>No events of the chosen types.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="341"/>
        <source>No orders, contacts or feedback yet.</source>
        <translation>No orders, contacts or feedback yet.</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="296"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="309"/>
        <source>The rubric is not scored. Save the session without it?</source>
        <translation>The rubric is not scored. Save the session without it?</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="311"/>
        <source>Not scored: %1. Save the session without these scores?</source>
        <translation>Not scored: %1. Save the session without these scores?</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="316"/>
        <source>Save without a full rubric?</source>
        <translation>Save without a full rubric?</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="334"/>
        <source>Saved to %1&apos;s progress.</source>
        <translation>Saved to %1&apos;s progress.</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="340"/>
        <source>Not saved: the database cannot be reached. Try again.</source>
        <translation>Not saved: the database cannot be reached. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="344"/>
        <source>Not saved: something went wrong. The details are in the log.</source>
        <translation>Not saved: something went wrong. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="360"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="362"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="378"/>
        <source>Close without saving?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="379"/>
        <source>The session is not saved: it will not appear in %1&apos;s progress.</source>
        <translation>The session is not saved: it will not appear in %1&apos;s progress.</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="397"/>
        <source>Debrief — %1</source>
        <translation>Debrief — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="399"/>
        <source>TRAINING DEBRIEF</source>
        <translation>TRAINING DEBRIEF</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="400"/>
        <location filename="../../desktop/debrief_dialog.py" line="415"/>
        <source>Automatic checks</source>
        <translation>Automatic checks</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="401"/>
        <location filename="../../desktop/debrief_dialog.py" line="419"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="402"/>
        <source>Trainer&apos;s rubric</source>
        <translation>Trainer&apos;s rubric</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="405"/>
        <source>Score each habit from 0 (not shown) to 4 (a model for others); press a score again to take it back. A comment with an example helps the trainee most.</source>
        <translation>Score each habit from 0 (not shown) to 4 (a model for others); press a score again to take it back. A comment with an example helps the trainee most.</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="409"/>
        <location filename="../../desktop/debrief_dialog.py" line="411"/>
        <source>Overall notes</source>
        <translation>Overall notes</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="410"/>
        <source>What went well, and the one thing to work on next</source>
        <translation>What went well, and the one thing to work on next</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="413"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="413"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="413"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="417"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="417"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="417"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="420"/>
        <source>Automatic score</source>
        <translation>Automatic score</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="421"/>
        <source>Rubric score</source>
        <translation>Rubric score</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="424"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="425"/>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="426"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="436"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="436"/>
        <source>&amp;Save to progress</source>
        <translation>&amp;Save to progress</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="448"/>
        <source>Trainee: %1</source>
        <translation>Trainee: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="449"/>
        <source>Trainer: %1</source>
        <translation>Trainer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="465"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="467"/>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="473"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="475"/>
        <source>%1 of %2 criteria scored</source>
        <translation>%1 of %2 criteria scored</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="504"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="505"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
</context>
<context>
    <name>DebriefExport</name>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="60"/>
        <source>Export the debrief as PDF</source>
        <translation>Export the debrief as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="61"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="63"/>
        <source>Export the debrief as HTML</source>
        <translation>Export the debrief as HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="64"/>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="115"/>
        <source>Ask approval…</source>
        <translation>Ask approval…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="115"/>
        <source>Grant…</source>
        <translation>Grant…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="118"/>
        <source>Ask approval for %1</source>
        <translation>Ask approval for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="118"/>
        <source>Grant %1</source>
        <translation>Grant %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="126"/>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="127"/>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="128"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="129"/>
        <source>Not offered</source>
        <translation>Not offered</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="137"/>
        <location filename="../../desktop/compensation_rows.py" line="159"/>
        <source>Up to %1 with approval by a %2</source>
        <translation>Up to %1 with approval by a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="143"/>
        <source>A gift worth up to %1 now</source>
        <translation>A gift worth up to %1 now</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="146"/>
        <source>Up to %1 now</source>
        <translation>Up to %1 now</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="152"/>
        <source>Suggested %1</source>
        <translation>Suggested %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="155"/>
        <source>Nothing on the spot</source>
        <translation>Nothing on the spot</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="167"/>
        <source>Choose from %1</source>
        <translation>Choose from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="182"/>
        <source>%1 of the order (%2)</source>
        <translation>%1 of the order (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="192"/>
        <source>Held down by “%1”: %2 left</source>
        <translation>Held down by “%1”: %2 left</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="203"/>
        <source>Left in “%1”: %2</source>
        <translation>Left in “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="211"/>
        <source>Rules: %1</source>
        <translation>Rules: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="214"/>
        <source>%1: %2 of %3 left</source>
        <translation>%1: %2 of %3 left</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../desktop/decision_view.py" line="33"/>
        <location filename="../../desktop/decision_view.py" line="50"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="44"/>
        <source>On-the-spot limit</source>
        <translation>On-the-spot limit</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="45"/>
        <source>Limit with approval</source>
        <translation>Limit with approval</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="46"/>
        <source>Rules applied</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="47"/>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="48"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="56"/>
        <source>%1 left of %2 at the time</source>
        <translation>%1 left of %2 at the time</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="62"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="64"/>
        <source>Facts the decision saw</source>
        <translation>Facts the decision saw</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="55"/>
        <source>Shared database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="55"/>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="58"/>
        <source>Database in use: %1</source>
        <translation>Database in use: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="62"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="70"/>
        <source>Policy %1</source>
        <translation>Policy %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="74"/>
        <source>Policy: loading…</source>
        <translation>Policy: loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="75"/>
        <source>No policy in force</source>
        <translation>No policy in force</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="76"/>
        <source>Policy: cannot be read</source>
        <translation>Policy: cannot be read</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="55"/>
        <source>No compensation policy is in force. An administrator loads one with: %1</source>
        <translation>No compensation policy is in force. An administrator loads one with: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="58"/>
        <source>Your account cannot grant compensation: %1</source>
        <translation>Your account cannot grant compensation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="61"/>
        <source>Cannot reach the database; what you typed is kept. Try again in a moment.</source>
        <translation>Cannot reach the database; what you typed is kept. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="64"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Something went wrong; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="35"/>
        <location filename="../../desktop/customer_errors.py" line="36"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="56"/>
        <source>This customer is no longer on file.</source>
        <translation>This customer is no longer on file.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="58"/>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="61"/>
        <source>The database is not answering: %1</source>
        <translation>The database is not answering: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="63"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Something went wrong. The details were written to the log.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="28"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="29"/>
        <source>Frontline Desk hit an unexpected error and carried on. What you typed is still there. The details were written to:
%1</source>
        <translation>Frontline Desk hit an unexpected error and carried on. What you typed is still there. The details were written to:
%1</translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <location filename="../../desktop/article_feedback.py" line="89"/>
        <source>Was this article helpful?</source>
        <translation>Was this article helpful?</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="91"/>
        <source>Helpful</source>
        <translation>Helpful</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="92"/>
        <source>Not helpful</source>
        <translation>Not helpful</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="93"/>
        <source>Outdated</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="97"/>
        <source>Rate the article: %1</source>
        <translation>Rate the article: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="99"/>
        <source>Add a comment for the article&apos;s owners (optional)</source>
        <translation>Add a comment for the article&apos;s owners (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="101"/>
        <source>Feedback comment</source>
        <translation>Feedback comment</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="102"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="103"/>
        <source>Send feedback</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="104"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="105"/>
        <source>Cancel feedback</source>
        <translation>Cancel feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="133"/>
        <source>Thank you. Your feedback goes to the article&apos;s owners.</source>
        <translation>Thank you. Your feedback goes to the article&apos;s owners.</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="151"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="162"/>
        <location filename="../../desktop/article_feedback.py" line="165"/>
        <location filename="../../desktop/article_feedback.py" line="166"/>
        <source>Sign in to rate articles.</source>
        <translation>Sign in to rate articles.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="45"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="47"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="48"/>
        <source>For customers</source>
        <translation>For customers</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="49"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="53"/>
        <source>Language filter</source>
        <translation>Language filter</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="54"/>
        <source>Audience filter</source>
        <translation>Audience filter</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="55"/>
        <source>Number of results</source>
        <translation>Number of results</translation>
    </message>
</context>
<context>
    <name>GrantDetailView</name>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="29"/>
        <source>Grant detail</source>
        <translation>Grant detail</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="34"/>
        <source>Select a grant to see its decision.</source>
        <translation>Select a grant to see its decision.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="37"/>
        <source>Grant %1</source>
        <translation>Grant %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="42"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="43"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="44"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="45"/>
        <source>Money drawn</source>
        <translation>Money drawn</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="46"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="53"/>
        <source>Approved by %1 on %2 (request %3). Note: %4</source>
        <translation>Approved by %1 on %2 (request %3). Note: %4</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="174"/>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="174"/>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="184"/>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="184"/>
        <source>Choose an item.</source>
        <translation>Choose an item.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="188"/>
        <source>Not an amount: type a number such as 20 or 12.50.</source>
        <translation>Not an amount: type a number such as 20 or 12.50.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="189"/>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="190"/>
        <source>Too many decimal places.</source>
        <translation>Too many decimal places.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="191"/>
        <source>A discount cannot be more than 100%.</source>
        <translation>A discount cannot be more than 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="195"/>
        <source>Within your limit of %1: it is granted at once.</source>
        <translation>Within your limit of %1: it is granted at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="202"/>
        <source>Nothing can be given on the spot: this becomes an approval request to a %1.</source>
        <translation>Nothing can be given on the spot: this becomes an approval request to a %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="206"/>
        <source>Above your on-the-spot limit of %1: this becomes an approval request to a %2.</source>
        <translation>Above your on-the-spot limit of %1: this becomes an approval request to a %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="212"/>
        <source>Above the most that can be given here (%1). Lower the amount.</source>
        <translation>Above the most that can be given here (%1). Lower the amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="229"/>
        <source>%1 of the order (%2)</source>
        <translation>%1 of the order (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="266"/>
        <source>Say why: the reason is recorded with the grant.</source>
        <translation>Say why: the reason is recorded with the grant.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="271"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="280"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="303"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="308"/>
        <source>Cannot reach the database. Try again: the same grant is never recorded twice.</source>
        <translation>Cannot reach the database. Try again: the same grant is never recorded twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="316"/>
        <source>Something went wrong; the grant may not be recorded. The details are in the log.</source>
        <translation>Something went wrong; the grant may not be recorded. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="345"/>
        <source>Grant compensation — Frontline Desk</source>
        <translation>Grant compensation — Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="346"/>
        <source>Grant: %1</source>
        <translation>Grant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="349"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="349"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="351"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="352"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="353"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="354"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="356"/>
        <source>Why? It is recorded with the grant and shown to the approver.</source>
        <translation>Why? It is recorded with the grant and shown to the approver.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="361"/>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="364"/>
        <location filename="../../desktop/grant_dialog.py" line="365"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="371"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="373"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="374"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="375"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="376"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="376"/>
        <source>No case facts</source>
        <translation>No case facts</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="377"/>
        <source>Customer facts</source>
        <translation>Customer facts</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="377"/>
        <source>None on file</source>
        <translation>None on file</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="378"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="388"/>
        <source>What will be recorded</source>
        <translation>What will be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="396"/>
        <source>On the spot: up to %1</source>
        <translation>On the spot: up to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="402"/>
        <source>with approval by a %1: up to %2</source>
        <translation>with approval by a %1: up to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="408"/>
        <source>suggested: %1</source>
        <translation>suggested: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="421"/>
        <source>(needs approval)</source>
        <translation>(needs approval)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="423"/>
        <source>(above the limit)</source>
        <translation>(above the limit)</translation>
    </message>
</context>
<context>
    <name>GrantFilterBar</name>
    <message>
        <location filename="../../desktop/grant_filters.py" line="190"/>
        <source>%1 must be an amount such as 50 or 120.50.</source>
        <translation>%1 must be an amount such as 50 or 120.50.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="228"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="225"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="226"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="229"/>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="230"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="231"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="232"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="233"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="234"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="235"/>
        <source>&amp;Value from</source>
        <translation>&amp;Value from</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="236"/>
        <source>Value t&amp;o</source>
        <translation>Value t&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="237"/>
        <source>Po&amp;licy version</source>
        <translation>Po&amp;licy version</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="243"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="244"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="245"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="246"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="247"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="248"/>
        <source>Between dates</source>
        <translation>Between dates</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="252"/>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="272"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="273"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="274"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="275"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="278"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="280"/>
        <source>Within the agent&apos;s authority</source>
        <translation>Within the agent&apos;s authority</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="281"/>
        <source>Approved on request</source>
        <translation>Approved on request</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="284"/>
        <source>All versions</source>
        <translation>All versions</translation>
    </message>
</context>
<context>
    <name>GrantLogModel</name>
    <message>
        <location filename="../../desktop/grant_log_model.py" line="113"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_model.py" line="113"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
</context>
<context>
    <name>GrantLogTab</name>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="101"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="117"/>
        <source>%1 grants match</source>
        <translation>%1 grants match</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="119"/>
        <source>1 grant matches</source>
        <translation>1 grant matches</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="124"/>
        <location filename="../../desktop/grant_log_tab.py" line="127"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="150"/>
        <source>Export the grant log</source>
        <translation>Export the grant log</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="152"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="162"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="173"/>
        <source>Exported %1 grants to %2</source>
        <translation>Exported %1 grants to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="179"/>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="189"/>
        <source>Grant log</source>
        <translation>Grant log</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="190"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="191"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="192"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="195"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="196"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="197"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="198"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="199"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="200"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="201"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="202"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="203"/>
        <source>Money drawn</source>
        <translation>Money drawn</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="204"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="205"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="206"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="207"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="208"/>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="209"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../desktop/knowledge_index_status.py" line="38"/>
        <source>Building the search index: %1 of %2 articles</source>
        <translation>Building the search index: %1 of %2 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_index_status.py" line="40"/>
        <source>Building the search index for %2 articles…</source>
        <translation>Building the search index for %2 articles…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_index_status.py" line="43"/>
        <source>Search index progress</source>
        <translation>Search index progress</translation>
    </message>
</context>
<context>
    <name>KnowledgePane</name>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="179"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="180"/>
        <source>Search articles: 中文 or English</source>
        <translation>Search articles: 中文 or English</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="181"/>
        <source>Search the knowledge base</source>
        <translation>Search the knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="183"/>
        <source>Type to search. ↑/↓ choose a result, Enter opens it, Esc clears.</source>
        <translation>Type to search. ↑/↓ choose a result, Enter opens it, Esc clears.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="185"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="205"/>
        <source>Preparing search…</source>
        <translation>Preparing search…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="208"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="217"/>
        <source>Finding suggestions…</source>
        <translation>Finding suggestions…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="259"/>
        <source>The search index was damaged and has been rebuilt.</source>
        <translation>The search index was damaged and has been rebuilt.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="275"/>
        <source>Search in Chinese, English or both, for example 退款到账 or refund time. Results appear as you type.</source>
        <translation>Search in Chinese, English or both, for example 退款到账 or refund time. Results appear as you type.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="283"/>
        <source>Suggested for: %1</source>
        <translation>Suggested for: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="284"/>
        <source>No suggested articles for this case.</source>
        <translation>No suggested articles for this case.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="288"/>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="288"/>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="291"/>
        <source>No articles match “%1”. Try other words, or clear the filters.</source>
        <translation>No articles match “%1”. Try other words, or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="298"/>
        <source>No results for “%1”. Showing results for %2.</source>
        <translation>No results for “%1”. Showing results for %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="301"/>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="308"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="333"/>
        <source>The search index could not be used and was rebuilt from the database.</source>
        <translation>The search index could not be used and was rebuilt from the database.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_results.py" line="63"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_results.py" line="65"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="17"/>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="18"/>
        <source>Lost parcel</source>
        <translation>Lost parcel</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="19"/>
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="20"/>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="21"/>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="22"/>
        <source>Late return</source>
        <translation>Late return</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="23"/>
        <source>Service failure</source>
        <translation>Service failure</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="24"/>
        <source>Price drop</source>
        <translation>Price drop</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="25"/>
        <source>Payment dispute</source>
        <translation>Payment dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="33"/>
        <source>This article is not in the knowledge base. It may have been removed.</source>
        <translation>This article is not in the knowledge base. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="37"/>
        <source>The search index cannot be used right now. Try again in a moment.</source>
        <translation>The search index cannot be used right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="41"/>
        <source>This feedback cannot be recorded.</source>
        <translation>This feedback cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="44"/>
        <source>The database cannot be reached. What you typed is kept; try again in a moment.</source>
        <translation>The database cannot be reached. What you typed is kept; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="49"/>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Something went wrong. The details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>KnowledgeReportTab</name>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="55"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="70"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="71"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="73"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="73"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="75"/>
        <source>Searches that found nothing</source>
        <translation>Searches that found nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="76"/>
        <source>Searches whose results nobody opened</source>
        <translation>Searches whose results nobody opened</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="77"/>
        <source>Articles marked not helpful or outdated</source>
        <translation>Articles marked not helpful or outdated</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="85"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="85"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="85"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="93"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="94"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="95"/>
        <source>Helpful</source>
        <translation>Helpful</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="96"/>
        <source>Not helpful</source>
        <translation>Not helpful</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="97"/>
        <source>Outdated</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="98"/>
        <source>Latest comments</source>
        <translation>Latest comments</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="117"/>
        <source>Frontline Desk</source>
        <translation>Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="120"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="121"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="122"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="123"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="124"/>
        <source>Supervisor &amp;console…</source>
        <translation>Supervisor &amp;console…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="125"/>
        <source>&amp;Training session…</source>
        <translation>&amp;Training session…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="127"/>
        <source>&amp;About Frontline Desk</source>
        <translation>&amp;About Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="128"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="129"/>
        <source>Find a &amp;customer</source>
        <translation>Find a &amp;customer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="130"/>
        <source>Search the &amp;knowledge base</source>
        <translation>Search the &amp;knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="131"/>
        <source>Describe the ca&amp;se</source>
        <translation>Describe the ca&amp;se</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="132"/>
        <source>&amp;Grant compensation…</source>
        <translation>&amp;Grant compensation…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="139"/>
        <source>Supervisor console</source>
        <translation>Supervisor console</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="140"/>
        <source>Only supervisors and administrators can open the supervisor console.</source>
        <translation>Only supervisors and administrators can open the supervisor console.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="162"/>
        <source>Only trainers, supervisors and administrators run training sessions.</source>
        <translation>Only trainers, supervisors and administrators run training sessions.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>About Frontline Desk</source>
        <translation>About Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>&lt;h3&gt;Frontline Desk&lt;/h3&gt;&lt;p&gt;Knowledge, customer history and the authority to solve problems on the spot, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frontline Desk&lt;/h3&gt;&lt;p&gt;Knowledge, customer history and the authority to solve problems on the spot, in one window.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MyRequests</name>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="60"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="76"/>
        <location filename="../../desktop/compensation_requests.py" line="79"/>
        <source>My approval requests</source>
        <translation>My approval requests</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="77"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="78"/>
        <source>Refresh my approval requests</source>
        <translation>Refresh my approval requests</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="81"/>
        <source>Requests you send above your on-the-spot limit appear here until decided.</source>
        <translation>Requests you send above your on-the-spot limit appear here until decided.</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="103"/>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="105"/>
        <source>Waiting for a %1</source>
        <translation>Waiting for a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="110"/>
        <source>Approved by %1 (grant %2)</source>
        <translation>Approved by %1 (grant %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="116"/>
        <source>Denied by %1: %2</source>
        <translation>Denied by %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="121"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/overview_tab.py" line="66"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="78"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="79"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="81"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="82"/>
        <source>Agents against their team&apos;s median</source>
        <translation>Agents against their team&apos;s median</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="83"/>
        <source>Customers compensated repeatedly</source>
        <translation>Customers compensated repeatedly</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="86"/>
        <source>Money granted per day</source>
        <translation>Money granted per day</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="87"/>
        <source>Money granted per kind</source>
        <translation>Money granted per kind</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="100"/>
        <source>%1 grants, %2 in all</source>
        <translation>%1 grants, %2 in all</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="106"/>
        <source>Money granted per day (%1)</source>
        <translation>Money granted per day (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="113"/>
        <source>Per kind (%1)</source>
        <translation>Per kind (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <location filename="../../desktop/overview_tab.py" line="135"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <location filename="../../desktop/overview_tab.py" line="136"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="133"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="134"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="137"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="138"/>
        <source>Per 100 contacts</source>
        <translation>Per 100 contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="139"/>
        <source>Team median</source>
        <translation>Team median</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="140"/>
        <source>Team median value</source>
        <translation>Team median value</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="141"/>
        <source>Outlier because</source>
        <translation>Outlier because</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/preferences.py" line="41"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/preferences.py" line="42"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/preferences.py" line="43"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>Senior agent</source>
        <translation>Senior agent</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="56"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RubricRow</name>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="88"/>
        <source>0: not shown</source>
        <translation>0: not shown</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="89"/>
        <source>1: rarely</source>
        <translation>1: rarely</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="90"/>
        <source>2: sometimes</source>
        <translation>2: sometimes</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="91"/>
        <source>3: mostly</source>
        <translation>3: mostly</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="92"/>
        <source>4: throughout, a model for others</source>
        <translation>4: throughout, a model for others</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="98"/>
        <source>%1: score %2 of %3</source>
        <translation>%1: score %2 of %3</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="103"/>
        <source>A comment: what you saw, with an example</source>
        <translation>A comment: what you saw, with an example</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="104"/>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/sign_in.py" line="79"/>
        <source>Sign in — Frontline Desk</source>
        <translation>Sign in — Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="80"/>
        <source>Frontline Desk</source>
        <translation>Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="81"/>
        <source>Choose your name to start your shift.</source>
        <translation>Choose your name to start your shift.</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="82"/>
        <location filename="../../desktop/sign_in.py" line="83"/>
        <source>Find your name</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="84"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="85"/>
        <location filename="../../desktop/sign_in.py" line="150"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="86"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="87"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="92"/>
        <source>Loading users…</source>
        <translation>Loading users…</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="103"/>
        <source>No users yet. An administrator adds them with: %1</source>
        <translation>No users yet. An administrator adds them with: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="109"/>
        <source>Cannot read the user list: %1</source>
        <translation>Cannot read the user list: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="150"/>
        <source>No PIN needed</source>
        <translation>No PIN needed</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="158"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="172"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="176"/>
        <source>This account is deactivated. Ask a supervisor.</source>
        <translation>This account is deactivated. Ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="178"/>
        <source>Cannot sign in: %1</source>
        <translation>Cannot sign in: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/main.py" line="65"/>
        <source>Cannot open the database %1:
%2</source>
        <translation>Cannot open the database %1:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/main.py" line="82"/>
        <source>Frontline Desk cannot start</source>
        <translation>Frontline Desk cannot start</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="59"/>
        <source>Supervisor console — %1</source>
        <translation>Supervisor console — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="62"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="63"/>
        <source>Grant log</source>
        <translation>Grant log</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="64"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="65"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="66"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
</context>
<context>
    <name>TimelineFilters</name>
    <message>
        <location filename="../../desktop/customer_timeline.py" line="236"/>
        <source>Show %1 in the timeline</source>
        <translation>Show %1 in the timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_timeline.py" line="237"/>
        <source>Show or hide %1</source>
        <translation>Show or hide %1</translation>
    </message>
</context>
<context>
    <name>TraineeProgress</name>
    <message>
        <location filename="../../desktop/training_progress.py" line="136"/>
        <source>The sessions could not be loaded. Try again later.</source>
        <translation>The sessions could not be loaded. Try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="158"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="160"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="173"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="174"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="175"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="176"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="177"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="180"/>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="181"/>
        <location filename="../../desktop/training_progress.py" line="243"/>
        <source>Scores across sessions</source>
        <translation>Scores across sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="182"/>
        <source>Export debrief as &amp;PDF…</source>
        <translation>Export debrief as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="183"/>
        <source>Export debrief as &amp;HTML…</source>
        <translation>Export debrief as &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="196"/>
        <source>Training progress: %1</source>
        <translation>Training progress: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="201"/>
        <source>Loading the sessions…</source>
        <translation>Loading the sessions…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="203"/>
        <source>No finished sessions yet.</source>
        <translation>No finished sessions yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="207"/>
        <source>%1 sessions · automatic score %2% (first) → %3% (latest)</source>
        <translation>%1 sessions · automatic score %2% (first) → %3% (latest)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="244"/>
        <source>Automatic checks</source>
        <translation>Automatic checks</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="245"/>
        <source>Trainer&apos;s rubric</source>
        <translation>Trainer&apos;s rubric</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="253"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>TrainingLauncher</name>
    <message>
        <location filename="../../desktop/training_launcher.py" line="28"/>
        <location filename="../../desktop/training_launcher.py" line="71"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/training_launcher.py" line="30"/>
        <source>Preparing the sandbox: the customer, the policy and the articles…</source>
        <translation>Preparing the sandbox: the customer, the policy and the articles…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_launcher.py" line="72"/>
        <source>The training sandbox could not be prepared: %1</source>
        <translation>The training sandbox could not be prepared: %1</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <location filename="../../desktop/training_setup.py" line="129"/>
        <source>Start a training session</source>
        <translation>Start a training session</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="130"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="131"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Trainee:</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="131"/>
        <source>The customer:</source>
        <translation>The customer:</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="134"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="135"/>
        <source>The customer&apos;s language</source>
        <translation>The customer&apos;s language</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="137"/>
        <source>&amp;I play the customer</source>
        <translation>&amp;I play the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="131"/>
        <source>Customer spea&amp;ks:</source>
        <translation>Customer spea&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="136"/>
        <source>Follows the sc&amp;ript</source>
        <translation>Follows the sc&amp;ript</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="139"/>
        <source>&amp;Start session</source>
        <translation>&amp;Start session</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="140"/>
        <source>Trainee&apos;s &amp;progress…</source>
        <translation>Trainee&apos;s &amp;progress…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="141"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="141"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="158"/>
        <source>No scenarios found in %1.</source>
        <translation>No scenarios found in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="163"/>
        <source>There are no agents to train: add one with `frontline users add`.</source>
        <translation>There are no agents to train: add one with `frontline users add`.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="166"/>
        <source>Cannot read the scenarios or the users: %1</source>
        <translation>Cannot read the scenarios or the users: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="182"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="183"/>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="184"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="187"/>
        <source>&lt;b&gt;Difficulty&lt;/b&gt;: %1 · &lt;b&gt;Target&lt;/b&gt;: %2 minutes</source>
        <translation>&lt;b&gt;Difficulty&lt;/b&gt;: %1 · &lt;b&gt;Target&lt;/b&gt;: %2 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="191"/>
        <source>&lt;b&gt;Customer&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Customer&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="209"/>
        <source>Progress: %1</source>
        <translation>Progress: %1</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../../desktop/training_window.py" line="119"/>
        <source>Training — %1</source>
        <translation>Training — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="121"/>
        <source>the trainer plays the customer</source>
        <translation>the trainer plays the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="123"/>
        <source>scripted customer</source>
        <translation>scripted customer</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="127"/>
        <source>&lt;b&gt;TRAINING&lt;/b&gt; · %1 · %2 · A sandbox: nothing done here reaches real customers, the grant log or the audit log.</source>
        <translation>&lt;b&gt;TRAINING&lt;/b&gt; · %1 · %2 · A sandbox: nothing done here reaches real customers, the grant log or the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="133"/>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="134"/>
        <source>Trainer&apos;s &amp;briefing</source>
        <translation>Trainer&apos;s &amp;briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="135"/>
        <source>&amp;Approve or deny as supervisor…</source>
        <translation>&amp;Approve or deny as supervisor…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="136"/>
        <source>&amp;Finish and debrief</source>
        <translation>&amp;Finish and debrief</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="154"/>
        <source>The customer has nothing more to say. Finish the session when ready.</source>
        <translation>The customer has nothing more to say. Finish the session when ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="177"/>
        <source>You granted %1 %2.</source>
        <translation>You granted %1 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="178"/>
        <source>You asked a supervisor to approve %1 %2.</source>
        <translation>You asked a supervisor to approve %1 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="179"/>
        <source>The policy refused %1 %2.</source>
        <translation>The policy refused %1 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="201"/>
        <source>You handed the case to a supervisor.</source>
        <translation>You handed the case to a supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="215"/>
        <source>Trainer&apos;s briefing</source>
        <translation>Trainer&apos;s briefing</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="234"/>
        <location filename="../../desktop/training_window.py" line="239"/>
        <location filename="../../desktop/training_window.py" line="273"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="234"/>
        <source>No approval request is waiting.</source>
        <translation>No approval request is waiting.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="240"/>
        <source>%1 asks to give %2 %3: “%4”</source>
        <translation>%1 asks to give %2 %3: “%4”</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="247"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="248"/>
        <source>&amp;Deny</source>
        <translation>&amp;Deny</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="254"/>
        <source>Decided by the trainer in the training session.</source>
        <translation>Decided by the trainer in the training session.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="264"/>
        <source>The supervisor approved the request.</source>
        <translation>The supervisor approved the request.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="266"/>
        <source>The supervisor denied the request.</source>
        <translation>The supervisor denied the request.</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="273"/>
        <source>Not decided: %1</source>
        <translation>Not decided: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="296"/>
        <source>Abandon the session?</source>
        <translation>Abandon the session?</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="297"/>
        <source>The session is not finished. Close it without a debrief?</source>
        <translation>The session is not finished. Close it without a debrief?</translation>
    </message>
</context>
</TS>
