<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseViews</name>
    <message>
        <location filename="../../widgets/cases/common.py" line="100"/>
        <source>{0} days overdue · escalation level {1}</source>
        <translation>已逾期 {0} 天 · 督办等级 {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="115"/>
        <source>only photos (JPEG, PNG) and PDF documents are accepted</source>
        <translation>仅接受照片（JPEG、PNG）和 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="117"/>
        <source>the file is larger than 20 MB</source>
        <translation>文件超过 20 MB</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="118"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/common.py" line="120"/>
        <source>{0} cannot be uploaded: {1}.</source>
        <translation>{0} 无法上传：{1}。</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../app/cases_controller.py" line="125"/>
        <source>Supervision</source>
        <translation>监督执法</translation>
    </message>
</context>
<context>
    <name>DeductionDecisionDialog</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="413"/>
        <source>Decide on a proposed deduction</source>
        <translation>审核拟扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="417"/>
        <source>Confirm deduction</source>
        <translation>确认扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="419"/>
        <source>Reject deduction</source>
        <translation>不予扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="424"/>
        <source>{0} points · {1}
Deducted from: {2}
Reason: {3}
Basis: {4}</source>
        <translation>{0} 分 · {1}
扣分对象：{2}
扣分事由：{3}
扣分依据：{4}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="428"/>
        <source>Comment (required when rejecting)</source>
        <translation>审核意见（不予扣分时必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="442"/>
        <source>Say why the deduction is rejected.</source>
        <translation>请说明不予扣分的理由。</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <location filename="../../app/demo_accounts.py" line="14"/>
        <source>Province supervisor, Guangdong</source>
        <translation>省级监督员（广东省）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="15"/>
        <source>City supervisor, Guangzhou</source>
        <translation>市级监督员（广州市）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="16"/>
        <source>City supervisor, Shenzhen</source>
        <translation>市级监督员（深圳市）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="17"/>
        <source>District supervisor, Tianhe</source>
        <translation>区级监督员（天河区）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="18"/>
        <source>Enterprise administrator, general contractor</source>
        <translation>企业管理员（施工总承包单位）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="19"/>
        <source>Wall display, whole province</source>
        <translation>指挥中心大屏（全省）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="20"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../widgets/device_table_model.py" line="55"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="56"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="57"/>
        <source>Silent</source>
        <translation>静默</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="58"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="87"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="89"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="90"/>
        <source>Last seen</source>
        <translation>最后上报</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="91"/>
        <source>Active warning</source>
        <translation>当前预警</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="93"/>
        <source>Last values</source>
        <translation>最新数值</translation>
    </message>
</context>
<context>
    <name>DraftNoticeForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="257"/>
        <source>Draft rectification notice — {0}</source>
        <translation>起草整改通知书 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="261"/>
        <source>Hazard level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="261"/>
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="262"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="275"/>
        <source>(from the checklist)</source>
        <translation>（取自检查表）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="280"/>
        <source>A finding outside the checklist needs its legal basis here.</source>
        <translation>检查表以外的问题须在此填写依据。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="289"/>
        <source>Order work to stop until rectified (stop-work order)</source>
        <translation>责令停工整改（停工通知）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="292"/>
        <source>Rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="295"/>
        <source>Findings to include (tick) — double-click a legal basis to edit it</source>
        <translation>纳入通知书的问题（勾选）— 双击依据可编辑</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="310"/>
        <source>Finding {0} is outside the checklist: state its legal basis.</source>
        <translation>第 {0} 项问题不在检查表内：请填写依据。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="314"/>
        <source>Choose at least one finding.</source>
        <translation>请至少选择一项问题。</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../widgets/error_messages.py" line="21"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="23"/>
        <source>This account is locked after too many failed attempts. Try again later or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，账号已被锁定。请稍后再试，或联系管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="27"/>
        <source>This account is waiting for approval by an administrator.</source>
        <translation>该账号正在等待管理员审核。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="29"/>
        <source>This account has been disabled. Contact an administrator.</source>
        <translation>该账号已被停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="31"/>
        <source>The registration of this account was rejected.</source>
        <translation>该账号的注册申请未通过审核。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="38"/>
        <source>Cannot reach the server at {0}. Check the network or the server address.</source>
        <translation>无法连接服务器 {0}，请检查网络或服务器地址。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="40"/>
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="42"/>
        <source>Access denied: {0}</source>
        <translation>无权访问：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="44"/>
        <source>Not found, or outside your data scope.</source>
        <translation>未找到，或不在您的数据权限范围内。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="46"/>
        <source>The server reported an error (HTTP {0}, {1}): {2}</source>
        <translation>服务器返回错误（HTTP {0}，{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="49"/>
        <source>The server sent an unexpected answer; client and server versions may not match.</source>
        <translation>服务器返回的数据格式无法识别，客户端与服务器版本可能不一致。</translation>
    </message>
    <message>
        <location filename="../../widgets/error_messages.py" line="50"/>
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="76"/>
        <source>Evidence (photos JPEG/PNG or PDF, at most 20 MB each) — drop files here or</source>
        <translation>整改佐证（JPEG/PNG 照片或 PDF，单个不超过 20 MB）— 拖放文件到此处或</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="77"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="79"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="84"/>
        <source>Uploading %v of %m</source>
        <translation>正在上传 %v / %m</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="118"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} 无法读取：{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="123"/>
        <source>{0} ({1} KB)</source>
        <translation>{0}（{1} KB）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="152"/>
        <source>Choose evidence</source>
        <translation>选择整改佐证</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/evidence.py" line="153"/>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和 PDF 文件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/export_controller.py" line="42"/>
        <location filename="../../app/export_controller.py" line="53"/>
        <source>Export project list</source>
        <translation>导出项目清单</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="43"/>
        <source>projects.xlsx</source>
        <translation>工程项目清单.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="43"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="49"/>
        <source>An export is already running.</source>
        <translation>已有导出任务正在进行。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="52"/>
        <source>Fetching projects…</source>
        <translation>正在获取项目数据…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="71"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="76"/>
        <source>Fetched {0} of {1} projects…</source>
        <translation>已获取 {0} / {1} 个项目…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="80"/>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="87"/>
        <source>Exported {0} projects to {1}</source>
        <translation>已导出 {0} 个项目至 {1}</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="93"/>
        <source>Export map view</source>
        <translation>导出地图视图</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="94"/>
        <source>map.png</source>
        <translation>工程沙盘地图.png</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="94"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="99"/>
        <source>Saving the map view…</source>
        <translation>正在保存地图视图…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="105"/>
        <source>Saved the map view to {0}</source>
        <translation>地图视图已保存至 {0}</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="119"/>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="26"/>
        <source>Search name, permit no., project code, address…</source>
        <translation>搜索项目名称、施工许可证号、项目编码、地址…</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="29"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="31"/>
        <source>All project types</source>
        <translation>全部工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="35"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="51"/>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="50"/>
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="59"/>
        <source>Urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="59"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="60"/>
        <source>Close follow-up</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="65"/>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="78"/>
        <source>deadline {0}</source>
        <translation>期限 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="85"/>
        <source>Project: {0} · Source: {1} · Status: {2} · Assigned to: {3}</source>
        <translation>项目：{0} · 来源：{1} · 状态：{2} · 责任单位：{3}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="87"/>
        <source>No action taken yet.</source>
        <translation>尚未处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="111"/>
        <source>Describe what was done about the warning.</source>
        <translation>请说明针对该预警采取的措施。</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="117"/>
        <source>New inspection — {0}</source>
        <translation>新建监督检查 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="130"/>
        <source>Names separated by 、 or commas</source>
        <translation>姓名之间用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="136"/>
        <source>Add selected items as findings ↓</source>
        <translation>将选中条目记为问题 ↓</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="138"/>
        <source>Add a finding outside the checklist</source>
        <translation>添加检查表以外的问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="140"/>
        <source>Remove finding</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="143"/>
        <source>Checklist item</source>
        <translation>检查条目</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="143"/>
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="144"/>
        <source>Hazard level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="149"/>
        <source>Checklist template</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="150"/>
        <source>Inspection type</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="151"/>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="152"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="153"/>
        <source>Summary</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="161"/>
        <source>Checklist items (double-click to record a finding)</source>
        <translation>检查条目（双击记为问题）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="164"/>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="170"/>
        <source>Loading checklists…</source>
        <translation>正在加载检查表…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="202"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="222"/>
        <source>Name at least one inspector.</source>
        <translation>请至少填写一名检查人员。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="227"/>
        <source>Finding {0}: describe the problem found.</source>
        <translation>第 {0} 项问题：请描述存在的问题。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="23"/>
        <source>Planned</source>
        <translation>拟建</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="24"/>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="25"/>
        <source>Suspended</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="26"/>
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="27"/>
        <source>Completion accepted</source>
        <translation>已竣工验收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="28"/>
        <source>Housing</source>
        <translation>房屋建筑</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="29"/>
        <source>Municipal works</source>
        <translation>市政工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="30"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="31"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="32"/>
        <source>High</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="33"/>
        <location filename="../../widgets/labels.py" line="59"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="34"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="35"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="36"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="37"/>
        <source>Province supervisor</source>
        <translation>省级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="38"/>
        <source>City supervisor</source>
        <translation>市级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="39"/>
        <source>District supervisor</source>
        <translation>区级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="40"/>
        <source>Enterprise administrator</source>
        <translation>企业管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="41"/>
        <source>Enterprise staff</source>
        <translation>企业人员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="42"/>
        <source>Wall display</source>
        <translation>大屏展示</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="43"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="44"/>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="45"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="46"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="47"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48"/>
        <source>Construction unit</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="49"/>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50"/>
        <source>Supervision unit</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="51"/>
        <source>Survey unit</source>
        <translation>勘察单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="52"/>
        <source>Design unit</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="53"/>
        <source>Testing agency</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="54"/>
        <source>Dust/noise monitor</source>
        <translation>扬尘噪声监测仪</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="55"/>
        <source>Tower-crane monitor</source>
        <translation>塔机安全监控</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="56"/>
        <source>Deep-pit point</source>
        <translation>深基坑监测点</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="57"/>
        <source>High-formwork point</source>
        <translation>高支模监测点</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="58"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="60"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="61"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="62"/>
        <source>Indeterminate</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="63"/>
        <source>Active, unacknowledged</source>
        <translation>未消除·未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="64"/>
        <source>Active, acknowledged</source>
        <translation>未消除·已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="65"/>
        <source>Cleared, unacknowledged</source>
        <translation>已消除·未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="66"/>
        <source>Cleared, acknowledged</source>
        <translation>已消除·已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="67"/>
        <source>Noise over limit</source>
        <translation>噪声超标</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="68"/>
        <source>PM10 over limit</source>
        <translation>PM10 超标</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="69"/>
        <source>PM2.5 over limit</source>
        <translation>PM2.5 超标</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="70"/>
        <source>Crane moment</source>
        <translation>塔机力矩</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="71"/>
        <source>Crane load</source>
        <translation>塔机起重量</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="72"/>
        <source>Crane wind speed</source>
        <translation>塔机风速</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="73"/>
        <source>Pit cumulative displacement</source>
        <translation>基坑累计位移</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="74"/>
        <source>Pit displacement rate</source>
        <translation>基坑位移速率</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="75"/>
        <source>Formwork cumulative settlement</source>
        <translation>高支模累计沉降</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="76"/>
        <source>Formwork settlement rate</source>
        <translation>高支模沉降速率</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="77"/>
        <location filename="../../widgets/labels.py" line="104"/>
        <source>Device offline</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="78"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="79"/>
        <source>Issued, awaiting rectification</source>
        <translation>已下发，待整改</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="80"/>
        <source>Feedback submitted, awaiting review</source>
        <translation>已回复，待复查</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="81"/>
        <location filename="../../widgets/labels.py" line="85"/>
        <source>Returned for further rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="82"/>
        <location filename="../../widgets/labels.py" line="99"/>
        <location filename="../../widgets/labels.py" line="102"/>
        <source>Closed</source>
        <translation>已闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="83"/>
        <source>Issued the notice</source>
        <translation>签发通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="84"/>
        <source>Submitted rectification feedback</source>
        <translation>提交整改回复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="86"/>
        <source>Accepted and closed</source>
        <translation>复查合格，闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="87"/>
        <source>General hazard</source>
        <translation>一般隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="88"/>
        <source>Serious hazard</source>
        <translation>较大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="89"/>
        <source>Major hazard</source>
        <translation>重大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="90"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="91"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="92"/>
        <source>Dangerous sub-projects</source>
        <translation>危大工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="93"/>
        <source>Lifting machinery</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="94"/>
        <source>Dust and noise</source>
        <translation>扬尘噪声</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="95"/>
        <source>Comprehensive</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="96"/>
        <source>Open</source>
        <translation>待督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="97"/>
        <location filename="../../widgets/labels.py" line="100"/>
        <source>Urged</source>
        <translation>已督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="98"/>
        <location filename="../../widgets/labels.py" line="101"/>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="103"/>
        <source>Monitoring warning</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="105"/>
        <source>Notice overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="106"/>
        <source>Monthly progress missing</source>
        <translation>月度形象进度未上报</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="107"/>
        <source>Dangerous works plan not approved</source>
        <translation>危大工程方案未审批</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="108"/>
        <source>Machinery certificate expiring</source>
        <translation>起重机械检验证书到期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="109"/>
        <source>Quality test failed</source>
        <translation>质量检测不合格</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="115"/>
        <source>PM10</source>
        <translation>PM10</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="116"/>
        <source>PM2.5</source>
        <translation>PM2.5</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="117"/>
        <source>TSP</source>
        <translation>总悬浮颗粒物</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="118"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="119"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="120"/>
        <source>Humidity</source>
        <translation>湿度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="121"/>
        <source>Air pressure</source>
        <translation>气压</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="122"/>
        <source>Wind speed</source>
        <translation>风速</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="123"/>
        <source>Wind direction</source>
        <translation>风向</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="124"/>
        <source>Load</source>
        <translation>起重量</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="125"/>
        <source>Moment</source>
        <translation>力矩</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="126"/>
        <source>Radius</source>
        <translation>幅度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="127"/>
        <source>Hook height</source>
        <translation>吊钩高度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="128"/>
        <source>Slewing angle</source>
        <translation>回转角度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="129"/>
        <source>Tilt X</source>
        <translation>倾角 X</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="130"/>
        <source>Tilt Y</source>
        <translation>倾角 Y</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="131"/>
        <source>Cumulative displacement</source>
        <translation>累计位移</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="132"/>
        <source>Displacement rate</source>
        <translation>位移速率</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="133"/>
        <source>Axial force</source>
        <translation>轴力</translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <location filename="../../widgets/live_chart.py" line="227"/>
        <location filename="../../widgets/live_chart.py" line="362"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="228"/>
        <source>Freeze the chart; readings keep arriving in the background</source>
        <translation>冻结图表；数据仍在后台接收</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="231"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="232"/>
        <source>Back to the last ten minutes, following new readings</source>
        <translation>回到最近十分钟并跟随新数据</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="362"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="502"/>
        <source>Connection to the server lost: reconnecting. The chart is not live.</source>
        <translation>与服务器的连接已断开，正在重连。图表不是实时数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="505"/>
        <source>No reading received since the chart opened.</source>
        <translation>图表打开以来尚未收到数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="509"/>
        <source>Device silent for {0}; last reading at {1}. Data is stale.</source>
        <translation>设备已静默 {0}，最后一条数据于 {1}。数据已过期。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="513"/>
        <source>Paused: readings keep arriving in the background.</source>
        <translation>已暂停：数据仍在后台接收。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="544"/>
        <source>{0} level {1} {2}</source>
        <translation>{0}阈值 {1} {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="563"/>
        <source>At or above the {0} level</source>
        <translation>已达到或超过{0}阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="570"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="571"/>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="571"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="41"/>
        <source>Sandtable — Log in</source>
        <translation>工程沙盘 — 登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="45"/>
        <source>Construction Quality and Safety Supervision</source>
        <translation>建设工程质量安全监管</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="50"/>
        <source>Server: {0}</source>
        <translation>服务器：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="54"/>
        <source>Choose a demo account…</source>
        <translation>选择演示账号…</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="72"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="78"/>
        <source>Demo account:</source>
        <translation>演示账号：</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="81"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="82"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="137"/>
        <source>Enter a user name and a password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../app/controller.py" line="304"/>
        <source>own unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="309"/>
        <source>whole province</source>
        <translation>全省</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="56"/>
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation>工程沙盘 — 建设工程质量安全监管</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="60"/>
        <source>Regions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="73"/>
        <source>Projects</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="90"/>
        <source>Warnings inbox</source>
        <translation>预警收件箱</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="95"/>
        <source>Monitoring wall</source>
        <translation>实时监测墙</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="120"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="121"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="124"/>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="134"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="135"/>
        <source>Project list to &amp;Excel…</source>
        <translation>项目清单导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="137"/>
        <source>Map view to &amp;PNG…</source>
        <translation>地图视图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="139"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="145"/>
        <source>Map &amp;base layer…</source>
        <translation>地图底图(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="147"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="148"/>
        <source>&amp;Search projects</source>
        <translation>搜索项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="151"/>
        <source>&amp;Back to previous project</source>
        <translation>后退到上一个项目(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="154"/>
        <source>&amp;Forward to next project</source>
        <translation>前进到下一个项目(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203"/>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="207"/>
        <source>&amp;My work (cases)</source>
        <translation>我的待办（案件）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="223"/>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="227"/>
        <source>● Server unreachable</source>
        <translation>● 服务器无法连接</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="232"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="234"/>
        <source>Scope: {0}</source>
        <translation>数据范围：{0}</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="243"/>
        <source>Sandtable</source>
        <translation>工程沙盘</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../app/map_controller.py" line="96"/>
        <source>Project status</source>
        <translation>工程状态</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="96"/>
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="97"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="245"/>
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="245"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="245"/>
        <source>not issued</source>
        <translation>未核发</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="19"/>
        <source>Project status</source>
        <translation>工程状态</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="20"/>
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="22"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="23"/>
        <source>Projects</source>
        <translation>项目总数</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="24"/>
        <source>Projects under construction</source>
        <translation>在建项目数</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="29"/>
        <source>Colour markers by:</source>
        <translation>标注着色依据：</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="32"/>
        <source>Shade districts by:</source>
        <translation>区县分级设色：</translation>
    </message>
</context>
<context>
    <name>MonitoringGrid</name>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="27"/>
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="32"/>
        <source>Columns: </source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="68"/>
        <source>Showing {0} of {1} devices in your scope.</source>
        <translation>显示辖区内 {1} 台设备中的 {0} 台。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_grid.py" line="70"/>
        <source>%n device(s) in your scope, live.</source>
        <translation>
            <numerusform>辖区内 %n 台设备，实时数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="97"/>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="97"/>
        <source>● Reconnecting…</source>
        <translation>● 正在重连…</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="52"/>
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="65"/>
        <source>Select one or more devices (Ctrl/Shift) to chart them.</source>
        <translation>选择一台或多台设备（Ctrl/Shift）以显示曲线。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_tab.py" line="84"/>
        <source>%n monitoring device(s) on this project.</source>
        <translation>
            <numerusform>本项目共 %n 台监测设备。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="141"/>
        <source>transmitting</source>
        <translation>正常传输</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="141"/>
        <source>NOT transmitting</source>
        <translation>未在传输</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="143"/>
        <source>{0}: {1}; last 24 h: {2} readings, data in {3:.1%} of the minutes, {4} silent stretch(es) of 10 min or more.</source>
        <translation>{0}：{1}；近 24 小时 {2} 条数据，有数据的分钟占 {3:.1%}，10 分钟以上的中断 {4} 次。</translation>
    </message>
    <message>
        <source>{0}: {1}; last 24 h: {2} readings, data in {3:.0%} of the minutes, {4} silent stretch(es) of 10 min or more.</source>
        <translation type="vanished">{0}：{1}；近 24 小时 {2} 条数据，有数据的分钟占 {3:.0%}，10 分钟以上的中断 {4} 次。</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="44"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="74"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="78"/>
        <source>{0} selected</source>
        <translation>已选 {0} 项</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="79"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>NoticeDetail</name>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="117"/>
        <source>Stop-work order</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="122"/>
        <source>Preview / print notice…</source>
        <translation>预览 / 打印通知书…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="131"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="132"/>
        <source>Hazard level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="133"/>
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="134"/>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="155"/>
        <location filename="../../widgets/cases/notice_detail.py" line="260"/>
        <source>Comment (required when returning a notice)</source>
        <translation>复查意见（退回整改时必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="161"/>
        <source>Issue notice</source>
        <translation>签发通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="162"/>
        <source>Return for further rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="163"/>
        <source>Accept and close</source>
        <translation>复查合格，闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="164"/>
        <source>Submit rectification feedback</source>
        <translation>提交整改回复</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="181"/>
        <source>&lt;b&gt;Rectification items&lt;/b&gt;</source>
        <translation>&lt;b&gt;整改事项&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="186"/>
        <source>&lt;b&gt;Case timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;办理过程&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="202"/>
        <source>Loading notice…</source>
        <translation>正在加载通知书…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="215"/>
        <location filename="../../widgets/cases/notice_detail.py" line="443"/>
        <source>Draft notice</source>
        <translation>通知书草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="216"/>
        <source>Stop-work rectification notice</source>
        <translation>责令停工整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="216"/>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="217"/>
        <source>(draft, numbered when issued)</source>
        <translation>（草稿，签发时编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="223"/>
        <source>Project: {0} · Addressed to: {1} · Issued by: {2}</source>
        <translation>工程：{0} · 受检单位：{1} · 签发机构：{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="235"/>
        <source>Closed on {0}</source>
        <translation>已于 {0} 闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="237"/>
        <source>Overdue: deadline {0}, {1}</source>
        <translation>已逾期：整改期限 {0}，{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="242"/>
        <source>Deadline {0} ({1} days left)</source>
        <translation>整改期限 {0}（剩余 {1} 天）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="245"/>
        <source>Deadline {0}</source>
        <translation>整改期限 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="259"/>
        <source>Describe the rectification done</source>
        <translation>请说明整改落实情况</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="269"/>
        <source>Drafted the notice</source>
        <translation>起草通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="284"/>
        <source>No events yet.</source>
        <translation>暂无办理记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="291"/>
        <source>Document {0} (not accessible)</source>
        <translation>附件 {0}（无权查看）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="293"/>
        <location filename="../../widgets/cases/notice_detail.py" line="344"/>
        <source>Document {0}</source>
        <translation>附件 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="359"/>
        <source>Say what is still to be done before returning the notice.</source>
        <translation>退回整改前，请说明仍需整改的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="364"/>
        <source>Attach at least one photo or document as evidence of the rectification.</source>
        <translation>请至少附一张整改照片或一份佐证文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="409"/>
        <source>Done: {0}.</source>
        <translation>已完成：{0}。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="61"/>
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>not issued</source>
        <translation>未核发</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63"/>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="64"/>
        <source>Project type</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="65"/>
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="66"/>
        <source>Location</source>
        <translation>工程位置</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="67"/>
        <source>Coordinates (WGS-84)</source>
        <translation>坐标（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="68"/>
        <source>Floor area (m²)</source>
        <translation>建筑面积（㎡）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="69"/>
        <source>Cost (10k yuan)</source>
        <translation>工程造价（万元）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="70"/>
        <source>Planned start / end</source>
        <translation>计划开工 / 竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="71"/>
        <source>Actual start / end</source>
        <translation>实际开工 / 竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Participating units</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Key personnel</source>
        <translation>关键岗位人员</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Role</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <location filename="../../widgets/paging_bar.py" line="20"/>
        <source>« First</source>
        <translation>« 首页</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="21"/>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="22"/>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="23"/>
        <source>Last »</source>
        <translation>末页 »</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="54"/>
        <source>{0} projects</source>
        <translation>共 {0} 个项目</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="55"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} / {1} 页</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="35"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="37"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="39"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="52"/>
        <source>{0} page(s)</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="53"/>
        <source>The PDF could not be read.</source>
        <translation>无法读取该 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="86"/>
        <source>Save notice</source>
        <translation>保存通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/pdf_preview.py" line="87"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProjectDossier</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="116"/>
        <source>Overview</source>
        <translation>工程概况</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="122"/>
        <source>Monitoring</source>
        <translation>实时监测</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../widgets/project_table_model.py" line="56"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="57"/>
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="58"/>
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="60"/>
        <source>Type</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="61"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="62"/>
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="63"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="64"/>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="65"/>
        <source>Floor area (m²)</source>
        <translation>建筑面积(㎡)</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="67"/>
        <source>Cost (10k yuan)</source>
        <translation>造价(万元)</translation>
    </message>
</context>
<context>
    <name>PunishmentForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="339"/>
        <source>Record administrative punishment</source>
        <translation>登记行政处罚</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="345"/>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="350"/>
        <source>(not linked to a notice)</source>
        <translation>（不关联整改通知书）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="361"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="366"/>
        <source>Decision no.</source>
        <translation>处罚决定书文号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="367"/>
        <source>Punished unit</source>
        <translation>被处罚单位</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="368"/>
        <source>Punished person</source>
        <translation>被处罚人员</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="369"/>
        <source>Related notice</source>
        <translation>关联整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="370"/>
        <source>Legal basis</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="371"/>
        <source>Facts</source>
        <translation>违法事实</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="372"/>
        <source>Fine</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="373"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="381"/>
        <source>Enter the decision number.</source>
        <translation>请填写处罚决定书文号。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="383"/>
        <source>Enter the legal basis of the decision.</source>
        <translation>请填写处罚依据。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="385"/>
        <source>Name the punished unit or person.</source>
        <translation>请指定被处罚单位或人员。</translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <location filename="../../widgets/region_tree.py" line="24"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../widgets/region_tree.py" line="24"/>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../widgets/region_tree.py" line="24"/>
        <source>Under constr.</source>
        <translation>在建</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="78"/>
        <source>New inspection…</source>
        <translation>新建监督检查…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="80"/>
        <source>Draft notice from inspection…</source>
        <translation>据检查起草整改通知书…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="82"/>
        <source>Record punishment…</source>
        <translation>登记行政处罚…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="84"/>
        <source>Confirm / reject deduction…</source>
        <translation>确认 / 不予扣分…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="93"/>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="94"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="95"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="96"/>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="97"/>
        <source>Summary</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="100"/>
        <source>Notice no.</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="100"/>
        <source>(draft, unnumbered)</source>
        <translation>（草稿，未编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="101"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="125"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="102"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="126"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="103"/>
        <location filename="../../widgets/cases/supervision_tab.py" line="127"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="105"/>
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="105"/>
        <source>Stop-work order</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="106"/>
        <source>Addressed to</source>
        <translation>受检单位</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="109"/>
        <source>Decision no.</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="110"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="111"/>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="112"/>
        <source>Punished</source>
        <translation>被处罚对象</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="113"/>
        <source>Legal basis</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="116"/>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="117"/>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="118"/>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="119"/>
        <source>Deducted from</source>
        <translation>扣分对象</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="120"/>
        <source>Reason</source>
        <translation>扣分事由</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="123"/>
        <source>Warning</source>
        <translation>预警事项</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="131"/>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="131"/>
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="132"/>
        <source>Punishments</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="132"/>
        <source>Point deductions</source>
        <translation>动态扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="133"/>
        <source>Warning follow-ups</source>
        <translation>预警督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="208"/>
        <source>Open major hazards</source>
        <translation>未整改重大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="209"/>
        <source>Open serious hazards</source>
        <translation>未整改较大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="210"/>
        <source>Overdue notices</source>
        <translation>逾期整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="211"/>
        <source>Escalated notices</source>
        <translation>已升级督办通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="212"/>
        <source>Stop-work orders</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="213"/>
        <source>Points deducted (12 months)</source>
        <translation>近12个月扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="214"/>
        <source>Active monitoring warnings</source>
        <translation>未消除监测预警</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="215"/>
        <source>Exceedances (30 days)</source>
        <translation>近30天超标次数</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="216"/>
        <source>Dangerous works in progress</source>
        <translation>在施危大工程</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="220"/>
        <source>Risk score</source>
        <translation>风险评分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="220"/>
        <source>no open risk factors</source>
        <translation>暂无风险因素</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="231"/>
        <source>Proposed, awaiting decision</source>
        <translation>拟扣分，待审核</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="231"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="232"/>
        <source>Rejected</source>
        <translation>不予扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="271"/>
        <source>Select an inspection with findings first.</source>
        <translation>请先选择一次发现问题的检查。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="290"/>
        <source>Select a proposed deduction first.</source>
        <translation>请先选择一条拟扣分记录。</translation>
    </message>
</context>
<context>
    <name>TileLayerDialog</name>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="33"/>
        <source>The address must start with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="36"/>
        <source>The address must contain {0}.</source>
        <translation>地址必须包含 {0}。</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="43"/>
        <source>Map base layer</source>
        <translation>地图底图</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="45"/>
        <source>Show raster tiles from a tile server</source>
        <translation>显示瓦片服务器的栅格底图</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="50"/>
        <source>WGS-84 / CGCS2000 (e.g. Tianditu)</source>
        <translation>WGS-84 / CGCS2000（如天地图）</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="51"/>
        <source>GCJ-02 (e.g. Amap, Tencent)</source>
        <translation>GCJ-02（如高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="60"/>
        <source>URL template:</source>
        <translation>URL 模板：</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="61"/>
        <source>Attribution:</source>
        <translation>版权说明：</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="62"/>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../widgets/unit_picker.py" line="24"/>
        <source>Participating unit…</source>
        <translation>参建单位…</translation>
    </message>
</context>
<context>
    <name>WarningTableModel</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="81"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="82"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="83"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="84"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="85"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="86"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="87"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="88"/>
        <source>Value / level</source>
        <translation>数值 / 阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="89"/>
        <source>Repeats</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="90"/>
        <source>Last activity</source>
        <translation>最近发生</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="91"/>
        <source>Acknowledged</source>
        <translation>确认情况</translation>
    </message>
</context>
<context>
    <name>WarningsInbox</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="204"/>
        <source>Needs attention (unacknowledged)</source>
        <translation>待处理（未确认）</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="206"/>
        <source>Active</source>
        <translation>未消除</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="208"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="223"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="227"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="231"/>
        <source>Project, region or device…</source>
        <translation>项目、地区或设备…</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="233"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="258"/>
        <source>Comment (required), e.g. what was done on site</source>
        <translation>处理意见（必填），如现场已采取的措施</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="262"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="267"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/warnings_inbox.py" line="322"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>共 %n 条预警。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="327"/>
        <source>Warning {0} acknowledged.</source>
        <translation>预警 {0} 已确认。</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="359"/>
        <source>Select a warning to see it and acknowledge it.</source>
        <translation>选择一条预警以查看并确认。</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="361"/>
        <source>{0} — acknowledged by {1}: {2}</source>
        <translation>{0} —— 由 {1} 确认：{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="373"/>
        <source>Acknowledging…</source>
        <translation>正在确认…</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>My work</source>
        <translation type="vanished">我的待办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="102"/>
        <source>{0} items</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="123"/>
        <source>Notices to answer</source>
        <translation>待回复通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="124"/>
        <location filename="../../widgets/cases/work_queue.py" line="130"/>
        <source>Overdue notices</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="125"/>
        <source>Follow-ups assigned</source>
        <translation>待办预警督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="126"/>
        <source>Urged follow-ups</source>
        <translation>已督办待答复</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="129"/>
        <source>To review</source>
        <translation>待复查</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="131"/>
        <source>My drafts</source>
        <translation>我的草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="132"/>
        <source>Warnings to follow up</source>
        <translation>待督办预警</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="133"/>
        <source>Answered warnings</source>
        <translation>已答复待办结</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="134"/>
        <source>Overdue follow-ups</source>
        <translation>逾期督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="139"/>
        <source>Notice no.</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="139"/>
        <source>(draft, unnumbered)</source>
        <translation>（草稿，未编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="140"/>
        <location filename="../../widgets/cases/work_queue.py" line="152"/>
        <source>Project</source>
        <translation>工程名称</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="141"/>
        <source>Addressed to</source>
        <translation>受检单位</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="142"/>
        <location filename="../../widgets/cases/work_queue.py" line="154"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="143"/>
        <location filename="../../widgets/cases/work_queue.py" line="156"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="144"/>
        <location filename="../../widgets/cases/work_queue.py" line="157"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="146"/>
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="146"/>
        <source>Stop-work order</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="151"/>
        <source>Warning</source>
        <translation>预警事项</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="153"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="155"/>
        <source>Assigned to</source>
        <translation>责任单位</translation>
    </message>
</context>
</TS>
