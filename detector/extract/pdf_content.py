"""Remove the glyphs that fall inside given rectangles from PDF content streams (pikepdf, MPL-2.0).

A small content-stream interpreter follows the graphics and text state (``q``/``Q``, ``cm``, ``BT``, ``Tf``,
``Td``, ``Tm``, ``TJ`` …) and works out where every glyph lands in user space. A glyph whose centre lies
inside a rectangle is taken out of its string and replaced by an equal ``TJ`` spacing, so the text around
it stays exactly where it was. Form XObjects are followed; an edited form is copied for this page only.
Images under a rectangle cannot be edited here: :attr:`ContentEditor.images_hit` tells the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pikepdf
from pikepdf import ContentStreamInlineImage, ContentStreamInstruction, Name, Operator

from detector.extract.pdf_fonts import FontMetrics, font_metrics

Matrix = tuple[float, float, float, float, float, float]
Rect = tuple[float, float, float, float]  # user space, y up: (x0, y0, x1, y1)
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_DEPTH = 8
# Where in a glyph its "centre" is taken: half its advance across, this share of the font size up.
_CENTRE_HEIGHT = 0.3
_MARK_KEYS = ("/ActualText", "/Alt", "/E")


def multiply(first: Matrix, second: Matrix) -> Matrix:
    """``first`` then ``second`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def transform(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    """The point ``(x, y)`` mapped by ``matrix``."""
    return matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]


@dataclass
class _State:
    ctm: Matrix
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scaling: float = 1.0
    leading: float = 0.0
    font: FontMetrics = field(default_factory=FontMetrics)
    size: float = 0.0
    rise: float = 0.0


class ContentEditor:
    """Edits the content of pages (and the forms they draw) of one PDF against a set of rectangles."""

    def __init__(self, pdf: pikepdf.Pdf, rects: list[Rect]) -> None:
        self.pdf = pdf
        self.rects = rects
        self.removed = 0
        self.images_hit = False
        self._fonts: dict[tuple[int, int], FontMetrics] = {}

    def edit_page(self, page: pikepdf.Page) -> bool:
        """Remove the glyphs under the rectangles from ``page``; True when its content changed."""
        instructions = pikepdf.parse_content_stream(page)
        resources = page.obj.get("/Resources") or pikepdf.Dictionary()
        edited = self._edit(instructions, resources, IDENTITY, depth=0)
        if edited is None:
            return False
        page.obj.Contents = self.pdf.make_stream(pikepdf.unparse_content_stream(edited))
        return True

    def _edit(self, instructions: list, resources: pikepdf.Dictionary, ctm: Matrix, depth: int) -> list | None:
        """The edited instruction list, or None when nothing was removed."""
        state = _State(ctm=ctm)
        stack: list[_State] = []
        tm = tlm = IDENTITY
        out: list = []
        marks: list[int] = []  # indexes in ``out`` of open BDC/BMC
        dirty: set[int] = set()
        changed = False
        for instruction in instructions:
            if isinstance(instruction, ContentStreamInlineImage):
                self._check_image(state.ctm)
                out.append(instruction)
                continue
            operator, operands = str(instruction.operator), list(instruction.operands)
            if operator in {"Tj", "TJ", "'", '"'}:
                prefix: list[ContentStreamInstruction] = []
                if operator == '"':
                    state.word_spacing, state.char_spacing = float(operands[0]), float(operands[1])
                    prefix += [_op("Tw", operands[0]), _op("Tc", operands[1])]
                    operands = operands[2:]
                if operator in {"'", '"'}:
                    tlm = tm = multiply((1, 0, 0, 1, 0, -state.leading), tlm)
                    prefix.append(_op("T*"))
                items = list(operands[0]) if operator == "TJ" else [operands[0]]
                new_items, tm, hit = self._show(items, state, tm)
                if hit:
                    changed = True
                    dirty.update(marks)
                    out += [*prefix, _op("TJ", pikepdf.Array(new_items))]
                else:
                    out.append(instruction)
                continue
            if operator == "Do":
                replacement = self._do(operands[0], resources, state.ctm, depth)
                if replacement is not None:
                    changed = True
                    out.append(replacement)
                    continue
            elif operator in {"BDC", "BMC"}:
                marks.append(len(out))
            elif operator == "EMC" and marks:
                marks.pop()
            else:
                state, tm, tlm = self._track(operator, operands, state, stack, tm, tlm, resources)
            out.append(instruction)
        if not changed:
            return None
        for index in dirty:
            out[index] = _without_actual_text(out[index])
        return out

    def _track(
        self,
        operator: str,
        operands: list,
        state: _State,
        stack: list[_State],
        tm: Matrix,
        tlm: Matrix,
        resources: pikepdf.Dictionary,
    ) -> tuple[_State, Matrix, Matrix]:
        """Apply a state-changing operator; returns the new state, text matrix and line matrix."""
        if operator == "q":
            stack.append(replace(state))
        elif operator == "Q":
            state = stack.pop() if stack else state
        elif operator == "cm" and len(operands) == 6:
            state.ctm = multiply(tuple(float(v) for v in operands), state.ctm)  # type: ignore[arg-type]
        elif operator == "BT":
            tm = tlm = IDENTITY
        elif operator == "Tc":
            state.char_spacing = float(operands[0])
        elif operator == "Tw":
            state.word_spacing = float(operands[0])
        elif operator == "Tz":
            state.scaling = float(operands[0]) / 100
        elif operator == "TL":
            state.leading = float(operands[0])
        elif operator == "Ts":
            state.rise = float(operands[0])
        elif operator == "Tf" and len(operands) == 2:
            state.font = self._font(resources, operands[0])
            state.size = float(operands[1])
        elif operator in {"Td", "TD"}:
            tx, ty = float(operands[0]), float(operands[1])
            if operator == "TD":
                state.leading = -ty
            tlm = tm = multiply((1, 0, 0, 1, tx, ty), tlm)
        elif operator == "Tm" and len(operands) == 6:
            tlm = tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif operator == "T*":
            tlm = tm = multiply((1, 0, 0, 1, 0, -state.leading), tlm)
        return state, tm, tlm

    def _show(self, items: list, state: _State, tm: Matrix) -> tuple[list, Matrix, bool]:
        """Walk the glyphs of a text-showing operator; drop those inside a rectangle."""
        font, size, scaling = state.font, state.size, state.scaling
        new_items: list = []
        hit = False
        for item in items:
            if not isinstance(item, pikepdf.String | bytes):
                shift = -float(item) / 1000 * size * scaling
                tm = multiply((1, 0, 0, 1, shift, 0), tm)
                _add_number(new_items, float(item))
                continue
            kept = bytearray()
            for code, raw in font.codes(bytes(item)):
                width = font.width(code)
                is_space = len(raw) == 1 and code == 32
                advance = (width * size + state.char_spacing + (state.word_spacing if is_space else 0.0)) * scaling
                x, y = transform(
                    multiply(tm, state.ctm), width * size * scaling / 2, state.rise + _CENTRE_HEIGHT * size
                )
                if self._inside(x, y):
                    hit = True
                    self.removed += 1
                    if kept:
                        new_items.append(pikepdf.String(bytes(kept)))
                        kept = bytearray()
                    if size * scaling:
                        _add_number(new_items, -advance * 1000 / (size * scaling))
                else:
                    kept += raw
                tm = multiply((1, 0, 0, 1, advance, 0), tm)
            if kept:
                new_items.append(pikepdf.String(bytes(kept)))
        return new_items, tm, hit

    def _do(
        self, name: object, resources: pikepdf.Dictionary, ctm: Matrix, depth: int
    ) -> ContentStreamInstruction | None:
        """Follow a ``Do``: check an image, edit a form (returns the ``Do`` of its edited copy)."""
        xobjects = resources.get("/XObject")
        xobject = xobjects.get(name) if isinstance(xobjects, pikepdf.Dictionary) else None
        if not isinstance(xobject, pikepdf.Stream):
            return None
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self._check_image(ctm)
            return None
        if subtype != "/Form" or depth >= _MAX_DEPTH:
            return None
        matrix = tuple(float(v) for v in xobject.get("/Matrix", IDENTITY))
        inner_resources = xobject.get("/Resources") or resources
        edited = self._edit(pikepdf.parse_content_stream(xobject), inner_resources, multiply(matrix, ctm), depth + 1)  # type: ignore[arg-type]
        if edited is None:
            return None
        copy = self.pdf.make_stream(pikepdf.unparse_content_stream(edited))
        for key, value in xobject.items():
            if key not in {"/Length", "/Filter", "/DecodeParms"}:
                copy[key] = value
        new_name = Name(f"/LkmX{len(xobjects)}")
        while new_name in xobjects:
            new_name = Name(f"{new_name}x")
        xobjects[new_name] = copy
        return _op("Do", new_name)

    def _font(self, resources: pikepdf.Dictionary, name: object) -> FontMetrics:
        fonts = resources.get("/Font")
        font = fonts.get(name) if isinstance(fonts, pikepdf.Dictionary) else None
        if not isinstance(font, pikepdf.Dictionary):
            return FontMetrics()
        key = font.objgen if font.is_indirect else (id(font), 0)
        if key not in self._fonts:
            self._fonts[key] = font_metrics(font)
        return self._fonts[key]

    def _inside(self, x: float, y: float) -> bool:
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in self.rects)

    def _check_image(self, ctm: Matrix) -> None:
        corners = [transform(ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        for x0, y0, x1, y1 in self.rects:
            if min(xs) < x1 and x0 < max(xs) and min(ys) < y1 and y0 < max(ys):
                self.images_hit = True
                return


def _op(operator: str, *operands: object) -> ContentStreamInstruction:
    return ContentStreamInstruction(list(operands), Operator(operator))


def _add_number(items: list, value: float) -> None:
    if items and isinstance(items[-1], float | int) and not isinstance(items[-1], bool):
        items[-1] = round(float(items[-1]) + value, 4)
    else:
        items.append(round(value, 4))


def _without_actual_text(instruction: ContentStreamInstruction) -> ContentStreamInstruction:
    """A ``BDC`` whose inline properties no longer carry replacement text (it would hold the removed text)."""
    operands = list(instruction.operands)
    if str(instruction.operator) != "BDC" or len(operands) != 2 or not isinstance(operands[1], pikepdf.Dictionary):
        return instruction
    properties = pikepdf.Dictionary({k: v for k, v in operands[1].items() if k not in _MARK_KEYS})
    return ContentStreamInstruction([operands[0], properties], instruction.operator)
