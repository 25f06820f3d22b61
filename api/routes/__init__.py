"""One router per resource; :data:`ROUTERS` is included by :func:`api.main.create_app`."""

from api.routes import (
    analyze,
    decisions,
    documents,
    exports,
    grounds,
    health,
    keys,
    models,
    requests,
    review,
    suggestions,
    workbench,
)

ROUTERS = [
    analyze.router,
    documents.router,
    suggestions.router,
    decisions.router,
    exports.router,
    grounds.router,
    models.router,
    keys.router,
    health.router,
    review.router,
    workbench.router,
    requests.router,
]
