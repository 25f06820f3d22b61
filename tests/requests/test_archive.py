"""Safe unpacking of an uploaded zip: zip bombs, file counts, paths outside the request, symlinks."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from detector.request.archive import ArchiveError, ArchiveLimits, is_zip, safe_path, unpack

LIMITS = ArchiveLimits(max_files=10, max_total_bytes=5_000_000, max_ratio=50)


def make_zip(entries: dict[str, bytes], *, symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def test_files_come_out_with_their_folders() -> None:
    data = make_zip({"map/brief.txt": b"Geachte heer,", "memo.txt": b"Memo", "map/": b""})
    files = list(unpack(data, LIMITS))
    assert [(f.path, f.data) for f in files] == [("map/brief.txt", b"Geachte heer,"), ("memo.txt", b"Memo")]


def test_a_zip_bomb_is_refused_naming_the_ratio_setting() -> None:
    bomb = make_zip({"bom.txt": b"0" * 4_000_000})  # packs to a few kB: a ratio far above 50
    with pytest.raises(ArchiveError, match="zip_max_ratio=50"):
        list(unpack(bomb, LIMITS))


def test_the_total_unpacked_size_is_bounded() -> None:
    limits = ArchiveLimits(max_files=10, max_total_bytes=1000, max_ratio=10_000)
    data = make_zip({"a.txt": b"a" * 600, "b.txt": b"b" * 600})
    with pytest.raises(ArchiveError, match="zip_max_total_bytes"):
        list(unpack(data, limits))


def test_sizes_are_counted_while_reading_not_taken_from_the_header() -> None:
    data = bytearray(make_zip({"a.txt": b"x" * 5000}))
    # Lie in the central directory: claim 10 bytes unpacked. The reader must still stop at the limit.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    limits = ArchiveLimits(max_files=10, max_total_bytes=1000, max_ratio=10_000)
    with pytest.raises(ArchiveError):
        list(unpack(bytes(data), limits))


def test_too_many_files_are_refused_naming_the_setting() -> None:
    data = make_zip({f"doc{i}.txt": b"tekst" for i in range(11)})
    with pytest.raises(ArchiveError, match="zip_max_files=10"):
        list(unpack(data, LIMITS))


@pytest.mark.parametrize("name", ["../buiten.txt", "map/../../buiten.txt", "/etc/passwd", "C:/Windows/x.txt",
                                  "..\\buiten.txt"])  # fmt: skip
def test_paths_outside_the_request_refuse_the_zip(name: str) -> None:
    data = make_zip({"goed.txt": b"ok", name: b"kwaad"})
    with pytest.raises(ArchiveError, match="buiten het verzoek"):
        list(unpack(data, LIMITS))


def test_symlinks_hidden_files_and_macos_folders_are_skipped() -> None:
    data = make_zip({"brief.txt": b"ok", ".DS_Store": b"x", "__MACOSX/._brief.txt": b"x"}, symlink="link.txt")
    assert [f.path for f in unpack(data, LIMITS)] == ["brief.txt"]


def test_not_a_zip_gives_a_clear_error() -> None:
    with pytest.raises(ArchiveError, match="geen leesbare zip"):
        list(unpack(b"PK\x03\x04 kapot", LIMITS))


def test_only_zip_files_are_unpacked_not_docx() -> None:
    data = make_zip({"word/document.xml": b"<w/>"})
    assert is_zip(data, "stukken.ZIP")
    assert not is_zip(data, "brief.docx")
    assert not is_zip(b"tekst", "nep.zip")


def test_safe_path_normalises_backslashes_and_dots() -> None:
    assert safe_path("map\\sub\\./brief.txt") == "map/sub/brief.txt"
