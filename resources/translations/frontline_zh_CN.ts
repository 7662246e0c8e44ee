<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="134"/>
        <source>%1 waiting</source>
        <translation>%1 条待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="195"/>
        <source>No request selected</source>
        <translation>未选择申请</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="201"/>
        <source>Asked by %1 on %2; needs a %3.</source>
        <translation>由 %1 于 %2 提交；需要%3审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="205"/>
        <source>Case: %1. Money it draws from budgets: %2.</source>
        <translation>问题：%1。占用预算金额：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="208"/>
        <source>Reason: “%1”</source>
        <translation>理由：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="211"/>
        <source>This is your own request: another supervisor must decide it.</source>
        <translation>这是您本人提交的申请，须由另一位主管审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="220"/>
        <source>Loading the customer and the decision…</source>
        <translation>正在加载客户信息和判定…</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="223"/>
        <source>This customer is not on file.</source>
        <translation>该客户未建档。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="231"/>
        <source>%1 orders, %2 spent; %3 complaints in 90 days (%4 open).</source>
        <translation>%1 笔订单，消费 %2；90 天内投诉 %3 次（%4 次未解决）。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="239"/>
        <source>Compensation in 30 days: %1.</source>
        <translation>30 天内已获补偿：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="242"/>
        <source>Compensation in 30 days: %1 of the %2 cap.</source>
        <translation>30 天内已获补偿：%1，上限 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="249"/>
        <source>Approving…</source>
        <translation>正在批准…</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="253"/>
        <source>Say in the note why the request is denied.</source>
        <translation>请在备注中说明拒绝的理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="256"/>
        <source>Denying…</source>
        <translation>正在拒绝…</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="275"/>
        <source>Denied. The agent sees your note.</source>
        <translation>已拒绝。客服会看到您的备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="277"/>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="293"/>
        <source>Approval requests</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="294"/>
        <source>Pending approval requests</source>
        <translation>待审批的申请</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="295"/>
        <source>No request is waiting. Requests agents send appear here.</source>
        <translation>暂无待审批的申请。客服提交的申请会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="296"/>
        <source>&amp;Note to the agent (required to deny):</source>
        <translation>给客服的备注(&amp;N)（拒绝时必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="297"/>
        <source>Note to the agent</source>
        <translation>给客服的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="298"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/approvals_tab.py" line="299"/>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/article_reader.py" line="56"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location filename="../../desktop/article_viewer.py" line="216"/>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+Left）</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="217"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="218"/>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+Right）</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="219"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="220"/>
        <location filename="../../desktop/article_viewer.py" line="224"/>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="222"/>
        <source>Copy the article to paste into your reply to the customer (Ctrl+Shift+C)</source>
        <translation>复制文章内容，粘贴到给客户的回复中（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="225"/>
        <source>Internal: not for customers</source>
        <translation>内部资料：请勿发给客户</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="226"/>
        <source>Close the article (Esc)</source>
        <translation>关闭文章（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="227"/>
        <source>Close the article</source>
        <translation>关闭文章</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="228"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="267"/>
        <source>Reply copied. Paste it into your message.</source>
        <translation>回复已复制，请粘贴到您的消息中。</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="293"/>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="294"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="298"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_viewer.py" line="302"/>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/audit_tab.py" line="109"/>
        <source>Verifying every entry of the log…</source>
        <translation>正在逐条校验日志…</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="129"/>
        <source>Verified just now.</source>
        <translation>刚刚校验完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="129"/>
        <source>Verification failed.</source>
        <translation>校验未通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="143"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="144"/>
        <source>Verify now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="145"/>
        <source>Verify the whole audit log now</source>
        <translation>立即校验整个审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="146"/>
        <source>Verification progress</source>
        <translation>校验进度</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="147"/>
        <location filename="../../desktop/audit_tab.py" line="148"/>
        <source>Verifications</source>
        <translation>校验记录</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="150"/>
        <source>The grant log does not verify</source>
        <translation>发放记录校验未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="152"/>
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="157"/>
        <source>The log holds %1 entries. Head hash: %2</source>
        <translation>日志共 %1 条记录。链头哈希：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="165"/>
        <source>The log has never been verified here.</source>
        <translation>此日志尚未校验过。</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="170"/>
        <source>Verified up to entry %1 (head %2) on %3 by %4: intact.</source>
        <translation>已校验至第 %1 条（链头 %2），%3 由 %4 完成：完整无误。</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="180"/>
        <source>Last verified on %1 by %2: FAILED.</source>
        <translation>最近一次校验：%1，由 %2 执行：未通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="183"/>
        <source>First bad entry: %1.</source>
        <translation>第一条异常记录：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="195"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="196"/>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="197"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="198"/>
        <source>Head</source>
        <translation>链头</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="199"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="207"/>
        <source>Intact</source>
        <translation>完整无误</translation>
    </message>
    <message>
        <location filename="../../desktop/audit_tab.py" line="207"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/compensation_case.py" line="237"/>
        <source>severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="240"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="243"/>
        <source>order value %1</source>
        <translation>订单金额 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="247"/>
        <source>%1 days since purchase</source>
        <translation>购买后 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="250"/>
        <source>%1 days late</source>
        <translation>延迟 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="264"/>
        <source>&amp;Problem</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="265"/>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="266"/>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="267"/>
        <source>Order valu&amp;e</source>
        <translation>订单金额(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="268"/>
        <source>Days &amp;since purchase</source>
        <translation>购买后天数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="269"/>
        <source>Days &amp;late</source>
        <translation>延迟天数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="270"/>
        <source>Customer t&amp;ier</source>
        <translation>会员等级(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="273"/>
        <source>Case category</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="274"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="275"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="276"/>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="277"/>
        <source>Days since purchase</source>
        <translation>购买后天数</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="278"/>
        <source>Days late</source>
        <translation>延迟天数</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="279"/>
        <source>Customer tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="281"/>
        <source>%1, not known</source>
        <translation>%1，未知</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="283"/>
        <location filename="../../desktop/compensation_case.py" line="286"/>
        <location filename="../../desktop/compensation_case.py" line="293"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="287"/>
        <source>Choose the problem…</source>
        <translation>选择问题…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="290"/>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="302"/>
        <source>No orders on file</source>
        <translation>没有订单记录</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_case.py" line="302"/>
        <source>Not about one order</source>
        <translation>不涉及具体订单</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../../desktop/training_chat.py" line="79"/>
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="80"/>
        <source>Write to the customer… (Ctrl+Enter sends)</source>
        <translation>回复客户…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="81"/>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="82"/>
        <source>Sen&amp;d</source>
        <translation>发送(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="83"/>
        <source>&amp;Hand to a supervisor…</source>
        <translation>转交主管(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="84"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="85"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="86"/>
        <source>Trainer: you play the customer</source>
        <translation>培训师：由您扮演客户</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="87"/>
        <source>What the customer says…</source>
        <translation>客户说的话…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="88"/>
        <source>The customer&apos;s line</source>
        <translation>客户的话</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="89"/>
        <source>Say as &amp;customer</source>
        <translation>以客户身份发送(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="96"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="132"/>
        <source>Hand to a supervisor</source>
        <translation>转交主管</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="133"/>
        <source>What should the supervisor know?</source>
        <translation>主管需要了解哪些情况？</translation>
    </message>
    <message>
        <location filename="../../desktop/training_chat.py" line="151"/>
        <source>The script suggests: %1</source>
        <translation>剧本建议：%1</translation>
    </message>
</context>
<context>
    <name>CompensationLabels</name>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="22"/>
        <source>en</source>
        <comment>the language of this translation: zh for Chinese, en for English</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="45"/>
        <source>Late delivery</source>
        <translation>延迟送达</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="46"/>
        <source>Lost parcel</source>
        <translation>包裹丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="47"/>
        <source>Damaged item</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="48"/>
        <source>Wrong item sent</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="49"/>
        <source>Fault under warranty</source>
        <translation>保修期内故障</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="50"/>
        <source>Return after the 7-day window</source>
        <translation>七天无理由退货期后退货</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="53"/>
        <source>Service failure</source>
        <translation>服务失误</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="54"/>
        <source>Price dropped after purchase</source>
        <translation>购买后降价</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="55"/>
        <source>Payment dispute</source>
        <translation>支付争议</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="58"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="59"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="60"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="61"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="64"/>
        <source>Standard</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="65"/>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="66"/>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="67"/>
        <source>Platinum</source>
        <translation>铂金会员</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="68"/>
        <source>Under fraud review</source>
        <translation>风险审查中</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="71"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="72"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="73"/>
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="74"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="75"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="76"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="79"/>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="80"/>
        <source>Growth</source>
        <translation>成长客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="81"/>
        <source>Standard value</source>
        <translation>普通价值客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="82"/>
        <source>Low value</source>
        <translation>低价值客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="83"/>
        <source>No purchases yet</source>
        <translation>尚未购买</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="86"/>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="87"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="88"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="89"/>
        <source>Late</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="90"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_labels.py" line="91"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CompensationPane</name>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="147"/>
        <source>Nothing can be granted yet: choose the customer and the problem first.</source>
        <translation>暂时无法发放补偿：请先选择客户和问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="149"/>
        <source>Nothing can be granted for this case.</source>
        <translation>此工单没有可发放的补偿。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="225"/>
        <source>Deciding…</source>
        <translation>正在判定…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="277"/>
        <source>Sign in to see what you may give.</source>
        <translation>登录后即可查看您可给予的补偿。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="279"/>
        <source>Choose a customer to see what you may give them.</source>
        <translation>选择客户后即可查看可给予的补偿。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="281"/>
        <source>Loading the customer&apos;s orders…</source>
        <translation>正在加载客户的订单…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="283"/>
        <source>Choose the customer&apos;s problem to see what you may give.</source>
        <translation>选择客户遇到的问题后即可查看可给予的补偿。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="296"/>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="301"/>
        <source>%1 · not on file: the case facts decide</source>
        <translation>%1 · 无客户档案：按工单信息判定</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="343"/>
        <source>not on file</source>
        <translation>无档案</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="363"/>
        <source>%1 complaints in 90 days</source>
        <translation>90 天内投诉 %1 次</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="370"/>
        <source>%1 received in 30 days</source>
        <translation>近 30 天已获 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="398"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_pane.py" line="399"/>
        <source>What you may give</source>
        <translation>可给予的补偿</translation>
    </message>
</context>
<context>
    <name>ConsoleTab</name>
    <message>
        <location filename="../../desktop/console_tab.py" line="59"/>
        <source>The database cannot be reached. What is shown may be out of date.</source>
        <translation>无法连接数据库。当前显示的内容可能已过时。</translation>
    </message>
    <message>
        <location filename="../../desktop/console_tab.py" line="61"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>出现错误，详情已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/console_tab.py" line="69"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/console_tab.py" line="70"/>
        <source>Refresh this page</source>
        <translation>刷新本页</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <location filename="../../desktop/customer_header.py" line="175"/>
        <source>Close this customer (Esc in an empty look-up)</source>
        <translation>关闭此客户（查找框为空时按 Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="176"/>
        <source>Close customer</source>
        <translation>关闭客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="196"/>
        <location filename="../../desktop/customer_header.py" line="209"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="198"/>
        <source>Loading the profile…</source>
        <translation>正在加载客户资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="206"/>
        <source>Customer since %1</source>
        <translation>成为客户日期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="214"/>
        <source>Value</source>
        <translation>价值分群</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="218"/>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="242"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="244"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="255"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="256"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="258"/>
        <source>Average order</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="260"/>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="262"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="264"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="267"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="269"/>
        <source>90 days · %1 open</source>
        <translation>近 90 天 · %1 件未解决</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="276"/>
        <source>Latest NPS</source>
        <translation>最近 NPS</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="282"/>
        <source>Latest CSAT</source>
        <translation>最近 CSAT</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="292"/>
        <source>30 days · no cap</source>
        <translation>近 30 天 · 无上限</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="294"/>
        <source>30 days · cap %1</source>
        <translation>近 30 天 · 上限 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_header.py" line="298"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../desktop/customer_labels.py" line="21"/>
        <source>en</source>
        <comment>Translate with the code of this translation&apos;s language, e.g. zh_CN</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="33"/>
        <source>Standard</source>
        <comment>membership tier</comment>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="34"/>
        <source>Silver</source>
        <comment>membership tier</comment>
        <translation>银卡会员</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="35"/>
        <source>Gold</source>
        <comment>membership tier</comment>
        <translation>金卡会员</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="36"/>
        <source>Platinum</source>
        <comment>membership tier</comment>
        <translation>铂金会员</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="37"/>
        <source>Under review</source>
        <comment>membership tier while a fraud check runs</comment>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="46"/>
        <source>Key</source>
        <comment>value segment</comment>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="47"/>
        <source>Growth</source>
        <comment>value segment</comment>
        <translation>成长客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="48"/>
        <source>Standard</source>
        <comment>value segment</comment>
        <translation>普通客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="49"/>
        <source>Low</source>
        <comment>value segment</comment>
        <translation>低价值客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="50"/>
        <source>Prospect</source>
        <comment>value segment: never bought</comment>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="57"/>
        <source>Prospect</source>
        <comment>lifecycle stage: never bought</comment>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="58"/>
        <source>New</source>
        <comment>lifecycle stage</comment>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="59"/>
        <source>Active</source>
        <comment>lifecycle stage</comment>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="60"/>
        <source>Loyal</source>
        <comment>lifecycle stage</comment>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="61"/>
        <source>At risk</source>
        <comment>lifecycle stage</comment>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="62"/>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="69"/>
        <source>High</source>
        <comment>alert severity</comment>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="70"/>
        <source>Medium</source>
        <comment>alert severity</comment>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="71"/>
        <source>Low</source>
        <comment>alert severity</comment>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="78"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="79"/>
        <source>Contact</source>
        <comment>a call, chat or message with the customer</comment>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="82"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="83"/>
        <source>Feedback</source>
        <comment>an NPS or CSAT survey answer</comment>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="84"/>
        <location filename="../../desktop/customer_labels.py" line="98"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="92"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="93"/>
        <source>Contacts</source>
        <comment>calls, chats and messages with the customer</comment>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="96"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="97"/>
        <source>Feedback</source>
        <comment>NPS and CSAT survey answers</comment>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="105"/>
        <source>Placed</source>
        <comment>order status</comment>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="106"/>
        <source>Shipped</source>
        <comment>order status</comment>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="107"/>
        <source>Delivered</source>
        <comment>order status</comment>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="108"/>
        <source>Late</source>
        <comment>order status</comment>
        <translation>已延迟</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="109"/>
        <source>Returned</source>
        <comment>order status</comment>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="110"/>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="111"/>
        <source>Open</source>
        <comment>complaint status</comment>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="112"/>
        <source>Resolved</source>
        <comment>complaint status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="113"/>
        <source>Granted</source>
        <comment>compensation status</comment>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="114"/>
        <source>Approved</source>
        <comment>compensation status: granted after approval</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="123"/>
        <source>ID</source>
        <comment>matched by the customer ID</comment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="124"/>
        <source>phone</source>
        <comment>matched by phone number</comment>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="125"/>
        <source>e-mail</source>
        <comment>matched by e-mail address</comment>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="126"/>
        <source>name</source>
        <comment>matched by name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="127"/>
        <source>pinyin</source>
        <comment>matched by the pinyin of a Chinese name</comment>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="128"/>
        <source>initials</source>
        <comment>matched by the pinyin initials of a Chinese name</comment>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="131"/>
        <source>last digits</source>
        <comment>matched by the last four digits of a phone number</comment>
        <translation>手机尾号</translation>
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
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="142"/>
        <source>Prefers e-mail</source>
        <comment>customer tag</comment>
        <translation>偏好邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="143"/>
        <source>Gift buyer</source>
        <comment>customer tag</comment>
        <translation>常买礼品</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="144"/>
        <source>Corporate</source>
        <comment>customer tag</comment>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="145"/>
        <source>Frequent returns</source>
        <comment>customer tag</comment>
        <translation>频繁退货</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="146"/>
        <source>Fraud review</source>
        <comment>customer tag</comment>
        <translation>风险审查</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="153"/>
        <source>Phone</source>
        <comment>contact channel</comment>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="154"/>
        <source>Chat</source>
        <comment>contact channel</comment>
        <translation>在线客服</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="155"/>
        <source>E-mail</source>
        <comment>contact channel</comment>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="156"/>
        <source>Social media</source>
        <comment>contact channel</comment>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="157"/>
        <source>In store</source>
        <comment>contact channel</comment>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="164"/>
        <source>Late delivery</source>
        <comment>case category</comment>
        <translation>延迟送达</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="165"/>
        <source>Lost parcel</source>
        <comment>case category</comment>
        <translation>包裹丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="166"/>
        <source>Damaged item</source>
        <comment>case category</comment>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="167"/>
        <source>Wrong item</source>
        <comment>case category</comment>
        <translation>发错商品</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="168"/>
        <source>Warranty</source>
        <comment>case category</comment>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="169"/>
        <source>Late return</source>
        <comment>case category: return after the return window</comment>
        <translation>超期退货</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="172"/>
        <source>Service failure</source>
        <comment>case category</comment>
        <translation>服务失误</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="173"/>
        <source>Price drop</source>
        <comment>case category</comment>
        <translation>降价</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="174"/>
        <source>Payment dispute</source>
        <comment>case category</comment>
        <translation>支付争议</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="175"/>
        <source>Enquiry</source>
        <comment>case category: a question</comment>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="194"/>
        <source>Speaks Chinese</source>
        <comment>the customer&apos;s language</comment>
        <translation>讲中文</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_labels.py" line="195"/>
        <source>Speaks English</source>
        <comment>the customer&apos;s language</comment>
        <translation>讲英文</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../desktop/customer_pane.py" line="184"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="186"/>
        <source>Find a customer by ID, phone, e-mail or name.
Pinyin and the last four digits of a phone number work too.</source>
        <translation>按编号、电话、邮箱或姓名查找客户。
也可以用姓名拼音或手机号后四位查找。</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="190"/>
        <source>ID, phone, e-mail or name</source>
        <translation>编号、电话、邮箱或姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="191"/>
        <source>Customer look-up</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="192"/>
        <source>Up and Down choose a customer, Enter opens, Esc clears</source>
        <translation>上下方向键选择客户，Enter 打开，Esc 清除</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="193"/>
        <source>Matching customers</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="195"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="196"/>
        <source>Customer timeline</source>
        <translation>客户时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="220"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="244"/>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="246"/>
        <source>The first %1 matches: type more to narrow them down</source>
        <translation>仅显示前 %1 个结果：请输入更多内容以缩小范围</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="249"/>
        <source>↑ ↓ to choose, Enter to open</source>
        <translation>↑ ↓ 选择，Enter 打开</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="331"/>
        <source>Loading older events…</source>
        <translation>正在加载更早的记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="331"/>
        <source>Loading the history…</source>
        <translation>正在加载历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="333"/>
        <source>%1 events shown; scroll for older ones</source>
        <translation>已显示 %1 条记录，向下滚动可查看更早的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="335"/>
        <source>All %1 events shown</source>
        <translation>已显示全部 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="337"/>
        <source>The history could not be read.</source>
        <translation>无法读取历史记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="339"/>
        <source>No events of the chosen types.</source>
        <translation>没有所选类型的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_pane.py" line="341"/>
        <source>No orders, contacts or feedback yet.</source>
        <translation>暂无订单、联系记录或评价。</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="296"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="309"/>
        <source>The rubric is not scored. Save the session without it?</source>
        <translation>评分量表尚未打分。不打分直接保存本次练习吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="311"/>
        <source>Not scored: %1. Save the session without these scores?</source>
        <translation>未打分：%1。不含这些分数保存本次练习吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="316"/>
        <source>Save without a full rubric?</source>
        <translation>量表未打完分，仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="334"/>
        <source>Saved to %1&apos;s progress.</source>
        <translation>已保存到 %1 的学习进度。</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="340"/>
        <source>Not saved: the database cannot be reached. Try again.</source>
        <translation>未保存：无法连接数据库，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="344"/>
        <source>Not saved: something went wrong. The details are in the log.</source>
        <translation>未保存：出现了问题，详情见日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="360"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="362"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="378"/>
        <source>Close without saving?</source>
        <translation>不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="379"/>
        <source>The session is not saved: it will not appear in %1&apos;s progress.</source>
        <translation>本次练习尚未保存，不会出现在 %1 的学习进度中。</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="397"/>
        <source>Debrief — %1</source>
        <translation>复盘 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="399"/>
        <source>TRAINING DEBRIEF</source>
        <translation>培训复盘</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="400"/>
        <location filename="../../desktop/debrief_dialog.py" line="415"/>
        <source>Automatic checks</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="401"/>
        <location filename="../../desktop/debrief_dialog.py" line="419"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="402"/>
        <source>Trainer&apos;s rubric</source>
        <translation>培训师评分量表</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="405"/>
        <source>Score each habit from 0 (not shown) to 4 (a model for others); press a score again to take it back. A comment with an example helps the trainee most.</source>
        <translation>每项习惯按 0（未体现）到 4（可作他人榜样）打分；再按一次可取消。附上具体例子的评语对学员最有帮助。</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="409"/>
        <location filename="../../desktop/debrief_dialog.py" line="411"/>
        <source>Overall notes</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="410"/>
        <source>What went well, and the one thing to work on next</source>
        <translation>做得好的地方，以及下一步最需要改进的一点</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="413"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="413"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="413"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="417"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="417"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="417"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="420"/>
        <source>Automatic score</source>
        <translation>自动得分</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="421"/>
        <source>Rubric score</source>
        <translation>量表得分</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="424"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="425"/>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="426"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="436"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="436"/>
        <source>&amp;Save to progress</source>
        <translation>保存到学习进度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="448"/>
        <source>Trainee: %1</source>
        <translation>学员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="449"/>
        <source>Trainer: %1</source>
        <translation>培训师：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="465"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="467"/>
        <source>%1 of %2 points</source>
        <translation>%1 / %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="473"/>
        <source>Rubric</source>
        <translation>量表</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="475"/>
        <source>%1 of %2 criteria scored</source>
        <translation>已评 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="504"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_dialog.py" line="505"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
</context>
<context>
    <name>DebriefExport</name>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="60"/>
        <source>Export the debrief as PDF</source>
        <translation>将复盘导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="61"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="63"/>
        <source>Export the debrief as HTML</source>
        <translation>将复盘导出为 HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_pdf.py" line="64"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="115"/>
        <source>Ask approval…</source>
        <translation>申请审批…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="115"/>
        <source>Grant…</source>
        <translation>发放…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="118"/>
        <source>Ask approval for %1</source>
        <translation>为%1申请审批</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="118"/>
        <source>Grant %1</source>
        <translation>发放%1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="126"/>
        <source>Allowed</source>
        <translation>可发放</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="127"/>
        <source>Needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="128"/>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="129"/>
        <source>Not offered</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="137"/>
        <location filename="../../desktop/compensation_rows.py" line="159"/>
        <source>Up to %1 with approval by a %2</source>
        <translation>经%2审批最多 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="143"/>
        <source>A gift worth up to %1 now</source>
        <translation>可当场赠送价值不超过 %1 的礼品</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="146"/>
        <source>Up to %1 now</source>
        <translation>当场最多 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="152"/>
        <source>Suggested %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="155"/>
        <source>Nothing on the spot</source>
        <translation>不可当场发放</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="167"/>
        <source>Choose from %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="182"/>
        <source>%1 of the order (%2)</source>
        <translation>订单金额的 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="192"/>
        <source>Held down by “%1”: %2 left</source>
        <translation>受“%1”限制：剩余 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="203"/>
        <source>Left in “%1”: %2</source>
        <translation>“%1”剩余：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="211"/>
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_rows.py" line="214"/>
        <source>%1: %2 of %3 left</source>
        <translation>%1：剩余 %2（共 %3）</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../desktop/decision_view.py" line="33"/>
        <location filename="../../desktop/decision_view.py" line="50"/>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="44"/>
        <source>On-the-spot limit</source>
        <translation>当场可给上限</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="45"/>
        <source>Limit with approval</source>
        <translation>审批后上限</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="46"/>
        <source>Rules applied</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="47"/>
        <source>Decided at</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="48"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="56"/>
        <source>%1 left of %2 at the time</source>
        <translation>当时剩余 %1（共 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="62"/>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../desktop/decision_view.py" line="64"/>
        <source>Facts the decision saw</source>
        <translation>判定所依据的事实</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="55"/>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="55"/>
        <source>Embedded database</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="58"/>
        <source>Database in use: %1</source>
        <translation>正在使用的数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="62"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="70"/>
        <source>Policy %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="74"/>
        <source>Policy: loading…</source>
        <translation>政策：正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="75"/>
        <source>No policy in force</source>
        <translation>没有生效的政策</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="76"/>
        <source>Policy: cannot be read</source>
        <translation>政策：无法读取</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="55"/>
        <source>No compensation policy is in force. An administrator loads one with: %1</source>
        <translation>当前没有生效的补偿政策。管理员可以用以下命令加载：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="58"/>
        <source>Your account cannot grant compensation: %1</source>
        <translation>您的账户无法发放补偿：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="61"/>
        <source>Cannot reach the database; what you typed is kept. Try again in a moment.</source>
        <translation>无法连接数据库，您输入的内容已保留。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_banners.py" line="64"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>出现意外错误，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="35"/>
        <location filename="../../desktop/customer_errors.py" line="36"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="56"/>
        <source>This customer is no longer on file.</source>
        <translation>该客户的档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="58"/>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="61"/>
        <source>The database is not answering: %1</source>
        <translation>数据库没有响应：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_errors.py" line="63"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>出现意外错误，详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="28"/>
        <source>Something went wrong</source>
        <translation>出现意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="29"/>
        <source>Frontline Desk hit an unexpected error and carried on. What you typed is still there. The details were written to:
%1</source>
        <translation>前线服务台遇到一个意外错误，但仍在继续运行，您输入的内容都还在。详细信息已写入：
%1</translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <location filename="../../desktop/article_feedback.py" line="89"/>
        <source>Was this article helpful?</source>
        <translation>这篇文章有帮助吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="91"/>
        <source>Helpful</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="92"/>
        <source>Not helpful</source>
        <translation>没有帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="93"/>
        <source>Outdated</source>
        <translation>内容过时</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="97"/>
        <source>Rate the article: %1</source>
        <translation>评价文章：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="99"/>
        <source>Add a comment for the article&apos;s owners (optional)</source>
        <translation>给文章负责人留言（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="101"/>
        <source>Feedback comment</source>
        <translation>反馈留言</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="102"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="103"/>
        <source>Send feedback</source>
        <translation>发送反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="105"/>
        <source>Cancel feedback</source>
        <translation>取消反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="133"/>
        <source>Thank you. Your feedback goes to the article&apos;s owners.</source>
        <translation>谢谢！您的反馈将转给文章负责人。</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="151"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../desktop/article_feedback.py" line="162"/>
        <location filename="../../desktop/article_feedback.py" line="165"/>
        <location filename="../../desktop/article_feedback.py" line="166"/>
        <source>Sign in to rate articles.</source>
        <translation>登录后才能评价文章。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="45"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="47"/>
        <source>Everyone</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="48"/>
        <source>For customers</source>
        <translation>面向客户</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="49"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="53"/>
        <source>Language filter</source>
        <translation>语言筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="54"/>
        <source>Audience filter</source>
        <translation>适用对象筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_filters.py" line="55"/>
        <source>Number of results</source>
        <translation>结果数量</translation>
    </message>
</context>
<context>
    <name>GrantDetailView</name>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="29"/>
        <source>Grant detail</source>
        <translation>发放详情</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="34"/>
        <source>Select a grant to see its decision.</source>
        <translation>选择一条发放记录以查看其判定依据。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="37"/>
        <source>Grant %1</source>
        <translation>发放 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="42"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="43"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="44"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="45"/>
        <source>Money drawn</source>
        <translation>占用金额</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="46"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_detail_view.py" line="53"/>
        <source>Approved by %1 on %2 (request %3). Note: %4</source>
        <translation>由 %1 于 %2 批准（申请 %3）。备注：%4</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="174"/>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="174"/>
        <source>Grant</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="184"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="184"/>
        <source>Choose an item.</source>
        <translation>请选择物品。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="188"/>
        <source>Not an amount: type a number such as 20 or 12.50.</source>
        <translation>金额无效：请输入数字，例如 20 或 12.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="189"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="190"/>
        <source>Too many decimal places.</source>
        <translation>小数位数过多。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="191"/>
        <source>A discount cannot be more than 100%.</source>
        <translation>折扣不能超过 100%。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="195"/>
        <source>Within your limit of %1: it is granted at once.</source>
        <translation>未超出您的额度 %1：将立即发放。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="202"/>
        <source>Nothing can be given on the spot: this becomes an approval request to a %1.</source>
        <translation>不能当场发放：将作为审批申请提交给%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="206"/>
        <source>Above your on-the-spot limit of %1: this becomes an approval request to a %2.</source>
        <translation>超出您的当场额度 %1：将作为审批申请提交给%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="212"/>
        <source>Above the most that can be given here (%1). Lower the amount.</source>
        <translation>超出此处可给予的最高额度（%1），请降低金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="229"/>
        <source>%1 of the order (%2)</source>
        <translation>订单金额的 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="266"/>
        <source>Say why: the reason is recorded with the grant.</source>
        <translation>请填写原因：原因会随本次发放一起记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="271"/>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>原因过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="280"/>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="303"/>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="308"/>
        <source>Cannot reach the database. Try again: the same grant is never recorded twice.</source>
        <translation>无法连接数据库。请重试：同一笔发放不会被重复记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="316"/>
        <source>Something went wrong; the grant may not be recorded. The details are in the log.</source>
        <translation>出现意外错误，本次发放可能未被记录。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="345"/>
        <source>Grant compensation — Frontline Desk</source>
        <translation>发放补偿 — 前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="346"/>
        <source>Grant: %1</source>
        <translation>发放：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="349"/>
        <source>&amp;Item</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="349"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="351"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="352"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="353"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="354"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="356"/>
        <source>Why? It is recorded with the grant and shown to the approver.</source>
        <translation>为什么给予补偿？原因会随发放一起记录，并展示给审批人。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="361"/>
        <source>up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="364"/>
        <location filename="../../desktop/grant_dialog.py" line="365"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="371"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="373"/>
        <source>Agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="374"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="375"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="376"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="376"/>
        <source>No case facts</source>
        <translation>无工单信息</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="377"/>
        <source>Customer facts</source>
        <translation>客户信息</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="377"/>
        <source>None on file</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="378"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="388"/>
        <source>What will be recorded</source>
        <translation>将记录的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="396"/>
        <source>On the spot: up to %1</source>
        <translation>当场：最多 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="402"/>
        <source>with approval by a %1: up to %2</source>
        <translation>经%1审批：最多 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="408"/>
        <source>suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="421"/>
        <source>(needs approval)</source>
        <translation>（需审批）</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_dialog.py" line="423"/>
        <source>(above the limit)</source>
        <translation>（超出额度）</translation>
    </message>
</context>
<context>
    <name>GrantFilterBar</name>
    <message>
        <location filename="../../desktop/grant_filters.py" line="190"/>
        <source>%1 must be an amount such as 50 or 120.50.</source>
        <translation>%1 须为金额，例如 50 或 120.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="228"/>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="225"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="226"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="229"/>
        <source>A&amp;gent</source>
        <translation>客服(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="230"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="231"/>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="232"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="233"/>
        <source>&amp;Case</source>
        <translation>问题(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="234"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="235"/>
        <source>&amp;Value from</source>
        <translation>金额自(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="236"/>
        <source>Value t&amp;o</source>
        <translation>金额至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="237"/>
        <source>Po&amp;licy version</source>
        <translation>政策版本(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="243"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="244"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="245"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="246"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="247"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="248"/>
        <source>Between dates</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="252"/>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="272"/>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="273"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="274"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="275"/>
        <source>All cases</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="278"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="280"/>
        <source>Within the agent&apos;s authority</source>
        <translation>客服权限内</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="281"/>
        <source>Approved on request</source>
        <translation>经审批发放</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_filters.py" line="284"/>
        <source>All versions</source>
        <translation>全部版本</translation>
    </message>
</context>
<context>
    <name>GrantLogModel</name>
    <message>
        <location filename="../../desktop/grant_log_model.py" line="113"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_model.py" line="113"/>
        <source>Direct</source>
        <translation>直接发放</translation>
    </message>
</context>
<context>
    <name>GrantLogTab</name>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="101"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="117"/>
        <source>%1 grants match</source>
        <translation>符合条件的发放：%1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="119"/>
        <source>1 grant matches</source>
        <translation>符合条件的发放：1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="124"/>
        <location filename="../../desktop/grant_log_tab.py" line="127"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="150"/>
        <source>Export the grant log</source>
        <translation>导出发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="152"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="162"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="173"/>
        <source>Exported %1 grants to %2</source>
        <translation>已导出 %1 条发放记录到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="179"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="189"/>
        <source>Grant log</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="190"/>
        <source>Grants</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="191"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="192"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="195"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="196"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="197"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="198"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="199"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="200"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="201"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="202"/>
        <source>Amount</source>
        <translation>数额</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="203"/>
        <source>Money drawn</source>
        <translation>占用金额</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="204"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="205"/>
        <source>Case</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="206"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="207"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="208"/>
        <source>Policy version</source>
        <translation>政策版本</translation>
    </message>
    <message>
        <location filename="../../desktop/grant_log_tab.py" line="209"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../desktop/knowledge_index_status.py" line="38"/>
        <source>Building the search index: %1 of %2 articles</source>
        <translation>正在建立搜索索引：%1 / %2 篇文章</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_index_status.py" line="40"/>
        <source>Building the search index for %2 articles…</source>
        <translation>正在为 %2 篇文章建立搜索索引…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_index_status.py" line="43"/>
        <source>Search index progress</source>
        <translation>搜索索引进度</translation>
    </message>
</context>
<context>
    <name>KnowledgePane</name>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="179"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="180"/>
        <source>Search articles: 中文 or English</source>
        <translation>搜索文章：中文或 English</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="181"/>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="183"/>
        <source>Type to search. ↑/↓ choose a result, Enter opens it, Esc clears.</source>
        <translation>输入即可搜索。↑/↓ 选择结果，Enter 打开，Esc 清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="185"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="205"/>
        <source>Preparing search…</source>
        <translation>正在准备搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="208"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="217"/>
        <source>Finding suggestions…</source>
        <translation>正在查找推荐文章…</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="259"/>
        <source>The search index was damaged and has been rebuilt.</source>
        <translation>搜索索引已损坏，现已重建。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="275"/>
        <source>Search in Chinese, English or both, for example 退款到账 or refund time. Results appear as you type.</source>
        <translation>可用中文、英文或中英混合搜索，例如“退款到账”或“refund time”。输入时即显示结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="283"/>
        <source>Suggested for: %1</source>
        <translation>推荐文章：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="284"/>
        <source>No suggested articles for this case.</source>
        <translation>没有适合此工单的推荐文章。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="288"/>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="288"/>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="291"/>
        <source>No articles match “%1”. Try other words, or clear the filters.</source>
        <translation>没有与“%1”匹配的文章。请换个关键词，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="298"/>
        <source>No results for “%1”. Showing results for %2.</source>
        <translation>没有“%1”的结果，现显示 %2 的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="301"/>
        <source>Did you mean %1?</source>
        <translation>您要找的是不是 %1？</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="308"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_pane.py" line="333"/>
        <source>The search index could not be used and was rebuilt from the database.</source>
        <translation>搜索索引无法使用，已根据数据库重建。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_results.py" line="63"/>
        <source>Customer</source>
        <translation>面向客户</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_results.py" line="65"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="17"/>
        <source>Late delivery</source>
        <translation>延迟送达</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="18"/>
        <source>Lost parcel</source>
        <translation>包裹丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="19"/>
        <source>Damaged item</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="20"/>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="21"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="22"/>
        <source>Late return</source>
        <translation>超期退货</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="23"/>
        <source>Service failure</source>
        <translation>服务失误</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="24"/>
        <source>Price drop</source>
        <translation>降价</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="25"/>
        <source>Payment dispute</source>
        <translation>支付争议</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="33"/>
        <source>This article is not in the knowledge base. It may have been removed.</source>
        <translation>知识库中没有这篇文章，它可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="37"/>
        <source>The search index cannot be used right now. Try again in a moment.</source>
        <translation>搜索索引暂时无法使用，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="41"/>
        <source>This feedback cannot be recorded.</source>
        <translation>无法记录此反馈。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="44"/>
        <source>The database cannot be reached. What you typed is kept; try again in a moment.</source>
        <translation>无法连接数据库。您输入的内容已保留，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/knowledge_texts.py" line="49"/>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>出现意外错误，详细信息已写入日志文件。</translation>
    </message>
</context>
<context>
    <name>KnowledgeReportTab</name>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="55"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="70"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="71"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="73"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="73"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="75"/>
        <source>Searches that found nothing</source>
        <translation>无结果的搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="76"/>
        <source>Searches whose results nobody opened</source>
        <translation>结果无人打开的搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="77"/>
        <source>Articles marked not helpful or outdated</source>
        <translation>被标为无帮助或已过时的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="85"/>
        <source>Search</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="85"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="85"/>
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="93"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="94"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="95"/>
        <source>Helpful</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="96"/>
        <source>Not helpful</source>
        <translation>无帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="97"/>
        <source>Outdated</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../../desktop/kb_report_tab.py" line="98"/>
        <source>Latest comments</source>
        <translation>最新评论</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="117"/>
        <source>Frontline Desk</source>
        <translation>前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="120"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="121"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="122"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="123"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="124"/>
        <source>Supervisor &amp;console…</source>
        <translation>主管控制台(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="125"/>
        <source>&amp;Training session…</source>
        <translation>培训练习(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="127"/>
        <source>&amp;About Frontline Desk</source>
        <translation>关于前线服务台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="128"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="129"/>
        <source>Find a &amp;customer</source>
        <translation>查找客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="130"/>
        <source>Search the &amp;knowledge base</source>
        <translation>搜索知识库(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="131"/>
        <source>Describe the ca&amp;se</source>
        <translation>描述工单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="132"/>
        <source>&amp;Grant compensation…</source>
        <translation>发放补偿(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="139"/>
        <source>Supervisor console</source>
        <translation>主管控制台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="140"/>
        <source>Only supervisors and administrators can open the supervisor console.</source>
        <translation>只有主管和管理员可以打开主管控制台。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="162"/>
        <source>Only trainers, supervisors and administrators run training sessions.</source>
        <translation>只有培训师、主管和管理员可以开展培训练习。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>About Frontline Desk</source>
        <translation>关于前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>&lt;h3&gt;Frontline Desk&lt;/h3&gt;&lt;p&gt;Knowledge, customer history and the authority to solve problems on the spot, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;前线服务台&lt;/h3&gt;&lt;p&gt;知识、客户历史和当场解决问题的授权，尽在一个窗口。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MyRequests</name>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="60"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="76"/>
        <location filename="../../desktop/compensation_requests.py" line="79"/>
        <source>My approval requests</source>
        <translation>我的审批申请</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="77"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="78"/>
        <source>Refresh my approval requests</source>
        <translation>刷新我的审批申请</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="81"/>
        <source>Requests you send above your on-the-spot limit appear here until decided.</source>
        <translation>超出当场额度而提交的审批申请会显示在这里，直到审批完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="103"/>
        <source>request %1</source>
        <translation>申请编号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="105"/>
        <source>Waiting for a %1</source>
        <translation>等待%1审批</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="110"/>
        <source>Approved by %1 (grant %2)</source>
        <translation>已由 %1 批准（发放编号 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="116"/>
        <source>Denied by %1: %2</source>
        <translation>已被 %1 拒绝：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/compensation_requests.py" line="121"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/overview_tab.py" line="66"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="78"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="79"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="81"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="82"/>
        <source>Agents against their team&apos;s median</source>
        <translation>客服与团队中位数对比</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="83"/>
        <source>Customers compensated repeatedly</source>
        <translation>多次获得补偿的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="86"/>
        <source>Money granted per day</source>
        <translation>每日发放金额</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="87"/>
        <source>Money granted per kind</source>
        <translation>各类型发放金额</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="100"/>
        <source>%1 grants, %2 in all</source>
        <translation>共 %1 次发放，合计 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="106"/>
        <source>Money granted per day (%1)</source>
        <translation>每日发放金额（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="113"/>
        <source>Per kind (%1)</source>
        <translation>按类型（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <location filename="../../desktop/overview_tab.py" line="135"/>
        <source>Grants</source>
        <translation>发放次数</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <location filename="../../desktop/overview_tab.py" line="136"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="121"/>
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="133"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="134"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="137"/>
        <source>Contacts</source>
        <translation>接待量</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="138"/>
        <source>Per 100 contacts</source>
        <translation>每百次接待</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="139"/>
        <source>Team median</source>
        <translation>团队中位数</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="140"/>
        <source>Team median value</source>
        <translation>团队金额中位数</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_tab.py" line="141"/>
        <source>Outlier because</source>
        <translation>异常原因</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../desktop/preferences.py" line="41"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/preferences.py" line="42"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop/preferences.py" line="43"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <source>Agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>Senior agent</source>
        <translation>资深客服</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="56"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RubricRow</name>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="88"/>
        <source>0: not shown</source>
        <translation>0：未体现</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="89"/>
        <source>1: rarely</source>
        <translation>1：很少</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="90"/>
        <source>2: sometimes</source>
        <translation>2：有时</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="91"/>
        <source>3: mostly</source>
        <translation>3：大多数时候</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="92"/>
        <source>4: throughout, a model for others</source>
        <translation>4：始终如一，可作他人榜样</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="98"/>
        <source>%1: score %2 of %3</source>
        <translation>%1：%2 / %3 分</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="103"/>
        <source>A comment: what you saw, with an example</source>
        <translation>评语：您看到了什么，举个例子</translation>
    </message>
    <message>
        <location filename="../../desktop/debrief_rubric.py" line="104"/>
        <source>Comment on %1</source>
        <translation>关于「%1」的评语</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/sign_in.py" line="79"/>
        <source>Sign in — Frontline Desk</source>
        <translation>登录 — 前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="80"/>
        <source>Frontline Desk</source>
        <translation>前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="81"/>
        <source>Choose your name to start your shift.</source>
        <translation>选择您的名字，开始今天的班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="82"/>
        <location filename="../../desktop/sign_in.py" line="83"/>
        <source>Find your name</source>
        <translation>查找您的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="84"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="85"/>
        <location filename="../../desktop/sign_in.py" line="150"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="86"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="87"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="92"/>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="103"/>
        <source>No users yet. An administrator adds them with: %1</source>
        <translation>还没有用户。管理员可以用以下命令添加：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="109"/>
        <source>Cannot read the user list: %1</source>
        <translation>无法读取用户列表：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="150"/>
        <source>No PIN needed</source>
        <translation>无需 PIN 码</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="158"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="172"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="176"/>
        <source>This account is deactivated. Ask a supervisor.</source>
        <translation>此账户已停用，请联系主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/sign_in.py" line="178"/>
        <source>Cannot sign in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/main.py" line="65"/>
        <source>Cannot open the database %1:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/main.py" line="82"/>
        <source>Frontline Desk cannot start</source>
        <translation>前线服务台无法启动</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="59"/>
        <source>Supervisor console — %1</source>
        <translation>主管控制台 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="62"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="63"/>
        <source>Grant log</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="64"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="65"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../desktop/supervisor_console.py" line="66"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>TimelineFilters</name>
    <message>
        <location filename="../../desktop/customer_timeline.py" line="236"/>
        <source>Show %1 in the timeline</source>
        <translation>在时间线中显示%1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_timeline.py" line="237"/>
        <source>Show or hide %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
</context>
<context>
    <name>TraineeProgress</name>
    <message>
        <location filename="../../desktop/training_progress.py" line="136"/>
        <source>The sessions could not be loaded. Try again later.</source>
        <translation>无法加载练习记录，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="158"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="160"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="173"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="174"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="175"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="176"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="177"/>
        <source>Rubric</source>
        <translation>量表</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="180"/>
        <source>Training sessions</source>
        <translation>培训练习</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="181"/>
        <location filename="../../desktop/training_progress.py" line="243"/>
        <source>Scores across sessions</source>
        <translation>历次练习得分</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="182"/>
        <source>Export debrief as &amp;PDF…</source>
        <translation>将复盘导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="183"/>
        <source>Export debrief as &amp;HTML…</source>
        <translation>将复盘导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="196"/>
        <source>Training progress: %1</source>
        <translation>学习进度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="201"/>
        <source>Loading the sessions…</source>
        <translation>正在加载练习记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="203"/>
        <source>No finished sessions yet.</source>
        <translation>还没有完成的练习。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="207"/>
        <source>%1 sessions · automatic score %2% (first) → %3% (latest)</source>
        <translation>共 %1 次练习 · 自动得分 %2%（首次）→ %3%（最近）</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="244"/>
        <source>Automatic checks</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="245"/>
        <source>Trainer&apos;s rubric</source>
        <translation>培训师评分量表</translation>
    </message>
    <message>
        <location filename="../../desktop/training_progress.py" line="253"/>
        <source>Session</source>
        <translation>练习</translation>
    </message>
</context>
<context>
    <name>TrainingLauncher</name>
    <message>
        <location filename="../../desktop/training_launcher.py" line="28"/>
        <location filename="../../desktop/training_launcher.py" line="71"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/training_launcher.py" line="30"/>
        <source>Preparing the sandbox: the customer, the policy and the articles…</source>
        <translation>正在准备沙盒：客户、政策和知识文章…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_launcher.py" line="72"/>
        <source>The training sandbox could not be prepared: %1</source>
        <translation>无法准备培训沙盒：%1</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <location filename="../../desktop/training_setup.py" line="129"/>
        <source>Start a training session</source>
        <translation>开始培训练习</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="130"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="131"/>
        <source>&amp;Trainee:</source>
        <translation>学员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="131"/>
        <source>The customer:</source>
        <translation>客户由谁扮演：</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="134"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="135"/>
        <source>The customer&apos;s language</source>
        <translation>客户的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="137"/>
        <source>&amp;I play the customer</source>
        <translation>由我扮演客户(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="131"/>
        <source>Customer spea&amp;ks:</source>
        <translation>客户使用的语言(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="136"/>
        <source>Follows the sc&amp;ript</source>
        <translation>按剧本进行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="139"/>
        <source>&amp;Start session</source>
        <translation>开始练习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="140"/>
        <source>Trainee&apos;s &amp;progress…</source>
        <translation>学员进度(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="141"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="141"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="158"/>
        <source>No scenarios found in %1.</source>
        <translation>%1 中没有找到情景。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="163"/>
        <source>There are no agents to train: add one with `frontline users add`.</source>
        <translation>没有可以培训的客服：请用 `frontline users add` 添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="166"/>
        <source>Cannot read the scenarios or the users: %1</source>
        <translation>无法读取情景或用户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="182"/>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="183"/>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="184"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="187"/>
        <source>&lt;b&gt;Difficulty&lt;/b&gt;: %1 · &lt;b&gt;Target&lt;/b&gt;: %2 minutes</source>
        <translation>&lt;b&gt;难度&lt;/b&gt;：%1 · &lt;b&gt;目标用时&lt;/b&gt;：%2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="191"/>
        <source>&lt;b&gt;Customer&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;客户&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_setup.py" line="209"/>
        <source>Progress: %1</source>
        <translation>学习进度：%1</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../../desktop/training_window.py" line="119"/>
        <source>Training — %1</source>
        <translation>培训 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="121"/>
        <source>the trainer plays the customer</source>
        <translation>培训师扮演客户</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="123"/>
        <source>scripted customer</source>
        <translation>按剧本扮演的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="127"/>
        <source>&lt;b&gt;TRAINING&lt;/b&gt; · %1 · %2 · A sandbox: nothing done here reaches real customers, the grant log or the audit log.</source>
        <translation>&lt;b&gt;培训&lt;/b&gt; · %1 · %2 · 沙盒环境：这里的任何操作都不会影响真实客户、补偿记录或审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="133"/>
        <source>Training session</source>
        <translation>培训练习</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="134"/>
        <source>Trainer&apos;s &amp;briefing</source>
        <translation>培训师简报(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="135"/>
        <source>&amp;Approve or deny as supervisor…</source>
        <translation>以主管身份审批(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="136"/>
        <source>&amp;Finish and debrief</source>
        <translation>结束并复盘(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="154"/>
        <source>The customer has nothing more to say. Finish the session when ready.</source>
        <translation>客户没有更多要说的了。准备好后请结束练习。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="177"/>
        <source>You granted %1 %2.</source>
        <translation>您给予了 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="178"/>
        <source>You asked a supervisor to approve %1 %2.</source>
        <translation>您已提交主管审批 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="179"/>
        <source>The policy refused %1 %2.</source>
        <translation>政策拒绝了 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="201"/>
        <source>You handed the case to a supervisor.</source>
        <translation>您已将此案转交主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="215"/>
        <source>Trainer&apos;s briefing</source>
        <translation>培训师简报</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="234"/>
        <location filename="../../desktop/training_window.py" line="239"/>
        <location filename="../../desktop/training_window.py" line="273"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="234"/>
        <source>No approval request is waiting.</source>
        <translation>没有待审批的申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="240"/>
        <source>%1 asks to give %2 %3: “%4”</source>
        <translation>%1 申请给予%2 %3：“%4”</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="247"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="248"/>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="254"/>
        <source>Decided by the trainer in the training session.</source>
        <translation>由培训师在培训练习中审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="264"/>
        <source>The supervisor approved the request.</source>
        <translation>主管已批准该申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="266"/>
        <source>The supervisor denied the request.</source>
        <translation>主管已拒绝该申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="273"/>
        <source>Not decided: %1</source>
        <translation>未能审批：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="296"/>
        <source>Abandon the session?</source>
        <translation>放弃本次练习吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/training_window.py" line="297"/>
        <source>The session is not finished. Close it without a debrief?</source>
        <translation>练习尚未结束。不做复盘直接关闭吗？</translation>
    </message>
</context>
</TS>
