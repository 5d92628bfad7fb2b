"""Uploads under abuse, through the API on SQLite and PostgreSQL (issue 12): a decompression bomb
(finding 3), PDFs with active content (finding 12), files served back as what their bytes are, and no
slow upload work while the SQLite writer lock is held (finding 2)."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PIL import ImageFile
from sqlalchemy.engine import make_url

from server.documents import uploads
from server.documents.storage import BlobStore
from tests.support.case_world import World, upload
from tests.support.files import blank_png, tiny_pdf, tiny_png
from tests.support.pdfs import javascript_on_open, launch_link
from tests.support.photos import exif_jpeg
from tests.support.projects import TIANHE_WGS84

API = "/api/v1/reporting"
MONTH = "2026-10"
BOMB = blank_png(13_000, 13_000)  # 20 KB that decode to 169 megapixels
POLYGLOT = exif_jpeg() + b"<html><body><script>fetch('/steal?c=' + document.cookie)</script></body></html>"


def photo(w: World, data: bytes, name: str = "p.jpg"):  # type: ignore[no-untyped-def]
    return w.client.post(f"{API}/projects/{w.project_id}/progress/{MONTH}/photos", headers=w.contractor,
                         files={"file": (name, data, "image/jpeg")}, data={"caption": "主体结构"})


def dangerous_work(w: World) -> int:
    response = w.client.post(f"{API}/projects/{w.project_id}/dangerous-works", headers=w.contractor, json={
        "name": "1#楼基坑", "work_type": "foundation_pit", "parameters": {"depth_m": 5},
        "planned_start": "2026-11-01", "planned_end": "2027-01-31"})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def plan(w: World, work_id: int, data: bytes):  # type: ignore[no-untyped-def]
    return w.client.post(f"{API}/dangerous-works/{work_id}/plans", headers=w.contractor,
                         files={"file": ("plan.pdf", data, "application/pdf")}, data={"title": "专项施工方案"})


def created(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return response.json()


def stored(w: World, data: bytes) -> bool:
    store: BlobStore = w.client.app.state.blob_store
    return store.path_for(hashlib.sha256(data).hexdigest()).exists()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow's own, above 89 MP
def test_a_decompression_bomb_is_refused_and_what_was_accepted_stays(world: World) -> None:
    w = world
    good_bytes = exif_jpeg(taken_at=dt.datetime(2026, 10, 12, 9, 30), lon=TIANHE_WGS84[0], lat=TIANHE_WGS84[1])
    good = created(photo(w, good_bytes))
    evidence = created(upload(w, w.contractor, tiny_png()))

    for refused in (photo(w, BOMB, "bomb.png"), upload(w, w.contractor, BOMB, name="bomb.png")):
        assert refused.status_code == 422, refused.text
        body = refused.json()
        assert body["code"] == "image_too_large"
        assert "13,000 × 13,000" in body["detail"] and "40,000,000 pixels" in body["detail"]
    assert not stored(w, BOMB)  # refused from its header, before it was kept

    [report] = w.client.get(f"{API}/projects/{w.project_id}/progress", headers=w.gz).json()
    assert [p["id"] for p in report["photos"]] == [good["id"]] and report["photos"][0]["flags"] == []
    content = w.client.get(f"{API}/progress-photos/{good['id']}/content", headers=w.gz)
    assert content.content == good_bytes
    thumbnail = w.client.get(f"{API}/progress-photos/{good['id']}/content", headers=w.gz, params={"thumbnail": True})
    assert thumbnail.status_code == 200 and thumbnail.content.startswith(b"\xff\xd8")
    assert w.client.get(f"/api/v1/documents/{evidence['id']}/content", headers=w.contractor).content == tiny_png()


def test_pdfs_with_active_content_are_refused(world: World) -> None:
    w = world
    work_id = dangerous_work(w)
    scripted = plan(w, work_id, javascript_on_open())
    assert scripted.status_code == 422 and scripted.json()["code"] == "pdf_active_content"
    assert "JavaScript" in scripted.json()["detail"]
    launcher = upload(w, w.gz, launch_link(), name="report.pdf", kind="enforcement_document")
    assert launcher.status_code == 422 and launcher.json()["code"] == "pdf_active_content"
    assert "launch" in launcher.json()["detail"]
    broken = plan(w, work_id, b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    assert broken.status_code == 422 and broken.json()["code"] == "pdf_unreadable"
    assert not stored(w, javascript_on_open()) and not stored(w, launch_link())

    clean = created(plan(w, work_id, tiny_pdf()))
    served = w.client.get(f"{API}/dangerous-work-plans/{clean['id']}/content", headers=w.gz)
    assert served.content == tiny_pdf() and served.headers["content-type"] == "application/pdf"
    [work] = w.client.get(f"{API}/projects/{w.project_id}/dangerous-works", headers=w.gz).json()
    plans = w.client.get(f"{API}/submissions", headers=w.gz,
                         params={"kind": "dangerous_work_plan", "project_id": w.project_id}).json()
    assert work["id"] == work_id and plans["total"] == 1


def test_uploads_are_served_as_what_their_bytes_are(world: World) -> None:
    w = world
    disguised = w.client.post("/api/v1/documents", headers=w.gz, files={"file": ("page.html", tiny_png(), "text/html")},
                              data={"project_id": str(w.project_id), "kind": "inspection_photo"})
    polyglot = upload(w, w.gz, POLYGLOT, name="evidence.html")
    for response in (disguised, polyglot):
        document = created(response)
        served = w.client.get(f"/api/v1/documents/{document['id']}/content", headers=w.gz)
        assert served.headers["content-type"] == document["content_type"]
        assert served.headers["content-disposition"].startswith("attachment;")
    assert (disguised.json()["content_type"], polyglot.json()["content_type"]) == ("image/png", "image/jpeg")
    progress_photo = created(photo(w, POLYGLOT, name="site.html"))
    served = w.client.get(f"{API}/progress-photos/{progress_photo['id']}/content", headers=w.gz)
    assert served.headers["content-type"] == "image/jpeg"


def _writer_lock_free(database: str) -> str:
    """Whether another writer could begin now: if this request held SQLite's write lock, this waits (in the
    request's own thread, so it cannot be released) and then fails."""
    probe = sqlite3.connect(database, timeout=5, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return "free"
    except sqlite3.OperationalError as exc:
        return str(exc)
    finally:
        probe.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the writer lock is SQLite's
def test_slow_upload_work_runs_outside_the_writer_lock(world: World, db_url: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    w = world
    work_id = dangerous_work(w)
    photo_bytes, pdf_bytes = exif_jpeg(), tiny_pdf()
    database = make_url(db_url).database
    assert database is not None
    seen: list[tuple[str, str]] = []

    def probed(what: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            seen.append((what, _writer_lock_free(database)))
            return original(*args, **kwargs)
        return run

    monkeypatch.setattr(BlobStore, "put", probed("store (hash, write, fsync)", BlobStore.put))
    monkeypatch.setattr(ImageFile.ImageFile, "load", probed("decode an image", ImageFile.ImageFile.load))
    monkeypatch.setattr(uploads, "check_pdf", probed("inspect a PDF", uploads.check_pdf))

    created(upload(w, w.contractor, tiny_png()))
    created(photo(w, photo_bytes))
    created(plan(w, work_id, pdf_bytes))
    assert {what for what, _ in seen} == {"store (hash, write, fsync)", "decode an image", "inspect a PDF"}
    assert [(what, state) for what, state in seen if state != "free"] == []
