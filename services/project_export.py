"""The filtered project list as an Excel workbook with Chinese headers (the format agencies file)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.schemas import ProjectSummary

EXPORT_PAGE_SIZE = 500  # the largest page the server serves

# Export files are regulatory records in Chinese whatever the UI language.
STATUS_ZH = {ProjectStatus.PLANNED: "未开工", ProjectStatus.UNDER_CONSTRUCTION: "在建", ProjectStatus.SUSPENDED: "停工",
             ProjectStatus.COMPLETED: "已竣工", ProjectStatus.ACCEPTED: "已竣工验收"}
TYPE_ZH = {ProjectType.HOUSING: "房屋建筑工程", ProjectType.MUNICIPAL: "市政基础设施工程"}
RISK_ZH = {RiskLevel.LOW: "低风险（蓝）", RiskLevel.GENERAL: "一般风险（黄）", RiskLevel.HIGH: "较大风险（橙）",
           RiskLevel.MAJOR: "重大风险（红）"}

COLUMNS: tuple[tuple[str, Callable[[ProjectSummary], object], int], ...] = (
    ("项目名称", lambda p: p.name, 40),
    ("施工许可证号", lambda p: p.permit_no or "", 22),
    ("项目代码", lambda p: p.project_code, 26),
    ("工程状态", lambda p: STATUS_ZH[p.status], 12),
    ("工程类别", lambda p: TYPE_ZH[p.project_type], 18),
    ("安全风险等级", lambda p: RISK_ZH[p.risk_level], 16),
    ("地市", lambda p: p.city_name, 10),
    ("区县", lambda p: p.district_name, 10),
    ("工程地址", lambda p: p.address, 40),
    ("施工总承包单位", lambda p: p.general_contractor or "", 36),
    ("建筑面积（㎡）", lambda p: p.floor_area_m2, 14),
    ("工程造价（万元）", lambda p: p.cost_10k_yuan, 14),
    ("计划开工日期", lambda p: p.planned_start, 14),
    ("计划竣工日期", lambda p: p.planned_end, 14),
    ("经度（WGS-84）", lambda p: p.lon, 13),
    ("纬度（WGS-84）", lambda p: p.lat, 13),
)


def write_projects_xlsx(path: Path, projects: Sequence[ProjectSummary], *, title: str = "工程项目清单") -> None:
    """Write one sheet, header row frozen, written to a temporary file first so a failure leaves no half file."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append([name for name, _value, _width in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for project in projects:
        sheet.append([value(project) for _name, value, _width in COLUMNS])
    for index, (_name, _value, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    temporary = path.with_name(path.name + ".part")
    workbook.save(temporary)
    temporary.replace(path)
