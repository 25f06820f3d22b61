"""Read released documents whose black boxes carry printed ground codes in UWV's styles.

UWV prints the ground in the box in forms the Almere marker reader does not know: Woo ``5.1.2e``,
``5.1.2.e``, ``5. 1. 2e``, ``51.2e``, ``5.1.2¢``, ``5.2.1``; Wob ``10.2.e``, ``Art. 10.2.e``, ``10.2.e Wob``,
``11.1`` and, most often, ``art. 10 lid 2 sub e Wob`` (with OCR slips: ``art.101id 2``, ``licl``, ``sud d``,
a code split over two lines). :func:`normalise_markers` rewrites every such code that stands where a value
was into the canonical printed form (``10(2)e``, ``5.1(2)e``) that :mod:`training.gold_markers` reads, and
leaves *quoted* codes alone: the inventory rows and decision letters that cite a ground for a whole document
("Deels openbaar 5.1.2e", "onleesbaar gemaakt onder vermelding van 5.1.2.e").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_T = 1.0
_I = regex.IGNORECASE

_FRONT_MATTER = regex.compile(r"\A---\n.*?\n---\n", regex.DOTALL)
_FOOTER = regex.compile(r"\n---\nBron: [^\n]*\s*\Z")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FIELD = regex.compile(r"^(?P<key>[a-z_]+):\s?(?P<value>.*)$", regex.MULTILINE)

_S = r"[ \t]{0,2}"  # spaces inside a printed code
_WOB_WORDS = (
    r"art\.{0,2}" + _S + r"(?P<wart>1[01])" + _S + r"(?:lid|1id|l1d|licl|iid)" + _S + r"(?P<wlid>[12])"
    r"(?:" + _S + r",?\s{0,3}su[bd],?" + _S + r"(?P<wletter>[a-g])(?:" + _S + r"en" + _S + r"(?P<wletter2>[a-g]))?)?"
    r"(?:" + _S + r"(?P<wsuffix>w[oe][bo]))?"
)
_WOB_DOTS = (
    r"(?:art\." + _S + r")?(?P<dart>10)" + _S + r"\." + _S + r"(?P<dlid>[12])" + _S + r"\.{1,2}" + _S
    + r"(?P<dletter>[a-g])(?:" + _S + r"wob)?"
)
_WOO_DOTS = (
    r"(?P<art>5)" + _S + r"\.?" + _S + r"(?P<lid_a>1)" + _S + r"\." + _S + r"(?P<lid>[12])" + _S + r"\.?" + _S
    + r"(?P<letter>[a-j¢©€])(?P<more>(?:\.?[a-j])*)"
)
_SECTION_CODE = r"(?P<sec>5\.2\.1|11\.1)"  # 5.2(1) / 11(1): only when alone on a line (else a section number)
_MARKER = regex.compile(
    r"(?<![\w.])(?:(?P<wob>" + _WOB_WORDS + r")|(?P<dots>" + _WOB_DOTS + r")|(?P<woo>" + _WOO_DOTS + r")"
    r"|" + _SECTION_CODE + r")(?![\w])\.?",
    _I,
)
# A code split over two lines: "art.10 lid 2" + "sub e WOB".
_SPLIT_TAIL = regex.compile(
    r"^\s*su[bd],?\s{0,2}(?P<letter>[a-g])(?:\s{0,2}en\s{0,2}(?P<letter2>[a-g]))?(?:\s{0,2}w[oe][bo])?\s*$", _I
)
# Lines (or their neighbours) that cite grounds instead of standing where a value was.
_QUOTING = regex.compile(
    r"openbaar|vermelding|geweigerd|weigerings?grond|uitzonderingsgrond|\bgronde?n?\b|artikel|inventaris"
    r"|\bbeoordeling\b|reikwijdte|\b4\.\s?1\.\s?4\b|\.pdf\b|\.docx?\b|\.msg\b|\.xlsx?\b|\.{4}",
    _I,
)
_INVENTORY = regex.compile(r"(?:deels|gedeeltelijk|niet|volledig|geheel)\s+openbaar", _I)
MAX_INVENTORY_LINES = 2  # a document with more lines like "Deels openbaar" lists grounds: all its codes are quoted


@dataclass(frozen=True)
class Released:
    """One released document of the corpus: its text without the crawler's front matter, and its metadata."""

    path: str  # publication/document.md, relative to the corpus folder
    publication: str
    text: str
    ocr: bool


def read_released(raw: str, path: str) -> Released:
    """Strip the front matter and the source footer; drop NUL and other control characters."""
    fields = {}
    front = _FRONT_MATTER.match(raw)
    if front:
        fields = {m.group("key"): m.group("value").strip().strip("'\"") for m in _FIELD.finditer(front.group(0))}
        raw = raw[front.end() :]
    text = _CONTROL.sub("", _FOOTER.sub("\n", raw, timeout=_T), timeout=_T)
    publication = fields.get("publication_slug") or path.split("/", 1)[0]
    return Released(path=path, publication=publication, text=text, ocr=fields.get("ocr_used") == "true")


def is_decision_letter(path: str) -> bool:
    """The publication's decision letter (not an annex): the grounds it prints are quoted, not boxes."""
    name = path.rsplit("/", 1)[-1].lower()
    return "bijlage" not in name and bool(regex.search(r"besluit|beslissing", name, timeout=_T))


def normalise_markers(text: str) -> tuple[str, int]:
    """``text`` with every in-box code in canonical printed form, and how many codes were rewritten.

    A text with more than :data:`MAX_INVENTORY_LINES` lines like "Deels openbaar" is an inventory: its codes
    are quoted and nothing is rewritten.
    """
    lines = text.split("\n")
    inventory = sum(1 for line in lines if _INVENTORY.search(line, timeout=_T)) > MAX_INVENTORY_LINES
    if inventory:
        return text, 0
    content = [i for i, line in enumerate(lines) if line.strip()]
    neighbours = {i: (content[k - 1] if k else None, content[k + 1] if k + 1 < len(content) else None)
                  for k, i in enumerate(content)}  # fmt: skip
    rewritten = 0
    for i in content:
        line = lines[i]
        before, after = neighbours[i]
        if _quoted(line, lines, before, after):
            continue
        lines[i], count, joined = _rewrite_line(line, lines[after] if after is not None else "")
        if joined and after is not None:
            lines[after] = ""  # the tail of a code split over two lines is now part of the code
        rewritten += count
    return "\n".join(lines), rewritten


def _quoted(line: str, lines: list[str], before: int | None, after: int | None) -> bool:
    context = [line] + [lines[j] for j in (before, after) if j is not None]
    return any(_QUOTING.search(part, timeout=_T) for part in context)


def _rewrite_line(line: str, next_line: str) -> tuple[str, int, bool]:
    """The line with its codes rewritten, their number, and whether the next line's code tail was joined."""
    count = 0
    pieces: list[str] = []
    cursor = 0
    for match in _MARKER.finditer(line, timeout=_T):
        if match.group("sec") and not _alone(line, match):
            continue
        if match.group("wob") and not (match.group("wletter") or match.group("wsuffix") or _alone(line, match)):
            continue  # "ZW art. 11 lid 1" cites a law; a bare Wob article only counts alone on its line
        code = _canonical(match)
        if match.group("wob") and match.group("wletter") is None and match.end() == len(line.rstrip()):
            tail = _SPLIT_TAIL.match(next_line, timeout=_T)
            if tail:
                code += tail.group("letter").lower()
                if tail.group("letter2"):
                    code += f" en {match.group('wart')}({match.group('wlid')}){tail.group('letter2').lower()}"
                pieces.append(line[cursor : match.start()] + code)
                return "".join(pieces), count + 1, True
        pieces.append(line[cursor : match.start()] + code)
        cursor = match.end()
        count += 1
    pieces.append(line[cursor:])
    return "".join(pieces), count, False


def _alone(line: str, match: regex.Match[str]) -> bool:
    return not line[: match.start()].strip(" #-") and not line[match.end() :].strip(" .")


def _canonical(match: regex.Match[str]) -> str:
    """The printed form the Almere reader understands: ``10(2)e``, ``10(2)e en 10(2)g``, ``5.1(2)e``."""
    if match.group("wob"):
        base = f"{match.group('wart')}({match.group('wlid')})"
        letter, second = match.group("wletter"), match.group("wletter2")
        if letter is None:
            return base
        code = base + letter.lower()
        return f"{code} en {base}{second.lower()}" if second else code
    if match.group("dots"):
        return f"{match.group('dart')}({match.group('dlid')}){match.group('dletter').lower()}"
    if match.group("woo"):
        letter = {"¢": "c", "©": "c", "€": "c"}.get(match.group("letter"), match.group("letter").lower())
        first = f"5.1({match.group('lid')}){letter}"
        more = [m.lower() for m in regex.findall(r"[a-j]", match.group("more") or "", timeout=_T)]
        return " en ".join([first, *(f"5.1({match.group('lid')}){m}" for m in more)])
    return "5.2(1)" if match.group("sec") == "5.2.1" else "11(1)"
