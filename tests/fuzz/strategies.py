"""Hypothesis generators for Dutch-like documents and their hostile variants.

Pieces are drawn and joined: Dutch words, names (Faker nl_NL, drawn once at import), numbers as Dutch
documents print them (BSN-like, phones, IBANs, amounts, dates, postcodes), punctuation runs, blank-line
runs, combining marks, bidi controls, emoji, zero-width and control characters, and long lines.
"""

from __future__ import annotations

from faker import Faker
from hypothesis import strategies as st

_fake = Faker("nl_NL")
_fake.seed_instance(19)
NAMES = sorted({_fake.name() for _ in range(200)} | {_fake.last_name() for _ in range(100)})
_WORD_TEXT = (
    "de het een en van in op met voor aan door bij over uit is zijn wordt werd heeft hebben niet geen ook "
    "gemeente provincie ministerie college burgemeester wethouder raadslid gemeentesecretaris directeur "
    "geachte heer mevrouw aanvraag besluit verzoek bezwaar offerte factuur bedrag totaal tarief kosten ik "
    "adviseer wij vinden mijns inziens naar mijn mening dossier bijlage telefoon mail adres straat "
    "verslag overleg notitie memo kenmerk ordernummer Woo Wob artikel lid grond verstrekt openbaar "
    "diagnose ziekte geloof strafblad BSN IBAN KvK btw Almere Utrecht Den Haag Zwolle"
)
WORDS = tuple(_WORD_TEXT.split())
PUNCTUATION = ".,;:!?-–—()[]{}'\"/\\@#%&*+=<>|~^_€$§"
COMBINING = [chr(c) for c in range(0x0300, 0x0370)]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
        "\u200f", "\u061c"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\u2029"]
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇳🇱", "❤️", "🔥", "✅"]
CONTROLS = [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))]

digits = st.integers(min_value=0, max_value=10**12).map(str)
numbers = st.one_of(
    st.integers(100_000_000, 999_999_999).map(str),  # BSN-like
    st.integers(10_000_000, 99_999_999).map(lambda n: f"06-{n}"),
    st.integers(10**9, 10**10 - 1).map(lambda n: f"NL91ABNA{n}"),
    st.integers(0, 10**9).map(lambda n: f"€ {n:,}".replace(",", ".") + ",00"),
    st.tuples(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100)).map(lambda d: f"{d[0]}-{d[1]}-{d[2]}"),
    st.tuples(st.integers(1000, 9999), st.sampled_from(["AB", "XY", "KL", "ZZ"])).map(lambda p: f"{p[0]} {p[1]}"),
    digits,
)
piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    numbers,
    st.text(PUNCTUATION, min_size=1, max_size=60),
    st.integers(1, 80).map(lambda n: "\n" * n),
    st.integers(1, 40).map(lambda n: " \n" * n),
    st.sampled_from(COMBINING),
    st.sampled_from(BIDI),
    st.sampled_from(INVISIBLE),
    st.sampled_from(EMOJI),
    st.sampled_from(CONTROLS),
    st.tuples(st.sampled_from(WORDS), st.integers(50, 600)).map(lambda w: (w[0] + " ") * w[1]),  # a long line
    st.text(max_size=20),  # any unicode
)
separator = st.sampled_from([" ", " ", " ", "\n", ", ", ". ", "\t", "\n\n", ""])

dutch_text = st.lists(st.tuples(piece, separator), max_size=60).map(lambda ps: "".join(p + s for p, s in ps))
"""A document-like text: Dutch words and names with every kind of hostile character mixed in."""

letter = st.tuples(st.sampled_from(NAMES), dutch_text, st.sampled_from(NAMES), numbers).map(
    lambda t: f"Geachte heer {t[0]},\n\n{t[1]}\n\nBel mij op {t[3]}.\n\nMet vriendelijke groet,\n{t[2]}\n"
)
"""A letter shape around the hostile text, so the name and signature steps have something to work on."""

texts = st.one_of(dutch_text, letter)
