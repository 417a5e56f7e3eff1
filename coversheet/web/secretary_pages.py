"""The secretary's pages: the papers as the HTML report shows them (kept current as papers
arrive), each paper's findings and return notice, the agenda, and the pack built from the
folder. Every page first asks `secretary_gate` who is asking."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from coversheet.findings import Severity
from coversheet.web import checking
from coversheet.web.access import COOKIE as SECRETARY_COOKIE
from coversheet.web.packs import INDEX_NAME, PDF_NAME
from coversheet.web.pages import environment, page
from coversheet.web.responses import REPORT_CSP, refused
from coversheet.web.secretary import agenda_for, notice_for, report_page, report_rows


def secretary_routes(server) -> list[Route]:
    def secretary_gate(request: Request) -> tuple[str | None, Response | None]:
        given = request.query_params.get("key")
        if given is not None:
            if not server.access.key_matches(given):
                return None, refused(403, "That link is not valid", "The secretary's link has the wrong key. Ask whoever runs coversheet serve for the link it printed.")
            response = RedirectResponse(request.url.path, status_code=303)
            response.set_cookie(SECRETARY_COOKIE, server.access.cookie_value, httponly=True, samesite="strict",
                                secure=request.url.scheme == "https", path="/secretary")
            return None, response
        who = server.access.who(request)
        if who is None:
            return None, refused(403, "This page is for the board secretary",
                                  "Open it with the secretary's link that coversheet serve printed when it started.")
        return who, None

    def papers(snapshot) -> dict:
        rows = report_rows(snapshot.run)
        return dict(rows=rows, ids=[server.folder.paper_id(r.result) for r in rows],
                    labels=[server.folder.label(r.result) for r in rows], summary=snapshot.run.summary(),
                    ERROR=Severity.ERROR, WARNING=Severity.WARNING)

    def checked_when(snapshot) -> str:
        return f"{snapshot.when:%H:%M:%S} on {snapshot.when.day} {snapshot.when:%B %Y}"

    async def secretary_home(request: Request) -> Response:
        who, refusal = secretary_gate(request)
        if refusal:
            return refusal
        snapshot = await run_in_threadpool(server.folder.run)
        return HTMLResponse(page(
            "secretary.html", title="Papers received", secretary=True, board=server.form.board, who=who,
            when=checked_when(snapshot), version=snapshot.version, **papers(snapshot),
        ))

    async def secretary_papers_json(request: Request) -> Response:
        """What the papers' page shows, when the folder has changed since the version it has:
        a walk of the folder's names, sizes and times answers "no change" without checking."""
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        since = request.query_params.get("since", "")
        if since and since == await run_in_threadpool(server.folder.version):
            return JSONResponse({"changed": False})
        snapshot = await run_in_threadpool(server.folder.run)
        context = papers(snapshot)
        summary = context["summary"]
        return JSONResponse({
            "changed": snapshot.version != since, "version": snapshot.version, "when": checked_when(snapshot),
            "summary": f"{summary['files']} paper(s), {summary['pass']} pass, {summary['fail']} to send back, {summary['error']} could not be read",
            "html": environment().get_template("papers.html").render(**context),
        })

    async def secretary_report(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        snapshot = await run_in_threadpool(server.folder.run)
        response = HTMLResponse(report_page(snapshot.run, f"{server.form.board}: cover sheet check"))
        response.headers["content-security-policy"] = REPORT_CSP
        return response

    async def secretary_paper(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        result = await run_in_threadpool(server.folder.find, request.path_params["paper"])
        if result is None:
            return refused(404, "Paper not found", "No paper in the folder has that link now: it may have been renamed or removed.")
        from coversheet.report.html import STATUS_WORDS

        word, meaning = STATUS_WORDS[result.status]
        return HTMLResponse(page(
            "paper.html", title=result.title or "Paper", secretary=True, result=result,
            label=server.folder.label(result), status_word=word, status_meaning=meaning,
            findings=[checking.shown(f) for f in result.findings], notice=notice_for(result, server.config),
        ))

    async def secretary_agenda(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        agenda = await run_in_threadpool(agenda_for, server.settings.folder, server.config, server.settings.time_budget)
        return HTMLResponse(page("agenda.html", title="Agenda", secretary=True, agenda=agenda))

    # -- the pack ------------------------------------------------------------------------------

    def build_of(request: Request):
        build = server.packs.get(request.path_params["build"])
        if build is None:
            return None, refused(404, "Pack not found", "No pack has that link: it may be from before the server last started. Build it again.")
        return build, None

    async def secretary_pack(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        return HTMLResponse(page(
            "pack.html", title="Build the pack", secretary=True, installed=server.packs.libreoffice_installed(),
            running=server.packs.running(), builds=server.packs.builds(), csrf=server.access.csrf,
            timeout=_minutes(server.packs.timeout),
        ))

    async def secretary_pack_start(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        posted = await request.form(max_files=0, max_fields=10, max_part_size=1000)
        if not server.access.token_ok(posted.get("csrf")):
            return refused(403, "This form could not be accepted",
                           "It did not come from the pack's page as you last saw it (its security token does not match). No pack was built. Go back to the page, reload it and try again.")
        if not server.packs.libreoffice_installed():
            return refused(409, "The pack cannot be built here",
                           "LibreOffice is not installed on the computer that runs coversheet serve.")
        build, started = server.packs.start(private=posted.get("kind") == "private")
        if not started:
            return HTMLResponse(page("busy.html", title="A pack is being built already", secretary=True, build=build),
                                status_code=409)
        return RedirectResponse(f"/secretary/pack/{build.id}", status_code=303)

    async def secretary_build(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        build, missing = build_of(request)
        if missing:
            return missing
        return HTMLResponse(page("build.html", title=f"The {build.kind} pack", secretary=True, build=build))

    async def secretary_build_json(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        build, missing = build_of(request)
        if missing:
            return missing
        answer = build.as_json()
        if build.state != "running":
            answer["html"] = environment().get_template("build_state.html").render(build=build)
        return JSONResponse(answer)

    async def secretary_build_file(request: Request) -> Response:
        _, refusal = secretary_gate(request)
        if refusal:
            return refusal
        build, missing = build_of(request)
        if missing:
            return missing
        name = request.path_params["file"]
        if build.state != "built" or name not in (PDF_NAME, INDEX_NAME):
            return refused(404, "Not found", "That pack has no such file.")
        path = build.folder / name
        if name == PDF_NAME:
            # Inline, so the index's links open the PDF at their pages; saved under a name that says which pack.
            return FileResponse(path, media_type="application/pdf", filename=build.download_name(".pdf"),
                                content_disposition_type="inline")
        response = FileResponse(path, media_type="text/html; charset=utf-8")
        response.headers["content-security-policy"] = REPORT_CSP
        return response

    return [
        Route("/secretary", secretary_home, methods=["GET"]),
        Route("/secretary/papers.json", secretary_papers_json, methods=["GET"]),
        Route("/secretary/pack", secretary_pack, methods=["GET"]),
        Route("/secretary/pack", secretary_pack_start, methods=["POST"]),
        Route("/secretary/pack/{build:str}.json", secretary_build_json, methods=["GET"]),
        Route("/secretary/pack/{build:str}/{file:str}", secretary_build_file, methods=["GET"]),
        Route("/secretary/pack/{build:str}", secretary_build, methods=["GET"]),
        Route("/secretary/report.html", secretary_report, methods=["GET"]),
        Route("/secretary/agenda", secretary_agenda, methods=["GET"]),
        Route("/secretary/paper/{paper:str}", secretary_paper, methods=["GET"]),
    ]


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return f"{minutes:g} minute{'s' if minutes != 1 else ''}" if seconds >= 60 else f"{seconds:g} seconds"
