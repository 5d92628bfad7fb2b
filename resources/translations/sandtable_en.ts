<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoAccounts</name>
    <message>
        <location filename="../../app/demo_accounts.py" line="14"/>
        <source>Province supervisor, Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="15"/>
        <source>City supervisor, Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="16"/>
        <source>City supervisor, Shenzhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="17"/>
        <source>District supervisor, Tianhe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="18"/>
        <source>Enterprise administrator, general contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="19"/>
        <source>Wall display, whole province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="20"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../widgets/error_messages.py" line="21"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="23"/>
        <source>This account is locked after too many failed attempts. Try again later or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="27"/>
        <source>This account is waiting for approval by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="29"/>
        <source>This account has been disabled. Contact an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="31"/>
        <source>The registration of this account was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="38"/>
        <source>Cannot reach the server at {0}. Check the network or the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="40"/>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="42"/>
        <source>Access denied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="44"/>
        <source>Not found, or outside your data scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="46"/>
        <source>The server reported an error (HTTP {0}, {1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="49"/>
        <source>The server sent an unexpected answer; client and server versions may not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="50"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="25"/>
        <source>Search name, permit no., project code, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="28"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="30"/>
        <source>All project types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="33"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="48"/>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="20"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="21"/>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="22"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="23"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="24"/>
        <source>Completion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="25"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="26"/>
        <source>Municipal works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="27"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="28"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="29"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="30"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="31"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="32"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="33"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="34"/>
        <source>Province supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="35"/>
        <source>City supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="36"/>
        <source>District supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="37"/>
        <source>Enterprise administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="38"/>
        <source>Enterprise staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="39"/>
        <source>Wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="40"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="41"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="42"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="43"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="44"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="45"/>
        <source>Construction unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="46"/>
        <source>General contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="47"/>
        <source>Supervision unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48"/>
        <source>Survey unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="49"/>
        <source>Design unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50"/>
        <source>Testing agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="41"/>
        <source>Sandtable — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="45"/>
        <source>Construction Quality and Safety Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="50"/>
        <source>Server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="54"/>
        <source>Choose a demo account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="72"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="78"/>
        <source>Demo account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="81"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="82"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="137"/>
        <source>Enter a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../app/controller.py" line="186"/>
        <source>own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="191"/>
        <source>whole province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="42"/>
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="46"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="87"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="88"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="91"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="101"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="121"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="125"/>
        <source>● Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="130"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132"/>
        <source>Scope: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="141"/>
        <source>Sandtable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="44"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="74"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="78"/>
        <source>{0} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="79"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <location filename="../../widgets/paging_bar.py" line="18"/>
        <source>« First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="19"/>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="20"/>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="21"/>
        <source>Last »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="52"/>
        <source>{0} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="53"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../widgets/project_table_model.py" line="56"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="57"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="58"/>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="60"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="61"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="62"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="63"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="64"/>
        <source>General contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="65"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="67"/>
        <source>Cost (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <location filename="../../widgets/region_tree.py" line="24"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/region_tree.py" line="24"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/region_tree.py" line="24"/>
        <source>Under constr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
