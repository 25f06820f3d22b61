"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.deps import DetectorDep, SessionDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(session: SessionDep, detector: DetectorDep) -> JSONResponse:
    """The database answers and the models are loaded (in a warm worker); 503 otherwise."""
    checks: dict[str, object] = {}
    try:
        session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as error:  # noqa: BLE001 - any database failure means not ready
        checks["database"] = f"fout: {type(error).__name__}"
    info = detector.info()
    checks["models"] = "ok" if info.get("steps") is not None else "niet geladen"
    checks["pipeline"] = info.get("pipeline")
    if "workers" in info:  # the worker pool: how many are warm (ready once one is), busy, replaced
        checks["workers"] = info["workers"]
    ready = checks["database"] == "ok" and checks["models"] == "ok"
    body = {"status": "ready" if ready else "not_ready", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)
