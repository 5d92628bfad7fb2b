<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptanceForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="204"/>
        <source>Sub-divisional work acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="210"/>
        <source>Participating units or people, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="211"/>
        <source>Accepted as qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="214"/>
        <source>Sub-divisional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="215"/>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="216"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="217"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="218"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="225"/>
        <source>Name the sub-divisional work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="228"/>
        <source>List who took part in the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="232"/>
        <source>Say why the work was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicInfoForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="62"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="68"/>
        <source> ×10k yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="69"/>
        <location filename="../../widgets/reporting/project_forms.py" line="70"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="72"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="72"/>
        <location filename="../../widgets/reporting/project_forms.py" line="77"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="77"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="78"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="78"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="80"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="82"/>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="92"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="93"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="94"/>
        <source>Floor area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="95"/>
        <source>Construction cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="96"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="97"/>
        <source>Leave unticked while the date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="98"/>
        <source>Planned completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="99"/>
        <source>Participating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="100"/>
        <source>Units are changed by the construction unit through the supervision agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="101"/>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="102"/>
        <source>Project manager, chief supervising engineer and full-time safety officers, each with a certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="105"/>
        <source>Loading the project&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="164"/>
        <source>Row {0}: enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="166"/>
        <source>Row {0}: {1} needs a certificate number (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="169"/>
        <source>Row {0}: certificate number {1} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="172"/>
        <source>Row {0}: choose the unit {1} works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="181"/>
        <source>The project&apos;s data is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="185"/>
        <source>The project name needs 4 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="187"/>
        <source>The address needs 4 to 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="190"/>
        <source>The planned completion ({0}) is before the planned start ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <location filename="../../widgets/common/formatting.py" line="24"/>
        <source>{0} days overdue · escalation level {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="30"/>
        <source>only photos (JPEG, PNG) and PDF documents are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="31"/>
        <source>only JPEG or PNG photos are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="32"/>
        <source>only a PDF document is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="33"/>
        <source>the file is larger than 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="34"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="35"/>
        <source>the photo cannot be opened: the file is damaged or not a complete JPEG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="67"/>
        <source>{0} cannot be uploaded: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../app/cases_controller.py" line="131"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesScene</name>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="40"/>
        <source>Level 1 · reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="40"/>
        <source>Level 2 · escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="40"/>
        <source>Level 3 · enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="96"/>
        <source>Nothing overdue: every rectification notice is within its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="102"/>
        <source>Follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="154"/>
        <source>{0} more cities: {1} notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="178"/>
        <source>Case pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="188"/>
        <source>Overdue rectification notices by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="208"/>
        <source>Overdue notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="223"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="228"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="229"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="236"/>
        <source>Verification backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="239"/>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityRanking</name>
    <message>
        <location filename="../../widgets/wall/kpi.py" line="159"/>
        <source>Active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi.py" line="159"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi.py" line="159"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DangerousWorkForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="64"/>
        <source>Excavation depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="65"/>
        <source>Erection height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="66"/>
        <source>Erection span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="67"/>
        <source>Total construction load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="68"/>
        <source>Concentrated line load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="69"/>
        <source>Weight of a single lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="70"/>
        <source>Lifting capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="71"/>
        <source>Total installation height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="72"/>
        <source>Lifting height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="73"/>
        <source>Height of one cantilevered segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="74"/>
        <source>Installation height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="75"/>
        <source>Special structure (bridge, viaduct, chimney, water tower, flammable or explosive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="89"/>
        <source>{0} is always a {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="105"/>
        <source>Dangerous sub-project registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="109"/>
        <source>e.g. 1# building foundation pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="120"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="121"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="122"/>
        <source>Scale parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="123"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="124"/>
        <source>Under 建办质〔2018〕31号; a work beyond a certain scale needs an expert review of its special plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="126"/>
        <source>Location on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="127"/>
        <source>Planned start of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="128"/>
        <source>Planned end of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="158"/>
        <source>No scale parameters: the type decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="183"/>
        <source>Enter at least one scale parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="189"/>
        <source>Below the thresholds: this is not a dangerous sub-project and is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="197"/>
        <source>Name the work (at least 2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="201"/>
        <source>These values stay below the thresholds of a dangerous sub-project; check them or do not register the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="204"/>
        <source>Enter at least one scale parameter for a {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="207"/>
        <source>The operation cannot end ({0}) before it starts ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeductionDecisionDialog</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="534"/>
        <source>Decide on a proposed deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="539"/>
        <source>Confirm deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="541"/>
        <source>Reject deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="546"/>
        <source>{0} points · {1}
Deducted from: {2}
Reason: {3}
Basis: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="550"/>
        <source>Comment (required when rejecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="564"/>
        <source>Say why the deduction is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <location filename="../../app/demo_accounts.py" line="15"/>
        <source>Province supervisor, Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="16"/>
        <source>City supervisor, Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="17"/>
        <source>City supervisor, Shenzhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="18"/>
        <source>District supervisor, Tianhe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="19"/>
        <source>Enterprise administrator, general contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="20"/>
        <source>Wall display, whole province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="21"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../widgets/device_table_model.py" line="51"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="52"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="53"/>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="54"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="75"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="76"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="81"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="82"/>
        <source>Active warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="85"/>
        <source>Last values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftNoticeForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="410"/>
        <source>Draft rectification notice — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="414"/>
        <source>Hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="414"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="415"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="428"/>
        <source>(from the checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="433"/>
        <source>A finding outside the checklist needs its legal basis here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="442"/>
        <source>Order work to stop until rectified (stop-work order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="447"/>
        <source>Rectification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="444"/>
        <source>Findings to include (tick) — double-click a legal basis to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="460"/>
        <source>Finding {0} is outside the checklist: state its legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="465"/>
        <source>Choose at least one finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseWorkspace</name>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="66"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="68"/>
        <source>Settle selected item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="70"/>
        <location filename="../../widgets/reporting/workspace.py" line="277"/>
        <source>Resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="72"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="87"/>
        <source>My projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="87"/>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="88"/>
        <source>Returned items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="115"/>
        <location filename="../../widgets/reporting/workspace.py" line="150"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="116"/>
        <source>{0} waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="117"/>
        <source>{0} returned — action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="118"/>
        <source>Basic information not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="124"/>
        <location filename="../../widgets/reporting/workspace.py" line="155"/>
        <location filename="../../widgets/reporting/workspace.py" line="167"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="125"/>
        <source>City / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="127"/>
        <source>Construction permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="127"/>
        <source>not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="128"/>
        <location filename="../../widgets/reporting/workspace.py" line="158"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="136"/>
        <source>Progress photos for {0} not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="137"/>
        <source>No safety officer duty recorded in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="138"/>
        <source>Dangerous sub-project “{0}” is planned to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="139"/>
        <source>Dangerous sub-project “{0}” is planned to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="140"/>
        <source>Special plan of “{0}” is not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="141"/>
        <source>Inspection certificate of {0} expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="142"/>
        <source>Inspection certificate of {0} has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="143"/>
        <source>{1} of {0} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="150"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="154"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="156"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="166"/>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="168"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="169"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="170"/>
        <source>Supervisor&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="234"/>
        <source>Select a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="251"/>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="251"/>
        <source>Returned: {0}
What did you correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="260"/>
        <source>Say what you corrected before resubmitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="273"/>
        <source>Open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="275"/>
        <source>Settle this item…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="427"/>
        <source>Lifting equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="441"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="442"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="443"/>
        <source>Use registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="444"/>
        <source>Property record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="445"/>
        <source>Rated lifting capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="446"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="447"/>
        <source>Inspection certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="448"/>
        <source>Certificate valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="449"/>
        <source>Monitoring device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="450"/>
        <source>Optional: links a tower crane to its safety-monitoring device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="458"/>
        <source>Enter the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="460"/>
        <source>Enter the use registration number (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="462"/>
        <source>The rated capacity must be above 0 kN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="464"/>
        <source>Enter the manufacturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="466"/>
        <source>Enter the inspection certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="469"/>
        <source>The inspection certificate expired on {0}: the machine may not be used until it is inspected again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../app/error_text.py" line="116"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="118"/>
        <source>The server is busy with other sign-ins. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="120"/>
        <source>Too many failed attempts. Wait a few minutes and try again, or ask an administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="123"/>
        <source>This account is waiting for approval by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="124"/>
        <source>This account has been disabled. Contact an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="125"/>
        <source>The registration of this account was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="92"/>
        <source>Cannot reach the server at {0}. Check the network or the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="98"/>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="100"/>
        <source>Access denied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="102"/>
        <source>Not found, or outside your data scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="107"/>
        <source>The server reported an error (HTTP {0}, {1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="109"/>
        <source>The server sent an unexpected answer; client and server versions may not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="110"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../widgets/common/evidence.py" line="84"/>
        <source>Evidence (photos JPEG/PNG or PDF, at most 20 MB each) — drop files here or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/evidence.py" line="86"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="135"/>
        <location filename="../../widgets/common/evidence.py" line="88"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="217"/>
        <location filename="../../widgets/common/evidence.py" line="93"/>
        <source>Uploading %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="72"/>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="153"/>
        <location filename="../../widgets/common/evidence.py" line="126"/>
        <source>{0} ({1} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/evidence.py" line="154"/>
        <source>Choose evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/evidence.py" line="83"/>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/export_controller.py" line="43"/>
        <location filename="../../app/export_controller.py" line="54"/>
        <source>Export project list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="44"/>
        <source>projects.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="44"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="50"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="53"/>
        <source>Fetching projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="72"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="77"/>
        <source>Fetched {0} of {1} projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="81"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="88"/>
        <source>Exported {0} projects to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="94"/>
        <source>Export map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="95"/>
        <source>map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="95"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="100"/>
        <source>Saving the map view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="106"/>
        <source>Saved the map view to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="120"/>
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
    <name>FindingPhotos</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="133"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="165"/>
        <source>Choose photos of this finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="51"/>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="60"/>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="60"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="61"/>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="66"/>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="79"/>
        <source>deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="86"/>
        <source>Project: {0} · Source: {1} · Status: {2} · Assigned to: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="88"/>
        <source>No action taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="105"/>
        <source>Describe what was done about the warning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../widgets/common/form_dialog.py" line="161"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/form_dialog.py" line="178"/>
        <source>Still sending: the form closes when the server has answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridScene</name>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="35"/>
        <source>Live monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="43"/>
        <location filename="../../widgets/wall/grid_scene.py" line="79"/>
        <source>No devices to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="81"/>
        <source>Showing {0} of {1} devices, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="83"/>
        <source>All {0} devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="142"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="142"/>
        <source>● Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="181"/>
        <source>New inspection — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="196"/>
        <source>Names separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="202"/>
        <source>Add selected items as findings ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="204"/>
        <source>Add a finding outside the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="206"/>
        <source>Remove finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="209"/>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="209"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="210"/>
        <source>Hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="210"/>
        <source>Photos (JPEG/PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="220"/>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="221"/>
        <source>Inspection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="222"/>
        <source>Inspected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="223"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="224"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="230"/>
        <source>Checklist items (double-click to record a finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="233"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="237"/>
        <source>Loading checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="269"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="320"/>
        <source>Finding {0}: at most {1} photos; {2} not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="327"/>
        <source>Finding {0}, photos not added:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="351"/>
        <source>Photo {0} could not be uploaded: {1}
Nothing was recorded; press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="375"/>
        <source>Uploading photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="387"/>
        <source>Name at least one inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="393"/>
        <source>Finding {0}: describe the problem found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="47"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48"/>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="49"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="51"/>
        <source>Completion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="52"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="53"/>
        <source>Municipal works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="54"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="55"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="56"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="57"/>
        <location filename="../../widgets/labels.py" line="83"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="58"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="59"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="60"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="61"/>
        <source>Province supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="62"/>
        <source>City supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="63"/>
        <source>District supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="64"/>
        <source>Enterprise administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="65"/>
        <source>Enterprise staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="66"/>
        <source>Wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="67"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="68"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="70"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="71"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="72"/>
        <source>Construction unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="73"/>
        <source>General contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="74"/>
        <source>Supervision unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="75"/>
        <source>Survey unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="76"/>
        <source>Design unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="77"/>
        <source>Testing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="78"/>
        <source>Dust/noise monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="79"/>
        <source>Tower-crane monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="80"/>
        <source>Deep-pit point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="81"/>
        <source>High-formwork point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="82"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="84"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="85"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="86"/>
        <source>Indeterminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="87"/>
        <source>Active, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="88"/>
        <source>Active, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="89"/>
        <source>Cleared, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="90"/>
        <source>Cleared, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="91"/>
        <source>Noise over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="92"/>
        <source>PM10 over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="93"/>
        <source>PM2.5 over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="94"/>
        <source>Crane moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="95"/>
        <source>Crane load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="96"/>
        <source>Crane wind speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="97"/>
        <source>Pit cumulative displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="98"/>
        <source>Pit displacement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="99"/>
        <source>Formwork cumulative settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="100"/>
        <source>Formwork settlement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="101"/>
        <location filename="../../widgets/labels.py" line="128"/>
        <source>Device offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="102"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="103"/>
        <source>Issued, awaiting rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="104"/>
        <source>Feedback submitted, awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="105"/>
        <location filename="../../widgets/labels.py" line="109"/>
        <source>Returned for further rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="106"/>
        <location filename="../../widgets/labels.py" line="123"/>
        <location filename="../../widgets/labels.py" line="126"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="107"/>
        <source>Issued the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="108"/>
        <source>Submitted rectification feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="110"/>
        <source>Accepted and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="111"/>
        <source>General hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="112"/>
        <source>Serious hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="113"/>
        <source>Major hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="114"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="115"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="116"/>
        <source>Dangerous sub-projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="117"/>
        <location filename="../../widgets/labels.py" line="141"/>
        <source>Lifting machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="118"/>
        <source>Dust and noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="119"/>
        <source>Comprehensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="120"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="121"/>
        <location filename="../../widgets/labels.py" line="124"/>
        <source>Urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="122"/>
        <location filename="../../widgets/labels.py" line="125"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="127"/>
        <source>Monitoring warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="129"/>
        <source>Notice overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="130"/>
        <source>Monthly progress missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="131"/>
        <source>Dangerous works plan not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="132"/>
        <source>Machinery certificate expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="133"/>
        <source>Quality test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="134"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="135"/>
        <source>Construction permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="136"/>
        <source>Site position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="137"/>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="138"/>
        <source>Monthly image progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="139"/>
        <location filename="../../widgets/labels.py" line="160"/>
        <source>Dangerous sub-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="140"/>
        <source>Special construction plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="142"/>
        <source>Machinery operation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="143"/>
        <source>Material entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="144"/>
        <source>Material test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="145"/>
        <source>Sub-divisional acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="146"/>
        <source>Safety duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="147"/>
        <source>Safety standardisation assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="148"/>
        <source>Submitted, awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="149"/>
        <location filename="../../widgets/labels.py" line="153"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="150"/>
        <source>Resubmitted, awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="151"/>
        <location filename="../../widgets/labels.py" line="152"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="154"/>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="155"/>
        <source>No capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="156"/>
        <source>Taken outside the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="157"/>
        <source>No GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="158"/>
        <source>More than 1 km from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="159"/>
        <source>Below the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="161"/>
        <source>Beyond-scale dangerous sub-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="162"/>
        <source>Foundation pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="163"/>
        <source>Formwork support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="164"/>
        <source>Tool formwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="165"/>
        <source>Non-standard lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="166"/>
        <source>Crane installation and dismantling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="167"/>
        <source>Floor-standing scaffolding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="168"/>
        <source>Attached lifting scaffold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="169"/>
        <source>Cantilever scaffold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="170"/>
        <source>Suspended platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="171"/>
        <source>Demolition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="172"/>
        <source>Underground excavation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="173"/>
        <source>Curtain wall installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="174"/>
        <source>Manually dug pile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="175"/>
        <source>Tower crane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="176"/>
        <source>Construction hoist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="177"/>
        <source>Gantry crane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="178"/>
        <source>Material hoist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="179"/>
        <source>Bridge-erecting machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="180"/>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="181"/>
        <source>Wall attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="182"/>
        <source>Jacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="183"/>
        <source>Lowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="184"/>
        <source>Dismantling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="185"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="186"/>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="187"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="188"/>
        <source>Concrete compressive strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="189"/>
        <source>Rebar tensile test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="190"/>
        <source>Rebar welds and couplers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="191"/>
        <source>Waterproofing material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="192"/>
        <source>Cement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="193"/>
        <source>Masonry units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="194"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="195"/>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="196"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="197"/>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="198"/>
        <source>Start of construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="199"/>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="200"/>
        <source>Resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="201"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="202"/>
        <source>Completion acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="203"/>
        <source>WGS-84 (GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="204"/>
        <source>CGCS2000 (Tianditu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="205"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="206"/>
        <source>BD-09 (Baidu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="207"/>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="208"/>
        <source>Chief supervising engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="209"/>
        <source>Full-time safety officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="215"/>
        <source>PM10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="216"/>
        <source>PM2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="217"/>
        <source>TSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="218"/>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="219"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="220"/>
        <source>Humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="221"/>
        <source>Air pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="222"/>
        <source>Wind speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="223"/>
        <source>Wind direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="224"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="225"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="226"/>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="227"/>
        <source>Hook height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="228"/>
        <source>Slewing angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="229"/>
        <source>Tilt X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="230"/>
        <source>Tilt Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="231"/>
        <source>Cumulative displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="232"/>
        <source>Displacement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="233"/>
        <source>Axial force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <location filename="../../widgets/live_chart.py" line="165"/>
        <location filename="../../widgets/live_chart.py" line="287"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="166"/>
        <source>Freeze the chart; readings keep arriving in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="169"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="170"/>
        <source>Back to the last ten minutes, following new readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="287"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="415"/>
        <source>Connection to the server lost: reconnecting. The chart is not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="417"/>
        <source>No reading received since the chart opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="420"/>
        <source>Device silent for {0}; last reading at {1}. Data is stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="423"/>
        <source>Paused: readings keep arriving in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="453"/>
        <source>{0} level {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="473"/>
        <source>At or above the {0} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="480"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="481"/>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="481"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocatorMap</name>
    <message>
        <location filename="../../widgets/locator_map.py" line="31"/>
        <source>Click to place the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="39"/>
        <source>Sandtable — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="43"/>
        <source>Construction Quality and Safety Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="48"/>
        <source>Server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="52"/>
        <source>Choose a demo account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="70"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="76"/>
        <source>Demo account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="79"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="80"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="136"/>
        <source>Enter a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../app/controller.py" line="408"/>
        <source>own unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="413"/>
        <source>whole province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="72"/>
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="76"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="89"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="112"/>
        <source>Warnings inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="117"/>
        <source>Monitoring wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="142"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="143"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="146"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="156"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="157"/>
        <source>Project list to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="159"/>
        <source>Map view to &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="167"/>
        <source>Map &amp;base layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="169"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="170"/>
        <source>&amp;Search projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="173"/>
        <source>&amp;Back to previous project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="176"/>
        <source>&amp;Forward to next project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="225"/>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="225"/>
        <source>&amp;My work (cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="254"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="256"/>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="258"/>
        <source>● Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="260"/>
        <source>● Reconnecting since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="262"/>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="272"/>
        <source>Data may be out of date: the connection to the server was interrupted (since {0}). Everything reloads by itself once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="278"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="280"/>
        <source>Scope: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="289"/>
        <source>Sandtable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../app/map_controller.py" line="101"/>
        <source>Project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="101"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="102"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="102"/>
        <source>Active monitoring warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="274"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="274"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="274"/>
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
        <location filename="../../widgets/map_toolbar.py" line="25"/>
        <source>Projects with active warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="30"/>
        <source>Colour markers by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="33"/>
        <source>Shade districts by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialEntryForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="47"/>
        <source>Material entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="59"/>
        <source>Quality certificate numbers, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="61"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="62"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="63"/>
        <source>Batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="64"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="65"/>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="66"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="67"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="68"/>
        <source>Entered site on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="77"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="79"/>
        <source>The quantity must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="82"/>
        <source>Enter at least one quality certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialTestForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="99"/>
        <source>Material test (witness sampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="113"/>
        <location filename="../../widgets/reporting/records_forms.py" line="164"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="116"/>
        <source>Material entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="117"/>
        <source>Testing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="118"/>
        <source>Test item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="119"/>
        <source>Sample no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="120"/>
        <source>Sampled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="121"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="122"/>
        <source>Test report no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="123"/>
        <source>Strength grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="124"/>
        <source>Measured strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="125"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="127"/>
        <source>Result remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="133"/>
        <source>Loading testing agencies and material entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="141"/>
        <source>(not linked to an entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="144"/>
        <source>No testing agency is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="165"/>
        <source>Failed — a quality warning is raised for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="171"/>
        <source>Choose the testing agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="174"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="177"/>
        <source>Tested ({0}) before the sample was taken ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="182"/>
        <source>Enter the strength grade, e.g. C30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="184"/>
        <source>Enter the measured compressive strength in MPa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringGrid</name>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="28"/>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="33"/>
        <source>Columns: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="71"/>
        <source>Showing {0} of {1} devices in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_grid.py" line="73"/>
        <source>%n device(s) in your scope, live.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="104"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="104"/>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="54"/>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="67"/>
        <source>Select one or more devices (Ctrl/Shift) to chart them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_tab.py" line="86"/>
        <source>%n monitoring device(s) on this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="147"/>
        <source>transmitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="147"/>
        <source>NOT transmitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="149"/>
        <source>{0}: {1}; last 24 h: {2} readings, data in {3:.1%} of the minutes, {4} silent stretch(es) of 10 min or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReviewDialog</name>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="51"/>
        <source>Monthly review — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="64"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="69"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="70"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="70"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="70"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="72"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="77"/>
        <source>Remark of the review (what was found, what to follow up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="79"/>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="98"/>
        <source>Monthly image progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="99"/>
        <source>Reports waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="100"/>
        <source>Special plans of dangerous works in operation approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="101"/>
        <source>Lifting machinery inspection certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="102"/>
        <source>Witnessed sampling tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="103"/>
        <source>Safety personnel on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="104"/>
        <source>Safety standardisation assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="121"/>
        <source>Reviewed by {0} on {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="124"/>
        <source>Not reviewed yet · {0} item(s) need attention (live checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="143"/>
        <source>Review of {0} recorded.</source>
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
        <location filename="../../widgets/cases/notice_detail.py" line="53"/>
        <source>Stop-work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="57"/>
        <source>Preview / print notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="62"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="63"/>
        <source>Hazard level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="64"/>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="65"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="86"/>
        <location filename="../../widgets/cases/notice_detail.py" line="148"/>
        <source>Comment (required when returning a notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="90"/>
        <source>Issue notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="91"/>
        <source>Return for further rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="92"/>
        <source>Accept and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="93"/>
        <source>Submit rectification feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="81"/>
        <source>&lt;b&gt;Rectification items&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="45"/>
        <source>&lt;b&gt;Case timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="96"/>
        <source>Loading notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="108"/>
        <location filename="../../widgets/cases/notice_detail.py" line="205"/>
        <source>Draft notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="109"/>
        <source>Stop-work rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="109"/>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="110"/>
        <source>(draft, numbered when issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="116"/>
        <source>Project: {0} · Addressed to: {1} · Issued by: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="128"/>
        <source>Closed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="130"/>
        <source>Overdue: deadline {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="135"/>
        <source>Deadline {0} ({1} days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="138"/>
        <source>Deadline {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="147"/>
        <source>Describe the rectification done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="155"/>
        <source>Drafted the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="164"/>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/lifecycle_detail.py" line="243"/>
        <source>Document {0} (not accessible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/lifecycle_detail.py" line="245"/>
        <location filename="../../widgets/common/lifecycle_detail.py" line="257"/>
        <source>Document {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="170"/>
        <source>Say what is still to be done before returning the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="172"/>
        <source>Attach at least one photo or document as evidence of the rectification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="189"/>
        <source>Done: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="484"/>
        <source>Lifting equipment operation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="493"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="493"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="493"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="495"/>
        <source>Add crew member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="502"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="503"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="504"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="505"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="506"/>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="506"/>
        <source>Installers and signallers with their special operations certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="508"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="510"/>
        <source>Loading the project&apos;s lifting equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="516"/>
        <source>Register the lifting equipment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="527"/>
        <source>Choose the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="530"/>
        <source>The operation cannot end ({0}) before it starts ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="539"/>
        <source>Row {0}: name, trade and certificate number (at least 4 characters) are all needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="544"/>
        <source>List at least one certified crew member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationPeriodForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="388"/>
        <source>Actual operation period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="389"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="390"/>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="404"/>
        <source>Choose the dangerous sub-project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="408"/>
        <source>Report the start, the end or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="410"/>
        <source>The start {0} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="413"/>
        <source>The end {0} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="415"/>
        <source>The operation cannot end before it started ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewScene</name>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="27"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="28"/>
        <source>Active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="30"/>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="31"/>
        <source>Stop-work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="32"/>
        <source>Overdue notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="34"/>
        <source>Devices online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="35"/>
        <source>Follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="48"/>
        <source>Projects and active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="49"/>
        <source>Cities by pressure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63"/>
        <source>Construction permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63"/>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="64"/>
        <location filename="../../widgets/project_dossier.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="65"/>
        <source>Project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="66"/>
        <source>Safety risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="67"/>
        <source>Risk score / supervisor&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="68"/>
        <source>{0:.1f} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="69"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="70"/>
        <source>Coordinates (WGS-84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="71"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="72"/>
        <source>Cost (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="73"/>
        <source>Planned start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="74"/>
        <source>Actual start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Participating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="91"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="91"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="91"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="92"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="93"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="93"/>
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
        <location filename="../../widgets/common/pdf_preview.py" line="36"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="38"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="53"/>
        <source>{0} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="54"/>
        <source>The PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="87"/>
        <source>Save notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="88"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermitForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="207"/>
        <source>Enter the construction permit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="209"/>
        <source>A construction permit number has exactly 18 digits (you entered {0} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="214"/>
        <source>Digits 7–14 must be the issue date (yyyymmdd); {0} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="216"/>
        <source>The issue year must be 19xx or 20xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="222"/>
        <source>Construction permit binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="226"/>
        <source>Construction permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="227"/>
        <source>18 digits: district code (6) + issue date yyyymmdd (8) + sequence (4). One permit binds to one project only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="74"/>
        <source>Taken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="76"/>
        <source>{0:.2f} km from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="89"/>
        <source>the data is not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="94"/>
        <source>{0} of {1} thumbnails could not be loaded: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoUploadDialog</name>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="64"/>
        <source>Monthly progress photos — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="75"/>
        <source>e.g. main structure at the 12th floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="76"/>
        <source>JPEG or PNG photos, at most 20 MB each — drop them here or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="166"/>
        <location filename="../../widgets/reporting/photo_upload.py" line="77"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="83"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="83"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="83"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="84"/>
        <source>Taken at (EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="84"/>
        <source>From site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="85"/>
        <source>Flags for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="92"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="99"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="100"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="127"/>
        <source>%p% — photo 1 of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="153"/>
        <location filename="../../widgets/reporting/photo_upload.py" line="168"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="166"/>
        <source>%p% — photo {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="169"/>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="178"/>
        <source>Not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="181"/>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="181"/>
        <source>Stored, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="184"/>
        <source>{0:.2f} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="186"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="194"/>
        <source>{0} of {1} photos stored for {2}; {3} flagged for the supervisor. The month&apos;s report waits for verification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="248"/>
        <source>Map position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="263"/>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="264"/>
        <source>Amap and Tencent use GCJ-02, Baidu uses BD-09; GPS devices and Tianditu use WGS-84/CGCS2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="266"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="267"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="268"/>
        <source>WGS-84</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="303"/>
        <source>Longitude and latitude look swapped: Guangdong lies near longitude 110–117 °E, latitude 20–26 °N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="305"/>
        <source>({0}, {1}) is not a position in China.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="53"/>
        <source>Monthly progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="54"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="55"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="56"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="58"/>
        <location filename="../../widgets/reporting/progress_tab.py" line="75"/>
        <location filename="../../widgets/reporting/progress_tab.py" line="85"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="66"/>
        <source>Unverified proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="67"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="68"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="68"/>
        <source>Unverified — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="70"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="72"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="73"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="75"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="76"/>
        <source>Unverified — awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="78"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="79"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="81"/>
        <source>Basic information versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="82"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="83"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="84"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="93"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="93"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="94"/>
        <source>Floor area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="94"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="95"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="95"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="96"/>
        <source>Participating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="96"/>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="100"/>
        <source>first confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="101"/>
        <source>no change (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="108"/>
        <source>{0:.6f}, {1:.6f} (WGS-84; entered in {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="113"/>
        <source>version {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="135"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="136"/>
        <source>{0} proposal(s) waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="137"/>
        <source>nothing waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="138"/>
        <source>Verified data (shown on the sand table): status {0} · permit {1} · basic information version {2} — {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDossier</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="119"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="125"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../widgets/project_table_model.py" line="48"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="49"/>
        <source>Permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="50"/>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="52"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="53"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="55"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="56"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="57"/>
        <source>General contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="59"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="61"/>
        <source>Cost (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="89"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="89"/>
        <source>Current (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="90"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="90"/>
        <location filename="../../widgets/reporting/proposal.py" line="116"/>
        <location filename="../../widgets/reporting/proposal.py" line="248"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="117"/>
        <location filename="../../widgets/reporting/proposal.py" line="221"/>
        <location filename="../../widgets/reporting/proposal.py" line="242"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="117"/>
        <source>The proposal is no longer pending; the summary is what was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="122"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="123"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="124"/>
        <source>Flagged photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="131"/>
        <source>Construction permit no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="133"/>
        <source>{0:.6f}, {1:.6f} in {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="135"/>
        <source>Position (WGS-84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="137"/>
        <source>As entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="141"/>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="143"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="145"/>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="147"/>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="157"/>
        <source>unit #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="167"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="168"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="169"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="170"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="171"/>
        <source>Cost (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="172"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="173"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="174"/>
        <source>Participating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="176"/>
        <source>Key personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="182"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="183"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="185"/>
        <source>Dangerous sub-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="186"/>
        <location filename="../../widgets/reporting/proposal.py" line="205"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="189"/>
        <location filename="../../widgets/reporting/proposal.py" line="193"/>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="190"/>
        <source>Required before approval — none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="191"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="193"/>
        <source>{0}: {1}, {2} experts ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="197"/>
        <source>Expert opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="201"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="201"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="204"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="204"/>
        <location filename="../../widgets/reporting/proposal.py" line="210"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="205"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="206"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="206"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="207"/>
        <source>Planned period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="208"/>
        <source>Expert review needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="210"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="211"/>
        <source>Registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="211"/>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="212"/>
        <source>Rated capacity (kN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="213"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="214"/>
        <source>Inspection certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="215"/>
        <source>Certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="216"/>
        <source>Monitoring device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="219"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="220"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="221"/>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="223"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="223"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="224"/>
        <source>Batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="224"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="225"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="225"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="226"/>
        <source>Entered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="230"/>
        <source>Test item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="230"/>
        <source>Sample no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="231"/>
        <source>Report no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="232"/>
        <source>Sampled / tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233"/>
        <location filename="../../widgets/reporting/proposal.py" line="237"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233"/>
        <location filename="../../widgets/reporting/proposal.py" line="237"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233"/>
        <location filename="../../widgets/reporting/proposal.py" line="237"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="235"/>
        <source>Sub-divisional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="235"/>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="236"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="238"/>
        <location filename="../../widgets/reporting/proposal.py" line="247"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="240"/>
        <source>Duty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="240"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="241"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="241"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="244"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="244"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="245"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="246"/>
        <source>A sub-table scored zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="247"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PunishmentForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="476"/>
        <source>Record administrative punishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="482"/>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="487"/>
        <source>(not linked to a notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="498"/>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="502"/>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="503"/>
        <source>Punished unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="504"/>
        <source>Punished person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="505"/>
        <source>Related notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="506"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="507"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="508"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="509"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="515"/>
        <source>Enter the decision number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="517"/>
        <source>Enter the legal basis of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="519"/>
        <source>Name the punished unit or person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="24"/>
        <source>Material tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="25"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="26"/>
        <source>Test item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="27"/>
        <location filename="../../widgets/reporting/quality_tab.py" line="47"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="28"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="29"/>
        <source>Sample no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="30"/>
        <source>Report no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="31"/>
        <source>Sampled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="32"/>
        <location filename="../../widgets/reporting/quality_tab.py" line="42"/>
        <location filename="../../widgets/reporting/quality_tab.py" line="50"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="34"/>
        <source>Material entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="35"/>
        <source>Entered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="36"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="37"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="38"/>
        <source>Batch no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="39"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="40"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="41"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="44"/>
        <source>Sub-divisional acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="45"/>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="46"/>
        <source>Sub-divisional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="48"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="49"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="55"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="55"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="59"/>
        <source>design {0}</source>
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
    <name>ReportForm</name>
    <message>
        <location filename="../../widgets/reporting/form_base.py" line="78"/>
        <source>Submit for verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForms</name>
    <message>
        <location filename="../../app/error_text.py" line="137"/>
        <source>This construction permit is already bound to another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="138"/>
        <source>This construction permit is already bound to this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="139"/>
        <source>A report of this kind is still waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="140"/>
        <source>The position is outside the project&apos;s district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="141"/>
        <source>The coordinates are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="142"/>
        <source>This status change is not possible from the project&apos;s current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="143"/>
        <source>The dates contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="144"/>
        <source>Below the thresholds of a dangerous sub-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="145"/>
        <source>The scale parameters do not fit this type of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="146"/>
        <source>This machine is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="147"/>
        <source>This person is already recorded on duty that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="148"/>
        <source>The chosen unit is not a testing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="149"/>
        <source>The verdict does not match the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="150"/>
        <source>Not a concrete strength grade such as C30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="151"/>
        <source>The material entry is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="152"/>
        <source>Two people have the same certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="153"/>
        <source>A unit is listed twice in the same role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="154"/>
        <source>A person belongs to a unit that is not on the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="155"/>
        <source>Your unit must stay on the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="156"/>
        <source>This month&apos;s progress report is already verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="157"/>
        <source>This month has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="158"/>
        <source>The photo cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="159"/>
        <source>The special plan is already approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="160"/>
        <source>Another unit reports this month&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="168"/>
        <source>{0}. ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="42"/>
        <source>The date {0} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="55"/>
        <source>Basic information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="56"/>
        <source>Bind construction permit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="57"/>
        <source>Map position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="58"/>
        <source>Status report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="59"/>
        <source>Monthly progress photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="60"/>
        <source>Register dangerous sub-project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="61"/>
        <source>Special construction plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="62"/>
        <source>Actual operation period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="63"/>
        <source>Lifting equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="64"/>
        <source>Lifting equipment operation plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="65"/>
        <source>Material entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="66"/>
        <source>Material test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="67"/>
        <source>Sub-divisional work acceptance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="68"/>
        <source>Safety officer on duty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="69"/>
        <source>Safety standardisation assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="86"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingController</name>
    <message>
        <location filename="../../app/reporting_controller.py" line="48"/>
        <source>Enterprise workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reporting_controller.py" line="49"/>
        <source>&amp;Enterprise workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reporting_controller.py" line="99"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingViews</name>
    <message>
        <location filename="../../widgets/reporting/common.py" line="53"/>
        <source>Unverified — returned: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="54"/>
        <source>Unverified — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="71"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="72"/>
        <source>passed with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="73"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="42"/>
        <source>Say what is wrong or missing before returning the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="43"/>
        <source>This submission has already been decided or is not waiting for you: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="44"/>
        <source>This step is not yours to take: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="45"/>
        <source>You are not allowed to do this: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="46"/>
        <source>The work is beyond scale: its special plan needs an expert review record before it can be approved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="48"/>
        <source>The expert review rejected this plan; return it for a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="49"/>
        <source>The permit cannot be bound: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="50"/>
        <source>This version cannot be applied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="51"/>
        <source>The reported dates no longer fit the project: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="52"/>
        <source>The monthly review of this project and month is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="53"/>
        <source>That month has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="104"/>
        <source>The server refused (HTTP {0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="125"/>
        <source>{0} unverified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyAssessmentForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="280"/>
        <source>Safety standardisation assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="286"/>
        <source>A sub-table scored zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="290"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="291"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="293"/>
        <source>Grade (JGJ 59-2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="294"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="295"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="310"/>
        <source>Enter who assessed the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDutyForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="244"/>
        <source>Safety officer on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="248"/>
        <source>Safety production certificate (C certificate) no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="249"/>
        <source>Full-time safety officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="251"/>
        <source>Duty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="252"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="253"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="254"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="255"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="261"/>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="263"/>
        <source>Enter the certificate number (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="265"/>
        <source>Enter the post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="69"/>
        <source>&lt;b&gt;Dangerous-works timeline&lt;/b&gt; — planned against actual operation periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="73"/>
        <source>Dangerous sub-projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="75"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="87"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="76"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="77"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="78"/>
        <source>Planned period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="79"/>
        <source>Actual period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="80"/>
        <source>Special plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="82"/>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="83"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="97"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="113"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="125"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="134"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="86"/>
        <source>Lifting machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="88"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="89"/>
        <source>Registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="90"/>
        <source>Certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="92"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="93"/>
        <source>Rated capacity (kN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="94"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="95"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="123"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="96"/>
        <source>Monitoring device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="103"/>
        <source>Select a machine to see its installation, jacking and dismantling plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="107"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="108"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="109"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="110"/>
        <source>Crew (certificate no.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="112"/>
        <location filename="../../widgets/reporting/safety_tab.py" line="124"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="119"/>
        <source>Safety personnel on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="120"/>
        <source>Duty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="121"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="122"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="127"/>
        <source>Safety assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="128"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="129"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="130"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="131"/>
        <source>Zero-scored sub-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="131"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="132"/>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="133"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="144"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="146"/>
        <source>since {0} (in operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="152"/>
        <source>none uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="155"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="157"/>
        <source>returned: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="159"/>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="169"/>
        <source>{0}: {1} ({2} experts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="172"/>
        <source>required — none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="172"/>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="208"/>
        <source>Operation plans of {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialPlanForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="266"/>
        <source>Special construction plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="272"/>
        <source>Choose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="277"/>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="278"/>
        <source>Plan document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="278"/>
        <source>PDF, at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="279"/>
        <source>Expert review (required for works beyond a certain scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="284"/>
        <source>At least five experts, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="286"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="286"/>
        <source>Passed after revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="287"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="291"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="292"/>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="293"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="294"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="307"/>
        <source>{0} special construction plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="311"/>
        <source>Choose the special plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="312"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="320"/>
        <source>Choose the dangerous sub-project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="323"/>
        <source>Give the plan a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="328"/>
        <source>Choose the plan&apos;s PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="339"/>
        <source>The expert review date {0} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="348"/>
        <source>The plan is already stored: record its expert review, or close the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="358"/>
        <source>{0} cannot be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="360"/>
        <source>{0} is {1:.1f} MB; a plan may be at most {2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="363"/>
        <source>{0} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="370"/>
        <source>The plan is stored (waiting for verification), but its expert review was not recorded: {0} Submit again to record the review only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="336"/>
        <source>An expert review needs at least five experts ({0} named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="345"/>
        <source>This work is beyond a certain scale: record the expert review, or the plan cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReportForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="322"/>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="330"/>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="331"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="332"/>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="333"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="335"/>
        <source>Loading the project&apos;s status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="346"/>
        <source>No further status report is possible: the project is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="357"/>
        <source>Required for a suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="362"/>
        <source>Choose the status change to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="367"/>
        <source>The date {0} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="369"/>
        <source>Completion cannot be before the start of construction ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="372"/>
        <source>Acceptance cannot be before completion ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="375"/>
        <source>A suspension needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="377"/>
        <source>The reason is limited to 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionDetail</name>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="91"/>
        <source>Select a submission to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="42"/>
        <source>Open project dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="44"/>
        <source>Monthly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="52"/>
        <source>&lt;b&gt;Progress photos&lt;/b&gt; (flagged photos are marked red: taken outside the month, more than 1 km from the site, or without time/GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="36"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="64"/>
        <source>Comment (required when returning: say what is wrong or missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="68"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="67"/>
        <source>Return to the enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="104"/>
        <source>Unverified — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="106"/>
        <source>{0}
Reported by {1} on {2} · submission no. {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="125"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="128"/>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="139"/>
        <source>Say what is wrong or missing before returning the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="152"/>
        <source>Verified: the data now counts as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="153"/>
        <source>Returned to {0} with your comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="71"/>
        <source>New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="73"/>
        <source>Draft notice from inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="75"/>
        <source>Record punishment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="77"/>
        <source>Confirm / reject deduction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="86"/>
        <source>Inspected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="87"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="88"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="89"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="90"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="93"/>
        <source>Notice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="93"/>
        <source>(draft, unnumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="94"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="118"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="95"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="119"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="96"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="120"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="98"/>
        <source>Stop work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="98"/>
        <source>Stop-work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="99"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="102"/>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="103"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="104"/>
        <source>Fine (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="105"/>
        <source>Punished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="106"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="109"/>
        <source>Occurred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="110"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="111"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="112"/>
        <source>Deducted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="113"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="116"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="117"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="124"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="124"/>
        <source>Rectification notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="125"/>
        <source>Punishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="125"/>
        <source>Point deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="126"/>
        <source>Warning follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="176"/>
        <source>Open major hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="177"/>
        <source>Open serious hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="178"/>
        <source>Overdue notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="179"/>
        <source>Escalated notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="180"/>
        <source>Stop-work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="181"/>
        <source>Points deducted (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="182"/>
        <source>Active monitoring warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="183"/>
        <source>Exceedances (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="184"/>
        <source>Dangerous works in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="188"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="188"/>
        <source>no open risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="200"/>
        <source>Proposed, awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="200"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="201"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="231"/>
        <source>Select an inspection with findings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="241"/>
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
    <name>VerificationController</name>
    <message>
        <location filename="../../app/verification_controller.py" line="48"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="49"/>
        <source>&amp;Verification queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="69"/>
        <source>Verification ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="104"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="104"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="104"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="57"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="61"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="65"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="72"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="73"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="73"/>
        <source>{0} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="77"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="78"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="81"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="86"/>
        <source>{0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="114"/>
        <source>Resubmitted after a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="115"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="143"/>
        <source>all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="144"/>
        <source>{0} submissions waiting for verification ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallAlarms</name>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="19"/>
        <source>Critical alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="20"/>
        <source>Major alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="21"/>
        <source>Minor alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="22"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="23"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="32"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="34"/>
        <source>%n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="37"/>
        <source>{0} h {1} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="37"/>
        <source>%n h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="43"/>
        <source>Began {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="65"/>
        <source>limit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="98"/>
        <source>Acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="98"/>
        <source>Unacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="103"/>
        <source>and %n more active alarm(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="107"/>
        <source>No active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarms_scene.py" line="221"/>
        <source>Active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/focus_scene.py" line="46"/>
        <source>New alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/focus_scene.py" line="91"/>
        <source>Other active alarms on this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="297"/>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="299"/>
        <source>No reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="319"/>
        <source>Device silent for {0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="320"/>
        <source>Device silent for {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="337"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="354"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="354"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallController</name>
    <message>
        <location filename="../../app/wall/controller.py" line="467"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallMessages</name>
    <message>
        <location filename="../../app/error_text.py" line="183"/>
        <source>The wall&apos;s configuration cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="185"/>
        <source>No configuration file at {0}. An administrator issues a wall credential (python -m server admin issue-wall-credential) and saves the configuration it prints there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="186"/>
        <source>The configuration file {0} cannot be read: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="187"/>
        <source>{0} is not a valid TOML file: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="188"/>
        <source>{0} is too large for a wall configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="189"/>
        <source>{0}: &quot;{1}&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="190"/>
        <source>{0}: &quot;{1}&quot; must be {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="191"/>
        <source>{0}: &quot;{1}&quot; = {2} is out of range (1 s to 24 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="192"/>
        <source>{0}: &quot;{1}&quot; names an unknown scene &quot;{2}&quot; (known: overview, alarms, grid, cases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="193"/>
        <source>{0}: &quot;{1}&quot; is not an http(s) server address: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="194"/>
        <source>{0}: unknown setting &quot;{1}&quot; (known here: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="196"/>
        <source>{0}: {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="204"/>
        <source>Credential revoked — contact the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="205"/>
        <source>This wall&apos;s credential was revoked on the server. An administrator issues a new one; the wall starts by itself once its configuration file holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="208"/>
        <source>Credential not accepted — contact the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="209"/>
        <source>The server does not know this wall&apos;s credential ({0}). Check the configuration file, or have an administrator issue a new credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="212"/>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="213"/>
        <source>Cannot reach the server at {0}. Check the network and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="215"/>
        <source>The wall cannot start its session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="18"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="19"/>
        <source>Data as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="27"/>
        <source>Waiting for the first data from the server (since {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="29"/>
        <source>NOT LIVE — connection to the server lost since {0}; showing data as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="31"/>
        <source>NOT LIVE — the server has not answered since {0}; showing data as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="33"/>
        <source>NOT LIVE — reconnected, reloading everything (stale since {0}; showing data as of {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="34"/>
        <source>NOT LIVE — no refresh from the server since {0}; showing data as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="39"/>
        <source>● Renewing session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="40"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="40"/>
        <source>● Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="44"/>
        <source>Trying again in {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="48"/>
        <source>Checking {0} for a new configuration every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="52"/>
        <source>{0} · Construction quality and safety supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../widgets/wall/wall_window.py" line="125"/>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningTableModel</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="82"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="85"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="86"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="87"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="89"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="90"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="92"/>
        <source>Value / level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="93"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="94"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="96"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsInbox</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="159"/>
        <source>Needs attention (unacknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="161"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="163"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="178"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="182"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="186"/>
        <source>Project, region or device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="188"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="207"/>
        <source>Comment (required), e.g. what was done on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="211"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="216"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/warnings_inbox.py" line="271"/>
        <source>%n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="276"/>
        <source>Warning {0} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="308"/>
        <source>Select a warning to see it and acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="310"/>
        <source>{0} — acknowledged by {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="322"/>
        <source>Acknowledging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkChoiceForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="223"/>
        <source>Dangerous sub-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="224"/>
        <source>Loading the dangerous sub-projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="230"/>
        <source>Register the dangerous sub-project first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="69"/>
        <source>{0} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="90"/>
        <source>Notices to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="91"/>
        <location filename="../../widgets/cases/work_queue.py" line="97"/>
        <source>Overdue notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="92"/>
        <source>Follow-ups assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="93"/>
        <source>Urged follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="96"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="98"/>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="99"/>
        <source>Warnings to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="100"/>
        <source>Answered warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="101"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="106"/>
        <source>Notice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="106"/>
        <source>(draft, unnumbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="107"/>
        <location filename="../../widgets/cases/work_queue.py" line="119"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="108"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="109"/>
        <location filename="../../widgets/cases/work_queue.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="110"/>
        <location filename="../../widgets/cases/work_queue.py" line="123"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="111"/>
        <location filename="../../widgets/cases/work_queue.py" line="124"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="113"/>
        <source>Stop work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="113"/>
        <source>Stop-work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="118"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="120"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="122"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksTimeline</name>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="150"/>
        <source>No dangerous sub-projects registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="235"/>
        <source>Today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="241"/>
        <source>Planned period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="242"/>
        <source>Actual period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="243"/>
        <source>Beyond the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="257"/>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="261"/>
        <source>no special plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="262"/>
        <source>plan approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="263"/>
        <source>plan returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="264"/>
        <source>plan awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="269"/>
        <source>Planned: {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="271"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="273"/>
        <source>Actual: since {0} (in operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="275"/>
        <source>Actual: {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="277"/>
        <source>{0} days beyond the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="280"/>
        <source>Registration not yet verified by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
