"""ASGI middleware: request id + one structured log line per request, the request body limit, and the
security headers every response carries."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import INTERNAL_ERROR_MESSAGE, PayloadTooLarge, error_response
from api.logs import request_id_var

logger = logging.getLogger("api.requests")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestLogMiddleware:
    """Give each request an id (``X-Request-ID``, kept from the client if sane) and log method, path, status,
    duration and key name. Never the body or query string: they may hold document text."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "key": scope.get("state", {}).get("key_name"),
                },
            )


class BodyLimitMiddleware:
    """Refuse bodies larger than ``limit`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _send_413(send, self.limit)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise PayloadTooLarge(f"verzoek groter dan de grens van {self.limit} bytes")
            return message

        await self.app(scope, limited_receive, send)


async def _send_413(send: Send, limit: int) -> None:
    body = json.dumps(
        {
            "error": "payload_too_large",
            "message": f"verzoek groter dan de grens van {limit} bytes",
            "request_id": request_id_var.get(),
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


# Only our own scripts and styles (the reviewer page has no inline script or style), never inside a frame.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's /docs and /redoc load their viewer from a CDN; their one inline script is allowed by its hash only.
_DOCS_POLICY = (
    "default-src 'self'; script-src 'self' https://cdn.jsdelivr.net {hashes}; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "worker-src blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_DOCS_PATHS = {"/docs", "/redoc"}
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)
_COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeadersMiddleware:
    """Add CSP (no inline script, ``frame-ancestors 'none'``), ``X-Content-Type-Options: nosniff``,
    ``Referrer-Policy`` and ``X-Frame-Options`` to every response, and HSTS when served over https."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = list(_COMMON_HEADERS)
        if scope.get("scheme") == "https":
            extra.append((b"strict-transport-security", b"max-age=31536000"))
        if scope["path"] in _DOCS_PATHS:
            await self.app(scope, receive, _docs_sender(send, extra))
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [
                    *message.get("headers", []), *extra, (b"content-security-policy", PAGE_POLICY.encode())
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # Starlette answers an unhandled error outside every middleware, without these headers: answer
            # here instead, with the same body, and re-raise so the error is still logged.
            if not started:
                await error_response(500, "internal_error", INTERNAL_ERROR_MESSAGE)(scope, receive, send_with_headers)
            raise


def _docs_sender(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    """Hold back the (small) docs page until its body is complete, then allow exactly its inline scripts."""
    start: Message = {}
    body = bytearray()

    async def sender(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        body.extend(message.get("body", b""))
        if message.get("more_body"):
            return
        hashes = " ".join(
            "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
            for script in _INLINE_SCRIPT.findall(bytes(body))
        )
        policy = _DOCS_POLICY.format(hashes=hashes).encode()
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers += [*extra, (b"content-security-policy", policy), (b"content-length", str(len(body)).encode())]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": bytes(body)})

    return sender
