<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseViews</name>
    <message>
        <location filename="../../widgets/cases/common.py" line="100"/>
        <source>{0} days overdue · escalation level {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="115"/>
        <source>only photos (JPEG, PNG) and PDF documents are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="117"/>
        <source>the file is larger than 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="118"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="120"/>
        <source>{0} cannot be uploaded: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../app/cases_controller.py" line="125"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeductionDecisionDialog</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="413"/>
        <source>Decide on a proposed deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="417"/>
        <source>Confirm deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="419"/>
        <source>Reject deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="424"/>
        <source>{0} points · {1}
Deducted from: {2}
Reason: {3}
Basis: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="428"/>
        <source>Comment (required when rejecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="442"/>
        <source>Say why the deduction is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../widgets/device_table_model.py" line="55"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="56"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="57"/>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="58"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="86"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="87"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="89"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="90"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="91"/>
        <source>Active warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="93"/>
        <source>Last values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftNoticeForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="257"/>
        <source>Draft rectification notice — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="261"/>
        <source>Hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="261"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="262"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="275"/>
        <source>(from the checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="280"/>
        <source>A finding outside the checklist needs its legal basis here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="289"/>
        <source>Order work to stop until rectified (stop-work order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="292"/>
        <source>Rectification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="295"/>
        <source>Findings to include (tick) — double-click a legal basis to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="310"/>
        <source>Finding {0} is outside the checklist: state its legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="314"/>
        <source>Choose at least one finding.</source>
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
    <name>EvidencePanel</name>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="76"/>
        <source>Evidence (photos JPEG/PNG or PDF, at most 20 MB each) — drop files here or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="77"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="79"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="84"/>
        <source>Uploading %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="118"/>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="123"/>
        <source>{0} ({1} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="152"/>
        <source>Choose evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="153"/>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
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
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="50"/>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="59"/>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="59"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="60"/>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="65"/>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="78"/>
        <source>deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="85"/>
        <source>Project: {0} · Source: {1} · Status: {2} · Assigned to: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="87"/>
        <source>No action taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="111"/>
        <source>Describe what was done about the warning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="117"/>
        <source>New inspection — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="130"/>
        <source>Names separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="136"/>
        <source>Add selected items as findings ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="138"/>
        <source>Add a finding outside the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="140"/>
        <source>Remove finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="143"/>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="143"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="144"/>
        <source>Hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="149"/>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="150"/>
        <source>Inspection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="151"/>
        <source>Inspected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="152"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="153"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="161"/>
        <source>Checklist items (double-click to record a finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="164"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="170"/>
        <source>Loading checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="202"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="222"/>
        <source>Name at least one inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="227"/>
        <source>Finding {0}: describe the problem found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="23"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="24"/>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="25"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="26"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="27"/>
        <source>Completion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="28"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="29"/>
        <source>Municipal works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="30"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="31"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="32"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="33"/>
        <location filename="../../widgets/labels.py" line="59"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="34"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="35"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="36"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="37"/>
        <source>Province supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="38"/>
        <source>City supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="39"/>
        <source>District supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="40"/>
        <source>Enterprise administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="41"/>
        <source>Enterprise staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="42"/>
        <source>Wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="43"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="44"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="45"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="46"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="47"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48"/>
        <source>Construction unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="49"/>
        <source>General contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50"/>
        <source>Supervision unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="51"/>
        <source>Survey unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="52"/>
        <source>Design unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="53"/>
        <source>Testing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="54"/>
        <source>Dust/noise monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="55"/>
        <source>Tower-crane monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="56"/>
        <source>Deep-pit point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="57"/>
        <source>High-formwork point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="58"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="60"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="61"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="62"/>
        <source>Indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="63"/>
        <source>Active, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="64"/>
        <source>Active, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="65"/>
        <source>Cleared, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="66"/>
        <source>Cleared, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="67"/>
        <source>Noise over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="68"/>
        <source>PM10 over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="69"/>
        <source>PM2.5 over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="70"/>
        <source>Crane moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="71"/>
        <source>Crane load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="72"/>
        <source>Crane wind speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="73"/>
        <source>Pit cumulative displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="74"/>
        <source>Pit displacement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="75"/>
        <source>Formwork cumulative settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="76"/>
        <source>Formwork settlement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="77"/>
        <location filename="../../widgets/labels.py" line="104"/>
        <source>Device offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="78"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="79"/>
        <source>Issued, awaiting rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="80"/>
        <source>Feedback submitted, awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="81"/>
        <location filename="../../widgets/labels.py" line="85"/>
        <source>Returned for further rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="82"/>
        <location filename="../../widgets/labels.py" line="99"/>
        <location filename="../../widgets/labels.py" line="102"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="83"/>
        <source>Issued the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="84"/>
        <source>Submitted rectification feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="86"/>
        <source>Accepted and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="87"/>
        <source>General hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="88"/>
        <source>Serious hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="89"/>
        <source>Major hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="90"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="91"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="92"/>
        <source>Dangerous sub-projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="93"/>
        <source>Lifting machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="94"/>
        <source>Dust and noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="95"/>
        <source>Comprehensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="96"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="97"/>
        <location filename="../../widgets/labels.py" line="100"/>
        <source>Urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="98"/>
        <location filename="../../widgets/labels.py" line="101"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="103"/>
        <source>Monitoring warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="105"/>
        <source>Notice overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="106"/>
        <source>Monthly progress missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="107"/>
        <source>Dangerous works plan not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="108"/>
        <source>Machinery certificate expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="109"/>
        <source>Quality test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="115"/>
        <source>PM10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="116"/>
        <source>PM2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="117"/>
        <source>TSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="118"/>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="119"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="120"/>
        <source>Humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="121"/>
        <source>Air pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="122"/>
        <source>Wind speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="123"/>
        <source>Wind direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="124"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="125"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="126"/>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="127"/>
        <source>Hook height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="128"/>
        <source>Slewing angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="129"/>
        <source>Tilt X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="130"/>
        <source>Tilt Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="131"/>
        <source>Cumulative displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="132"/>
        <source>Displacement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="133"/>
        <source>Axial force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <location filename="../../widgets/live_chart.py" line="227"/>
        <location filename="../../widgets/live_chart.py" line="362"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="228"/>
        <source>Freeze the chart; readings keep arriving in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="231"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="232"/>
        <source>Back to the last ten minutes, following new readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="362"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="502"/>
        <source>Connection to the server lost: reconnecting. The chart is not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="505"/>
        <source>No reading received since the chart opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="509"/>
        <source>Device silent for {0}; last reading at {1}. Data is stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="513"/>
        <source>Paused: readings keep arriving in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="544"/>
        <source>{0} level {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="563"/>
        <source>At or above the {0} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="570"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="571"/>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="571"/>
        <source>{0} s</source>
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
        <location filename="../../app/controller.py" line="304"/>
        <source>own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="309"/>
        <source>whole province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="56"/>
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="60"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="73"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="90"/>
        <source>Warnings inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="95"/>
        <source>Monitoring wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="120"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="121"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="124"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="134"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="135"/>
        <source>Project list to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="137"/>
        <source>Map view to &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="139"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="145"/>
        <source>Map &amp;base layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="147"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="148"/>
        <source>&amp;Search projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="151"/>
        <source>&amp;Back to previous project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="154"/>
        <source>&amp;Forward to next project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203"/>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="207"/>
        <source>&amp;My work (cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="223"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="227"/>
        <source>● Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="232"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="234"/>
        <source>Scope: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="243"/>
        <source>Sandtable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../app/map_controller.py" line="96"/>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="96"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="97"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="245"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="245"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="245"/>
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
    <name>MonitoringGrid</name>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="27"/>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="32"/>
        <source>Columns: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="68"/>
        <source>Showing {0} of {1} devices in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_grid.py" line="70"/>
        <source>%n device(s) in your scope, live.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="97"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="97"/>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="52"/>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="65"/>
        <source>Select one or more devices (Ctrl/Shift) to chart them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_tab.py" line="84"/>
        <source>%n monitoring device(s) on this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="141"/>
        <source>transmitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="141"/>
        <source>NOT transmitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="143"/>
        <source>{0}: {1}; last 24 h: {2} readings, data in {3:.1%} of the minutes, {4} silent stretch(es) of 10 min or more.</source>
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
    <name>NoticeDetail</name>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="117"/>
        <source>Stop-work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="122"/>
        <source>Preview / print notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="131"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="132"/>
        <source>Hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="133"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="134"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="155"/>
        <location filename="../../widgets/cases/notice_detail.py" line="260"/>
        <source>Comment (required when returning a notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="161"/>
        <source>Issue notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="162"/>
        <source>Return for further rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="163"/>
        <source>Accept and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="164"/>
        <source>Submit rectification feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="181"/>
        <source>&lt;b&gt;Rectification items&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="186"/>
        <source>&lt;b&gt;Case timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="202"/>
        <source>Loading notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="215"/>
        <location filename="../../widgets/cases/notice_detail.py" line="443"/>
        <source>Draft notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="216"/>
        <source>Stop-work rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="216"/>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="217"/>
        <source>(draft, numbered when issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="223"/>
        <source>Project: {0} · Addressed to: {1} · Issued by: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="235"/>
        <source>Closed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="237"/>
        <source>Overdue: deadline {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="242"/>
        <source>Deadline {0} ({1} days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="245"/>
        <source>Deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="259"/>
        <source>Describe the rectification done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="269"/>
        <source>Drafted the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="284"/>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="291"/>
        <source>Document {0} (not accessible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="293"/>
        <location filename="../../widgets/cases/notice_detail.py" line="344"/>
        <source>Document {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="359"/>
        <source>Say what is still to be done before returning the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="364"/>
        <source>Attach at least one photo or document as evidence of the rectification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="409"/>
        <source>Done: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="61"/>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>Construction permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63"/>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="64"/>
        <source>Project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="65"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="66"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="67"/>
        <source>Coordinates (WGS-84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="68"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="69"/>
        <source>Cost (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="70"/>
        <source>Planned start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="71"/>
        <source>Actual start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Participating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <location filename="../../widgets/paging_bar.py" line="20"/>
        <source>« First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="21"/>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="22"/>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="23"/>
        <source>Last »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="54"/>
        <source>{0} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="55"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="35"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="37"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="39"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="52"/>
        <source>{0} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="53"/>
        <source>The PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="86"/>
        <source>Save notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="87"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDossier</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="116"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="122"/>
        <source>Monitoring</source>
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
    <name>PunishmentForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="339"/>
        <source>Record administrative punishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="345"/>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="350"/>
        <source>(not linked to a notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="361"/>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="366"/>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="367"/>
        <source>Punished unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="368"/>
        <source>Punished person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="369"/>
        <source>Related notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="370"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="371"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="372"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="373"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="381"/>
        <source>Enter the decision number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="383"/>
        <source>Enter the legal basis of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="385"/>
        <source>Name the punished unit or person.</source>
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
    <name>SupervisionTab</name>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="78"/>
        <source>New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="80"/>
        <source>Draft notice from inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="82"/>
        <source>Record punishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="84"/>
        <source>Confirm / reject deduction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="93"/>
        <source>Inspected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="94"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="95"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="96"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="97"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="100"/>
        <source>Notice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="100"/>
        <source>(draft, unnumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="101"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="125"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="102"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="126"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="103"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="127"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="105"/>
        <source>Stop work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="105"/>
        <source>Stop-work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="106"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="109"/>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="110"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="111"/>
        <source>Fine (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="112"/>
        <source>Punished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="113"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="116"/>
        <source>Occurred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="117"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="118"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="119"/>
        <source>Deducted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="120"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="123"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="124"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="131"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="131"/>
        <source>Rectification notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="132"/>
        <source>Punishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="132"/>
        <source>Point deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="133"/>
        <source>Warning follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="208"/>
        <source>Open major hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="209"/>
        <source>Open serious hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="210"/>
        <source>Overdue notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="211"/>
        <source>Escalated notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="212"/>
        <source>Stop-work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="213"/>
        <source>Points deducted (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="214"/>
        <source>Active monitoring warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="215"/>
        <source>Exceedances (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="216"/>
        <source>Dangerous works in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="220"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="220"/>
        <source>no open risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="231"/>
        <source>Proposed, awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="231"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="232"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="271"/>
        <source>Select an inspection with findings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="290"/>
        <source>Select a proposed deduction first.</source>
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
<context>
    <name>WarningTableModel</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="81"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="83"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="84"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="85"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="86"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="87"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="88"/>
        <source>Value / level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="89"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="90"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="91"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsInbox</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="204"/>
        <source>Needs attention (unacknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="206"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="208"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="223"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="227"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="231"/>
        <source>Project, region or device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="233"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="258"/>
        <source>Comment (required), e.g. what was done on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="262"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="267"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/warnings_inbox.py" line="322"/>
        <source>%n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="327"/>
        <source>Warning {0} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="359"/>
        <source>Select a warning to see it and acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="361"/>
        <source>{0} — acknowledged by {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="373"/>
        <source>Acknowledging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="102"/>
        <source>{0} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="123"/>
        <source>Notices to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="124"/>
        <location filename="../../widgets/cases/work_queue.py" line="130"/>
        <source>Overdue notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="125"/>
        <source>Follow-ups assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="126"/>
        <source>Urged follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="129"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="131"/>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="132"/>
        <source>Warnings to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="133"/>
        <source>Answered warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="134"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="139"/>
        <source>Notice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="139"/>
        <source>(draft, unnumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="140"/>
        <location filename="../../widgets/cases/work_queue.py" line="152"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="141"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="142"/>
        <location filename="../../widgets/cases/work_queue.py" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="143"/>
        <location filename="../../widgets/cases/work_queue.py" line="156"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="144"/>
        <location filename="../../widgets/cases/work_queue.py" line="157"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="146"/>
        <source>Stop work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="146"/>
        <source>Stop-work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="151"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="153"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="155"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
