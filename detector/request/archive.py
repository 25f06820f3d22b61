"""Unpack an uploaded zip into the files of a request, refusing zip bombs and paths outside the request.

Limits (settings): ``zip_max_files`` entries, ``zip_max_total_bytes`` unpacked in all, and per entry an
unpacked/packed ratio of at most ``zip_max_ratio``. Sizes are counted while reading, so a zip that lies about
its sizes is stopped too. Absolute paths, ``..`` and drive letters refuse the whole zip; symbolic links,
folders, hidden files and ``__MACOSX`` are skipped.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

_CHUNK = 64 * 1024
# Entries unpacking to less than this are never refused for their ratio (a page of spaces packs very well).
_RATIO_FLOOR = 1024 * 1024
_SKIPPED_PREFIXES = (".", "~$")


class ArchiveError(ValueError):
    """A zip that is refused; the message names the entry or the limit setting."""


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds for one zip (see the module docstring)."""

    max_files: int
    max_total_bytes: int
    max_ratio: int


@dataclass(frozen=True)
class ArchiveFile:
    """One file from the zip: its path inside the request (POSIX, relative) and its bytes."""

    path: str
    data: bytes


def is_zip(data: bytes, filename: str) -> bool:
    """Whether an upload is a zip to unpack (by name and magic number; DOCX is a zip too but not unpacked)."""
    return filename.lower().endswith(".zip") and data[:4] == b"PK\x03\x04"


def safe_path(name: str) -> str:
    """The entry name as a relative POSIX path inside the request, or :class:`ArchiveError`."""
    cleaned = name.replace("\\", "/")
    path = PurePosixPath(cleaned)
    if cleaned.startswith("/") or (path.parts and ":" in path.parts[0]) or ".." in path.parts:
        raise ArchiveError(f"zip geweigerd: '{name}' wijst naar een plaats buiten het verzoek")
    parts = [p for p in path.parts if p not in ("", ".")]
    if not parts:
        raise ArchiveError(f"zip geweigerd: lege bestandsnaam '{name}'")
    return "/".join(parts)


def unpack(data: bytes, limits: ArchiveLimits) -> Iterator[ArchiveFile]:
    """The files of the zip ``data``, checked against ``limits`` (raises :class:`ArchiveError`)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        raise ArchiveError(f"geen leesbare zip ({error})") from None
    with archive:
        files = [i for i in archive.infolist() if not i.is_dir() and not stat.S_ISLNK(i.external_attr >> 16)]
        checked = [(info, safe_path(info.filename)) for info in files]
        kept = [(info, path) for info, path in checked if not path.split("/")[-1].startswith(_SKIPPED_PREFIXES)
                and not path.startswith("__MACOSX/")]
        entries = [info for info, _ in kept]
        paths = [path for _, path in kept]
        if len(entries) > limits.max_files:
            raise ArchiveError(
                f"zip geweigerd: {len(entries)} bestanden, meer dan de grens zip_max_files={limits.max_files}"
            )
        declared = sum(info.file_size for info in entries)
        if declared > limits.max_total_bytes:
            raise ArchiveError(_total_message(declared, limits))
        total = 0
        for info, path in zip(entries, paths, strict=True):
            if info.flag_bits & 0x1:
                raise ArchiveError(f"zip geweigerd: '{info.filename}' is versleuteld")
            content, total = _read(archive, info, limits, total)
            yield ArchiveFile(path, content)


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits, total: int) -> tuple[bytes, int]:
    """The entry's bytes, counting them against the total and the ratio while they are unpacked."""
    budget = max(info.compress_size * limits.max_ratio, _RATIO_FLOOR)
    buffer = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                buffer += chunk
                total += len(chunk)
                if total > limits.max_total_bytes:
                    raise ArchiveError(_total_message(total, limits))
                if len(buffer) > budget:
                    raise ArchiveError(
                        f"zip geweigerd: '{info.filename}' pakt meer dan {limits.max_ratio}× uit "
                        f"(grens zip_max_ratio={limits.max_ratio}); mogelijk een zipbom"
                    )
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise ArchiveError(f"zip geweigerd: '{info.filename}' is niet te lezen ({error})") from None
    return bytes(buffer), total


def _total_message(size: int, limits: ArchiveLimits) -> str:
    return (
        f"zip geweigerd: uitgepakt meer dan {limits.max_total_bytes} bytes ({size} of meer; "
        f"grens zip_max_total_bytes); mogelijk een zipbom"
    )
