"""Typed HTTP client of the Sandtable API: returns domain DTOs and raises the errors of services.errors.

Safe to call from several worker threads at once: each thread gets its own ``requests.Session``
(sessions are not thread-safe), while the bearer token is shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from urllib3.filepost import encode_multipart_formdata

from domain.enums import RegionLevel
from domain.schemas import (
    Health,
    MapFeatures,
    ProjectDetail,
    ProjectPage,
    ProjectQuery,
    RegionNode,
    TokenOut,
    UnitOut,
    UserOut,
)
from services.errors import ApiError, ResponseFormatError, ServerUnreachableError, api_error_for

API_PREFIX = "/api/v1"
DEFAULT_TIMEOUT = (5.0, 30.0)  # (connect, read) seconds: a dead server must not hang a worker forever

ProgressCallback = Callable[[int, int], None]  # (bytes sent, bytes in total)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

_UNITS = TypeAdapter(list[UnitOut])
_IDS = TypeAdapter(list[int])


def query_params(**values: Any) -> dict[str, Any]:
    """Query parameters of an area client's call: enums by value, None (not asked for) left out."""
    return {k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items() if v is not None}


class ApiClient:
    """One authenticated conversation with one server."""

    def __init__(self, base_url: str, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._token: str | None = None
        self._local = threading.local()

    # --- session state ---------------------------------------------------------------------------

    @property
    def is_authenticated(self) -> bool:
        return self._token is not None

    def login(self, username: str, password: str) -> TokenOut:
        """Exchange credentials for a bearer token (OAuth2 password form) and keep it for later calls."""
        token = self._parse(
            TokenOut,
            "/auth/token",
            self._request("POST", "/auth/token", data={"username": username, "password": password}),
        )
        self._token = token.access_token
        return token

    def wall_session(self, credential: str) -> TokenOut:
        """A wall display's session from its credential (no person logs in); kept like a login's token.
        Called at start, before the token expires and after every outage."""
        answer = self._request("POST", "/auth/wall-session", headers={"Authorization": f"WallKey {credential}"},
                               bearer=False)
        token = self._parse(TokenOut, "/auth/wall-session", answer)
        self._token = token.access_token
        return token

    def logout(self) -> None:
        """Revoke the token on the server; the local token is dropped even if the server is gone."""
        if self._token is None:
            return
        try:
            self._request("POST", "/auth/logout")
        finally:
            self._token = None

    # --- endpoints -------------------------------------------------------------------------------

    def health(self) -> Health:
        return self._get(Health, "/health")

    def me(self) -> UserOut:
        return self._get(UserOut, "/auth/me")

    def regions_tree(self) -> RegionNode:
        return self._get(RegionNode, "/regions/tree")

    def list_projects(self, query: ProjectQuery) -> ProjectPage:
        return self._get(ProjectPage, "/projects", params=query.to_params())

    def project(self, project_id: int) -> ProjectDetail:
        return self._get(ProjectDetail, f"/projects/{int(project_id)}")

    def map_features(self) -> MapFeatures:
        return self._get(MapFeatures, "/projects/map-features")

    def map_features_if_changed(self, etag: str | None) -> tuple[str | None, MapFeatures | None]:
        """(ETag, features), or (etag, None) when the server answers 304: nothing changed since ``etag``."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._request("GET", "/projects/map-features", headers=headers)
        new_etag = response.headers.get("ETag")
        if response.status_code == 304:
            return etag, None
        return new_etag, self._parse(MapFeatures, "/projects/map-features", response)

    def project_ids(self, query: ProjectQuery) -> list[int]:
        """Every id matching the query's filters, in its sort order (paging ignored)."""
        return self._validate(_IDS, "/projects/ids", self._request("GET", "/projects/ids", params=query.to_params()))

    def boundaries(self, level: RegionLevel, parent: str | None = None) -> bytes:
        """Simplified WGS-84 region boundaries as GeoJSON text (the caller caches and parses it)."""
        params: dict[str, Any] = {"level": level.value}
        if parent:
            params["parent"] = parent
        return self._request("GET", "/regions/boundaries", params=params).content

    def units(self, q: str | None = None, *, limit: int | None = None) -> list[UnitOut]:
        params: dict[str, Any] = {}
        if q:
            params["q"] = q
        if limit is not None:
            params["limit"] = limit
        response = self._request("GET", "/units", params=params)
        return self._validate(_UNITS, "/units", response)

    # --- generic calls: area clients (cases, monitoring, reporting) build on these ----------------

    def get_model(self, model: type[M], path: str, *, params: dict[str, Any] | None = None) -> M:
        """GET `path` (under /api/v1) and parse the body as `model`."""
        return self._get(model, path, params=params)

    def get_list(self, model: type[M], path: str, *, params: dict[str, Any] | None = None) -> list[M]:
        # list[model]: a list type made at run time from the model class passed in (mypy cannot)
        adapter: TypeAdapter[list[M]] = TypeAdapter(list[model])  # type: ignore[valid-type]
        return self._validate(adapter, path, self._request("GET", path, params=params))

    def post_model(self, model: type[M], path: str, *, json: Any = None) -> M:
        return self._parse(model, path, self._request("POST", path, json=json))

    def put_model(self, model: type[M], path: str, *, json: Any = None) -> M:
        return self._parse(model, path, self._request("PUT", path, json=json))

    def patch_model(self, model: type[M], path: str, *, json: Any = None) -> M:
        return self._parse(model, path, self._request("PATCH", path, json=json))

    def get_bytes(self, path: str, *, params: dict[str, Any] | None = None) -> bytes:
        """Binary bodies (PDFs, photos, thumbnails)."""
        return self._request("GET", path, params=params).content

    def upload(self, model: type[M], path: str, *, filename: str, data: bytes, content_type: str,
               fields: dict[str, str], on_progress: ProgressCallback | None = None) -> M:
        """multipart/form-data upload of one file plus form fields. With `on_progress`, the body is
        streamed in chunks and `on_progress(sent, total)` is called (in the calling thread) as each chunk
        is handed to the socket; the last call, sent == total, precedes the server's answer."""
        if on_progress is None:
            response = self._request("POST", path, files={"file": (filename, data, content_type)}, data=fields)
        else:
            body, multipart_type = encode_multipart_formdata([*fields.items(),
                                                              ("file", (filename, data, content_type))])
            response = self._request("POST", path, data=_ProgressBody(body, on_progress),
                                     headers={"Content-Type": multipart_type})
        return self._parse(model, path, response)

    def stream_url(self, path: str) -> tuple[str, dict[str, str]]:
        """URL and headers for a long-lived request the caller manages itself (server-sent events)."""
        headers = {"Accept": "text/event-stream"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        return f"{self.base_url}{API_PREFIX}{path}", headers

    # --- plumbing --------------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["Accept"] = "application/json"
            self._local.session = session
        return session

    def _request(self, method: str, path: str, *, headers: dict[str, str] | None = None, bearer: bool = True,
                 **kwargs: Any) -> requests.Response:
        url = f"{self.base_url}{API_PREFIX}{path}"
        token = {"Authorization": f"Bearer {self._token}"} if self._token and bearer else {}
        headers = {**(headers or {}), **token}
        try:
            response = self._session().request(method, url, headers=headers, timeout=self.timeout, **kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise ServerUnreachableError(self.base_url, type(exc).__name__) from exc
        if response.status_code >= 400:
            raise _error_from(response)
        return response

    def _get(self, model: type[M], path: str, **kwargs: Any) -> M:
        return self._parse(model, path, self._request("GET", path, **kwargs))

    @staticmethod
    def _parse(model: type[M], path: str, response: requests.Response) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise ResponseFormatError(path, str(exc)) from exc

    @staticmethod
    def _validate(adapter: TypeAdapter[T], path: str, response: requests.Response) -> T:
        try:
            return adapter.validate_json(response.content)
        except ValidationError as exc:
            raise ResponseFormatError(path, str(exc)) from exc


class _ProgressBody:
    """A request body that reports how much of it has been read: requests sends a file-like body
    in blocks (its length from ``__len__``), so each ``read`` is one block going out."""

    def __init__(self, body: bytes, on_progress: ProgressCallback) -> None:
        self._body = body
        self._offset = 0
        self._on_progress = on_progress

    def __len__(self) -> int:
        return len(self._body)

    def read(self, size: int = -1) -> bytes:
        end = len(self._body) if size is None or size < 0 else min(len(self._body), self._offset + size)
        chunk = self._body[self._offset:end]
        self._offset = end
        if chunk:
            self._on_progress(self._offset, len(self._body))
        return chunk


def _error_from(response: requests.Response) -> ApiError:
    """Map an error response to a typed ApiError; tolerate bodies that are not our JSON shape."""
    status = response.status_code
    code, detail = f"http_{status}", response.reason or ""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        code = str(body.get("code") or code)
        raw = body.get("detail", detail)
        detail = raw if isinstance(raw, str) else str(raw)
    elif response.text:
        detail = response.text[:300]
    return api_error_for(status, code, detail)
