<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="204" />
        <source>Sub-divisional work acceptance</source>
        <translation>分部工程验收</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="210" />
        <source>Participating units or people, separated by 、</source>
        <translation>参加验收的单位或人员，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="211" />
        <source>Accepted as qualified</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="214" />
        <source>Sub-divisional work</source>
        <translation>分部工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="215" />
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="216" />
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="217" />
        <source>Result</source>
        <translation>验收结论</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="218" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="225" />
        <source>Name the sub-divisional work.</source>
        <translation>请填写分部工程名称。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="228" />
        <source>List who took part in the acceptance.</source>
        <translation>请填写参加验收的单位或人员。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="232" />
        <source>Say why the work was not accepted.</source>
        <translation>请说明验收不合格的原因。</translation>
    </message>
</context>
<context>
    <name>BasicInfoForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="62" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="68" />
        <source> ×10k yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="69" />
        <location filename="../../widgets/reporting/project_forms.py" line="70" />
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="72" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="72" />
        <location filename="../../widgets/reporting/project_forms.py" line="77" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="77" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="77" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="78" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="78" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="80" />
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="82" />
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="92" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="93" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="94" />
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="95" />
        <source>Construction cost</source>
        <translation>工程造价</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="96" />
        <source>Planned start</source>
        <translation>计划开工日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="97" />
        <source>Leave unticked while the date is not known.</source>
        <translation>日期未定时请不要勾选。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="98" />
        <source>Planned completion</source>
        <translation>计划竣工日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="99" />
        <source>Participating units</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="100" />
        <source>Units are changed by the construction unit through the supervision agency.</source>
        <translation>参建单位由建设单位通过监督机构变更。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="101" />
        <source>Key personnel</source>
        <translation>关键岗位人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="102" />
        <source>Project manager, chief supervising engineer and full-time safety officers, each with a certificate number.</source>
        <translation>项目经理、总监理工程师及专职安全生产管理人员，均需填写证书编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="105" />
        <source>Loading the project's data…</source>
        <translation>正在加载项目数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="164" />
        <source>Row {0}: enter the person's full name.</source>
        <translation>第 {0} 行：请填写人员全名。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="166" />
        <source>Row {0}: {1} needs a certificate number (at least 4 characters).</source>
        <translation>第 {0} 行：{1} 需填写证书编号（至少4个字符）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="169" />
        <source>Row {0}: certificate number {1} is listed twice.</source>
        <translation>第 {0} 行：证书编号 {1} 重复。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="172" />
        <source>Row {0}: choose the unit {1} works for.</source>
        <translation>第 {0} 行：请选择 {1} 所在单位。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="181" />
        <source>The project's data is not loaded yet.</source>
        <translation>项目数据尚未加载。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="185" />
        <source>The project name needs 4 to 200 characters.</source>
        <translation>项目名称应为4至200个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="187" />
        <source>The address needs 4 to 300 characters.</source>
        <translation>地址应为4至300个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="190" />
        <source>The planned completion ({0}) is before the planned start ({1}).</source>
        <translation>计划竣工日期（{0}）早于计划开工日期（{1}）。</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <location filename="../../widgets/common/formatting.py" line="24" />
        <source>{0} days overdue · escalation level {1}</source>
        <translation>已逾期 {0} 天 · 督办等级 {1}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="30" />
        <source>only photos (JPEG, PNG) and PDF documents are accepted</source>
        <translation>仅接受照片（JPEG、PNG）和 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="31" />
        <source>only JPEG or PNG photos are accepted</source>
        <translation>仅接受 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="32" />
        <source>only a PDF document is accepted</source>
        <translation>仅接受 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="33" />
        <source>the file is larger than 20 MB</source>
        <translation>文件超过 20 MB</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="34" />
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="35" />
        <source>the photo cannot be opened: the file is damaged or not a complete JPEG or PNG</source>
        <translation>照片无法打开：文件已损坏或不是完整的 JPEG/PNG</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="67" />
        <source>{0} cannot be uploaded: {1}.</source>
        <translation>{0} 无法上传：{1}。</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <location filename="../../app/cases_controller.py" line="131" />
        <source>Supervision</source>
        <translation>监督执法</translation>
    </message>
</context>
<context>
    <name>CasesScene</name>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="40" />
        <source>Level 1 · reminded</source>
        <translation>一级 · 已提醒</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="40" />
        <source>Level 2 · escalated</source>
        <translation>二级 · 已升级</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="40" />
        <source>Level 3 · enforcement</source>
        <translation>三级 · 执法处理</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="96" />
        <source>Nothing overdue: every rectification notice is within its deadline</source>
        <translation>无逾期：所有整改通知均在期限内</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="102" />
        <source>Follow-ups overdue</source>
        <translation>逾期跟踪事项</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="154" />
        <source>{0} more cities: {1} notices</source>
        <translation>其余 {0} 个市：{1} 份</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="178" />
        <source>Case pressure</source>
        <translation>案件压力</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="188" />
        <source>Overdue rectification notices by city</source>
        <translation>各市逾期整改通知</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="208" />
        <source>Overdue notices</source>
        <translation>逾期整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="223" />
        <source>Follow-ups</source>
        <translation>跟踪事项</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="228" />
        <source>open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="229" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="236" />
        <source>Verification backlog</source>
        <translation>待核验积压</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/cases_scene.py" line="239" />
        <source>waiting for a supervisor</source>
        <translation>等待监督人员核验</translation>
    </message>
</context>
<context>
    <name>CityRanking</name>
    <message>
        <location filename="../../widgets/wall/kpi.py" line="159" />
        <source>Active alarms</source>
        <translation>活动报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi.py" line="159" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/kpi.py" line="159" />
        <source>Building</source>
        <translation>在建</translation>
    </message>
</context>
<context>
    <name>DangerousWorkForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="64" />
        <source>Excavation depth</source>
        <translation>开挖深度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="65" />
        <source>Erection height</source>
        <translation>搭设高度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="66" />
        <source>Erection span</source>
        <translation>搭设跨度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="67" />
        <source>Total construction load</source>
        <translation>施工总荷载</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="68" />
        <source>Concentrated line load</source>
        <translation>集中线荷载</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="69" />
        <source>Weight of a single lift</source>
        <translation>单件起吊重量</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="70" />
        <source>Lifting capacity</source>
        <translation>起重量</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="71" />
        <source>Total installation height</source>
        <translation>搭设总高度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="72" />
        <source>Lifting height</source>
        <translation>提升高度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="73" />
        <source>Height of one cantilevered segment</source>
        <translation>分段架体搭设高度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="74" />
        <source>Installation height</source>
        <translation>施工高度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="75" />
        <source>Special structure (bridge, viaduct, chimney, water tower, flammable or explosive)</source>
        <translation>桥梁、高架、烟囱、水塔或易燃易爆等特殊建构筑物</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="89" />
        <source>{0} is always a {1}</source>
        <translation>{0}一律属于{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="105" />
        <source>Dangerous sub-project registration</source>
        <translation>危大工程登记</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="109" />
        <source>e.g. 1# building foundation pit</source>
        <translation>例如：1#楼基坑工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="120" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="121" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="122" />
        <source>Scale parameters</source>
        <translation>规模参数</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="123" />
        <source>Classification</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="124" />
        <source>Under 建办质〔2018〕31号; a work beyond a certain scale needs an expert review of its special plan.</source>
        <translation>依据建办质〔2018〕31号；超过一定规模的危大工程，其专项施工方案须经专家论证。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="126" />
        <source>Location on site</source>
        <translation>施工部位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="127" />
        <source>Planned start of operation</source>
        <translation>计划施工开始日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="128" />
        <source>Planned end of operation</source>
        <translation>计划施工结束日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="158" />
        <source>No scale parameters: the type decides.</source>
        <translation>无规模参数：按类型判定。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="183" />
        <source>Enter at least one scale parameter.</source>
        <translation>请至少填写一项规模参数。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="189" />
        <source>Below the thresholds: this is not a dangerous sub-project and is not registered.</source>
        <translation>未达到危大工程标准：不属于危大工程，无需登记。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="197" />
        <source>Name the work (at least 2 characters).</source>
        <translation>请填写工程名称（至少2个字符）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="201" />
        <source>These values stay below the thresholds of a dangerous sub-project; check them or do not register the work.</source>
        <translation>所填参数未达到危大工程标准，请核对，或无需登记。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="204" />
        <source>Enter at least one scale parameter for a {0}.</source>
        <translation>请至少填写一项{0}的规模参数。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="207" />
        <source>The operation cannot end ({0}) before it starts ({1}).</source>
        <translation>结束日期（{0}）不能早于开始日期（{1}）。</translation>
    </message>
</context>
<context>
    <name>DeductionDecisionDialog</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="534" />
        <source>Decide on a proposed deduction</source>
        <translation>审核拟扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="539" />
        <source>Confirm deduction</source>
        <translation>确认扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="541" />
        <source>Reject deduction</source>
        <translation>不予扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="546" />
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
        <location filename="../../widgets/cases/forms.py" line="550" />
        <source>Comment (required when rejecting)</source>
        <translation>审核意见（不予扣分时必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="564" />
        <source>Say why the deduction is rejected.</source>
        <translation>请说明不予扣分的理由。</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <location filename="../../app/demo_accounts.py" line="15" />
        <source>Province supervisor, Guangdong</source>
        <translation>省级监督员（广东省）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="16" />
        <source>City supervisor, Guangzhou</source>
        <translation>市级监督员（广州市）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="17" />
        <source>City supervisor, Shenzhen</source>
        <translation>市级监督员（深圳市）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="18" />
        <source>District supervisor, Tianhe</source>
        <translation>区级监督员（天河区）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="19" />
        <source>Enterprise administrator, general contractor</source>
        <translation>企业管理员（施工总承包单位）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="20" />
        <source>Wall display, whole province</source>
        <translation>指挥中心大屏（全省）</translation>
    </message>
    <message>
        <location filename="../../app/demo_accounts.py" line="21" />
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../widgets/device_table_model.py" line="51" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="52" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="53" />
        <source>Silent</source>
        <translation>静默</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="54" />
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="75" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="76" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="77" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="79" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="81" />
        <source>Last seen</source>
        <translation>最后上报</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="82" />
        <source>Active warning</source>
        <translation>当前预警</translation>
    </message>
    <message>
        <location filename="../../widgets/device_table_model.py" line="85" />
        <source>Last values</source>
        <translation>最新数值</translation>
    </message>
</context>
<context>
    <name>DraftNoticeForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="410" />
        <source>Draft rectification notice — {0}</source>
        <translation>起草整改通知书 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="414" />
        <source>Hazard level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="414" />
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="415" />
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="428" />
        <source>(from the checklist)</source>
        <translation>（取自检查表）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="433" />
        <source>A finding outside the checklist needs its legal basis here.</source>
        <translation>检查表以外的问题须在此填写依据。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="442" />
        <source>Order work to stop until rectified (stop-work order)</source>
        <translation>责令停工整改（停工通知）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="447" />
        <source>Rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="444" />
        <source>Findings to include (tick) — double-click a legal basis to edit it</source>
        <translation>纳入通知书的问题（勾选）— 双击依据可编辑</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="460" />
        <source>Finding {0} is outside the checklist: state its legal basis.</source>
        <translation>第 {0} 项问题不在检查表内：请填写依据。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="465" />
        <source>Choose at least one finding.</source>
        <translation>请至少选择一项问题。</translation>
    </message>
</context>
<context>
    <name>EnterpriseWorkspace</name>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="66" />
        <source>Report…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="68" />
        <source>Settle selected item…</source>
        <translation>办理所选事项…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="70" />
        <location filename="../../widgets/reporting/workspace.py" line="277" />
        <source>Resubmit…</source>
        <translation>重新提交…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="72" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="87" />
        <source>My projects</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="87" />
        <source>Due this month</source>
        <translation>本月待办</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="88" />
        <source>Returned items</source>
        <translation>退回事项</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="115" />
        <location filename="../../widgets/reporting/workspace.py" line="150" />
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="116" />
        <source>{0} waiting for verification</source>
        <translation>{0} 项待核验</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="117" />
        <source>{0} returned — action needed</source>
        <translation>{0} 项被退回，需处理</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="118" />
        <source>Basic information not yet confirmed</source>
        <translation>基本信息尚未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="124" />
        <location filename="../../widgets/reporting/workspace.py" line="155" />
        <location filename="../../widgets/reporting/workspace.py" line="167" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="125" />
        <source>City / district</source>
        <translation>市 / 区县</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="126" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="127" />
        <source>Construction permit</source>
        <translation>施工许可证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="127" />
        <source>not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="128" />
        <location filename="../../widgets/reporting/workspace.py" line="158" />
        <source>Verification</source>
        <translation>核验状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="136" />
        <source>Progress photos for {0} not reported yet</source>
        <translation>{0} 形象进度照片尚未上报</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="137" />
        <source>No safety officer duty recorded in {0}</source>
        <translation>{0} 尚无安全员带班记录</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="138" />
        <source>Dangerous sub-project “{0}” is planned to start</source>
        <translation>危大工程“{0}”计划开始施工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="139" />
        <source>Dangerous sub-project “{0}” is planned to end</source>
        <translation>危大工程“{0}”计划完成施工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="140" />
        <source>Special plan of “{0}” is not approved</source>
        <translation>“{0}”专项施工方案未审批</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="141" />
        <source>Inspection certificate of {0} expires</source>
        <translation>{0} 检验合格证即将到期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="142" />
        <source>Inspection certificate of {0} has expired</source>
        <translation>{0} 检验合格证已过期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="143" />
        <source>{1} of {0} planned</source>
        <translation>{0} 计划{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="150" />
        <source>Unverified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="154" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="156" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="166" />
        <source>Returned on</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="168" />
        <source>Report</source>
        <translation>上报事项</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="169" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="170" />
        <source>Supervisor's comment</source>
        <translation>监督员意见</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="234" />
        <source>Select a project first.</source>
        <translation>请先选择项目。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="251" />
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="251" />
        <source>Returned: {0}
What did you correct?</source>
        <translation>退回意见：{0}
请说明整改内容：</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="260" />
        <source>Say what you corrected before resubmitting.</source>
        <translation>重新提交前请说明已改正的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="273" />
        <source>Open dossier</source>
        <translation>打开项目档案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/workspace.py" line="275" />
        <source>Settle this item…</source>
        <translation>办理此事项…</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="427" />
        <source>Lifting equipment</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="441" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="442" />
        <source>Model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="443" />
        <source>Use registration no.</source>
        <translation>使用登记编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="444" />
        <source>Property record no.</source>
        <translation>产权备案编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="445" />
        <source>Rated lifting capacity</source>
        <translation>额定起重量</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="446" />
        <source>Manufacturer</source>
        <translation>制造单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="447" />
        <source>Inspection certificate no.</source>
        <translation>检验合格证编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="448" />
        <source>Certificate valid until</source>
        <translation>合格证有效期至</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="449" />
        <source>Monitoring device code</source>
        <translation>监测设备编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="450" />
        <source>Optional: links a tower crane to its safety-monitoring device.</source>
        <translation>选填：关联塔式起重机的安全监控设备。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="458" />
        <source>Enter the model.</source>
        <translation>请填写规格型号。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="460" />
        <source>Enter the use registration number (at least 4 characters).</source>
        <translation>请填写使用登记编号（至少4个字符）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="462" />
        <source>The rated capacity must be above 0 kN.</source>
        <translation>额定起重量应大于0 kN。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="464" />
        <source>Enter the manufacturer.</source>
        <translation>请填写制造单位。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="466" />
        <source>Enter the inspection certificate number.</source>
        <translation>请填写检验合格证编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="469" />
        <source>The inspection certificate expired on {0}: the machine may not be used until it is inspected again.</source>
        <translation>检验合格证已于 {0} 过期：重新检验合格前不得使用。</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../app/error_text.py" line="116" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="118" />
        <source>The server is busy with other sign-ins. Try again in a few seconds.</source>
        <translation>服务器正忙于处理其他登录，请几秒钟后重试。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="120" />
        <source>Too many failed attempts. Wait a few minutes and try again, or ask an administrator for help.</source>
        <translation>登录失败次数过多。请等待几分钟后再试，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="123" />
        <source>This account is waiting for approval by an administrator.</source>
        <translation>该账号正在等待管理员审核。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="124" />
        <source>This account has been disabled. Contact an administrator.</source>
        <translation>该账号已被停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="125" />
        <source>The registration of this account was rejected.</source>
        <translation>该账号的注册申请未通过审核。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="92" />
        <source>Cannot reach the server at {0}. Check the network or the server address.</source>
        <translation>无法连接服务器 {0}，请检查网络或服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="98" />
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="100" />
        <source>Access denied: {0}</source>
        <translation>无权访问：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="102" />
        <source>Not found, or outside your data scope.</source>
        <translation>未找到，或不在您的数据权限范围内。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="107" />
        <source>The server reported an error (HTTP {0}, {1}): {2}</source>
        <translation>服务器返回错误（HTTP {0}，{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="109" />
        <source>The server sent an unexpected answer; client and server versions may not match.</source>
        <translation>服务器返回的数据格式无法识别，客户端与服务器版本可能不一致。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="110" />
        <source>Unexpected error: {0}</source>
        <translation>发生意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../widgets/common/evidence.py" line="84" />
        <source>Evidence (photos JPEG/PNG or PDF, at most 20 MB each) — drop files here or</source>
        <translation>整改佐证（JPEG/PNG 照片或 PDF，单个不超过 20 MB）— 拖放文件到此处或</translation>
    </message>
    <message>
        <location filename="../../widgets/common/evidence.py" line="86" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="135" />
        <location filename="../../widgets/common/evidence.py" line="88" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="217" />
        <location filename="../../widgets/common/evidence.py" line="93" />
        <source>Uploading %v of %m</source>
        <translation>正在上传 %v / %m</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="72" />
        <source>{0} cannot be read: {1}</source>
        <translation>{0} 无法读取：{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="153" />
        <location filename="../../widgets/common/evidence.py" line="126" />
        <source>{0} ({1} KB)</source>
        <translation>{0}（{1} KB）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/evidence.py" line="154" />
        <source>Choose evidence</source>
        <translation>选择整改佐证</translation>
    </message>
    <message>
        <location filename="../../widgets/common/evidence.py" line="83" />
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和 PDF 文件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/export_controller.py" line="43" />
        <location filename="../../app/export_controller.py" line="54" />
        <source>Export project list</source>
        <translation>导出项目清单</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="44" />
        <source>projects.xlsx</source>
        <translation>工程项目清单.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="44" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="50" />
        <source>An export is already running.</source>
        <translation>已有导出任务正在进行。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="53" />
        <source>Fetching projects…</source>
        <translation>正在获取项目数据…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="53" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="72" />
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="77" />
        <source>Fetched {0} of {1} projects…</source>
        <translation>已获取 {0} / {1} 个项目…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="81" />
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="88" />
        <source>Exported {0} projects to {1}</source>
        <translation>已导出 {0} 个项目至 {1}</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="94" />
        <source>Export map view</source>
        <translation>导出地图视图</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="95" />
        <source>map.png</source>
        <translation>工程沙盘地图.png</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="95" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="100" />
        <source>Saving the map view…</source>
        <translation>正在保存地图视图…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="106" />
        <source>Saved the map view to {0}</source>
        <translation>地图视图已保存至 {0}</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.py" line="120" />
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../widgets/filter_bar.py" line="26" />
        <source>Search name, permit no., project code, address…</source>
        <translation>搜索项目名称、施工许可证号、项目编码、地址…</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="28" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="29" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="31" />
        <source>All project types</source>
        <translation>全部工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="35" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_bar.py" line="51" />
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
</context>
<context>
    <name>FindingPhotos</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="133" />
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="165" />
        <source>Choose photos of this finding</source>
        <translation>选择该问题的照片</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="51" />
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="60" />
        <source>Urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="60" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="61" />
        <source>Close follow-up</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="66" />
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="79" />
        <source>deadline {0}</source>
        <translation>期限 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="86" />
        <source>Project: {0} · Source: {1} · Status: {2} · Assigned to: {3}</source>
        <translation>项目：{0} · 来源：{1} · 状态：{2} · 责任单位：{3}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="88" />
        <source>No action taken yet.</source>
        <translation>尚未处理。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/follow_up_dialog.py" line="105" />
        <source>Describe what was done about the warning.</source>
        <translation>请说明针对该预警采取的措施。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../widgets/common/form_dialog.py" line="161" />
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../widgets/common/form_dialog.py" line="178" />
        <source>Still sending: the form closes when the server has answered.</source>
        <translation>正在提交：服务器答复后表单才会关闭。</translation>
    </message>
</context>
<context>
    <name>GridScene</name>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="35" />
        <source>Live monitoring</source>
        <translation>实时监测</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="43" />
        <location filename="../../widgets/wall/grid_scene.py" line="79" />
        <source>No devices to show</source>
        <translation>没有可显示的设备</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="81" />
        <source>Showing {0} of {1} devices, most urgent first</source>
        <translation>显示 {1} 台设备中的 {0} 台，最紧急的在前</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="83" />
        <source>All {0} devices</source>
        <translation>全部 {0} 台设备</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="142" />
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/grid_scene.py" line="142" />
        <source>● Connection lost</source>
        <translation>● 连接中断</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="181" />
        <source>New inspection — {0}</source>
        <translation>新建监督检查 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="196" />
        <source>Names separated by 、 or commas</source>
        <translation>姓名之间用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="202" />
        <source>Add selected items as findings ↓</source>
        <translation>将选中条目记为问题 ↓</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="204" />
        <source>Add a finding outside the checklist</source>
        <translation>添加检查表以外的问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="206" />
        <source>Remove finding</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="209" />
        <source>Checklist item</source>
        <translation>检查条目</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="209" />
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="210" />
        <source>Hazard level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="210" />
        <source>Photos (JPEG/PNG)</source>
        <translation>照片（JPEG/PNG）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="220" />
        <source>Checklist template</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="221" />
        <source>Inspection type</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="222" />
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="223" />
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="224" />
        <source>Summary</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="230" />
        <source>Checklist items (double-click to record a finding)</source>
        <translation>检查条目（双击记为问题）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="233" />
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="237" />
        <source>Loading checklists…</source>
        <translation>正在加载检查表…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="269" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="320" />
        <source>Finding {0}: at most {1} photos; {2} not added.</source>
        <translation>问题 {0}：最多 {1} 张照片，{2} 张未添加。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="327" />
        <source>Finding {0}, photos not added:
{1}</source>
        <translation>问题 {0}，以下照片未添加：
{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="351" />
        <source>Photo {0} could not be uploaded: {1}
Nothing was recorded; press OK to try again.</source>
        <translation>照片 {0} 上传失败：{1}
检查记录尚未保存，请按“确定”重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="375" />
        <source>Uploading photos…</source>
        <translation>正在上传照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="387" />
        <source>Name at least one inspector.</source>
        <translation>请至少填写一名检查人员。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="393" />
        <source>Finding {0}: describe the problem found.</source>
        <translation>第 {0} 项问题：请描述存在的问题。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="47" />
        <source>Planned</source>
        <translation>拟建</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="48" />
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="49" />
        <source>Suspended</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="50" />
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="51" />
        <source>Completion accepted</source>
        <translation>已竣工验收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="52" />
        <source>Housing</source>
        <translation>房屋建筑</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="53" />
        <source>Municipal works</source>
        <translation>市政工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="54" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="55" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="56" />
        <source>High</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="57" />
        <location filename="../../widgets/labels.py" line="83" />
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="58" />
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="59" />
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="60" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="61" />
        <source>Province supervisor</source>
        <translation>省级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="62" />
        <source>City supervisor</source>
        <translation>市级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="63" />
        <source>District supervisor</source>
        <translation>区级监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="64" />
        <source>Enterprise administrator</source>
        <translation>企业管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="65" />
        <source>Enterprise staff</source>
        <translation>企业人员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="66" />
        <source>Wall display</source>
        <translation>大屏展示</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="67" />
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="68" />
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="69" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="70" />
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="71" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="72" />
        <source>Construction unit</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="73" />
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="74" />
        <source>Supervision unit</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="75" />
        <source>Survey unit</source>
        <translation>勘察单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="76" />
        <source>Design unit</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="77" />
        <source>Testing agency</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="78" />
        <source>Dust/noise monitor</source>
        <translation>扬尘噪声监测仪</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="79" />
        <source>Tower-crane monitor</source>
        <translation>塔机安全监控</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="80" />
        <source>Deep-pit point</source>
        <translation>深基坑监测点</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="81" />
        <source>High-formwork point</source>
        <translation>高支模监测点</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="82" />
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="84" />
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="85" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="86" />
        <source>Indeterminate</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="87" />
        <source>Active, unacknowledged</source>
        <translation>未消除·未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="88" />
        <source>Active, acknowledged</source>
        <translation>未消除·已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="89" />
        <source>Cleared, unacknowledged</source>
        <translation>已消除·未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="90" />
        <source>Cleared, acknowledged</source>
        <translation>已消除·已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="91" />
        <source>Noise over limit</source>
        <translation>噪声超标</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="92" />
        <source>PM10 over limit</source>
        <translation>PM10 超标</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="93" />
        <source>PM2.5 over limit</source>
        <translation>PM2.5 超标</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="94" />
        <source>Crane moment</source>
        <translation>塔机力矩</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="95" />
        <source>Crane load</source>
        <translation>塔机起重量</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="96" />
        <source>Crane wind speed</source>
        <translation>塔机风速</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="97" />
        <source>Pit cumulative displacement</source>
        <translation>基坑累计位移</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="98" />
        <source>Pit displacement rate</source>
        <translation>基坑位移速率</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="99" />
        <source>Formwork cumulative settlement</source>
        <translation>高支模累计沉降</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="100" />
        <source>Formwork settlement rate</source>
        <translation>高支模沉降速率</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="101" />
        <location filename="../../widgets/labels.py" line="128" />
        <source>Device offline</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="102" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="103" />
        <source>Issued, awaiting rectification</source>
        <translation>已下发，待整改</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="104" />
        <source>Feedback submitted, awaiting review</source>
        <translation>已回复，待复查</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="105" />
        <location filename="../../widgets/labels.py" line="109" />
        <source>Returned for further rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="106" />
        <location filename="../../widgets/labels.py" line="123" />
        <location filename="../../widgets/labels.py" line="126" />
        <source>Closed</source>
        <translation>已闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="107" />
        <source>Issued the notice</source>
        <translation>签发通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="108" />
        <source>Submitted rectification feedback</source>
        <translation>提交整改回复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="110" />
        <source>Accepted and closed</source>
        <translation>复查合格，闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="111" />
        <source>General hazard</source>
        <translation>一般隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="112" />
        <source>Serious hazard</source>
        <translation>较大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="113" />
        <source>Major hazard</source>
        <translation>重大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="114" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="115" />
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="116" />
        <source>Dangerous sub-projects</source>
        <translation>危大工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="117" />
        <location filename="../../widgets/labels.py" line="141" />
        <source>Lifting machinery</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="118" />
        <source>Dust and noise</source>
        <translation>扬尘噪声</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="119" />
        <source>Comprehensive</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="120" />
        <source>Open</source>
        <translation>待督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="121" />
        <location filename="../../widgets/labels.py" line="124" />
        <source>Urged</source>
        <translation>已督办</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="122" />
        <location filename="../../widgets/labels.py" line="125" />
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="127" />
        <source>Monitoring warning</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="129" />
        <source>Notice overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="130" />
        <source>Monthly progress missing</source>
        <translation>月度形象进度未上报</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="131" />
        <source>Dangerous works plan not approved</source>
        <translation>危大工程方案未审批</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="132" />
        <source>Machinery certificate expiring</source>
        <translation>起重机械检验证书到期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="133" />
        <source>Quality test failed</source>
        <translation>质量检测不合格</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="134" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="135" />
        <source>Construction permit</source>
        <translation>施工许可证</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="136" />
        <source>Site position</source>
        <translation>地图定位</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="137" />
        <source>Project status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="138" />
        <source>Monthly image progress</source>
        <translation>月度形象进度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="139" />
        <location filename="../../widgets/labels.py" line="160" />
        <source>Dangerous sub-project</source>
        <translation>危险性较大的分部分项工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="140" />
        <source>Special construction plan</source>
        <translation>专项施工方案</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="142" />
        <source>Machinery operation plan</source>
        <translation>起重机械作业方案</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="143" />
        <source>Material entry</source>
        <translation>材料进场</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="144" />
        <source>Material test</source>
        <translation>见证取样检测</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="145" />
        <source>Sub-divisional acceptance</source>
        <translation>分部分项工程验收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="146" />
        <source>Safety duty</source>
        <translation>安全员值守</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="147" />
        <source>Safety standardisation assessment</source>
        <translation>安全标准化考评</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="148" />
        <source>Submitted, awaiting verification</source>
        <translation>已上报，待核实</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="149" />
        <location filename="../../widgets/labels.py" line="153" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="150" />
        <source>Resubmitted, awaiting verification</source>
        <translation>重新上报，待核实</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="151" />
        <location filename="../../widgets/labels.py" line="152" />
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="154" />
        <source>Resubmitted</source>
        <translation>已重新上报</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="155" />
        <source>No capture time</source>
        <translation>无拍摄时间</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="156" />
        <source>Taken outside the month</source>
        <translation>非本月拍摄</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="157" />
        <source>No GPS position</source>
        <translation>无GPS位置</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="158" />
        <source>More than 1 km from the site</source>
        <translation>距工地超过1公里</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="159" />
        <source>Below the thresholds</source>
        <translation>未达危大工程标准</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="161" />
        <source>Beyond-scale dangerous sub-project</source>
        <translation>超过一定规模的危大工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="162" />
        <source>Foundation pit</source>
        <translation>基坑工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="163" />
        <source>Formwork support</source>
        <translation>模板工程及支撑体系</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="164" />
        <source>Tool formwork</source>
        <translation>工具式模板工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="165" />
        <source>Non-standard lifting</source>
        <translation>非常规起重吊装工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="166" />
        <source>Crane installation and dismantling</source>
        <translation>起重机械安装拆卸工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="167" />
        <source>Floor-standing scaffolding</source>
        <translation>落地式钢管脚手架工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="168" />
        <source>Attached lifting scaffold</source>
        <translation>附着式升降脚手架工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="169" />
        <source>Cantilever scaffold</source>
        <translation>悬挑式脚手架工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="170" />
        <source>Suspended platform</source>
        <translation>高处作业吊篮</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="171" />
        <source>Demolition</source>
        <translation>拆除工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="172" />
        <source>Underground excavation</source>
        <translation>暗挖工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="173" />
        <source>Curtain wall installation</source>
        <translation>建筑幕墙安装工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="174" />
        <source>Manually dug pile</source>
        <translation>人工挖孔桩工程</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="175" />
        <source>Tower crane</source>
        <translation>塔式起重机</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="176" />
        <source>Construction hoist</source>
        <translation>施工升降机</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="177" />
        <source>Gantry crane</source>
        <translation>门式起重机</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="178" />
        <source>Material hoist</source>
        <translation>物料提升机</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="179" />
        <source>Bridge-erecting machine</source>
        <translation>架桥机</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="180" />
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="181" />
        <source>Wall attachment</source>
        <translation>附着</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="182" />
        <source>Jacking</source>
        <translation>顶升</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="183" />
        <source>Lowering</source>
        <translation>降节</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="184" />
        <source>Dismantling</source>
        <translation>拆卸</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="185" />
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="186" />
        <source>Expiring within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="187" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="188" />
        <source>Concrete compressive strength</source>
        <translation>混凝土抗压强度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="189" />
        <source>Rebar tensile test</source>
        <translation>钢筋拉伸</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="190" />
        <source>Rebar welds and couplers</source>
        <translation>钢筋焊接与机械连接</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="191" />
        <source>Waterproofing material</source>
        <translation>防水材料</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="192" />
        <source>Cement</source>
        <translation>水泥</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="193" />
        <source>Masonry units</source>
        <translation>砌块</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="194" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="195" />
        <source>Excellent</source>
        <translation>优良</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="196" />
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="197" />
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="198" />
        <source>Start of construction</source>
        <translation>开工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="199" />
        <source>Suspension</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="200" />
        <source>Resumption</source>
        <translation>复工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="201" />
        <source>Completion</source>
        <translation>竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="202" />
        <source>Completion acceptance</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="203" />
        <source>WGS-84 (GPS)</source>
        <translation>WGS-84（GPS）</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="204" />
        <source>CGCS2000 (Tianditu)</source>
        <translation>CGCS2000（天地图）</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="205" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="206" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="207" />
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="208" />
        <source>Chief supervising engineer</source>
        <translation>总监理工程师</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="209" />
        <source>Full-time safety officer</source>
        <translation>专职安全生产管理人员</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="215" />
        <source>PM10</source>
        <translation>PM10</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="216" />
        <source>PM2.5</source>
        <translation>PM2.5</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="217" />
        <source>TSP</source>
        <translation>总悬浮颗粒物</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="218" />
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="219" />
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="220" />
        <source>Humidity</source>
        <translation>湿度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="221" />
        <source>Air pressure</source>
        <translation>气压</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="222" />
        <source>Wind speed</source>
        <translation>风速</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="223" />
        <source>Wind direction</source>
        <translation>风向</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="224" />
        <source>Load</source>
        <translation>起重量</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="225" />
        <source>Moment</source>
        <translation>力矩</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="226" />
        <source>Radius</source>
        <translation>幅度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="227" />
        <source>Hook height</source>
        <translation>吊钩高度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="228" />
        <source>Slewing angle</source>
        <translation>回转角度</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="229" />
        <source>Tilt X</source>
        <translation>倾角 X</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="230" />
        <source>Tilt Y</source>
        <translation>倾角 Y</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="231" />
        <source>Cumulative displacement</source>
        <translation>累计位移</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="232" />
        <source>Displacement rate</source>
        <translation>位移速率</translation>
    </message>
    <message>
        <location filename="../../widgets/labels.py" line="233" />
        <source>Axial force</source>
        <translation>轴力</translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <location filename="../../widgets/live_chart.py" line="165" />
        <location filename="../../widgets/live_chart.py" line="287" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="166" />
        <source>Freeze the chart; readings keep arriving in the background</source>
        <translation>冻结图表；数据仍在后台接收</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="169" />
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="170" />
        <source>Back to the last ten minutes, following new readings</source>
        <translation>回到最近十分钟并跟随新数据</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="287" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="415" />
        <source>Connection to the server lost: reconnecting. The chart is not live.</source>
        <translation>与服务器的连接已断开，正在重连。图表不是实时数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="417" />
        <source>No reading received since the chart opened.</source>
        <translation>图表打开以来尚未收到数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="420" />
        <source>Device silent for {0}; last reading at {1}. Data is stale.</source>
        <translation>设备已静默 {0}，最后一条数据于 {1}。数据已过期。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="423" />
        <source>Paused: readings keep arriving in the background.</source>
        <translation>已暂停：数据仍在后台接收。</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="453" />
        <source>{0} level {1} {2}</source>
        <translation>{0}阈值 {1} {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="473" />
        <source>At or above the {0} level</source>
        <translation>已达到或超过{0}阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="480" />
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="481" />
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/live_chart.py" line="481" />
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>LocatorMap</name>
    <message>
        <location filename="../../widgets/locator_map.py" line="31" />
        <source>Click to place the site</source>
        <translation>点击地图放置工地位置</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="39" />
        <source>Sandtable — Log in</source>
        <translation>工程沙盘 — 登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="43" />
        <source>Construction Quality and Safety Supervision</source>
        <translation>建设工程质量安全监管</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="48" />
        <source>Server: {0}</source>
        <translation>服务器：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="52" />
        <source>Choose a demo account…</source>
        <translation>选择演示账号…</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="70" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="76" />
        <source>Demo account:</source>
        <translation>演示账号：</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="79" />
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="80" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="136" />
        <source>Enter a user name and a password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <location filename="../../app/controller.py" line="408" />
        <source>own unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="413" />
        <source>whole province</source>
        <translation>全省</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="72" />
        <source>Sandtable — Construction Quality and Safety Supervision</source>
        <translation>工程沙盘 — 建设工程质量安全监管</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="76" />
        <source>Regions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="89" />
        <source>Projects</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="112" />
        <source>Warnings inbox</source>
        <translation>预警收件箱</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="117" />
        <source>Monitoring wall</source>
        <translation>实时监测墙</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="142" />
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="143" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="146" />
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="149" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="156" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="157" />
        <source>Project list to &amp;Excel…</source>
        <translation>项目清单导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="159" />
        <source>Map view to &amp;PNG…</source>
        <translation>地图视图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="161" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="167" />
        <source>Map &amp;base layer…</source>
        <translation>地图底图(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="169" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="170" />
        <source>&amp;Search projects</source>
        <translation>搜索项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="173" />
        <source>&amp;Back to previous project</source>
        <translation>后退到上一个项目(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="176" />
        <source>&amp;Forward to next project</source>
        <translation>前进到下一个项目(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="225" />
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="225" />
        <source>&amp;My work (cases)</source>
        <translation>我的待办（案件）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="254" />
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="256" />
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="258" />
        <source>● Session ended</source>
        <translation>● 会话已结束</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="260" />
        <source>● Reconnecting since {0}</source>
        <translation>● 自 {0} 起重新连接中</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="262" />
        <source>● Reconnecting…</source>
        <translation>● 正在重连…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="272" />
        <source>Data may be out of date: the connection to the server was interrupted (since {0}). Everything reloads by itself once it is back.</source>
        <translation>数据可能已过期：与服务器的连接已中断（自 {0} 起）。连接恢复后将自动全部重新加载。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="278" />
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="280" />
        <source>Scope: {0}</source>
        <translation>数据范围：{0}</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="289" />
        <source>Sandtable</source>
        <translation>工程沙盘</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../app/map_controller.py" line="101" />
        <source>Project status</source>
        <translation>工程状态</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="101" />
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="102" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="102" />
        <source>Active monitoring warning</source>
        <translation>监测预警中</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="274" />
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="274" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/map_controller.py" line="274" />
        <source>not issued</source>
        <translation>未核发</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="19" />
        <source>Project status</source>
        <translation>工程状态</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="20" />
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="22" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="23" />
        <source>Projects</source>
        <translation>项目总数</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="24" />
        <source>Projects under construction</source>
        <translation>在建项目数</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="25" />
        <source>Projects with active warnings</source>
        <translation>有监测预警的项目</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="30" />
        <source>Colour markers by:</source>
        <translation>标注着色依据：</translation>
    </message>
    <message>
        <location filename="../../widgets/map_toolbar.py" line="33" />
        <source>Shade districts by:</source>
        <translation>区县分级设色：</translation>
    </message>
</context>
<context>
    <name>MaterialEntryForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="47" />
        <source>Material entry</source>
        <translation>材料进场</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="59" />
        <source>Quality certificate numbers, separated by 、 or commas</source>
        <translation>质量证明文件编号，用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="61" />
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="62" />
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="63" />
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="64" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="65" />
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="66" />
        <source>Supplier</source>
        <translation>供应单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="67" />
        <source>Certificates</source>
        <translation>质量证明文件</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="68" />
        <source>Entered site on</source>
        <translation>进场日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="77" />
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="79" />
        <source>The quantity must be above 0.</source>
        <translation>数量应大于0。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="82" />
        <source>Enter at least one quality certificate number.</source>
        <translation>请至少填写一个质量证明文件编号。</translation>
    </message>
</context>
<context>
    <name>MaterialTestForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="99" />
        <source>Material test (witness sampling)</source>
        <translation>材料检测（见证取样）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="113" />
        <location filename="../../widgets/reporting/records_forms.py" line="164" />
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="116" />
        <source>Material entry</source>
        <translation>材料进场</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="117" />
        <source>Testing agency</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="118" />
        <source>Test item</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="119" />
        <source>Sample no.</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="120" />
        <source>Sampled on</source>
        <translation>取样日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="121" />
        <source>Tested on</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="122" />
        <source>Test report no.</source>
        <translation>检测报告编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="123" />
        <source>Strength grade</source>
        <translation>强度等级</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="124" />
        <source>Measured strength</source>
        <translation>实测强度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="125" />
        <source>Verdict</source>
        <translation>检测结论</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="127" />
        <source>Result remarks</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="133" />
        <source>Loading testing agencies and material entries…</source>
        <translation>正在加载检测机构及材料进场记录…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="141" />
        <source>(not linked to an entry)</source>
        <translation>（不关联进场记录）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="144" />
        <source>No testing agency is registered.</source>
        <translation>尚无登记的检测机构。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="165" />
        <source>Failed — a quality warning is raised for the supervisor</source>
        <translation>不合格——将向监督员发出质量预警</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="171" />
        <source>Choose the testing agency.</source>
        <translation>请选择检测机构。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="174" />
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="177" />
        <source>Tested ({0}) before the sample was taken ({1}).</source>
        <translation>检测日期（{0}）早于取样日期（{1}）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="182" />
        <source>Enter the strength grade, e.g. C30.</source>
        <translation>请填写强度等级，例如 C30。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="184" />
        <source>Enter the measured compressive strength in MPa.</source>
        <translation>请填写实测抗压强度（MPa）。</translation>
    </message>
</context>
<context>
    <name>MonitoringGrid</name>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="28" />
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="33" />
        <source>Columns: </source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="71" />
        <source>Showing {0} of {1} devices in your scope.</source>
        <translation>显示辖区内 {1} 台设备中的 {0} 台。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_grid.py" line="73" />
        <source>%n device(s) in your scope, live.</source>
        <translation>
            <numerusform>辖区内 %n 台设备，实时数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="104" />
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_grid.py" line="104" />
        <source>● Reconnecting…</source>
        <translation>● 正在重连…</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="54" />
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="67" />
        <source>Select one or more devices (Ctrl/Shift) to chart them.</source>
        <translation>选择一台或多台设备（Ctrl/Shift）以显示曲线。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/monitoring_tab.py" line="86" />
        <source>%n monitoring device(s) on this project.</source>
        <translation>
            <numerusform>本项目共 %n 台监测设备。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="147" />
        <source>transmitting</source>
        <translation>正常传输</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="147" />
        <source>NOT transmitting</source>
        <translation>未在传输</translation>
    </message>
    <message>
        <location filename="../../widgets/monitoring_tab.py" line="149" />
        <source>{0}: {1}; last 24 h: {2} readings, data in {3:.1%} of the minutes, {4} silent stretch(es) of 10 min or more.</source>
        <translation>{0}：{1}；近 24 小时 {2} 条数据，有数据的分钟占 {3:.1%}，10 分钟以上的中断 {4} 次。</translation>
    </message>
</context>
<context>
    <name>MonthlyReviewDialog</name>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="51" />
        <source>Monthly review — {0}</source>
        <translation>月度核查 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="64" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="69" />
        <source>Check</source>
        <translation>核查项</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="70" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="70" />
        <source>OK</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="70" />
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="72" />
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="77" />
        <source>Remark of the review (what was found, what to follow up)</source>
        <translation>核查意见（发现的问题、需跟进的事项）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="79" />
        <source>Record review</source>
        <translation>记录核查</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="98" />
        <source>Monthly image progress</source>
        <translation>月度形象进度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="99" />
        <source>Reports waiting for verification</source>
        <translation>待核实的上报</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="100" />
        <source>Special plans of dangerous works in operation approved</source>
        <translation>施工中危大工程专项施工方案已审批</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="101" />
        <source>Lifting machinery inspection certificates</source>
        <translation>起重机械检验合格证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="102" />
        <source>Witnessed sampling tests</source>
        <translation>见证取样检测</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="103" />
        <source>Safety personnel on duty</source>
        <translation>安全员值守</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="104" />
        <source>Safety standardisation assessment</source>
        <translation>安全标准化考评</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="121" />
        <source>Reviewed by {0} on {1}: {2}</source>
        <translation>已由 {0} 于 {1} 核查：{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="124" />
        <source>Not reviewed yet · {0} item(s) need attention (live checklist)</source>
        <translation>尚未核查 · {0} 项需关注（实时清单）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/monthly_review.py" line="143" />
        <source>Review of {0} recorded.</source>
        <translation>{0} 月度核查已记录。</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="44" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="74" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="78" />
        <source>{0} selected</source>
        <translation>已选 {0} 项</translation>
    </message>
    <message>
        <location filename="../../widgets/multi_select_button.py" line="79" />
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>NoticeDetail</name>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="53" />
        <source>Stop-work order</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="57" />
        <source>Preview / print notice…</source>
        <translation>预览 / 打印通知书…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="62" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="63" />
        <source>Hazard level</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="64" />
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="65" />
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="86" />
        <location filename="../../widgets/cases/notice_detail.py" line="148" />
        <source>Comment (required when returning a notice)</source>
        <translation>复查意见（退回整改时必填）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="90" />
        <source>Issue notice</source>
        <translation>签发通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="91" />
        <source>Return for further rectification</source>
        <translation>退回整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="92" />
        <source>Accept and close</source>
        <translation>复查合格，闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="93" />
        <source>Submit rectification feedback</source>
        <translation>提交整改回复</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="81" />
        <source>&lt;b&gt;Rectification items&lt;/b&gt;</source>
        <translation>&lt;b&gt;整改事项&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="45" />
        <source>&lt;b&gt;Case timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;办理过程&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="96" />
        <source>Loading notice…</source>
        <translation>正在加载通知书…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="108" />
        <location filename="../../widgets/cases/notice_detail.py" line="205" />
        <source>Draft notice</source>
        <translation>通知书草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="109" />
        <source>Stop-work rectification notice</source>
        <translation>责令停工整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="109" />
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="110" />
        <source>(draft, numbered when issued)</source>
        <translation>（草稿，签发时编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="116" />
        <source>Project: {0} · Addressed to: {1} · Issued by: {2}</source>
        <translation>工程：{0} · 受检单位：{1} · 签发机构：{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="128" />
        <source>Closed on {0}</source>
        <translation>已于 {0} 闭环</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="130" />
        <source>Overdue: deadline {0}, {1}</source>
        <translation>已逾期：整改期限 {0}，{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="135" />
        <source>Deadline {0} ({1} days left)</source>
        <translation>整改期限 {0}（剩余 {1} 天）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="138" />
        <source>Deadline {0}</source>
        <translation>整改期限 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="147" />
        <source>Describe the rectification done</source>
        <translation>请说明整改落实情况</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="155" />
        <source>Drafted the notice</source>
        <translation>起草通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="164" />
        <source>No events yet.</source>
        <translation>暂无办理记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/lifecycle_detail.py" line="243" />
        <source>Document {0} (not accessible)</source>
        <translation>附件 {0}（无权查看）</translation>
    </message>
    <message>
        <location filename="../../widgets/common/lifecycle_detail.py" line="245" />
        <location filename="../../widgets/common/lifecycle_detail.py" line="257" />
        <source>Document {0}</source>
        <translation>附件 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="170" />
        <source>Say what is still to be done before returning the notice.</source>
        <translation>退回整改前，请说明仍需整改的内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="172" />
        <source>Attach at least one photo or document as evidence of the rectification.</source>
        <translation>请至少附一张整改照片或一份佐证文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/notice_detail.py" line="189" />
        <source>Done: {0}.</source>
        <translation>已完成：{0}。</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="484" />
        <source>Lifting equipment operation plan</source>
        <translation>起重机械作业方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="493" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="493" />
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="493" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="495" />
        <source>Add crew member</source>
        <translation>添加作业人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="502" />
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="503" />
        <source>Operation</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="504" />
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="505" />
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="506" />
        <source>Crew</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="506" />
        <source>Installers and signallers with their special operations certificates.</source>
        <translation>安装拆卸工、信号司索工等，须填写特种作业操作资格证书编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="508" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="510" />
        <source>Loading the project's lifting equipment…</source>
        <translation>正在加载项目的起重机械…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="516" />
        <source>Register the lifting equipment first.</source>
        <translation>请先登记起重机械。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="527" />
        <source>Choose the machine.</source>
        <translation>请选择设备。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="530" />
        <source>The operation cannot end ({0}) before it starts ({1}).</source>
        <translation>结束日期（{0}）不能早于开始日期（{1}）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="539" />
        <source>Row {0}: name, trade and certificate number (at least 4 characters) are all needed.</source>
        <translation>第 {0} 行：姓名、工种和证书编号（至少4个字符）均需填写。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="544" />
        <source>List at least one certified crew member.</source>
        <translation>请至少填写一名持证作业人员。</translation>
    </message>
</context>
<context>
    <name>OperationPeriodForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="388" />
        <source>Actual operation period</source>
        <translation>实际施工时间</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="389" />
        <source>Started on</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="390" />
        <source>Ended on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="404" />
        <source>Choose the dangerous sub-project.</source>
        <translation>请选择危大工程。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="408" />
        <source>Report the start, the end or both.</source>
        <translation>请上报开始日期、结束日期或两者。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="410" />
        <source>The start {0} is in the future.</source>
        <translation>开始日期 {0} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="413" />
        <source>The end {0} is in the future.</source>
        <translation>结束日期 {0} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="415" />
        <source>The operation cannot end before it started ({0}).</source>
        <translation>结束日期不能早于开始日期（{0}）。</translation>
    </message>
</context>
<context>
    <name>OverviewScene</name>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="27" />
        <source>Overview</source>
        <translation>工程概况</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="28" />
        <source>Active alarms</source>
        <translation>活动报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="30" />
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="31" />
        <source>Stop-work</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="32" />
        <source>Overdue notices</source>
        <translation>逾期整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="34" />
        <source>Devices online</source>
        <translation>设备在线</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="35" />
        <source>Follow-ups overdue</source>
        <translation>逾期跟踪事项</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="48" />
        <source>Projects and active alarms</source>
        <translation>在建项目与活动报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/overview_scene.py" line="49" />
        <source>Cities by pressure</source>
        <translation>各市监管压力</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="62" />
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63" />
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="63" />
        <source>not issued</source>
        <translation>未核发</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="64" />
        <location filename="../../widgets/project_dossier.py" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="65" />
        <source>Project type</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="66" />
        <source>Safety risk level</source>
        <translation>安全风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="67" />
        <source>Risk score / supervisor's grade</source>
        <translation>风险评分 / 监督评定等级</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="68" />
        <source>{0:.1f} / {1}</source>
        <translation>{0:.1f} / {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="69" />
        <source>Location</source>
        <translation>工程位置</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="70" />
        <source>Coordinates (WGS-84)</source>
        <translation>坐标（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="71" />
        <source>Floor area (m²)</source>
        <translation>建筑面积（㎡）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="72" />
        <source>Cost (10k yuan)</source>
        <translation>工程造价（万元）</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="73" />
        <source>Planned start / end</source>
        <translation>计划开工 / 竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="74" />
        <source>Actual start / end</source>
        <translation>实际开工 / 竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89" />
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="89" />
        <source>Participating units</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90" />
        <source>Key personnel</source>
        <translation>关键岗位人员</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90" />
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="90" />
        <source>Role</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="91" />
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="91" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="91" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="92" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="92" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="92" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="93" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="93" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PagingBar</name>
    <message>
        <location filename="../../widgets/paging_bar.py" line="20" />
        <source>« First</source>
        <translation>« 首页</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="21" />
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="22" />
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="23" />
        <source>Last »</source>
        <translation>末页 »</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="54" />
        <source>{0} projects</source>
        <translation>共 {0} 个项目</translation>
    </message>
    <message>
        <location filename="../../widgets/paging_bar.py" line="55" />
        <source>Page {0} of {1}</source>
        <translation>第 {0} / {1} 页</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="36" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="38" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="40" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="53" />
        <source>{0} page(s)</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="54" />
        <source>The PDF could not be read.</source>
        <translation>无法读取该 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="87" />
        <source>Save notice</source>
        <translation>保存通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/common/pdf_preview.py" line="88" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PermitForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="207" />
        <source>Enter the construction permit number.</source>
        <translation>请输入施工许可证编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="209" />
        <source>A construction permit number has exactly 18 digits (you entered {0} characters).</source>
        <translation>施工许可证编号为18位数字（当前输入 {0} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="214" />
        <source>Digits 7–14 must be the issue date (yyyymmdd); {0} is not a date.</source>
        <translation>第7–14位应为发证日期（yyyymmdd），{0} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="216" />
        <source>The issue year must be 19xx or 20xx.</source>
        <translation>发证年份应为19xx或20xx。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="222" />
        <source>Construction permit binding</source>
        <translation>施工许可证绑定</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="226" />
        <source>Construction permit no.</source>
        <translation>施工许可证编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="227" />
        <source>18 digits: district code (6) + issue date yyyymmdd (8) + sequence (4). One permit binds to one project only.</source>
        <translation>18位数字：行政区划代码（6位）+ 发证日期 yyyymmdd（8位）+ 顺序号（4位）。一证只能绑定一个项目。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="74" />
        <source>Taken: {0}</source>
        <translation>拍摄时间：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="76" />
        <source>{0:.2f} km from the site</source>
        <translation>距工地 {0:.2f} 公里</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="89" />
        <source>the data is not an image</source>
        <translation>数据不是图片</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_strip.py" line="94" />
        <source>{0} of {1} thumbnails could not be loaded: {2}</source>
        <translation>{1} 张缩略图中有 {0} 张无法加载：{2}</translation>
    </message>
</context>
<context>
    <name>PhotoUploadDialog</name>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="64" />
        <source>Monthly progress photos — {0}</source>
        <translation>月度形象进度照片 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="75" />
        <source>e.g. main structure at the 12th floor</source>
        <translation>例如：主体结构施工至12层</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="76" />
        <source>JPEG or PNG photos, at most 20 MB each — drop them here or</source>
        <translation>JPEG 或 PNG 照片，每张不超过 20 MB —— 拖放到此处，或</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="166" />
        <location filename="../../widgets/reporting/photo_upload.py" line="77" />
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="83" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="83" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="83" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="84" />
        <source>Taken at (EXIF)</source>
        <translation>拍摄时间（EXIF）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="84" />
        <source>From site</source>
        <translation>距工地</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="85" />
        <source>Flags for the supervisor</source>
        <translation>提示监督员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="92" />
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="99" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="100" />
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="127" />
        <source>%p% — photo 1 of {0}</source>
        <translation>%p% — 第 1 张，共 {0} 张</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="153" />
        <location filename="../../widgets/reporting/photo_upload.py" line="168" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="166" />
        <source>%p% — photo {0} of {1}</source>
        <translation>%p% — 第 {0} 张，共 {1} 张</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="169" />
        <source>Uploading…</source>
        <translation>上传中…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="178" />
        <source>Not sent: {0}</source>
        <translation>未发送：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="181" />
        <source>Stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="181" />
        <source>Stored, flagged</source>
        <translation>已保存，有疑点</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="184" />
        <source>{0:.2f} km</source>
        <translation>{0:.2f} 公里</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="186" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/photo_upload.py" line="194" />
        <source>{0} of {1} photos stored for {2}; {3} flagged for the supervisor. The month's report waits for verification.</source>
        <translation>{2} 共 {1} 张照片，已保存 {0} 张，其中 {3} 张有疑点提示监督员。本月形象进度待核验。</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="248" />
        <source>Map position</source>
        <translation>地图定位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="263" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="264" />
        <source>Amap and Tencent use GCJ-02, Baidu uses BD-09; GPS devices and Tianditu use WGS-84/CGCS2000.</source>
        <translation>高德、腾讯地图为 GCJ-02，百度地图为 BD-09；GPS 设备和天地图为 WGS-84/CGCS2000。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="266" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="267" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="268" />
        <source>WGS-84</source>
        <translation>WGS-84</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="303" />
        <source>Longitude and latitude look swapped: Guangdong lies near longitude 110–117 °E, latitude 20–26 °N.</source>
        <translation>经纬度疑似填反：广东省约在东经110–117°、北纬20–26°。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="305" />
        <source>({0}, {1}) is not a position in China.</source>
        <translation>（{0}, {1}）不在中国境内。</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="53" />
        <source>Monthly progress</source>
        <translation>月度形象进度</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="54" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="55" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="56" />
        <source>Flagged</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="58" />
        <location filename="../../widgets/reporting/progress_tab.py" line="75" />
        <location filename="../../widgets/reporting/progress_tab.py" line="85" />
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="66" />
        <source>Unverified proposals</source>
        <translation>未核实的上报</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="67" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="68" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="68" />
        <source>Unverified — {0}</source>
        <translation>未核实 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="70" />
        <source>Proposed</source>
        <translation>上报内容</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="72" />
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="73" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="74" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="75" />
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="76" />
        <source>Unverified — awaiting verification</source>
        <translation>未核实 — 待核实</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="78" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="79" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="81" />
        <source>Basic information versions</source>
        <translation>基本信息版本</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="82" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="83" />
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="84" />
        <source>Changed fields</source>
        <translation>变更字段</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="93" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="93" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="94" />
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="94" />
        <source>Cost</source>
        <translation>工程造价</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="95" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="95" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="96" />
        <source>Participating units</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="96" />
        <source>Key personnel</source>
        <translation>关键岗位人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="100" />
        <source>first confirmation</source>
        <translation>首次确认</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="101" />
        <source>no change (confirmed)</source>
        <translation>无变更（确认）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="108" />
        <source>{0:.6f}, {1:.6f} (WGS-84; entered in {2})</source>
        <translation>{0:.6f}, {1:.6f}（WGS-84；录入坐标系：{2}）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="113" />
        <source>version {0}: {1}</source>
        <translation>第 {0} 版：{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="135" />
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="136" />
        <source>{0} proposal(s) waiting for verification</source>
        <translation>{0} 项上报待核实</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="137" />
        <source>nothing waiting for verification</source>
        <translation>无待核实上报</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/progress_tab.py" line="138" />
        <source>Verified data (shown on the sand table): status {0} · permit {1} · basic information version {2} — {3}</source>
        <translation>已核实数据（沙盘显示）：状态 {0} · 施工许可证 {1} · 基本信息第 {2} 版 — {3}</translation>
    </message>
</context>
<context>
    <name>ProjectDossier</name>
    <message>
        <location filename="../../widgets/project_dossier.py" line="119" />
        <source>Overview</source>
        <translation>工程概况</translation>
    </message>
    <message>
        <location filename="../../widgets/project_dossier.py" line="125" />
        <source>Monitoring</source>
        <translation>实时监测</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../widgets/project_table_model.py" line="48" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="49" />
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="50" />
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="51" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="52" />
        <source>Type</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="53" />
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="55" />
        <source>City</source>
        <translation>地市</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="56" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="57" />
        <source>General contractor</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="59" />
        <source>Floor area (m²)</source>
        <translation>建筑面积(㎡)</translation>
    </message>
    <message>
        <location filename="../../widgets/project_table_model.py" line="61" />
        <source>Cost (10k yuan)</source>
        <translation>造价(万元)</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="89" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="89" />
        <source>Current (verified)</source>
        <translation>当前（已核实）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="90" />
        <source>Proposed</source>
        <translation>上报内容</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="90" />
        <location filename="../../widgets/reporting/proposal.py" line="116" />
        <location filename="../../widgets/reporting/proposal.py" line="248" />
        <source>Reported</source>
        <translation>上报内容</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="117" />
        <location filename="../../widgets/reporting/proposal.py" line="221" />
        <location filename="../../widgets/reporting/proposal.py" line="242" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="117" />
        <source>The proposal is no longer pending; the summary is what was reported.</source>
        <translation>该上报已不在待核实状态；摘要即上报内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="122" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="123" />
        <source>Photos</source>
        <translation>照片数</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="124" />
        <source>Flagged photos</source>
        <translation>存疑照片</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="131" />
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="133" />
        <source>{0:.6f}, {1:.6f} in {2}</source>
        <translation>{0:.6f}, {1:.6f}（{2}）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="135" />
        <source>Position (WGS-84)</source>
        <translation>位置（WGS-84）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="137" />
        <source>As entered</source>
        <translation>录入值</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="140" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="141" />
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="143" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="145" />
        <source>Actual start</source>
        <translation>实际开工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="147" />
        <source>Actual end</source>
        <translation>实际竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="157" />
        <source>unit #{0}</source>
        <translation>单位 #{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="167" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="168" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="169" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="170" />
        <source>Floor area (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="171" />
        <source>Cost (10k yuan)</source>
        <translation>工程造价（万元）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="172" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="173" />
        <source>Planned end</source>
        <translation>计划竣工</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="174" />
        <source>Participating units</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="176" />
        <source>Key personnel</source>
        <translation>关键岗位人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="182" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="183" />
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="185" />
        <source>Dangerous sub-project</source>
        <translation>危险性较大的分部分项工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="186" />
        <location filename="../../widgets/reporting/proposal.py" line="205" />
        <source>Classification</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="189" />
        <location filename="../../widgets/reporting/proposal.py" line="193" />
        <source>Expert review</source>
        <translation>专家论证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="190" />
        <source>Required before approval — none recorded</source>
        <translation>审批前须专家论证 — 尚无记录</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="191" />
        <source>Not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="193" />
        <source>{0}: {1}, {2} experts ({3})</source>
        <translation>{0}：{1}，专家 {2} 名（{3}）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="197" />
        <source>Expert opinion</source>
        <translation>专家意见</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="201" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="201" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="204" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="204" />
        <location filename="../../widgets/reporting/proposal.py" line="210" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="205" />
        <source>Why</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="206" />
        <source>Parameters</source>
        <translation>规模参数</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="206" />
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="207" />
        <source>Planned period</source>
        <translation>计划作业期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="208" />
        <source>Expert review needed</source>
        <translation>需专家论证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="210" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="211" />
        <source>Registration no.</source>
        <translation>产权备案号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="211" />
        <source>Record no.</source>
        <translation>使用登记号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="212" />
        <source>Rated capacity (kN)</source>
        <translation>额定起重量（kN）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="213" />
        <source>Manufacturer</source>
        <translation>制造单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="214" />
        <source>Inspection certificate</source>
        <translation>检验合格证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="215" />
        <source>Certificate expires</source>
        <translation>合格证有效期至</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="216" />
        <source>Monitoring device</source>
        <translation>安全监控设备</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="219" />
        <source>Operation</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="220" />
        <source>Period</source>
        <translation>作业期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="221" />
        <source>Crew</source>
        <translation>作业人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="223" />
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="223" />
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="224" />
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="224" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="225" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="225" />
        <source>Certificates</source>
        <translation>质量证明文件</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="226" />
        <source>Entered on</source>
        <translation>进场日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="230" />
        <source>Test item</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="230" />
        <source>Sample no.</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="231" />
        <source>Report no.</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="232" />
        <source>Sampled / tested</source>
        <translation>取样 / 检测日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233" />
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233" />
        <location filename="../../widgets/reporting/proposal.py" line="237" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233" />
        <location filename="../../widgets/reporting/proposal.py" line="237" />
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="233" />
        <location filename="../../widgets/reporting/proposal.py" line="237" />
        <source>FAILED</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="235" />
        <source>Sub-divisional work</source>
        <translation>分部分项工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="235" />
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="236" />
        <source>Participants</source>
        <translation>参加验收单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="238" />
        <location filename="../../widgets/reporting/proposal.py" line="247" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="240" />
        <source>Duty date</source>
        <translation>值守日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="240" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="241" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="241" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="244" />
        <source>Assessed on</source>
        <translation>考评日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="244" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="245" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="246" />
        <source>A sub-table scored zero</source>
        <translation>有分项检查评分表得零分</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/proposal.py" line="247" />
        <source>Assessor</source>
        <translation>考评单位</translation>
    </message>
</context>
<context>
    <name>PunishmentForm</name>
    <message>
        <location filename="../../widgets/cases/forms.py" line="476" />
        <source>Record administrative punishment</source>
        <translation>登记行政处罚</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="482" />
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="487" />
        <source>(not linked to a notice)</source>
        <translation>（不关联整改通知书）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="498" />
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="502" />
        <source>Decision no.</source>
        <translation>处罚决定书文号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="503" />
        <source>Punished unit</source>
        <translation>被处罚单位</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="504" />
        <source>Punished person</source>
        <translation>被处罚人员</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="505" />
        <source>Related notice</source>
        <translation>关联整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="506" />
        <source>Legal basis</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="507" />
        <source>Facts</source>
        <translation>违法事实</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="508" />
        <source>Fine</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="509" />
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="515" />
        <source>Enter the decision number.</source>
        <translation>请填写处罚决定书文号。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="517" />
        <source>Enter the legal basis of the decision.</source>
        <translation>请填写处罚依据。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/forms.py" line="519" />
        <source>Name the punished unit or person.</source>
        <translation>请指定被处罚单位或人员。</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="24" />
        <source>Material tests</source>
        <translation>见证取样检测</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="25" />
        <source>Tested on</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="26" />
        <source>Test item</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="27" />
        <location filename="../../widgets/reporting/quality_tab.py" line="47" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="28" />
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="29" />
        <source>Sample no.</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="30" />
        <source>Report no.</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="31" />
        <source>Sampled on</source>
        <translation>取样日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="32" />
        <location filename="../../widgets/reporting/quality_tab.py" line="42" />
        <location filename="../../widgets/reporting/quality_tab.py" line="50" />
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="34" />
        <source>Material entries</source>
        <translation>材料进场</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="35" />
        <source>Entered on</source>
        <translation>进场日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="36" />
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="37" />
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="38" />
        <source>Batch no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="39" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="40" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="41" />
        <source>Certificates</source>
        <translation>质量证明文件</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="44" />
        <source>Sub-divisional acceptance</source>
        <translation>分部分项工程验收</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="45" />
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="46" />
        <source>Sub-divisional work</source>
        <translation>分部分项工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="48" />
        <source>Participants</source>
        <translation>参加验收单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="49" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="55" />
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="55" />
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/quality_tab.py" line="59" />
        <source>design {0}</source>
        <translation>设计 {0}</translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <location filename="../../widgets/region_tree.py" line="24" />
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../widgets/region_tree.py" line="24" />
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../widgets/region_tree.py" line="24" />
        <source>Under constr.</source>
        <translation>在建</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../widgets/reporting/form_base.py" line="78" />
        <source>Submit for verification</source>
        <translation>提交核验</translation>
    </message>
</context>
<context>
    <name>ReportForms</name>
    <message>
        <location filename="../../app/error_text.py" line="137" />
        <source>This construction permit is already bound to another project</source>
        <translation>该施工许可证已绑定其他项目</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="138" />
        <source>This construction permit is already bound to this project</source>
        <translation>该施工许可证已绑定本项目</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="139" />
        <source>A report of this kind is still waiting for verification</source>
        <translation>同类上报仍在等待核验</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="140" />
        <source>The position is outside the project's district</source>
        <translation>定位不在项目所在区县范围内</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="141" />
        <source>The coordinates are not valid</source>
        <translation>坐标无效</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="142" />
        <source>This status change is not possible from the project's current status</source>
        <translation>项目当前状态下不能进行此状态变更</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="143" />
        <source>The dates contradict each other</source>
        <translation>日期相互矛盾</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="144" />
        <source>Below the thresholds of a dangerous sub-project</source>
        <translation>未达到危大工程标准</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="145" />
        <source>The scale parameters do not fit this type of work</source>
        <translation>规模参数与工程类型不符</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="146" />
        <source>This machine is already registered</source>
        <translation>该设备已登记</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="147" />
        <source>This person is already recorded on duty that day</source>
        <translation>该人员当日已有带班记录</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="148" />
        <source>The chosen unit is not a testing agency</source>
        <translation>所选单位不是检测机构</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="149" />
        <source>The verdict does not match the result</source>
        <translation>检测结论与检测结果不符</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="150" />
        <source>Not a concrete strength grade such as C30</source>
        <translation>不是有效的混凝土强度等级（如 C30）</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="151" />
        <source>The material entry is unknown</source>
        <translation>材料进场记录不存在</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="152" />
        <source>Two people have the same certificate number</source>
        <translation>两名人员的证书编号相同</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="153" />
        <source>A unit is listed twice in the same role</source>
        <translation>同一单位以相同角色重复列出</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="154" />
        <source>A person belongs to a unit that is not on the project</source>
        <translation>有人员所属单位不在本项目参建单位中</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="155" />
        <source>Your unit must stay on the project</source>
        <translation>本单位须保留在项目参建单位中</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="156" />
        <source>This month's progress report is already verified</source>
        <translation>本月形象进度已核验</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="157" />
        <source>This month has not started yet</source>
        <translation>该月份尚未开始</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="158" />
        <source>The photo cannot be decoded</source>
        <translation>照片无法解码</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="159" />
        <source>The special plan is already approved</source>
        <translation>专项施工方案已审批</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="160" />
        <source>Another unit reports this month's progress</source>
        <translation>本月形象进度由其他单位上报</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="168" />
        <source>{0}. ({1})</source>
        <translation>{0}。（{1}）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="42" />
        <source>The date {0} is in the future.</source>
        <translation>日期 {0} 晚于今天。</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="55" />
        <source>Basic information…</source>
        <translation>基本信息…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="56" />
        <source>Bind construction permit…</source>
        <translation>绑定施工许可证…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="57" />
        <source>Map position…</source>
        <translation>地图定位…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="58" />
        <source>Status report…</source>
        <translation>状态上报…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="59" />
        <source>Monthly progress photos…</source>
        <translation>月度形象进度照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="60" />
        <source>Register dangerous sub-project…</source>
        <translation>危大工程登记…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="61" />
        <source>Special construction plan…</source>
        <translation>专项施工方案…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="62" />
        <source>Actual operation period…</source>
        <translation>实际施工时间…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="63" />
        <source>Lifting equipment…</source>
        <translation>起重机械登记…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="64" />
        <source>Lifting equipment operation plan…</source>
        <translation>起重机械安装/附着/顶升/降节/拆卸方案…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="65" />
        <source>Material entry…</source>
        <translation>材料进场…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="66" />
        <source>Material test…</source>
        <translation>见证取样送检…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="67" />
        <source>Sub-divisional work acceptance…</source>
        <translation>分部工程验收…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="68" />
        <source>Safety officer on duty…</source>
        <translation>安全员带班…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="69" />
        <source>Safety standardisation assessment…</source>
        <translation>安全标准化考评…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/report_menu.py" line="86" />
        <source>Report…</source>
        <translation>上报…</translation>
    </message>
</context>
<context>
    <name>ReportingController</name>
    <message>
        <location filename="../../app/reporting_controller.py" line="48" />
        <source>Enterprise workspace</source>
        <translation>企业工作台</translation>
    </message>
    <message>
        <location filename="../../app/reporting_controller.py" line="49" />
        <source>&amp;Enterprise workspace</source>
        <translation>企业工作台(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/reporting_controller.py" line="99" />
        <source>Report…</source>
        <translation>上报…</translation>
    </message>
</context>
<context>
    <name>ReportingViews</name>
    <message>
        <location filename="../../widgets/reporting/common.py" line="53" />
        <source>Unverified — returned: {0}</source>
        <translation>未核实 — 已退回：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="54" />
        <source>Unverified — {0}</source>
        <translation>未核实 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="71" />
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="72" />
        <source>passed with changes</source>
        <translation>修改后通过</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="73" />
        <source>failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="42" />
        <source>Say what is wrong or missing before returning the submission.</source>
        <translation>退回前请说明存在的问题或缺少的材料。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="43" />
        <source>This submission has already been decided or is not waiting for you: {0}</source>
        <translation>该上报已处理或不在待您核实状态：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="44" />
        <source>This step is not yours to take: {0}</source>
        <translation>此操作不属于您的职责：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="45" />
        <source>You are not allowed to do this: {0}</source>
        <translation>您无权执行此操作：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="46" />
        <source>The work is beyond scale: its special plan needs an expert review record before it can be approved. {0}</source>
        <translation>该工程属超过一定规模的危大工程：专项施工方案须有专家论证记录后方可审批。{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="48" />
        <source>The expert review rejected this plan; return it for a new plan.</source>
        <translation>专家论证未通过该方案，请退回并要求重新编制。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="49" />
        <source>The permit cannot be bound: {0}</source>
        <translation>施工许可证无法绑定：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="50" />
        <source>This version cannot be applied: {0}</source>
        <translation>该版本无法生效：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="51" />
        <source>The reported dates no longer fit the project: {0}</source>
        <translation>上报日期与项目当前情况不符：{0}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="52" />
        <source>The monthly review of this project and month is already recorded.</source>
        <translation>该项目本月的月度核查已记录。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="53" />
        <source>That month has not started yet.</source>
        <translation>该月份尚未开始。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="104" />
        <source>The server refused (HTTP {0}): {1}</source>
        <translation>服务器拒绝了请求（HTTP {0}）：{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/common.py" line="125" />
        <source>{0} unverified</source>
        <translation>{0} 项未核实</translation>
    </message>
</context>
<context>
    <name>SafetyAssessmentForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="280" />
        <source>Safety standardisation assessment</source>
        <translation>安全标准化考评</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="286" />
        <source>A sub-table scored zero</source>
        <translation>有分项检查评分表得零分</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="290" />
        <source>Assessed on</source>
        <translation>考评日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="291" />
        <source>Total score</source>
        <translation>汇总得分</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="293" />
        <source>Grade (JGJ 59-2011)</source>
        <translation>评定等级（JGJ 59-2011）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="294" />
        <source>Assessed by</source>
        <translation>考评人</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="295" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="310" />
        <source>Enter who assessed the site.</source>
        <translation>请填写考评人。</translation>
    </message>
</context>
<context>
    <name>SafetyDutyForm</name>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="244" />
        <source>Safety officer on duty</source>
        <translation>安全员带班</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="248" />
        <source>Safety production certificate (C certificate) no.</source>
        <translation>安全生产考核合格证书（C证）编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="249" />
        <source>Full-time safety officer</source>
        <translation>专职安全生产管理人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="251" />
        <source>Duty date</source>
        <translation>带班日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="252" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="253" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="254" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="255" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="261" />
        <source>Enter the person's full name.</source>
        <translation>请填写人员全名。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="263" />
        <source>Enter the certificate number (at least 4 characters).</source>
        <translation>请填写证书编号（至少4个字符）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/records_forms.py" line="265" />
        <source>Enter the post.</source>
        <translation>请填写岗位。</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="69" />
        <source>&lt;b&gt;Dangerous-works timeline&lt;/b&gt; — planned against actual operation periods</source>
        <translation>&lt;b&gt;危大工程时间轴&lt;/b&gt; — 计划与实际作业期对照</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="73" />
        <source>Dangerous sub-projects</source>
        <translation>危险性较大的分部分项工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="74" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="75" />
        <location filename="../../widgets/reporting/safety_tab.py" line="87" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="76" />
        <source>Classification</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="77" />
        <source>Why</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="78" />
        <source>Planned period</source>
        <translation>计划作业期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="79" />
        <source>Actual period</source>
        <translation>实际作业期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="80" />
        <source>Special plan</source>
        <translation>专项施工方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="82" />
        <source>Expert review</source>
        <translation>专家论证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="83" />
        <location filename="../../widgets/reporting/safety_tab.py" line="97" />
        <location filename="../../widgets/reporting/safety_tab.py" line="113" />
        <location filename="../../widgets/reporting/safety_tab.py" line="125" />
        <location filename="../../widgets/reporting/safety_tab.py" line="134" />
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="86" />
        <source>Lifting machinery</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="88" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="89" />
        <source>Registration no.</source>
        <translation>产权备案号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="90" />
        <source>Certificate expires</source>
        <translation>合格证有效期至</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="92" />
        <source>Certificate</source>
        <translation>检验合格证</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="93" />
        <source>Rated capacity (kN)</source>
        <translation>额定起重量（kN）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="94" />
        <source>Manufacturer</source>
        <translation>制造单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="95" />
        <location filename="../../widgets/reporting/safety_tab.py" line="123" />
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="96" />
        <source>Monitoring device</source>
        <translation>安全监控设备</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="103" />
        <source>Select a machine to see its installation, jacking and dismantling plans.</source>
        <translation>选择一台设备以查看其安装、顶升和拆卸方案。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="107" />
        <source>Operation</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="108" />
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="109" />
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="110" />
        <source>Crew (certificate no.)</source>
        <translation>作业人员（证书编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="112" />
        <location filename="../../widgets/reporting/safety_tab.py" line="124" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="119" />
        <source>Safety personnel on duty</source>
        <translation>安全员值守</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="120" />
        <source>Duty date</source>
        <translation>值守日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="121" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="122" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="127" />
        <source>Safety assessments</source>
        <translation>安全标准化考评</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="128" />
        <source>Assessed on</source>
        <translation>考评日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="129" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="130" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="131" />
        <source>Zero-scored sub-table</source>
        <translation>分项表零分</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="131" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="132" />
        <source>Assessor</source>
        <translation>考评单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="133" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="144" />
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="146" />
        <source>since {0} (in operation)</source>
        <translation>自 {0} 起（作业中）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="152" />
        <source>none uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="155" />
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="157" />
        <source>returned: {0}</source>
        <translation>已退回：{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="159" />
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="169" />
        <source>{0}: {1} ({2} experts)</source>
        <translation>{0}：{1}（专家 {2} 名）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="172" />
        <source>required — none recorded</source>
        <translation>须专家论证 — 尚无记录</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="172" />
        <source>not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/safety_tab.py" line="208" />
        <source>Operation plans of {0} ({1})</source>
        <translation>{0}（{1}）的作业方案</translation>
    </message>
</context>
<context>
    <name>SpecialPlanForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="266" />
        <source>Special construction plan</source>
        <translation>专项施工方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="272" />
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="277" />
        <source>Plan title</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="278" />
        <source>Plan document</source>
        <translation>方案文件</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="278" />
        <source>PDF, at most 20 MB.</source>
        <translation>PDF 文件，不超过 20 MB。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="279" />
        <source>Expert review (required for works beyond a certain scale)</source>
        <translation>专家论证（超过一定规模的危大工程必须）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="284" />
        <source>At least five experts, separated by 、 or commas</source>
        <translation>不少于5名专家，用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="286" />
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="286" />
        <source>Passed after revision</source>
        <translation>修改后通过</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="287" />
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="291" />
        <source>Reviewed on</source>
        <translation>论证日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="292" />
        <source>Experts</source>
        <translation>论证专家</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="293" />
        <source>Conclusion</source>
        <translation>论证结论</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="294" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="307" />
        <source>{0} special construction plan</source>
        <translation>{0}专项施工方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="311" />
        <source>Choose the special plan</source>
        <translation>选择专项施工方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="312" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="320" />
        <source>Choose the dangerous sub-project.</source>
        <translation>请选择危大工程。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="323" />
        <source>Give the plan a title.</source>
        <translation>请填写方案名称。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="328" />
        <source>Choose the plan's PDF file.</source>
        <translation>请选择方案的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="339" />
        <source>The expert review date {0} is in the future.</source>
        <translation>专家论证日期 {0} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="348" />
        <source>The plan is already stored: record its expert review, or close the form.</source>
        <translation>专项方案已保存：请填写专家论证记录，或关闭表单。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="358" />
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="360" />
        <source>{0} is {1:.1f} MB; a plan may be at most {2} MB.</source>
        <translation>{0} 大小为 {1:.1f} MB；专项方案最大 {2} MB。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="363" />
        <source>{0} is empty.</source>
        <translation>{0} 是空文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="370" />
        <source>The plan is stored (waiting for verification), but its expert review was not recorded: {0} Submit again to record the review only.</source>
        <translation>专项方案已保存（待核验），但专家论证记录未保存：{0} 请再次提交，仅补录专家论证。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="336" />
        <source>An expert review needs at least five experts ({0} named).</source>
        <translation>专家论证须不少于5名专家（当前 {0} 名）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="345" />
        <source>This work is beyond a certain scale: record the expert review, or the plan cannot be approved.</source>
        <translation>该工程属于超过一定规模的危大工程：须录入专家论证，否则方案不能审批。</translation>
    </message>
</context>
<context>
    <name>StatusReportForm</name>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="322" />
        <source>Status report</source>
        <translation>状态上报</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="330" />
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="331" />
        <source>Report</source>
        <translation>上报事项</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="332" />
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="333" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="335" />
        <source>Loading the project's status…</source>
        <translation>正在加载项目状态…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="346" />
        <source>No further status report is possible: the project is {0}.</source>
        <translation>项目状态为“{0}”，不能再上报状态变更。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="357" />
        <source>Required for a suspension</source>
        <translation>停工时必填</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="362" />
        <source>Choose the status change to report.</source>
        <translation>请选择要上报的状态变更。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="367" />
        <source>The date {0} is in the future.</source>
        <translation>日期 {0} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="369" />
        <source>Completion cannot be before the start of construction ({0}).</source>
        <translation>竣工日期不能早于开工日期（{0}）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="372" />
        <source>Acceptance cannot be before completion ({0}).</source>
        <translation>竣工验收日期不能早于竣工日期（{0}）。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="375" />
        <source>A suspension needs its reason.</source>
        <translation>停工须填写原因。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/project_forms.py" line="377" />
        <source>The reason is limited to 500 characters.</source>
        <translation>原因不超过500个字符。</translation>
    </message>
</context>
<context>
    <name>SubmissionDetail</name>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="91" />
        <source>Select a submission to check it.</source>
        <translation>请选择一条上报进行核查。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="42" />
        <source>Open project dossier</source>
        <translation>打开项目档案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="44" />
        <source>Monthly review…</source>
        <translation>月度核查…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="52" />
        <source>&lt;b&gt;Progress photos&lt;/b&gt; (flagged photos are marked red: taken outside the month, more than 1 km from the site, or without time/GPS)</source>
        <translation>&lt;b&gt;形象进度照片&lt;/b&gt;（存疑照片以红色标示：非本月拍摄、距工地超过 1 公里，或缺少拍摄时间/GPS）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="36" />
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;处理记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="64" />
        <source>Comment (required when returning: say what is wrong or missing)</source>
        <translation>意见（退回时必填：说明存在的问题或缺少的材料）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="68" />
        <source>Verify</source>
        <translation>核实通过</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="67" />
        <source>Return to the enterprise</source>
        <translation>退回企业</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="104" />
        <source>Unverified — {0}</source>
        <translation>未核实 — {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="106" />
        <source>{0}
Reported by {1} on {2} · submission no. {3}</source>
        <translation>{0}
上报单位：{1}，上报时间：{2} · 上报编号 {3}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="125" />
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="128" />
        <source>No events yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="139" />
        <source>Say what is wrong or missing before returning the submission.</source>
        <translation>退回前请说明存在的问题或缺少的材料。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="152" />
        <source>Verified: the data now counts as checked.</source>
        <translation>已核实：该数据已确认有效。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/submission_detail.py" line="153" />
        <source>Returned to {0} with your comment.</source>
        <translation>已连同您的意见退回 {0}。</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="71" />
        <source>New inspection…</source>
        <translation>新建监督检查…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="73" />
        <source>Draft notice from inspection…</source>
        <translation>据检查起草整改通知书…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="75" />
        <source>Record punishment…</source>
        <translation>登记行政处罚…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="77" />
        <source>Confirm / reject deduction…</source>
        <translation>确认 / 不予扣分…</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="86" />
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="87" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="88" />
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="89" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="90" />
        <source>Summary</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="93" />
        <source>Notice no.</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="93" />
        <source>(draft, unnumbered)</source>
        <translation>（草稿，未编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="94" />
        <location filename="../../widgets/cases/supervision_tab.py" line="118" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="95" />
        <location filename="../../widgets/cases/supervision_tab.py" line="119" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="96" />
        <location filename="../../widgets/cases/supervision_tab.py" line="120" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="98" />
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="98" />
        <source>Stop-work order</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="99" />
        <source>Addressed to</source>
        <translation>受检单位</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="102" />
        <source>Decision no.</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="103" />
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="104" />
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="105" />
        <source>Punished</source>
        <translation>被处罚对象</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="106" />
        <source>Legal basis</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="109" />
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="110" />
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="111" />
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="112" />
        <source>Deducted from</source>
        <translation>扣分对象</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="113" />
        <source>Reason</source>
        <translation>扣分事由</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="116" />
        <source>Warning</source>
        <translation>预警事项</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="117" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="124" />
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="124" />
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="125" />
        <source>Punishments</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="125" />
        <source>Point deductions</source>
        <translation>动态扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="126" />
        <source>Warning follow-ups</source>
        <translation>预警督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="176" />
        <source>Open major hazards</source>
        <translation>未整改重大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="177" />
        <source>Open serious hazards</source>
        <translation>未整改较大隐患</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="178" />
        <source>Overdue notices</source>
        <translation>逾期整改通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="179" />
        <source>Escalated notices</source>
        <translation>已升级督办通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="180" />
        <source>Stop-work orders</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="181" />
        <source>Points deducted (12 months)</source>
        <translation>近12个月扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="182" />
        <source>Active monitoring warnings</source>
        <translation>未消除监测预警</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="183" />
        <source>Exceedances (30 days)</source>
        <translation>近30天超标次数</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="184" />
        <source>Dangerous works in progress</source>
        <translation>在施危大工程</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="188" />
        <source>Risk score</source>
        <translation>风险评分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="188" />
        <source>no open risk factors</source>
        <translation>暂无风险因素</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="200" />
        <source>Proposed, awaiting decision</source>
        <translation>拟扣分，待审核</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="200" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="201" />
        <source>Rejected</source>
        <translation>不予扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="231" />
        <source>Select an inspection with findings first.</source>
        <translation>请先选择一次发现问题的检查。</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/supervision_tab.py" line="241" />
        <source>Select a proposed deduction first.</source>
        <translation>请先选择一条拟扣分记录。</translation>
    </message>
</context>
<context>
    <name>TileLayerDialog</name>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="33" />
        <source>The address must start with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="36" />
        <source>The address must contain {0}.</source>
        <translation>地址必须包含 {0}。</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="43" />
        <source>Map base layer</source>
        <translation>地图底图</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="45" />
        <source>Show raster tiles from a tile server</source>
        <translation>显示瓦片服务器的栅格底图</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="50" />
        <source>WGS-84 / CGCS2000 (e.g. Tianditu)</source>
        <translation>WGS-84 / CGCS2000（如天地图）</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="51" />
        <source>GCJ-02 (e.g. Amap, Tencent)</source>
        <translation>GCJ-02（如高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="60" />
        <source>URL template:</source>
        <translation>URL 模板：</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="61" />
        <source>Attribution:</source>
        <translation>版权说明：</translation>
    </message>
    <message>
        <location filename="../../widgets/tile_layer_dialog.py" line="62" />
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../widgets/unit_picker.py" line="24" />
        <source>Participating unit…</source>
        <translation>参建单位…</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <location filename="../../app/verification_controller.py" line="48" />
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="49" />
        <source>&amp;Verification queue</source>
        <translation>待核实队列(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="69" />
        <source>Verification ({0})</source>
        <translation>核实（{0}）</translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="104" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="104" />
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/verification_controller.py" line="104" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="57" />
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="61" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="65" />
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="72" />
        <source>Submitted</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="73" />
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="73" />
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="76" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="77" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="78" />
        <source>Reported by</source>
        <translation>上报单位</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="79" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="81" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="86" />
        <source>{0} waiting</source>
        <translation>{0} 条待核实</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="114" />
        <source>Resubmitted after a return</source>
        <translation>退回后重新提交</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="115" />
        <source>New</source>
        <translation>新上报</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="143" />
        <source>all kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/verification_queue.py" line="144" />
        <source>{0} submissions waiting for verification ({1})</source>
        <translation>{0} 条上报待核实（{1}）</translation>
    </message>
</context>
<context>
    <name>WallAlarms</name>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="19" />
        <source>Critical alarm</source>
        <translation>严重报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="20" />
        <source>Major alarm</source>
        <translation>重大报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="21" />
        <source>Minor alarm</source>
        <translation>一般报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="22" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="23" />
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="32" />
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="34" />
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="37" />
        <source>{0} h {1} min ago</source>
        <translation>{0} 小时 {1} 分钟前</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="37" />
        <source>%n h ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="43" />
        <source>Began {0}</source>
        <translation>始于{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="65" />
        <source>limit {0}</source>
        <translation>限值 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="98" />
        <source>Acked</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="98" />
        <source>Unacked</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="103" />
        <source>and %n more active alarm(s)</source>
        <translation>另有 %n 条活动报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarm_text.py" line="107" />
        <source>No active alarms</source>
        <translation>当前无活动报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/alarms_scene.py" line="221" />
        <source>Active alarms</source>
        <translation>活动报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/focus_scene.py" line="46" />
        <source>New alarm</source>
        <translation>新报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/focus_scene.py" line="91" />
        <source>Other active alarms on this project</source>
        <translation>该项目的其他活动报警</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="297" />
        <source>Connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="299" />
        <source>No reading yet</source>
        <translation>尚无读数</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="319" />
        <source>Device silent for {0} h {1} min</source>
        <translation>设备已静默 {0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="320" />
        <source>Device silent for {0} min</source>
        <translation>设备已静默 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="337" />
        <source>{0} of {1}</source>
        <translation>{0} / 限值 {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="354" />
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../widgets/wall/wall_chart.py" line="354" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>WallController</name>
    <message>
        <location filename="../../app/wall/controller.py" line="467" />
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
</context>
<context>
    <name>WallMessages</name>
    <message>
        <location filename="../../app/error_text.py" line="183" />
        <source>The wall's configuration cannot be used</source>
        <translation>大屏配置无法使用</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="185" />
        <source>No configuration file at {0}. An administrator issues a wall credential (python -m server admin issue-wall-credential) and saves the configuration it prints there.</source>
        <translation>{0} 处没有配置文件。请管理员签发大屏凭证（python -m server admin issue-wall-credential），并将其输出的配置保存到该位置。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="186" />
        <source>The configuration file {0} cannot be read: {2}</source>
        <translation>无法读取配置文件 {0}：{2}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="187" />
        <source>{0} is not a valid TOML file: {2}</source>
        <translation>{0} 不是有效的 TOML 文件：{2}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="188" />
        <source>{0} is too large for a wall configuration.</source>
        <translation>{0} 过大，不是大屏配置文件。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="189" />
        <source>{0}: "{1}" is missing.</source>
        <translation>{0}：缺少“{1}”。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="190" />
        <source>{0}: "{1}" must be {2}.</source>
        <translation>{0}：“{1}”必须是 {2}。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="191" />
        <source>{0}: "{1}" = {2} is out of range (1 s to 24 h).</source>
        <translation>{0}：“{1}” = {2} 超出范围（1 秒至 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="192" />
        <source>{0}: "{1}" names an unknown scene "{2}" (known: overview, alarms, grid, cases).</source>
        <translation>{0}：“{1}”指定了未知场景“{2}”（可用：overview、alarms、grid、cases）。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="193" />
        <source>{0}: "{1}" is not an http(s) server address: {2}</source>
        <translation>{0}：“{1}”不是 http(s) 服务器地址：{2}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="194" />
        <source>{0}: unknown setting "{1}" (known here: {2}).</source>
        <translation>{0}：未知设置“{1}”（此处可用：{2}）。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="196" />
        <source>{0}: {1} {2}</source>
        <translation>{0}：{1} {2}</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="204" />
        <source>Credential revoked — contact the administrator</source>
        <translation>凭证已被吊销——请联系管理员</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="205" />
        <source>This wall's credential was revoked on the server. An administrator issues a new one; the wall starts by itself once its configuration file holds it.</source>
        <translation>本大屏的凭证已在服务器上被吊销。请管理员签发新凭证；配置文件写入新凭证后，大屏将自动启动。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="208" />
        <source>Credential not accepted — contact the administrator</source>
        <translation>凭证未被接受——请联系管理员</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="209" />
        <source>The server does not know this wall's credential ({0}). Check the configuration file, or have an administrator issue a new credential.</source>
        <translation>服务器不认可本大屏的凭证（{0}）。请检查配置文件，或请管理员签发新凭证。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="212" />
        <source>Server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="213" />
        <source>Cannot reach the server at {0}. Check the network and the server.</source>
        <translation>无法连接位于 {0} 的服务器。请检查网络和服务器。</translation>
    </message>
    <message>
        <location filename="../../app/error_text.py" line="215" />
        <source>The wall cannot start its session</source>
        <translation>大屏无法建立会话</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="18" />
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="19" />
        <source>Data as of {0}</source>
        <translation>数据截至 {0}</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="27" />
        <source>Waiting for the first data from the server (since {0})</source>
        <translation>正在等待服务器的首批数据（自 {0} 起）</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="29" />
        <source>NOT LIVE — connection to the server lost since {0}; showing data as of {1}</source>
        <translation>非实时——自 {0} 起与服务器的连接中断；当前显示 {1} 的数据</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="31" />
        <source>NOT LIVE — the server has not answered since {0}; showing data as of {1}</source>
        <translation>非实时——自 {0} 起服务器无应答；当前显示 {1} 的数据</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="33" />
        <source>NOT LIVE — reconnected, reloading everything (stale since {0}; showing data as of {1})</source>
        <translation>非实时——已重新连接，正在全部重新加载（自 {0} 起过期；当前显示 {1} 的数据）</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="34" />
        <source>NOT LIVE — no refresh from the server since {0}; showing data as of {1}</source>
        <translation>非实时——自 {0} 起未能从服务器刷新；当前显示 {1} 的数据</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="39" />
        <source>● Renewing session</source>
        <translation>● 正在续期会话</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="40" />
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="40" />
        <source>● Reconnecting</source>
        <translation>● 重新连接中</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="44" />
        <source>Trying again in {0} s</source>
        <translation>{0} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="48" />
        <source>Checking {0} for a new configuration every few seconds</source>
        <translation>每隔几秒检查 {0} 是否有新配置</translation>
    </message>
    <message>
        <location filename="../../app/wall/wall_text.py" line="52" />
        <source>{0} · Construction quality and safety supervision</source>
        <translation>{0} · 建设工程质量安全监管</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../widgets/wall/wall_window.py" line="125" />
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
</context>
<context>
    <name>WarningTableModel</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="82" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="84" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="85" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="86" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="87" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="89" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="90" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="92" />
        <source>Value / level</source>
        <translation>数值 / 阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="93" />
        <source>Repeats</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="94" />
        <source>Last activity</source>
        <translation>最近发生</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="96" />
        <source>Acknowledged</source>
        <translation>确认情况</translation>
    </message>
</context>
<context>
    <name>WarningsInbox</name>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="159" />
        <source>Needs attention (unacknowledged)</source>
        <translation>待处理（未确认）</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="161" />
        <source>Active</source>
        <translation>未消除</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="163" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="178" />
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="182" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="186" />
        <source>Project, region or device…</source>
        <translation>项目、地区或设备…</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="188" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="207" />
        <source>Comment (required), e.g. what was done on site</source>
        <translation>处理意见（必填），如现场已采取的措施</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="211" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="216" />
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/warnings_inbox.py" line="271" />
        <source>%n warning(s).</source>
        <translation>
            <numerusform>共 %n 条预警。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="276" />
        <source>Warning {0} acknowledged.</source>
        <translation>预警 {0} 已确认。</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="308" />
        <source>Select a warning to see it and acknowledge it.</source>
        <translation>选择一条预警以查看并确认。</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="310" />
        <source>{0} — acknowledged by {1}: {2}</source>
        <translation>{0} —— 由 {1} 确认：{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_inbox.py" line="322" />
        <source>Acknowledging…</source>
        <translation>正在确认…</translation>
    </message>
</context>
<context>
    <name>WorkChoiceForm</name>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="223" />
        <source>Dangerous sub-project</source>
        <translation>危大工程</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="224" />
        <source>Loading the dangerous sub-projects…</source>
        <translation>正在加载危大工程…</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_forms.py" line="230" />
        <source>Register the dangerous sub-project first.</source>
        <translation>请先登记危大工程。</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="69" />
        <source>{0} items</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="90" />
        <source>Notices to answer</source>
        <translation>待回复通知书</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="91" />
        <location filename="../../widgets/cases/work_queue.py" line="97" />
        <source>Overdue notices</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="92" />
        <source>Follow-ups assigned</source>
        <translation>待办预警督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="93" />
        <source>Urged follow-ups</source>
        <translation>已督办待答复</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="96" />
        <source>To review</source>
        <translation>待复查</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="98" />
        <source>My drafts</source>
        <translation>我的草稿</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="99" />
        <source>Warnings to follow up</source>
        <translation>待督办预警</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="100" />
        <source>Answered warnings</source>
        <translation>已答复待办结</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="101" />
        <source>Overdue follow-ups</source>
        <translation>逾期督办</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="106" />
        <source>Notice no.</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="106" />
        <source>(draft, unnumbered)</source>
        <translation>（草稿，未编号）</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="107" />
        <location filename="../../widgets/cases/work_queue.py" line="119" />
        <source>Project</source>
        <translation>工程名称</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="108" />
        <source>Addressed to</source>
        <translation>受检单位</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="109" />
        <location filename="../../widgets/cases/work_queue.py" line="121" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="110" />
        <location filename="../../widgets/cases/work_queue.py" line="123" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="111" />
        <location filename="../../widgets/cases/work_queue.py" line="124" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="113" />
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="113" />
        <source>Stop-work order</source>
        <translation>停工整改</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="118" />
        <source>Warning</source>
        <translation>预警事项</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="120" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/cases/work_queue.py" line="122" />
        <source>Assigned to</source>
        <translation>责任单位</translation>
    </message>
</context>
<context>
    <name>WorksTimeline</name>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="150" />
        <source>No dangerous sub-projects registered.</source>
        <translation>尚未登记危大工程。</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="235" />
        <source>Today {0}</source>
        <translation>今日 {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="241" />
        <source>Planned period</source>
        <translation>计划作业期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="242" />
        <source>Actual period</source>
        <translation>实际作业期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="243" />
        <source>Beyond the planned end</source>
        <translation>超出计划结束日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="257" />
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="261" />
        <source>no special plan</source>
        <translation>无专项施工方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="262" />
        <source>plan approved</source>
        <translation>方案已审批</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="263" />
        <source>plan returned</source>
        <translation>方案已退回</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="264" />
        <source>plan awaiting approval</source>
        <translation>方案待审批</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="269" />
        <source>Planned: {0} – {1}</source>
        <translation>计划：{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="271" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="273" />
        <source>Actual: since {0} (in operation)</source>
        <translation>实际：自 {0} 起（作业中）</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="275" />
        <source>Actual: {0} – {1}</source>
        <translation>实际：{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="277" />
        <source>{0} days beyond the planned end</source>
        <translation>超出计划结束日期 {0} 天</translation>
    </message>
    <message>
        <location filename="../../widgets/reporting/works_timeline.py" line="280" />
        <source>Registration not yet verified by a supervisor</source>
        <translation>登记信息尚未经监督人员核实</translation>
    </message>
</context>
</TS>
