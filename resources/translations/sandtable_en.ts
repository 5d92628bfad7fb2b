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
    <name>ExportController</name>
    <message>
        <location filename="../../app/export_controller.py" line="42"/>
        <location filename="../../app/export_controller.py" line="53"/>
        <source>Export project list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="43"/>
        <source>projects.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="43"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="49"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="52"/>
        <source>Fetching projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="71"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="76"/>
        <source>Fetched {0} of {1} projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="80"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="87"/>
        <source>Exported {0} projects to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="93"/>
        <source>Export map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="94"/>
        <source>map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="94"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="99"/>
        <source>Saving the map view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="105"/>
        <source>Saved the map view to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="119"/>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="26"/>
        <source>Search name, permit no., project code, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="29"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="31"/>
        <source>All project types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="35"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="51"/>
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
        <location filename="../../app/controller.py" line="287"/>
        <source>own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="292"/>
        <source>whole province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="53"/>
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="57"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="70"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="106"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="107"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="110"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="120"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="121"/>
        <source>Project list to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="123"/>
        <source>Map view to &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="129"/>
        <source>Map &amp;base layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="131"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132"/>
        <source>&amp;Search projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="135"/>
        <source>&amp;Back to previous project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="138"/>
        <source>&amp;Forward to next project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="194"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="198"/>
        <source>● Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="205"/>
        <source>Scope: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="214"/>
        <source>Sandtable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../app/map_controller.py" line="92"/>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="92"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="93"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="240"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="240"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="240"/>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="19"/>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="20"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="22"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="23"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="24"/>
        <source>Projects under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="29"/>
        <source>Colour markers by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="32"/>
        <source>Shade districts by:</source>
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
    <name>OverviewTab</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="59"/>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="60"/>
        <source>Construction permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="60"/>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="61"/>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>Project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="64"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="65"/>
        <source>Coordinates (WGS-84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="66"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="67"/>
        <source>Cost (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="68"/>
        <source>Planned start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="69"/>
        <source>Actual start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="84"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="84"/>
        <source>Participating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="85"/>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="85"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="85"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Note</source>
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
    <name>ProjectDossier</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="113"/>
        <source>Overview</source>
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
<context>
    <name>TileLayerDialog</name>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="33"/>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="36"/>
        <source>The address must contain {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="43"/>
        <source>Map base layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="45"/>
        <source>Show raster tiles from a tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="50"/>
        <source>WGS-84 / CGCS2000 (e.g. Tianditu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="51"/>
        <source>GCJ-02 (e.g. Amap, Tencent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="60"/>
        <source>URL template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="61"/>
        <source>Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="62"/>
        <source>Coordinate system:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../widgets/unit_picker.py" line="24"/>
        <source>Participating unit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
