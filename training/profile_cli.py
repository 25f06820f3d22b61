"""``lakmoes profile learn`` and ``lakmoes profile check``: draft and validate an organisation profile."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

profile_app = typer.Typer(help="Organisation profiles: draft one from released documents, validate one.")


@profile_app.command("learn")
def learn(
    folder: Annotated[Path, typer.Argument(help="The body's released documents and inventory lists (.md/.txt/.csv).")],
    out: Annotated[Path | None, typer.Option("--out", help="Write the draft here (default: print it).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="The body's name (default: the most printed one).")] = None,
    tooi: Annotated[str | None, typer.Option("--tooi", help="The body's TOOI URI.")] = None,
    min_documents: Annotated[
        int, typer.Option("--min-documents", min=1, help="A contact detail must recur in this many documents.")
    ] = 2,
) -> None:
    """Draft a profile (TOML) from what a body published about itself; a person reviews it before use."""
    from training.profile_learn import collect_texts, draft, gather, to_toml

    if not folder.is_dir():
        raise typer.BadParameter(f"{folder} is not a folder", param_hint="FOLDER")
    found = gather(collect_texts(folder))
    if not found.documents:
        raise typer.BadParameter(f"no .md, .txt or .csv files under {folder}", param_hint="FOLDER")
    text = to_toml(draft(found, name, min_documents), str(folder), tooi)
    if out is None:
        typer.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    typer.echo(f"concept-profiel uit {found.documents} documenten → {out} (eerst nakijken: lakmoes profile check)")


@profile_app.command("check")
def check(
    file: Annotated[Path, typer.Argument(help="Profile TOML file.")],
    allow_draft: Annotated[
        bool, typer.Option("--allow-draft", help="Accept a draft that was not reviewed yet.")
    ] = False,
) -> None:
    """Validate a profile: exit 0 when it can be used, 1 with every problem named otherwise."""
    from detector.profile import ProfileError, load_profile
    from training.profile_learn import is_draft

    try:
        profile = load_profile(file)
    except ProfileError as error:
        typer.echo(f"lakmoes: error: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"{profile.name}: {len(profile.addresses)} adressen, {len(profile.postbus)} postbussen, "
        f"{len(profile.mailboxes)} mailboxen, {len(profile.phone_numbers)} nummers, {len(profile.ibans)} IBANs, "
        f"{len(profile.mailbox_prefixes)} mailboxnamen, {len(profile.public_roles)} extra functies, "
        f"{len(profile.officials)} functionarissen"
    )
    if profile.tooi.endswith("/onbekend"):
        typer.echo("lakmoes: warning: the TOOI URI is still a placeholder", err=True)
    if is_draft(file.read_text(encoding="utf-8")) and not allow_draft:
        typer.echo(f"lakmoes: error: {file} is still a draft: review it and delete the CONCEPT lines", err=True)
        raise typer.Exit(1)
