"""The background jobs of a request, the same whichever executor runs them: analyse one document, and the
cross-document pass once all are analysed.

Both are idempotent. A document already ``done`` is skipped; the analysis result is stored in one
transaction together with the switch to ``done``, guarded by ``status != 'done'``, so a task delivered twice
(a worker killed after its work but before its acknowledgement) stores its result once. A document that
cannot be read or analysed becomes ``failed`` with the reason; the request goes on.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from api.crud.documents import add_document, suggestion_row
from api.models import Document, RequestDocument, Suggestion, WooRequest, utcnow
from detector.detector import Analysis
from detector.document import Document as Extracted
from detector.document import Suggestion as Proposed
from detector.extract import ExtractionError, extract_bytes
from detector.extract.dates import find_date
from detector.request.spread import SPREAD_ENTITIES, RequestFinder
from detector.settings import Settings

logger = logging.getLogger(__name__)
Analyzer = Callable[[Extracted, str], Analysis]
WORKER_NAME = "lakmoes-verzoek"


def analyse(engine: Engine, analyzer: Analyzer, request_document_id: int, settings: Settings) -> str:
    """Analyse one request document and store the result; returns ``done``, ``failed`` or ``skipped``.

    A text longer than ``max_text_chars`` fails the document with that reason, as ``POST /v1/documents`` does.
    """
    with Session(engine, expire_on_commit=False) as session:
        row = session.get(RequestDocument, request_document_id)
        if row is None or row.status in ("done", "failed"):
            return "skipped"
        row.status, row.attempts, row.updated_at = "running", row.attempts + 1, utcnow()
        session.commit()
        path, content, request_id = row.path, row.content or b"", row.request_id
    try:
        extracted = extract_bytes(content, path, ocr_language=settings.ocr_language)
        parts = [(path, extracted)] + [(f"{path}/{a.name}", a) for a in extracted.attachments]
        for name, part in parts:
            if len(part.text) > settings.max_text_chars:
                return _fail(engine, request_document_id, f"{name}: te groot ({len(part.text)} tekens, maximum "
                                                          f"{settings.max_text_chars}, setting max_text_chars)")
        analyses = [(name, part, analyzer(part, "auto")) for name, part in parts]
    except ExtractionError as error:
        return _fail(engine, request_document_id, str(error))
    except Exception as error:  # noqa: BLE001 - one broken document must not stop the request
        logger.exception("analysis failed", extra={"request_document_id": request_document_id})
        return _fail(engine, request_document_id, f"interne fout bij de analyse ({type(error).__name__})")
    with Session(engine) as session:
        ids = [
            _store_document(session, name, part, analysis, content if index == 0 else None)
            for index, (name, part, analysis) in enumerate(analyses)
        ]
        marked = session.execute(
            update(RequestDocument)
            .where(RequestDocument.id == request_document_id, RequestDocument.status != "done")
            .values(status="done", error=None, document_id=ids[0], analyses=RequestDocument.analyses + 1,
                    document_date=find_date(extracted), updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )  # fmt: skip
        if marked.rowcount != 1:  # type: ignore[attr-defined]
            session.rollback()
            return "skipped"
        for (name, part, _), document_id in zip(analyses[1:], ids[1:], strict=True):
            session.add(_attachment_row(request_id, request_document_id, name, part, document_id))
        session.commit()
    return "done"


def _fail(engine: Engine, request_document_id: int, reason: str) -> str:
    with Session(engine) as session:
        session.execute(
            update(RequestDocument)
            .where(RequestDocument.id == request_document_id, RequestDocument.status != "done")
            .values(status="failed", error=reason[:2000], updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        session.commit()
    return "failed"


def _store_document(session: Session, name: str, part: Extracted, analysis: Analysis, content: bytes | None) -> int:
    document = add_document(
        session=session, text=part.text, title=name.rsplit("/", 1)[-1][:300], filename=name[:300],
        media_type=part.media_type, doc_type=analysis.doc_type, suggestions=analysis.suggestions,
        created_by=WORKER_NAME, key_id=None, public=analysis.public,
        pdf=content if content is not None and part.media_type == "application/pdf" else None,
    )  # fmt: skip
    return document.id


def _attachment_row(request_id: int, parent_id: int, name: str, part: Extracted, document_id: int) -> RequestDocument:
    data = part.text.encode("utf-8")
    return RequestDocument(
        request_id=request_id, path=name[:500], sha256=hashlib.sha256(data).hexdigest(), size=len(data),
        parent_id=parent_id, status="done", analyses=1, document_id=document_id, document_date=find_date(part),
    )  # fmt: skip


def propagate(engine: Engine, request_id: int) -> int:
    """Once no document of the request is pending or running, propose every person of the request in every
    document (:mod:`detector.request.spread`: persons and supplier names); returns the number of suggestions added.

    Runs once per number of analysed documents: the first caller moves ``propagated_done`` in the same
    transaction that adds the suggestions, later callers find it moved and stop.
    """
    with Session(engine) as session:
        counts = dict(
            session.execute(
                select(RequestDocument.status, func.count())
                .where(RequestDocument.request_id == request_id)
                .group_by(RequestDocument.status)
            ).all()
        )
        if counts.get("pending", 0) or counts.get("running", 0):
            return 0
        done = int(counts.get("done", 0))
        claimed = session.execute(
            update(WooRequest)
            .where(WooRequest.id == request_id, WooRequest.propagated_done != done)
            .values(propagated_done=done)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            session.rollback()
            return 0
        document_ids = list(
            session.scalars(
                select(RequestDocument.document_id)
                .where(RequestDocument.request_id == request_id, RequestDocument.document_id.is_not(None))
                .order_by(RequestDocument.id)
            ).all()
        )
        names = dict(session.execute(select(Document.id, Document.filename).where(Document.id.in_(document_ids))).all())
        finder = RequestFinder([(names[i] or str(i), _proposed(session, i, SPREAD_ENTITIES)) for i in document_ids])
        added = 0
        for document_id in document_ids:
            text, doc_type = session.execute(
                select(Document.text, Document.doc_type).where(Document.id == document_id)
            ).one()
            for s in finder.propose(text or "", doc_type, _proposed(session, document_id)):
                row = suggestion_row(s)
                row.document_id = document_id
                session.add(row)
                added += 1
        session.commit()
        return added


def _proposed(session: Session, document_id: int, entities: tuple[str, ...] = ()) -> list[Proposed]:
    """The suggestions stored for a document (only those of ``entities`` when given)."""
    query = select(Suggestion).where(Suggestion.document_id == document_id)
    if entities:
        query = query.where(Suggestion.entity_type.in_(entities))
    return [
        Proposed(start=s.start, end=s.end, text=s.text, entity_type=s.entity_type, ground=s.ground, score=s.score,
                 explanation=s.explanation, recognizer=s.recognizer)
        for s in session.scalars(query)
    ]  # fmt: skip


def request_of(engine: Engine, request_document_id: int) -> int | None:
    """The request a document belongs to (None if it is gone)."""
    with Session(engine) as session:
        return session.scalar(select(RequestDocument.request_id).where(RequestDocument.id == request_document_id))
