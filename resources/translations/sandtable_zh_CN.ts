<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="20"/>
        <source>Planned</source>
        <translation>拟建</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="21"/>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="22"/>
        <source>Suspended</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="23"/>
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="24"/>
        <source>Completion accepted</source>
        <translation>已竣工验收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="25"/>
        <source>Housing</source>
        <translation>房屋建筑</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="26"/>
        <source>Municipal works</source>
        <translation>市政工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="27"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="28"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="29"/>
        <source>High</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="30"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="31"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="32"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="33"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="34"/>
        <source>Province supervisor</source>
        <translation>省级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="35"/>
        <source>City supervisor</source>
        <translation>市级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="36"/>
        <source>District supervisor</source>
        <translation>区级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="37"/>
        <source>Enterprise administrator</source>
        <translation>企业管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="38"/>
        <source>Enterprise staff</source>
        <translation>企业人员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="39"/>
        <source>Wall display</source>
        <translation>大屏展示</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="40"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="41"/>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="42"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="43"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="44"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="45"/>
        <source>Construction unit</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="46"/>
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="47"/>
        <source>Supervision unit</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48"/>
        <source>Survey unit</source>
        <translation>勘察单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="49"/>
        <source>Design unit</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50"/>
        <source>Testing agency</source>
        <translation>检测机构</translation>
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
        <location filename="../../app/controller.py" line="287"/>
        <source>own unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="292"/>
        <source>whole province</source>
        <translation>全省</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="53"/>
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation>工程沙盘 — 建设工程质量安全监管</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="57"/>
        <source>Regions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="70"/>
        <source>Projects</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="106"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="107"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="110"/>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="120"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="121"/>
        <source>Project list to &amp;Excel…</source>
        <translation>项目清单导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="123"/>
        <source>Map view to &amp;PNG…</source>
        <translation>地图视图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="129"/>
        <source>Map &amp;base layer…</source>
        <translation>地图底图(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="131"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132"/>
        <source>&amp;Search projects</source>
        <translation>搜索项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="135"/>
        <source>&amp;Back to previous project</source>
        <translation>后退到上一个项目(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="138"/>
        <source>&amp;Forward to next project</source>
        <translation>前进到下一个项目(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="194"/>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="198"/>
        <source>● Server unreachable</source>
        <translation>● 服务器无法连接</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="205"/>
        <source>Scope: {0}</source>
        <translation>数据范围：{0}</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="214"/>
        <source>Sandtable</source>
        <translation>工程沙盘</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../app/map_controller.py" line="92"/>
        <source>Project status</source>
        <translation>工程状态</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="92"/>
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="93"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="240"/>
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="240"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="240"/>
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
    <name>OverviewTab</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="59"/>
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="60"/>
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="60"/>
        <source>not issued</source>
        <translation>未核发</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="61"/>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62"/>
        <source>Project type</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63"/>
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="64"/>
        <source>Location</source>
        <translation>工程位置</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="65"/>
        <source>Coordinates (WGS-84)</source>
        <translation>坐标（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="66"/>
        <source>Floor area (m²)</source>
        <translation>建筑面积（㎡）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="67"/>
        <source>Cost (10k yuan)</source>
        <translation>工程造价（万元）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="68"/>
        <source>Planned start / end</source>
        <translation>计划开工 / 竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="69"/>
        <source>Actual start / end</source>
        <translation>实际开工 / 竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="84"/>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="84"/>
        <source>Participating units</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="85"/>
        <source>Key personnel</source>
        <translation>关键岗位人员</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="85"/>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="85"/>
        <source>Role</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="86"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="87"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="88"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <location filename="../../widgets/paging_bar.py" line="18"/>
        <source>« First</source>
        <translation>« 首页</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="19"/>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="20"/>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="21"/>
        <source>Last »</source>
        <translation>末页 »</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="52"/>
        <source>{0} projects</source>
        <translation>共 {0} 个项目</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="53"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} / {1} 页</translation>
    </message>
</context>
<context>
    <name>ProjectDossier</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="113"/>
        <source>Overview</source>
        <translation>工程概况</translation>
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
</TS>
