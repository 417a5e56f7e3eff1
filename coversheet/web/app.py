"""The Starlette application: the author's form, its check, uploads, downloads and submission,
and the secretary's pages (`secretary_pages`).

Handlers that call the engine run in the event loop's thread (the server's main thread), so
the per-file time budget can interrupt a check, a read or a render that runs too long; a
field's check takes milliseconds. Only the secretary's folder check, which runs in worker
processes of its own, is handed to a thread, and the pack (`packs`) is built in a thread of its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from coversheet.config import BoardConfig
from coversheet.findings import FileResult, Severity, Status
from coversheet.pack.build import DEFAULT_TIMEOUT
from coversheet.run.budget import BudgetExceeded
from coversheet.web import checking, sessions, submissions
from coversheet.web.access import SecretaryAccess
from coversheet.web.drafts import draft_from_form, row_count, values_from_draft, values_from_post
from coversheet.web.limits import BodyRefused, Limits
from coversheet.web.packs import Packs
from coversheet.web.pages import STATIC, environment, page
from coversheet.web.questions import Form, build_form
from coversheet.web.responses import SecurityHeaders, attachment, refused
from coversheet.web.secretary import Folder
from coversheet.web.secretary_pages import secretary_routes

_FIELDS_PER_FORM = 3000
_PART_BYTES = 1_000_000  # one answer; a whole cover sheet is a few KB


@dataclass
class Settings:
    folder: Path
    accept_submissions: bool = False
    max_upload_bytes: int = 10_000_000
    body_seconds: float = 60.0
    time_budget: float | None = 5.0
    secretary_key: str | None = None
    trust_header: str | None = None
    pack_timeout: float = DEFAULT_TIMEOUT  # seconds LibreOffice may take over a pack, as `pack --timeout`
    today: object = field(default=dt.date.today)  # a callable: the date papers are checked as of


class Server:
    def __init__(self, settings: Settings, config: BoardConfig):
        self.settings, self.config = settings, config
        self.form: Form = build_form(config)
        self.workspace = checking.Workspace()
        self.visits = sessions.Visits()
        self.access = SecretaryAccess(settings.secretary_key, settings.trust_header)
        self.folder = Folder(settings.folder, config, settings.time_budget)
        self.packs = Packs(settings.folder, settings.pack_timeout)

    @property
    def today(self) -> dt.date:
        return self.settings.today()

    # -- the pieces every author page needs --------------------------------------------------

    def visit_of(self, request: Request) -> sessions.Visit | None:
        return self.visits.get(request.cookies.get(sessions.COOKIE))

    def form_page(self, visit, *, result: FileResult | None = None, status: int = 200, general=(),
                  notice=None, extra_rows=None, upload_open=False) -> HTMLResponse:
        found, summary, unplaced = self.findings_by_box(result)
        general = list(general) + unplaced
        rows = {}
        for q in self.form.questions:
            if q.widget in ("people", "list", "governance", "references"):
                rows[q.path] = row_count(visit.values, q.path, (extra_rows or {}).get(q.path, 0))
            if q.widget == "risks":
                key = q.path + ".references"
                rows[key] = row_count(visit.values, key, (extra_rows or {}).get(key, 0))
        passed = result is not None and result.status is Status.PASS
        # The meetings a paper can still go to; with none listed to come, a date box.
        meetings = [day for day in self.form.meetings if day >= self.today]
        html = page(
            "form.html", title=f"{self.form.board} cover sheet", board=self.form.board,
            questions=self.form.questions, values=visit.values, found=found, summary=summary,
            general=general, rows=rows, meetings=meetings,
            meeting_values=[m.isoformat() for m in meetings], csrf=visit.csrf,
            accepting=self.settings.accept_submissions, max_mb=f"{self.settings.max_upload_bytes / 1_000_000:g}",
            body=visit.body is not None, notice=notice, passed=passed,
            warnings=result.count(Severity.WARNING) if result else 0,
            has_errors=bool(summary or general), upload_open=upload_open,
        )
        return HTMLResponse(html, status_code=status)

    def findings_by_box(self, result: FileResult | None):
        found: dict[str, list] = {}
        unplaced: list[str] = []
        if result is None:
            return found, [], unplaced
        for finding in result.findings:
            shown = checking.shown(finding)
            question = self.form.question_for(finding.field)
            if question is None:
                if shown.kind == "error":
                    unplaced.append(f"{finding.message} ({finding.code})")
                continue
            found.setdefault(question.box, []).append(shown)
        summary = []
        for q in self.form.questions:
            for s in found.get(q.box, []):
                if s.kind == "error":
                    summary.append((q.anchor, s.finding.message))
        return found, summary, unplaced

    def check(self, draft: dict) -> FileResult:
        return checking.check_draft(self.workspace, draft, self.config, today=self.today,
                                    budget=self.settings.time_budget)


def create_app(settings: Settings, config: BoardConfig):
    """The ASGI application serving `settings.folder` under `config`."""
    server = Server(settings, config)

    async def home(request: Request) -> Response:
        visit = server.visit_of(request)
        fresh = visit is None
        if fresh:
            visit = server.visits.new()
            if server.config.board and any(q.path == "board" for q in server.form.questions):
                visit.values["board"] = server.config.board  # the board's name, from coversheet.toml
        response = server.form_page(visit)
        if fresh:
            _set_visit_cookie(response, request, visit)
        return response

    async def post_sheet(request: Request) -> Response:
        try:
            return await _post_sheet(request)
        except BudgetExceeded as exc:
            return refused(503, "That took too long",
                            f"Making your cover sheet took longer than the {exc.seconds:g} s allowed. Nothing was saved. Try again; if it happens again, download the draft and send it to the board secretary.")

    async def _post_sheet(request: Request) -> Response:
        visit, posted = await _authorised_post(request)
        values = values_from_post(server.form, posted)
        visit.values = values
        general = []
        paper = posted.get("paper")
        if paper is not None and getattr(paper, "filename", None):
            problem = await _keep_body(visit, paper)
            if problem:
                general.append(f"The paper could not be used: {problem}")
        action = posted.get("action") or "check"
        draft = draft_from_form(server.form, posted)
        if isinstance(action, str) and action.startswith("add:"):
            path = action[4:]
            known = {q.path for q in server.form.questions} | {q.path + ".references" for q in server.form.questions if q.widget == "risks"}
            extra = {path: 1} if path in known else {}
            return server.form_page(visit, extra_rows=extra, general=general)
        if action == "docx":
            out = checking.word_sheet(server.workspace, draft, server.config, settings.time_budget, paper=visit.body)
            return _download(out, "cover-sheet.docx",
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        if action == "yaml":
            text = checking.draft_yaml(server.workspace, draft, server.config, settings.time_budget)
            return Response(text, media_type="application/yaml", headers=attachment("cover-sheet.yaml"))
        result = server.check(draft)
        if action == "submit":
            return _submit(visit, draft, result, general)
        return server.form_page(visit, result=result, general=general)

    def _submit(visit, draft, result, general) -> Response:
        if not settings.accept_submissions:
            return refused(403, "Submissions are not open", "The board secretary has not opened this form for submissions. Download the Word cover sheet and send it to them instead.")
        if result.status is not Status.PASS or general:
            general = ["Not submitted: the cover sheet does not pass the board's checks yet. Correct what is marked below, then submit again."] + general
            return server.form_page(visit, result=result, general=general, status=422)
        if visit.stem is None:
            visit.stem = submissions.stem_for(dt.datetime.now())
        if server.config.profile.asks("submitted_on"):
            draft = {**draft, "submitted_on": server.today.isoformat()}  # the day it reached the secretary

        def write_sheet(path: Path) -> None:
            checking.word_sheet(server.workspace, draft, server.config, settings.time_budget, paper=visit.body, out=path)

        written = submissions.submit(settings.folder, visit.stem, write_sheet, server.config,
                                     today=server.today, budget=settings.time_budget)
        if written.name is None:
            general = ["Not submitted: the Word cover sheet made from your answers does not pass the board's checks."]
            return server.form_page(visit, result=written.result, general=general, status=422)
        now = dt.datetime.now()
        visit.receipts.append(sessions.Receipt(
            file_name=written.name, title=draft.get("title"), agenda_item=draft.get("agenda_item"),
            meeting=draft.get("meeting_date"), when=f"Submitted {now.day} {now:%B %Y} at {now:%H:%M}",
            with_body=visit.body is not None, warnings=written.result.count(Severity.WARNING),
        ))
        return RedirectResponse("/receipt", status_code=303)

    async def receipt(request: Request) -> Response:
        visit = server.visit_of(request)
        if visit is None or not visit.receipts:
            return RedirectResponse("/", status_code=303)
        return HTMLResponse(page("receipt.html", title="Cover sheet submitted", receipt=visit.receipts[-1]))

    async def check_json(request: Request) -> Response:
        visit, posted = await _authorised_post(request, header_token=True)
        visit.values = values_from_post(server.form, posted)
        result = server.check(draft_from_form(server.form, posted))
        found, _, _ = server.findings_by_box(result)
        macros = environment().get_template("macros.html").module
        boxes = {}
        for q in server.form.questions:
            shown = found.get(q.box, [])
            boxes[q.box] = {
                "html": str(macros.findings(q, found)),
                "errors": [["#" + q.anchor, s.finding.message] for s in shown if s.kind == "error"],
            }
        return JSONResponse({"status": result.status.value, "boxes": boxes})

    async def upload(request: Request) -> Response:
        visit, posted = await _authorised_post(request)
        sheet = posted.get("sheet")
        if sheet is None or not getattr(sheet, "filename", None):
            return server.form_page(visit, general=["Choose a file to upload."], status=422, upload_open=True)
        suffix = Path(sheet.filename).suffix.lower()
        if suffix not in checking.UPLOAD_SUFFIXES:
            return server.form_page(visit, general=["The file must be a Word document (.docx) or a draft (.yaml, .yml or .json)."],
                                    status=422, upload_open=True)
        path = server.workspace.new_path(suffix)
        try:
            await _save(sheet, path)
            read = checking.read_upload(path, server.config, settings.time_budget)
        finally:
            path.unlink(missing_ok=True)
        if read.draft is None:
            return server.form_page(visit, general=[f"Your file could not be read: {read.problem}"], status=422, upload_open=True)
        visit.values = values_from_draft(server.form, read.draft)
        result = server.check(draft_from_form(server.form, visit.values))
        return server.form_page(visit, result=result, notice="The form is filled in from your file. Check each answer below before you go on.")

    async def blank_form(request: Request) -> Response:
        out = checking.blank_form(server.workspace, server.config)
        return _download(out, "cover-sheet-form.docx",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    # -- shared --------------------------------------------------------------------------------

    async def _authorised_post(request: Request, header_token: bool = False):
        visit = server.visit_of(request)
        if visit is None:
            raise HTTPException(403, "expired")
        posted = await request.form(max_files=2, max_fields=_FIELDS_PER_FORM, max_part_size=_PART_BYTES)
        token = request.headers.get("x-csrf-token") if header_token else None
        token = token or posted.get("csrf")
        if not isinstance(token, str) or not visit.token_ok(token):
            raise HTTPException(403, "csrf")
        return visit, posted

    async def _keep_body(visit, upload) -> str | None:
        if Path(upload.filename).suffix.lower() != ".docx":
            return "it must be a Word document (.docx)."
        if visit.body is None and server.visits.bodies() >= sessions.MAX_BODIES:
            return "the server is holding as many papers as it can just now. Try again later, or send the paper to the board secretary."
        path = server.workspace.new_path(".docx")
        await _save(upload, path)
        problem = checking.vet_body(path)
        if problem:
            path.unlink(missing_ok=True)
            return problem
        if visit.body is not None:
            visit.body.unlink(missing_ok=True)
        visit.body = path
        return None

    async def _save(upload, path: Path) -> None:
        await upload.seek(0)
        with open(path, "xb") as out:
            shutil.copyfileobj(upload.file, out)

    def _download(path: Path, name: str, media_type: str) -> Response:
        try:
            content = path.read_bytes()
        finally:
            path.unlink(missing_ok=True)
        return Response(content, media_type=media_type, headers=attachment(name))

    async def forbidden(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 403 and exc.detail == "csrf":
            return refused(403, "This form could not be accepted",
                            "It did not come from this page as you last saw it (its security token does not match). Nothing was saved. Go back to the cover sheet, reload it and try again.")
        if exc.status_code == 403:
            return refused(403, "Your visit has expired",
                            "Nothing was saved. Go back to the cover sheet and start again; your answers are kept only while you are on the page.")
        if exc.status_code == 404:
            return refused(404, "Page not found", "There is no page at this address.")
        if exc.status_code == 405:
            return refused(405, "Not allowed", "This page cannot be used that way.")
        return refused(exc.status_code, "The request could not be accepted", str(exc.detail))

    async def refused_body(request: Request, exc: BodyRefused) -> Response:
        return refused(exc.status, exc.title, exc.message, close=True)

    async def crashed(request: Request, exc: Exception) -> Response:
        return refused(500, "Sorry, there is a problem with the service",
                        "Nothing was saved. Try again; if it happens again, tell the board secretary.")

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/", post_sheet, methods=["POST"]),
        Route("/check", check_json, methods=["POST"]),
        Route("/upload", upload, methods=["POST"]),
        Route("/receipt", receipt, methods=["GET"]),
        Route("/form.docx", blank_form, methods=["GET"]),
        *secretary_routes(server),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            server.workspace.close()
            server.packs.close()

    app = Starlette(routes=routes, exception_handlers={HTTPException: forbidden, BodyRefused: refused_body, Exception: crashed},
                    lifespan=lifespan)
    app.state.server = server
    bounded = Limits(SecurityHeaders(app), max_bytes=settings.max_upload_bytes, body_seconds=settings.body_seconds)
    bounded.server = server
    return bounded


def _set_visit_cookie(response: Response, request: Request, visit) -> None:
    response.set_cookie(sessions.COOKIE, visit.id, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", max_age=sessions.IDLE_SECONDS)
