"""Evidence of a privacy span: why it was found, and what it is, for the 5.1(2)e explanation."""

from __future__ import annotations


def privacy_evidence(reason: str, what: str) -> dict[str, str]:
    """``recognition_metadata`` entries: ``evidence`` (why found, in Dutch) and ``what`` (e.g. "naam").

    The ground step turns them into ``"<reason>. <motivation of the ground for what>"``.
    """
    return {"evidence": reason, "what": what}
