"""The project dossier: one tab widget per project. Overview now; other issues add their tabs."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from domain.schemas import ProjectDetail
from widgets.common.formatting import short_datetime_text
from widgets.labels import label
from widgets.locator_map import LocatorMap, Ring

LOCATOR_HEIGHT = 190
CSS = """
h2 { margin: 0 0 4px 0; }
h3 { margin: 14px 0 4px 0; color: #2c3e50; }
table { border-collapse: collapse; }
td, th { padding: 3px 8px; border-bottom: 1px solid #e1e5ea; text-align: left; vertical-align: top; }
th { background: #f4f6f8; }
td.key { color: #5d6d7e; white-space: nowrap; }
td.code { white-space: nowrap; }
"""


def _row(key: str, value: object, *, code: bool = False) -> str:
    """One key/value line; codes never wrap (a permit number broken in two is misread)."""
    css = " class='code'" if code else ""
    return f"<tr><td class='key'>{escape(key)}</td><td{css}>{escape(str(value))}</td></tr>"


class OverviewTab(QWidget):
    """Basic data, participating units, key personnel, status history and a locator map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(CSS)
        self.locator = LocatorMap(self)
        self.locator.setFixedHeight(LOCATOR_HEIGHT)  # above the text, so the tables get the dock's full width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.locator)
        layout.addWidget(self.browser, 1)

    def show_project(self, project: ProjectDetail, district_rings: Sequence[Ring]) -> None:
        self.browser.setHtml(self._html(project))
        self.locator.set_location(district_rings, project.lon, project.lat,
                                  f"{project.city_name} {project.district_name}")

    def _html(self, p: ProjectDetail) -> str:
        locale = QLocale()
        none = "—"

        def date(value: object) -> str:
            return value.isoformat() if value is not None and hasattr(value, "isoformat") else none

        basic = "".join([
            _row(self.tr("Project code"), p.project_code, code=True),
            _row(self.tr("Construction permit no."), p.permit_no or self.tr("not issued"), code=True),
            _row(self.tr("Status"), label(p.status)),
            _row(self.tr("Project type"), label(p.project_type)),
            _row(self.tr("Safety risk level"), label(p.risk_level)),
            _row(self.tr("Risk score / supervisor's grade"),
                 self.tr("{0:.1f} / {1}").format(p.risk_score, label(p.risk_grade))),
            _row(self.tr("Location"), f"{p.city_name} {p.district_name} · {p.address}"),
            _row(self.tr("Coordinates (WGS-84)"), f"{p.lon:.6f}, {p.lat:.6f}"),
            _row(self.tr("Floor area (m²)"), locale.toString(p.floor_area_m2, "f", 0) if p.floor_area_m2 else none),
            _row(self.tr("Cost (10k yuan)"), locale.toString(p.cost_10k_yuan, "f", 1)),
            _row(self.tr("Planned start / end"), f"{date(p.planned_start)} / {date(p.planned_end)}"),
            _row(self.tr("Actual start / end"), f"{date(p.actual_start)} / {date(p.actual_end)}"),
        ])
        units_by_id = {u.unit.id: u.unit.name for u in p.units}
        units = "".join(
            f"<tr><td>{escape(label(u.role))}</td><td>{escape(u.unit.name)}</td><td class='code'>{escape(u.unit.credit_code)}</td></tr>"
            for u in p.units)
        people = "".join(
            f"<tr><td>{escape(label(person.role))}</td><td>{escape(person.name)}</td>"
            f"<td class='code'>{escape(person.certificate_no)}</td><td>{escape(units_by_id.get(person.unit_id, ''))}</td></tr>"
            for person in p.personnel)
        history = "".join(
            f"<tr><td>{escape(short_datetime_text(h.changed_at))}</td>"
            f"<td>{escape(label(h.status))}</td><td>{escape(h.changed_by)}</td><td>{escape(h.note)}</td></tr>"
            for h in p.status_history)
        t = {key: escape(text) for key, text in {
            "none": self.tr("None recorded."), "units": self.tr("Participating units"),
            "people": self.tr("Key personnel"), "history": self.tr("Status history"), "role": self.tr("Role"),
            "unit": self.tr("Unit"), "credit": self.tr("Credit code"), "post": self.tr("Post"),
            "name": self.tr("Name"), "cert": self.tr("Certificate no."), "time": self.tr("Time"),
            "status": self.tr("Status"), "by": self.tr("By"), "note": self.tr("Note"),
        }.items()}
        empty = f"<p>{t['none']}</p>"
        return (
            f"<h2>{escape(p.name)}</h2><table>{basic}</table>"
            f"<h3>{t['units']}</h3>"
            + (f"<table><tr><th>{t['role']}</th><th>{t['unit']}</th><th>{t['credit']}</th></tr>{units}</table>"
               if units else empty)
            + f"<h3>{t['people']}</h3>"
            + (f"<table><tr><th>{t['post']}</th><th>{t['name']}</th><th>{t['cert']}</th><th>{t['unit']}</th></tr>"
               f"{people}</table>" if people else empty)
            + f"<h3>{t['history']}</h3>"
            + (f"<table><tr><th>{t['time']}</th><th>{t['status']}</th><th>{t['by']}</th><th>{t['note']}</th></tr>"
               f"{history}</table>" if history else empty)
        )


class ProjectDossier(QTabWidget):
    """Tabs about one project; ``project_id`` identifies it for re-use and navigation."""

    def __init__(self, project: ProjectDetail, district_rings: Sequence[Ring], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project.id
        self.project = project
        self.monitoring: QWidget | None = None
        self.overview = OverviewTab(self)
        self.addTab(self.overview, self.tr("Overview"))
        self.overview.show_project(project, district_rings)

    def add_monitoring_tab(self, tab: QWidget) -> None:
        """Live monitoring of the project's devices: added only when the project has devices."""
        self.monitoring = tab
        self.addTab(tab, self.tr("Monitoring"))
