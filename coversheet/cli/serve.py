"""`coversheet serve [FOLDER]`: the board's cover sheet as a web page, checked as authors type."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import DEFAULT_TIME_BUDGET, TIME_BUDGET_HELP, error, usage_error


def serve(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="The meeting folder: its coversheet.toml gives the board, profile, rules and meetings; submissions are written into it.")] = Path("."),
    host: Annotated[str, typer.Option("--host", help="The address to listen on (default: this computer only). Another address is reachable by others: put it behind your organisation's reverse proxy.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="The port (0: any free port, printed at start).")] = 8000,
    accept_submissions: Annotated[bool, typer.Option("--accept-submissions", help="Let authors submit a passing cover sheet into FOLDER (a new file each time, never over another).")] = False,
    trust_header: Annotated[Optional[str], typer.Option("--trust-header", metavar="NAME", help="Behind a reverse proxy that authenticates users: let requests carrying this header (naming the user) see the secretary's pages. The proxy must remove it from what clients send.")] = None,
    max_upload_mb: Annotated[float, typer.Option("--max-upload-mb", min=0.1, max=200, help="The largest upload (a cover sheet, a paper) in MB.")] = 10.0,
    body_timeout: Annotated[float, typer.Option("--body-timeout", min=0.5, help="Seconds a request's body may take to arrive before it is refused (slow clients).")] = 60.0,
    time_budget: Annotated[float, typer.Option("--time-budget", min=0, help=TIME_BUDGET_HELP)] = DEFAULT_TIME_BUDGET,
) -> None:
    """Serve the board's cover sheet as a web form for paper authors, checked as they type.

    Prints the authors' address and the secretary's link (with a key; set
    COVERSHEET_SECRETARY_KEY to choose it). Stop it with Ctrl-C.

    Example: coversheet serve "S:/Board/2020-12-02" --accept-submissions
    """
    try:
        import uvicorn  # noqa: F401

        from coversheet.web.app import Settings, create_app
    except ImportError as exc:
        raise usage_error(f"serve needs the web packages, missing {exc.name}: pip install 'coversheet[web]' or reinstall coversheet") from None
    from coversheet.errors import ConfigError
    from coversheet.web.access import KEY_VARIABLE
    from coversheet.web.board import board_for_folder

    if not folder.is_dir():
        raise usage_error(f"{folder}: not a folder (give the meeting's folder)")
    if accept_submissions and not os.access(folder, os.W_OK):
        raise usage_error(f"{folder}: cannot write into this folder, so submissions cannot be accepted")
    try:
        config = board_for_folder(folder)
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    key = os.environ.get(KEY_VARIABLE) or None
    if key is not None and len(key) < 16:
        raise usage_error(f"{KEY_VARIABLE} is too short: give at least 16 characters (or leave it unset for a random key)")
    if trust_header is not None and not trust_header.replace("-", "").isalnum():
        raise usage_error(f"--trust-header {trust_header!r} is not a header name (letters, digits and -)")
    settings = Settings(
        folder=folder.resolve(), accept_submissions=accept_submissions, max_upload_bytes=int(max_upload_mb * 1_000_000),
        body_seconds=body_timeout, time_budget=time_budget or None, secretary_key=key, trust_header=trust_header,
    )
    app = create_app(settings, config)
    sock = _listen(host, port)
    address = _url(host, sock.getsockname()[1])
    if not _loopback(host):
        error(f"warning: listening on {host}: anyone who can reach this computer can open the form. "
              "Put it behind your organisation's reverse proxy (HTTPS, sign-in) rather than exposing it directly.")
    typer.echo(f"Serving the cover sheet of {config.board or 'the board'} at {address}/", err=True)
    typer.echo(f"Submissions {'are written into ' + str(settings.folder) if accept_submissions else 'are off (--accept-submissions to allow them)'}.", err=True)
    if trust_header:
        typer.echo(f"The secretary's pages: {address}/secretary for users the proxy names in {trust_header}, or with the key.", err=True)
    secret_link = f"{address}/secretary?key={app.server.access.key}"
    typer.echo(f"The secretary's link (keep it private): {secret_link}", err=True)
    _run(app, sock)


def _listen(host: str, port: int):
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise usage_error(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _run(app, sock) -> None:
    import uvicorn

    config = uvicorn.Config(
        app, log_level="warning", access_log=False, timeout_keep_alive=5, limit_concurrency=200,
        lifespan="on", server_header=False,
    )
    uvicorn.Server(config).run(sockets=[sock])


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"
