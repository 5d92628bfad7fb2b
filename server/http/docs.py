"""The Swagger UI page at `/api/v1/docs`, served with its assets from the fastapi-offline package (FastAPI's
default page loads them from a CDN, and the project has no network at run time) under a
Content-Security-Policy that allows exactly what the page uses."""

from __future__ import annotations

import base64
import hashlib
import re
from importlib.resources import files

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def docs_policy(html: str) -> str:
    """Own scripts and styles plus the page's inline start-up script (by hash); the UI fetches only the
    OpenAPI document and, with "Try it out", the API itself."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in _INLINE_SCRIPT.findall(html))
    return (f"default-src 'none'; script-src 'self' {hashes}; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def install_docs(app: FastAPI, docs_url: str) -> None:
    """Serve the page at `docs_url` (create the app with `docs_url=None`) and its assets below it."""
    assert app.openapi_url is not None
    assets = f"{docs_url}/assets"
    app.mount(assets, StaticFiles(directory=str(files("fastapi_offline") / "static")), name="docs-assets")
    page = get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} - Swagger UI",
                               swagger_js_url=f"{assets}/swagger-ui-bundle.js",
                               swagger_css_url=f"{assets}/swagger-ui.css",
                               swagger_favicon_url=f"{assets}/favicon.png",
                               swagger_ui_parameters=app.swagger_ui_parameters)
    html = bytes(page.body).decode()
    policy = docs_policy(html)

    @app.get(docs_url, include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(html, headers={"Content-Security-Policy": policy})
