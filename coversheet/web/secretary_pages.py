"""The secretary's pages: the papers as the HTML report shows them, each paper's findings and
return notice, the agenda. Every page first asks `secretary_gate` who is asking."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from coversheet.findings import Severity
from coversheet.web import checking
from coversheet.web.access import COOKIE as SECRETARY_COOKIE
from coversheet.web.pages import page
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

    async def secretary_home(request: Request) -> Response:
        who, refusal = secretary_gate(request)
        if refusal:
            return refusal
        snapshot = await run_in_threadpool(server.folder.run)
        rows = report_rows(snapshot.run)
        return HTMLResponse(page(
            "secretary.html", title="Papers received", secretary=True, board=server.form.board, who=who,
            when=f"{snapshot.when:%H:%M:%S} on {snapshot.when.day} {snapshot.when:%B %Y}",
            rows=rows, ids=[server.folder.paper_id(r.result) for r in rows],
            labels=[server.folder.label(r.result) for r in rows], summary=snapshot.run.summary(),
            ERROR=Severity.ERROR, WARNING=Severity.WARNING,
        ))

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

    return [
        Route("/secretary", secretary_home, methods=["GET"]),
        Route("/secretary/report.html", secretary_report, methods=["GET"]),
        Route("/secretary/agenda", secretary_agenda, methods=["GET"]),
        Route("/secretary/paper/{paper:str}", secretary_paper, methods=["GET"]),
    ]
