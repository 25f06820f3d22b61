"""Database operations, one module per resource. Keyword-only, no HTTP: they raise domain errors from
:mod:`api.errors`. The names are re-exported here, so callers write ``crud.decide(...)``."""

from api.crud.decisions import add_redaction, audit_trail, canonical_ground, decide, manual_redactions
from api.crud.documents import (
    Progress,
    create_document,
    delete_document,
    document_progress,
    get_document,
    list_documents,
)
from api.crud.events import DECISIONS, MANUAL_ENTITY, STATUS_OF_ACTION, UNDO, not_undone
from api.crud.exports import CONTEXT_CHARS, Redaction, feedback_rows, redactions
from api.crud.keys import create_api_key, find_api_key, list_api_keys, revoke_api_key
from api.crud.suggestions import SuggestionState, get_suggestion, open_state, suggestion_states

__all__ = [
    "CONTEXT_CHARS",
    "DECISIONS",
    "MANUAL_ENTITY",
    "STATUS_OF_ACTION",
    "UNDO",
    "Progress",
    "Redaction",
    "SuggestionState",
    "add_redaction",
    "audit_trail",
    "canonical_ground",
    "create_api_key",
    "create_document",
    "decide",
    "delete_document",
    "document_progress",
    "feedback_rows",
    "find_api_key",
    "get_document",
    "get_suggestion",
    "list_api_keys",
    "list_documents",
    "manual_redactions",
    "not_undone",
    "open_state",
    "redactions",
    "revoke_api_key",
    "suggestion_states",
]
