"""Inspection photos in the online client (issue 15): each finding of the inspection form carries photos,
checked in the worker as the server will, uploaded on OK with progress, cited by the finding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.supervision_controller import SupervisionController
from app.worker import Worker
from domain.case_schemas import ChecklistItem, ChecklistTemplateOut, InspectionCreate
from domain.cases import DocumentKind, FindingSeverity, InspectionType
from services.api_client import ApiClient
from services.cases_client import CasesClient, NoticeQueue
from services.uploads import CheckedFile
from tests.gui.conftest import DEMO_PASSWORD, LOAD_TIMEOUT_MS
from tests.support.files import tiny_png
from tests.support.photos import exif_jpeg
from tests.support.server_process import ServerProcess
from widgets.cases.forms import FindingPhoto, InspectionForm

SUPERVISOR = "demo-province"
TAKEN = dt.datetime(2026, 11, 20, 9, 30)


def _form(qtbot) -> InspectionForm:
    form = InspectionForm(7, "天河智慧城")
    qtbot.addWidget(form)
    form.set_templates([ChecklistTemplateOut(code="JGJ59-SAFETY", name="JGJ 59", inspection_type=InspectionType.SAFETY,
                                             version=1, items=[ChecklistItem(code="S-05", title="临边防护")])])
    form.items_list.item(0).setSelected(True)
    form.add_selected_items()
    form.add_finding(None, "塔吊附着装置松动", FindingSeverity.MAJOR)
    form.inspectors_edit.setText("林志明、黄安")
    return form


def test_form_lists_photos_per_finding_and_cites_their_documents(qtbot) -> None:
    form = _form(qtbot)
    first, second = form.photo_cell(0), form.photo_cell(1)
    assert first.finding_key != second.finding_key and first.add_button.text() == "Add photos…"

    with qtbot.waitSignal(form.sig_photos_added, timeout=1000) as picked:
        first.sig_files_chosen.emit(["/photos/a.jpg", "/photos/b.png", "/photos/c.jpg"])  # what the dialog gives
    assert picked.args == [first.finding_key, ["/photos/a.jpg", "/photos/b.png", "/photos/c.jpg"]]
    jpeg = exif_jpeg(taken_at=TAKEN, lon=113.32, lat=23.12, size=(320, 240))
    form.add_photos(first.finding_key, [CheckedFile("a.jpg", jpeg, "image/jpeg"),
                                        CheckedFile("b.png", tiny_png(), "image/png"),
                                        CheckedFile("c.jpg", jpeg, "image/jpeg")])
    form.show_photo_refusals(first.finding_key, "notes.jpg cannot be uploaded: only JPEG or PNG photos are accepted.")
    assert "Finding 1" in form.message_label.text() and "notes.jpg" in form.message_label.text()
    assert [first.list.item(i).text() for i in range(first.list.count())] == ["a.jpg", "b.png", "c.jpg"]
    assert not first.list.item(0).icon().isNull()  # a thumbnail, not just a name

    first.list.item(1).setSelected(True)  # remove b.png
    assert first.remove_button.isEnabled()
    first.remove_button.click()
    assert [p.name for p in first.photos] == ["a.jpg", "c.jpg"] and first.list.count() == 2

    # OK: the fields are checked, then the photos without a document are asked for (nothing sent yet).
    with qtbot.assertNotEmitted(form.sig_form_submitted), \
            qtbot.waitSignal(form.sig_photos_upload_requested, timeout=1000) as asked:
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    waiting: list[FindingPhoto] = asked.args[0]
    assert [p.name for p in waiting] == ["a.jpg", "c.jpg"] and form.sending
    assert not form.findings_table.isEnabled()  # no edits while the photos go out
    form.show_upload_progress(1, 2)
    assert form.upload_progress.isVisibleTo(form) and form.upload_progress.value() == 1

    # The first went, the second failed: the form stays open with everything, naming the file.
    form.show_photos_uploaded({waiting[0].key: 101})
    form.show_upload_failed("c.jpg", "the image cannot be decoded")
    assert not form.sending and form.buttons.isEnabled() and form.findings_table.isEnabled()
    assert "c.jpg" in form.message_label.text() and form.findings_table.rowCount() == 2
    assert [p.name for p in first.photos] == ["a.jpg", "c.jpg"]

    # Again: only c.jpg is asked for; once it has its document the form submits the inspection by itself.
    with qtbot.waitSignal(form.sig_photos_upload_requested, timeout=1000) as asked_again:
        assert form.submit()
    assert [p.name for p in asked_again.args[0]] == ["c.jpg"]
    with qtbot.waitSignal(form.sig_form_submitted, timeout=1000) as sent:
        form.show_photos_uploaded({asked_again.args[0][0].key: 102})
    payload = sent.args[0]
    assert isinstance(payload, InspectionCreate)
    assert [f.photo_document_ids for f in payload.findings] == [[101, 102], []]
    assert [f.checklist_item_code for f in payload.findings] == ["S-05", None]


def test_form_without_photos_submits_at_once_and_caps_photos_per_finding(qtbot) -> None:
    form = _form(qtbot)
    cell = form.photo_cell(1)
    png = tiny_png()
    form.add_photos(cell.finding_key, [CheckedFile(f"p{i}.png", png, "image/png") for i in range(22)])
    assert len(cell.photos) == 20 and "2 not added" in form.message_label.text()
    cell.list.selectAll()
    cell.remove_selected()
    form.add_photos(9999, [CheckedFile("lost.png", png, "image/png")])  # a finding removed meanwhile: ignored
    with qtbot.assertNotEmitted(form.sig_photos_upload_requested), \
            qtbot.waitSignal(form.sig_form_submitted, timeout=1000) as sent:
        assert form.submit()
    assert all(f.photo_document_ids == [] for f in sent.args[0].findings)


def test_inspection_with_photos_through_the_controller(qtbot, server: ServerProcess, worker: Worker,
                                                       tmp_path: Path) -> None:
    api = ApiClient(server.url)
    user = api.login(SUPERVISOR, DEMO_PASSWORD).user
    cases = CasesClient(api)
    notice = cases.notices(queue=NoticeQueue.OVERDUE).items[0]
    supervision = SupervisionController(cases, worker, user, notice.project_id, notice.project_name,
                                        [(notice.target_unit_id, notice.target_unit_name)])
    tab = supervision.tab
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        supervision.load()
    before = {i.id for i in tab.inspections.rows}

    form = supervision.open_inspection_form()
    qtbot.waitUntil(lambda: form.template_combo.count() >= 5, timeout=LOAD_TIMEOUT_MS)
    form.add_finding(None, "脚手架连墙件缺失", FindingSeverity.SERIOUS)
    form.add_finding(None, "临边防护栏杆高度不足", FindingSeverity.GENERAL)
    form.inspectors_edit.setText("林志明")
    first = form.photo_cell(0)

    photos = {"tower-east.jpg": exif_jpeg(taken_at=TAKEN, lon=113.32, lat=23.12, colour=(200, 90, 40)),
              "tower-west.jpg": exif_jpeg(taken_at=TAKEN, lon=113.33, lat=23.13, colour=(40, 90, 200))}
    for name, data in photos.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "notes.jpg").write_text("not a photo, only named like one\n")  # a text file renamed .jpg
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 200)  # JPEG magic, nothing decodable

    # A non-image file is refused in the worker with a message; nothing of it is listed or sent.
    first.sig_files_chosen.emit([str(tmp_path / "notes.jpg")])
    qtbot.waitUntil(lambda: "notes.jpg" in form.message_label.text(), timeout=LOAD_TIMEOUT_MS)
    assert "JPEG or PNG" in form.message_label.text() and first.photos == []

    # The server refuses a photo the client cannot tell from a good one: the form keeps everything and says which.
    first.sig_files_chosen.emit([str(tmp_path / "tower-east.jpg"), str(tmp_path / "broken.jpg")])
    qtbot.waitUntil(lambda: len(first.photos) == 2, timeout=LOAD_TIMEOUT_MS)
    with qtbot.assertNotEmitted(form.sig_sent):
        assert form.submit()
        qtbot.waitUntil(lambda: not form.sending, timeout=LOAD_TIMEOUT_MS)
    assert "broken.jpg" in form.message_label.text() and form.isVisible()
    assert "cannot be opened" in form.message_label.text()  # the server's reason, in words
    assert form.findings_table.rowCount() == 2 and form.inspectors_edit.text() == "林志明"
    assert {i.id for i in cases.project_inspections(notice.project_id)} == before  # nothing recorded

    first.list.item(1).setSelected(True)
    first.remove_button.click()
    first.sig_files_chosen.emit([str(tmp_path / "tower-west.jpg")])
    qtbot.waitUntil(lambda: len(first.photos) == 2, timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(form.sig_photos_upload_requested, timeout=1000) as asked, \
            qtbot.waitSignal(tab.sig_loaded, timeout=LOAD_TIMEOUT_MS):
        assert form.submit()
    assert [p.name for p in asked.args[0]] == ["tower-west.jpg"]  # tower-east went up the first time

    # Read the inspection back through the API: the first finding cites both photos, the second none.
    created = [i for i in cases.project_inspections(notice.project_id) if i.id not in before]
    assert len(created) == 1
    recorded = cases.inspection(created[0].id)
    assert [f.description for f in recorded.findings] == ["脚手架连墙件缺失", "临边防护栏杆高度不足"]
    assert recorded.findings[1].photo_document_ids == []
    ids = recorded.findings[0].photo_document_ids
    assert len(ids) == 2
    documents = [cases.document(i) for i in ids]
    assert [d.original_name for d in documents] == ["tower-east.jpg", "tower-west.jpg"]
    assert all(d.kind is DocumentKind.INSPECTION_PHOTO and d.content_type == "image/jpeg" for d in documents)
    assert [cases.document_content(i) for i in ids] == list(photos.values())  # EXIF and all, byte for byte
