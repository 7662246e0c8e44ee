<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/status_bar.py" line="27"/>
        <source>Shared database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="27"/>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="30"/>
        <source>Database in use: %1</source>
        <translation>Database in use: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status_bar.py" line="33"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="79"/>
        <source>Frontline Desk</source>
        <translation>Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="81"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="82"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="84"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="87"/>
        <source>&amp;About Frontline Desk</source>
        <translation>&amp;About Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="89"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="90"/>
        <source>The customer&apos;s history, value and alerts will appear here.</source>
        <translation>The customer&apos;s history, value and alerts will appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="93"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="93"/>
        <source>Search results and articles will appear here.</source>
        <translation>Search results and articles will appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="96"/>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="96"/>
        <source>What you may grant for this case will appear here.</source>
        <translation>What you may grant for this case will appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="102"/>
        <source>About Frontline Desk</source>
        <translation>About Frontline Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>&lt;h3&gt;Frontline Desk&lt;/h3&gt;&lt;p&gt;Knowledge, customer history and the authority to solve problems on the spot, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frontline Desk&lt;/h3&gt;&lt;p&gt;Knowledge, customer history and the authority to solve problems on the spot, in one window.&lt;/p&gt;</translation>
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
        <location filename="../../desktop/main.py" line="52"/>
        <source>Cannot open the database %1:
%2</source>
        <translation>Cannot open the database %1:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/main.py" line="66"/>
        <source>Frontline Desk cannot start</source>
        <translation>Frontline Desk cannot start</translation>
    </message>
</context>
</TS>
