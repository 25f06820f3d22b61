"""Who may call the Presidio endpoints: a ``tool`` (or admin) key, or, only when enabled, a client from a
configured network without a key. Presidio clients often cannot send ``Authorization``, so the key may also
come in a configurable header (``presidio_key_header``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role, allowed, from_networks
from api.deps import SettingsDep, credential
from api.models import ApiKey
from api.presidio.errors import PresidioError

ANONYMOUS = "anonymous"


def presidio_client(request: Request, settings: SettingsDep) -> ApiKey | None:
    """The caller's key, or None for an allowed anonymous caller; 401/403 in Presidio's error shape otherwise.

    The key is looked up in a session closed at once, so no connection is held while a large body arrives.
    """
    key = credential(request) or request.headers.get(settings.presidio_key_header, "").strip() or None
    if key is None:
        host = request.client.host if request.client else None
        if settings.presidio_anonymous and from_networks(host, settings.presidio_anonymous_networks):
            request.state.key_name = ANONYMOUS
            return None
        header = settings.presidio_key_header
        raise PresidioError(401, f"geen API-sleutel: stuur 'Authorization: Bearer <sleutel>' of '{header}: <sleutel>'")
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        row = crud.find_api_key(session=session, key=key)
    if row is None:
        raise PresidioError(401, "onbekende of ingetrokken API-sleutel")
    request.state.key_name = row.name
    if not allowed(row.role, (Role.TOOL,)):
        raise PresidioError(403, f"de rol '{row.role}' mag dit niet; nodig: tool of admin")
    return row


PresidioClientDep = Annotated[ApiKey | None, Depends(presidio_client)]
