"""``POST /v1/models/reload`` (admin): load newly trained models without a restart."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from api.deps import AdminDep, DetectorDep

router = APIRouter(prefix="/v1/models", tags=["models"])
logger = logging.getLogger(__name__)


@router.post("/reload")
async def reload_models(key: AdminDep, detector: DetectorDep) -> dict[str, Any]:
    """Reload the models from their configured paths; answers with the reloaded steps and what is active."""
    result = await run_in_threadpool(detector.reload_models)
    logger.info("models reloaded", extra={"by": key.name})
    return {"reloaded": result, "info": detector.info()}
