"""``lakmoes serve`` and ``lakmoes keys create``: both create or migrate the database first."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer

from api import crud
from api.auth import Role
from api.db import make_engine, migrate
from api.models import utcnow
from detector.cli_common import ConfigOption, cli_settings

keys_app = typer.Typer(help="API-sleutels beheren.", no_args_is_help=True)


def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default: setting api_host).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default: setting api_port).")] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=0, help="Analysis worker processes (default: setting api_workers; 0 = one per core)."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Start the review service (API under /v1, reviewer page at /review); migrates the database first.

    Analyses run in ``--workers`` worker processes, each with its own Detector: as many at once as workers.
    """
    import uvicorn

    from api.logs import configure_logging
    from api.main import create_app

    given = {"api_host": host, "api_port": port, "api_workers": workers}
    overrides = {k: v for k, v in given.items() if v is not None}
    settings = cli_settings(config, **overrides)
    configure_logging(settings.log_level)
    uvicorn.run(
        create_app(settings),
        host=settings.api_host,
        port=settings.api_port,
        log_config=None,
        access_log=False,
    )


@keys_app.command("create")
def create_key(
    role: Annotated[Role, typer.Option(help="tool, reviewer or admin.")],
    name: Annotated[str, typer.Option(help="Who the key is for; decisions record this name.")],
    expires_days: Annotated[
        int | None,
        typer.Option("--expires-days", min=1, max=3650, help="Valid this many days (default: until revoked)."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Create an API key. It is printed once, alone on the last line: store it now."""
    from sqlalchemy.orm import Session

    name = name.strip()
    if not name or len(name) > 100:
        raise typer.BadParameter("give a name of 1 to 100 characters", param_hint="--name")
    settings = cli_settings(config)
    engine = make_engine(settings)
    try:
        migrate(engine)
        with Session(engine) as session:
            expires_at = utcnow() + timedelta(days=expires_days) if expires_days else None
            row, key = crud.create_api_key(session=session, name=name, role=role, expires_at=expires_at)
            until = f", geldig tot {expires_at:%Y-%m-%d %H:%M} UTC" if expires_at else ""
            typer.echo(f"Sleutel {row.id} aangemaakt voor '{row.name}' met rol {row.role}{until}.")
            typer.echo("Bewaar hem nu: hij wordt niet opgeslagen en niet opnieuw getoond.")
    finally:
        engine.dispose()
    typer.echo(key)


@keys_app.command("revoke")
def revoke_key(
    key_id: Annotated[int, typer.Argument(help="The key's id (as printed by 'keys create' and GET /v1/keys).")],
    config: ConfigOption = None,
) -> None:
    """Revoke an API key: it stops working at once, also for reviewer page sessions opened with it."""
    from sqlalchemy.orm import Session

    from api.errors import NotFound

    settings = cli_settings(config)
    engine = make_engine(settings)
    try:
        migrate(engine)
        with Session(engine) as session:
            row = crud.revoke_api_key(session=session, key_id=key_id)
            typer.echo(f"Sleutel {row.id} van '{row.name}' ingetrokken op {row.revoked_at:%Y-%m-%d %H:%M:%S} UTC.")
    except NotFound as error:
        typer.echo(f"fout: {error.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()
