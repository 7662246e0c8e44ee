<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="27"/>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="27"/>
        <source>Embedded database</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="30"/>
        <source>Database in use: %1</source>
        <translation>正在使用的数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="33"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="79"/>
        <source>Frontline Desk</source>
        <translation>前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="82"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="84"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="87"/>
        <source>&amp;About Frontline Desk</source>
        <translation>关于前线服务台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="89"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>The customer&apos;s history, value and alerts will appear here.</source>
        <translation>客户的历史记录、价值和提醒将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="93"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="93"/>
        <source>Search results and articles will appear here.</source>
        <translation>搜索结果和文章将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="96"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="96"/>
        <source>What you may grant for this case will appear here.</source>
        <translation>您在本案例中可以给予的补偿将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="102"/>
        <source>About Frontline Desk</source>
        <translation>关于前线服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>&lt;h3&gt;Frontline Desk&lt;/h3&gt;&lt;p&gt;Knowledge, customer history and the authority to solve problems on the spot, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;前线服务台&lt;/h3&gt;&lt;p&gt;知识、客户历史和当场解决问题的授权，尽在一个窗口。&lt;/p&gt;</translation>
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
        <location filename="../../desktop/main.py" line="52"/>
        <source>Cannot open the database %1:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/main.py" line="66"/>
        <source>Frontline Desk cannot start</source>
        <translation>前线服务台无法启动</translation>
    </message>
</context>
</TS>
