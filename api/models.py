"""Database tables: API keys, documents, their suggestions, the append-only decision events, and Woo requests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored with time zone and always read back as aware UTC (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime; use datetime.now(UTC)")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class DbText(TypeDecorator[str]):
    """Text that PostgreSQL can store: a NUL becomes U+FFFD, one character for one, so offsets stay valid.

    PostgreSQL's text types refuse NUL; SQLite stores it as is. ``DbText(300)`` is a ``String(300)``.
    """

    impl = Text
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__()
        self.length = length

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        return dialect.type_descriptor(String(self.length) if self.length else Text())

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is not None and dialect.name == "postgresql" and "\x00" in value:
            return value.replace("\x00", "\ufffd")
        return value


def utcnow() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every table (Alembic's target metadata)."""


class ApiKey(Base):
    """An API key: only its SHA-256 is stored; ``name`` is what audit records show."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Document(Base):
    """A stored document: its extracted text (offsets refer to it) and how it came in.

    Deleting keeps the row as a tombstone (``deleted_at``, ``deleted_by``) with its events, but clears every
    piece of content: text, title, filename, and its suggestions' texts and explanations.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(DbText(300))
    filename: Mapped[str | None] = mapped_column(DbText(300), default=None)
    media_type: Mapped[str] = mapped_column(String(100))
    doc_type: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(DbText)
    sha256: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    deleted_by: Mapped[str | None] = mapped_column(String(100), default=None)

    suggestions: Mapped[list[Suggestion]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True, order_by="Suggestion.start"
    )


class Suggestion(Base):
    """One suggestion as Lakmoes proposed it; ``version`` counts its decisions (optimistic locking)."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column("start_char", Integer)
    end: Mapped[int] = mapped_column("end_char", Integer)
    text: Mapped[str] = mapped_column(DbText)
    entity_type: Mapped[str] = mapped_column(String(40))
    ground: Mapped[str] = mapped_column(String(20))
    grounds: Mapped[list[str]] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(DbText)
    recognizer: Mapped[str] = mapped_column(String(100))
    page: Mapped[int | None] = mapped_column(Integer, default=None)
    bbox: Mapped[list[Any] | None] = mapped_column(JSON, default=None)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # True while the suggestion has a decision that was not undone (``version`` also counts undos).
    decided: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[Document] = relationship(back_populates="suggestions")


class Event(Base):
    """An append-only audit event: the upload, a decision, a manual redaction, or the document's deletion.

    Events are never updated or deleted (deleting a document keeps them); the status of a suggestion is its
    latest decision event. ``id`` gives the order.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    suggestion_id: Mapped[int | None] = mapped_column(
        ForeignKey("suggestions.id", ondelete="CASCADE"), index=True, default=None
    )
    action: Mapped[str] = mapped_column(String(20))
    ground: Mapped[str | None] = mapped_column(String(20), default=None)
    reason: Mapped[str | None] = mapped_column(DbText, default=None)
    start: Mapped[int | None] = mapped_column("start_char", Integer, default=None)
    end: Mapped[int | None] = mapped_column("end_char", Integer, default=None)
    entity_type: Mapped[str | None] = mapped_column(String(40), default=None)
    reviewer: Mapped[str] = mapped_column(String(100))
    key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A bulk action ("this value everywhere") names itself here on each of its events; ``batch`` groups the
    # events of one action (bulk or undo) so an undo can take the whole action back.
    bulk: Mapped[str | None] = mapped_column(String(100), default=None)
    batch: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    # An ``undo`` event names the event it takes back.
    undoes: Mapped[int | None] = mapped_column(ForeignKey("events.id"), default=None, index=True)

    suggestion: Mapped[Suggestion | None] = relationship()


class KeptPublic(Base):
    """A span Lakmoes found but kept public (an official acting publicly, a functional contact), with why."""

    __tablename__ = "kept_public"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column("start_char", Integer)
    end: Mapped[int] = mapped_column("end_char", Integer)
    text: Mapped[str] = mapped_column(DbText)
    entity_type: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(DbText)
    score: Mapped[float] = mapped_column(Float)
    recognizer: Mapped[str] = mapped_column(String(100))


class DocumentFile(Base):
    """The uploaded PDF of a document, kept so the reviewer sees its pages and can download it redacted."""

    __tablename__ = "document_files"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class WooRequest(Base):
    """A Woo request (verzoek): one dossier of documents that gets one decision.

    ``deadline`` is the legal term (4 weeks after receipt), ``extended_deadline`` the term after the
    extension of 2 weeks (art. 4.4 Woo). ``status`` is the phase the coordinator sets: ``open``, ``extended``
    or ``decided`` (the API calls it ``phase``; its ``status`` is the analysis progress). ``propagated_done``
    is the number of analysed documents the last cross-document pass saw (it runs once per new set).
    """

    __tablename__ = "woo_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    received_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    extended_deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    propagated_done: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RequestDocument(Base):
    """A file of a request and its analysis: ``pending`` → ``running`` → ``done`` (``document_id`` set) or
    ``failed`` (``error`` says why). ``content`` keeps the original bytes so workers elsewhere can read it
    and redacted PDF/DOCX can be made from it. ``analyses`` counts stored analyses (one, by design)."""

    __tablename__ = "request_documents"
    __table_args__ = (UniqueConstraint("request_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("woo_requests.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("request_documents.id", ondelete="CASCADE"), default=None)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    analyses: Mapped[int] = mapped_column(Integer, default=0)
    document_date: Mapped[str | None] = mapped_column(String(30), default=None)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReviewSession(Base):
    """A reviewer page login: the cookie holds a random token, only its SHA-256 is stored.

    Short-lived (``expires_at``); logout sets ``revoked_at``; it stops working at once when its key is revoked
    or expires.
    """

    __tablename__ = "review_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
