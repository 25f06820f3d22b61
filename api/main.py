"""The FastAPI app: ``create_app(settings)``; the lifespan migrates the database and starts the analysis workers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from api.analysis import AnalysisService, SharedDetector
from api.db import make_engine, migrate
from api.errors import install_error_handlers
from api.middleware import BodyLimitMiddleware, RequestLogMiddleware, SecurityHeadersMiddleware
from api.presidio import install as install_presidio
from api.routes import ROUTERS
from api.tasks import make_executor
from api.workers import WorkerPool
from detector import __version__
from detector.detector import Detector
from detector.settings import Settings, get_settings

# Room for multipart boundaries and form fields around a file of ``max_upload_bytes``.
_MULTIPART_OVERHEAD = 64 * 1024


def create_app(settings: Settings | None = None, *, detector: Detector | None = None) -> FastAPI:
    """The service. ``detector`` lets tests share one in-process Detector; otherwise the lifespan starts a pool of
    ``api_workers`` worker processes that build their own (``/readyz`` answers 200 once one is warm)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings)
        await run_in_threadpool(migrate, engine)
        app.state.engine = engine
        service: AnalysisService = SharedDetector(detector) if detector else WorkerPool(settings)
        app.state.detector = service
        app.state.executor = make_executor(settings, engine, service)
        try:
            yield
        finally:
            app.state.executor.close()
            service.close()
            engine.dispose()

    app = FastAPI(
        title="Lakmoes",
        version=__version__,
        summary="Woo-weglakvoorstellen voor Nederlandse overheidsdocumenten, met beoordeling en audit.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    install_presidio(app, settings)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> RedirectResponse:
        return RedirectResponse("/review")

    if settings.api_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api_cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_upload_bytes + _MULTIPART_OVERHEAD)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestLogMiddleware)
    return app
