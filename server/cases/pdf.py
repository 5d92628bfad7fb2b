"""The printable rectification notice (and stop-work order) in the official layout.

Chinese text is set in WenQuanYi Micro Hei (Debian fonts-wqy-microhei, installed by the bootstrap),
embedded as a subset so the PDF renders the same everywhere. Drafts print with a watermark and no number.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from domain.case_schemas import NoticeOut
from domain.cases import FindingSeverity, NoticeStatus
from server.clock import local_date

FONT = "WenQuanYiMicroHei"
_FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
)
SEVERITY_LABELS = {FindingSeverity.GENERAL: "一般隐患", FindingSeverity.SERIOUS: "较大隐患",
                   FindingSeverity.MAJOR: "重大隐患"}


class FontMissing(RuntimeError):
    """No CJK font: the deployment lacks Debian's fonts-wqy-microhei (scripts/bootstrap.sh installs it)."""


def _font_path() -> Path:
    for candidate in _FONT_CANDIDATES:
        if candidate.exists():
            return candidate
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}", "WenQuanYi Micro Hei"], capture_output=True, text=True,
                               timeout=5, check=False).stdout.strip()
    except OSError:
        found = ""
    if found.endswith((".ttc", ".ttf")) and "wqy" in found.lower():
        return Path(found)
    raise FontMissing("the CJK font WenQuanYi Micro Hei is not installed (apt-get install fonts-wqy-microhei)")


@functools.cache
def _register_font() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(_font_path()), subfontIndex=0))


@dataclass(frozen=True)
class NoticeContext:
    """What the notice prints beyond the notice itself."""

    permit_no: str | None
    project_code: str
    copy_to: list[str]  # construction and supervision units


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=11.5, leading=20, wordWrap="CJK")
    return {
        "agency": ParagraphStyle("agency", parent=base, fontSize=15, leading=22, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontSize=21, leading=30, alignment=TA_CENTER),
        "number": ParagraphStyle("number", parent=base, alignment=TA_RIGHT),
        "body": ParagraphStyle("body", parent=base, firstLineIndent=23),
        "plain": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=15),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13, textColor=colors.HexColor("#444444")),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_RIGHT),
    }


def _date(value: dt.date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _qr(payload: str, size: float = 26 * mm) -> Drawing:
    widget = QrCodeWidget(payload)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def render_notice_pdf(notice: NoticeOut, context: NoticeContext) -> bytes:
    _register_font()
    s = _styles()
    draft = notice.status is NoticeStatus.DRAFT
    title = "责令停工整改通知书" if notice.stop_work else "建设工程质量安全隐患整改通知书"
    number = notice.number or "（签发时生成）"
    permit = f"施工许可证号：{escape(context.permit_no)}，" if context.permit_no else ""
    story = [
        Paragraph(escape(notice.agency_name), s["agency"]),
        Paragraph(title, s["title"]),
        Spacer(1, 2 * mm),
        Paragraph(f"编号：{escape(number)}", s["number"]),
        Spacer(1, 3 * mm),
        Paragraph(f"{escape(notice.target_unit_name)}：", s["plain"]),
        Paragraph(
            f"经检查，你单位在<b>{escape(notice.project_name)}</b>（{permit}项目编码：{escape(context.project_code)}）"
            f"施工中存在下列质量安全问题。现责令你单位于<b>{_date(notice.deadline)}</b>前整改完毕，"
            "并将整改情况连同整改前后照片书面报告我单位复查。", s["body"]),
        Spacer(1, 3 * mm),
    ]
    rows = [[Paragraph(h, s["cell"]) for h in ("序号", "存在问题", "违反条款", "隐患等级")]]
    rows += [[Paragraph(str(i.position), s["cell"]), Paragraph(escape(i.description), s["cell"]),
              Paragraph(escape(i.legal_basis), s["cell"]), Paragraph(SEVERITY_LABELS[i.severity], s["cell"])]
             for i in notice.items]
    table = Table(rows, colWidths=[12 * mm, 78 * mm, 60 * mm, 20 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [table, Spacer(1, 4 * mm)]
    if notice.stop_work:
        story.append(Paragraph(
            "鉴于上述问题存在重大安全隐患，依据《建设工程安全生产管理条例》第四十三条，责令你单位自收到本通知书之日起"
            "<b>立即停止施工</b>，整改完毕并经我单位复查合格后方可恢复施工。", s["body"]))
    story += [
        Paragraph("逾期未整改或整改不到位的，我单位将依法予以处理，并按规定记入企业信用档案。", s["body"]),
        Spacer(1, 10 * mm),
        Paragraph(f"签发单位：{escape(notice.agency_name)}（盖章）", s["sign"]),
        Paragraph(f"签发日期：{_date(local_date(notice.issued_at)) if notice.issued_at else '（未签发）'}", s["sign"]),
        Spacer(1, 8 * mm),
    ]
    if notice.verification_code and notice.number:
        payload = f"SANDTABLE-NOTICE|{notice.number}|{notice.verification_code}"
        verification = Table([[_qr(payload), Paragraph(
            f"核验码：<b>{notice.verification_code}</b><br/>可在监管平台“通知书核验”中输入编号与核验码，"
            "或扫描左侧二维码，核验本通知书真伪。", s["small"])]], colWidths=[30 * mm, 140 * mm])
        verification.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(verification)
    if context.copy_to:
        story.append(Paragraph("抄送：" + "、".join(escape(c) for c in context.copy_to), s["small"]))

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{number}　第 {doc.page} 页")
        if draft:
            canvas.setFont(FONT, 60)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.18))
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, "草稿　未签发")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=f"{title} {number}", author=notice.agency_name,
                            subject=notice.project_name)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
