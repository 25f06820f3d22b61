"""Lookup lists for names and contacts: deduce's name lists (read from the installed package) plus our own.

deduce (LGPL-3.0) ships first-name, surname, interfix and title lists under
``deduce/data/lookup/src/<group>/lst_<name>/items.txt`` with an optional ``exceptions.txt``; we read them
at run time and never copy them. Our own lists live in ``recognizers/data/lst_<name>/items.txt`` in the same
format. Everything is loaded once, lazily, into frozen sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from importlib.util import find_spec
from pathlib import Path

from recognizers.dutch_lexicon import common_word_forms, singular_word_forms

_DEDUCE_SRC = ("data", "lookup", "src")


def _read_items(folder: Traversable) -> frozenset[str]:
    """``items.txt`` minus ``exceptions.txt`` of one list folder, blank lines and ``#`` comments skipped."""

    def lines(name: str) -> set[str]:
        path = folder / name
        if not path.is_file():
            return set()
        return {
            line.strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }

    items = lines("items.txt")
    if not items:
        raise FileNotFoundError(f"lookup list is empty or missing: {folder}")
    return frozenset(items - lines("exceptions.txt"))


def deduce_list(group: str, name: str) -> frozenset[str]:
    """One of deduce's lookup lists, e.g. ``deduce_list("names", "lst_first_name")``."""
    return _read_items(_deduce_root().joinpath(*_DEDUCE_SRC, group, *name.split("/")))


@lru_cache(maxsize=1)
def _deduce_root() -> Path:
    """deduce's package folder, found without importing it (its import sets up DEBUG logging to stdout)."""
    spec = find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the deduce package (Dutch name lists) is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def own_list(name: str) -> frozenset[str]:
    """One of Lakmoes' lists in ``recognizers/data`` (read once), e.g. ``own_list("lst_public_role")``."""
    return _read_items(resources.files("recognizers").joinpath("data", name))


_COMPOUND_HEAD = 3  # letters a compound must have before its organisation word ("Verkeers|school")


def listed_or_compound(word: str, words: frozenset[str], head: int, shortest: int = 1) -> bool:
    """Whether lowercase ``word`` is one of ``words``, or a compound ending in one of at least ``shortest`` letters
    with at least ``head`` letters before it (``verkeers|school``, ``installatie|groep``)."""
    return word in words or any(word.endswith(w) and len(word) - len(w) >= head for w in words if len(w) >= shortest)


def organisation_kind(word: str) -> bool:
    """Whether ``word`` names a kind of organisation (``lst_org_type_word``: ``ROC``, ``Academy``) or is a compound
    ending in one, with at least three letters before it (``Verkeersschool``, ``Taleninstituut``)."""
    return listed_or_compound(word.lower(), own_list("lst_org_type_word"), _COMPOUND_HEAD)


@dataclass(frozen=True)
class NameLists:
    """Everything the name recognizer looks up; words are compared as noted per field."""

    first_names: frozenset[str]  # as written ("Linda")
    surnames: frozenset[str]  # as written ("Schouten"), incl. surnames that follow an interfix ("Vries")
    interfixes: tuple[str, ...]  # lowercase, longest first ("van der", "van", "el")
    initials: frozenset[str]  # as written, without dot ("J", "Th", "Chr")
    non_names: frozenset[str]  # lowercase: our words that are never (part of) a name (incl. role titles)
    common_words: frozenset[str]  # lowercase: deduce's common and stop words, Brill-NL's words, one-word places
    singular_words: frozenset[str]  # lowercase Brill-NL singular nouns and adjectives no name list holds ("flink")
    place_words: frozenset[str]  # lowercase single-word place names ("zwolle"); a surname only after an interfix
    places: frozenset[str]  # lowercase multi-word place names ("den haag"), never a person
    public_roles: frozenset[str]  # lowercase titles of officials who act publicly
    staff_roles: frozenset[str]  # lowercase function words that introduce a (non-public) person
    closings: frozenset[str]  # lowercase closing formulas of letters and e-mails


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The merged lists, read once per process."""
    interfixes = {i.lower() for i in deduce_list("names", "lst_interfix") if "." not in i and "/" not in i}
    interfixes -= {"v", "vd", "van t"}
    public_roles = frozenset(r.lower() for r in own_list("lst_public_role"))
    staff_roles = frozenset(r.lower() for r in own_list("lst_staff_role"))
    first_names = deduce_list("names", "lst_first_name")
    surnames = deduce_list("names", "lst_surname") | deduce_list("names", "lst_interfix_surname")
    common = {w.lower() for w in deduce_list("whitelist", "lst_stop_word")} | {
        w.lower() for w in deduce_list("whitelist", "lst_common_word")
    }
    # Dutch words of the Brill-NL lexicon that no name list holds ("Onderhoud", "Opleiden"): a name that is also a
    # word ("Visser", "Bakker") keeps its listed shape
    names = {n.lower() for n in first_names | surnames}
    common |= common_word_forms() - names
    places = _placenames()
    return NameLists(
        first_names=first_names,
        surnames=surnames,
        interfixes=tuple(sorted(interfixes, key=lambda i: (-len(i), i))),
        initials=deduce_list("names", "lst_initial"),
        non_names=frozenset({w.lower() for w in own_list("lst_non_name")} | public_roles | staff_roles),
        common_words=frozenset(common | {p for p in places if " " not in p}),
        singular_words=singular_word_forms() - names,
        place_words=frozenset(p for p in places if " " not in p),
        places=frozenset(p for p in places if " " in p),
        public_roles=public_roles,
        staff_roles=staff_roles,
        closings=frozenset(c.lower() for c in own_list("lst_closing")),
    )


def _placenames() -> set[str]:
    """Lowercase Dutch municipality, province and residence names, and the names places go by (``lst_place_alias``)."""
    names: set[str] = set()
    for sub in ("lst_municipality", "lst_province", "lst_residence"):
        names |= {n.lower() for n in deduce_list("locations", f"lst_placename/{sub}")}
    return names | {n.lower() for n in own_list("lst_place_alias")}


@lru_cache(maxsize=1)
def functional_email_prefixes() -> frozenset[str]:
    """Shipped local parts of functional mailboxes (``info``, ``woo``, ``noreply`` ...), lowercase."""
    return frozenset(p.lower() for p in own_list("lst_functional_email"))
