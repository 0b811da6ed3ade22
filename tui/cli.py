"""The `linkvet` command line (Typer): a thin front end over core.triage.Workspace.

Exit codes (DESIGN.md): 0 success (also when the reader of a pipe goes away: `| head`),
1 bad input or refused action (one line on stderr naming the file and line where there is
one), 2 usage error, 130 interrupted (Ctrl-C).

Start-up is kept cheap: this module imports only Typer and the standard library, and each
command imports the parts of core (and Rich) it needs, so `linkvet --help` and a shell TAB
never load core. The words the options accept are written out below for the same reason.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

import linkvet

if TYPE_CHECKING:
    from linkvet.core.models import HistoryEvent, Match, Pattern
    from linkvet.core.selection import Selection
    from linkvet.core.triage import ImportReport, InvitationView, RepairReport, Workspace

# What the options accept, as core defines them (tests/test_cli.py checks each is equal to
# core's own: KINDS, STATUSES, VERDICTS, FLAGS, CHECK_IDS, DECISIONS).
KINDS = ("connections", "invitations", "messages", "contacts", "vcard", "generic")
STATUSES = ("pending", "accepted", "declined", "asked", "done", "gone")
VERDICTS = ("accept", "decline", "ask")
FLAGS = ("known", "mass_invite", "recruiter", "open_networker", "duplicate_profile", "snoozed")
CHECK_IDS = ("known", "note", "network_tap", "two_way", "quality", "mass_invite", "rapport")
DECISIONS = ("accept", "decline", "ask", "pending")
INTERRUPTED = "linkvet: interrupted; nothing half-written was kept"
# The filter words of `list` (core.triage.query; tests/test_cli_process.py checks the fields)
FILTER_FIELDS = ("rec", "flag", "status", "to")
FILTER_HELP = (
    "Filter words, as `/` in the TUI: rec:accept|ask|decline, flag:FLAG (its start is "
    "enough: mass, dup, open), status:STATUS, to:NAME (or owner:NAME: who received it); "
    "-FIELD:VALUE keeps the others (after `--`), VALUE,VALUE either; any other words search "
    "the sender, headline, company and note."
)

app = typer.Typer(
    name="linkvet",
    help=(
        "Triage LinkedIn connection invitations from your own data export: who each sender "
        "is to you, mass-invite patterns, a seven-point checklist and a recommendation, "
        "decided at keyboard speed. Start with `linkvet demo`, or `linkvet import` your export "
        "and run `linkvet triage`."
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
config_app = typer.Typer(help="Show or create the config file.", no_args_is_help=True)
app.add_typer(config_app, name="config")

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


class Env:
    """Per-run settings from the global options (paths resolved when first used)."""

    def __init__(self, db: Path | None, config: Path | None) -> None:
        self._db, self._config = db, config

    @cached_property
    def db(self) -> Path:
        from linkvet.core.paths import resolve_db

        return resolve_db(self._db)

    @cached_property
    def config(self) -> Path:
        from linkvet.core.paths import resolve_config

        return resolve_config(self._config)

    def workspace(self) -> Workspace:
        from linkvet.core.triage import Workspace

        return Workspace.open(self.db, self.config)


def inert(text: str) -> str:
    """core.safe_text.inert, imported when first needed."""
    from linkvet.core.safe_text import inert as make_inert

    return make_inert(text)


def fail(message: str) -> NoReturn:
    """One line on stderr, exit 1."""
    typer.echo(f"linkvet: {message}", err=True)
    raise typer.Exit(1)


def _explained(exc: Exception) -> bool:
    """True for a LinkvetError (core.errors), the failures linkvet explains in one line.
    Looked up among loaded modules only, so that start-up never imports core: an error
    of a class never imported cannot have been raised."""
    errors = sys.modules.get("linkvet.core.errors")
    return errors is not None and isinstance(exc, errors.LinkvetError)


def _quiet_stdout() -> None:
    """The reader of stdout went away: point stdout at /dev/null so the flush at exit is
    silent too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (tests): nothing left to flush there


def _interrupted() -> NoReturn:
    """Ctrl-C: one line, exit 130. Every write is atomic or journalled, so what was being
    written is either complete or not there."""
    typer.echo(INTERRUPTED, err=True)
    raise typer.Exit(130)


def friendly(func: F) -> F:
    """Turn expected failures into one clear line on stderr and exit 1 (never a traceback);
    a closed pipe exits 0 quietly, Ctrl-C exits 130 with one line."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            _quiet_stdout()  # the reader went away (`| head`): that is success
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            _interrupted()
        except PermissionError as exc:
            fail(f"{exc.filename}: permission denied")
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")
        except Exception as exc:
            if not _explained(exc):
                raise  # a bug: let it be seen
            fail(inert(str(exc)))

    return wrapper  # type: ignore[return-value]


def env(ctx: typer.Context) -> Env:
    return ctx.obj  # type: ignore[no-any-return]


def emit_json(data: Any) -> None:
    import json

    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def emit_items(
    items: Iterable[T],
    as_json: bool,
    to_json: Callable[[T], Any],
    text: Callable[[T], str],
    empty: str,
) -> None:
    """What the listing commands print: a JSON array with --json, else each item's text
    (`empty` when there are none). Streamed: each item is printed as soon as it is built,
    so `linkvet list | head -1` costs one item, not all of them."""
    import json

    count = 0
    for item in items:
        if as_json:
            body = json.dumps(to_json(item), ensure_ascii=False, indent=2)
            typer.echo(("[\n" if not count else ",\n") + _indent(body), nl=False)
        else:
            typer.echo(text(item))
        count += 1
    if as_json:
        typer.echo("\n]" if count else "[]")
    elif not count:
        typer.echo(empty)


def _indent(block: str) -> str:
    """A JSON value as an element of an indented array."""
    return "\n".join("  " + line for line in block.splitlines())


def words(choices: Sequence[str]) -> Callable[[str], list[str]]:
    """Shell completion for an option that takes one of `choices`."""
    return lambda incomplete: [c for c in choices if c.startswith(incomplete)]


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"linkvet {linkvet.__version__}")
        raise typer.Exit()


# --since / --until / --owner, shared by list, export and actions
Since = Annotated[
    str | None,
    typer.Option(
        help="Only invitations sent on or after this day (YYYY-MM-DD).", show_default=False
    ),
]
Until = Annotated[
    str | None,
    typer.Option(
        help="Only invitations sent on or before this day (YYYY-MM-DD).", show_default=False
    ),
]
Owner = Annotated[
    str | None,
    typer.Option(
        help="Only this owner's invitations (team mode): a name or owner id.", show_default=False
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print what changed as JSON.")]


def selection(ws: Workspace, since: str | None, until: str | None, owner: str | None) -> Selection:
    """The --since/--until/--owner window (ValueError, one line, for a bad value)."""
    from linkvet.core.selection import Selection

    return Selection.build(ws.owners(), since, until, owner)


def change_json(ws: Workspace, event: HistoryEvent) -> dict[str, Any]:
    """A journal event as written, with the invitation's status and verdict after it."""
    view = ws.view(event.invitation_id)
    data = event.to_dict()
    data["status"] = view.status
    data["status_reason"] = view.status_why
    data["verdict"] = view.verdict.verdict if view.verdict else None
    data["ask_message"] = view.ask_message if view.state.decision == "ask" else None
    return data


def emit_changes(ws: Workspace, events: Iterable[HistoryEvent]) -> None:
    """`--json` of the state-changing commands: an array of change objects."""
    emit_json([change_json(ws, e) for e in events])


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="Database folder (default: LINKVET_DB, else your user data dir; "
            "see `linkvet locate`).",
            show_default=False,
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="Config file (default: LINKVET_CONFIG, else user config dir).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Global options."""
    ctx.obj = Env(db, config)


# ----- import ---------------------------------------------------------------------------
@app.command("import")
@friendly
def import_cmd(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="LinkedIn export .zip, unzipped export folder, or single files "
            "(CSV, .vcf); - reads standard input. Several exports at once = team mode.",
            show_default=False,
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option(
            help=f"Force the kind of single files: {', '.join(KINDS)}.",
            show_default=False,
            autocompletion=words(KINDS),
        ),
    ] = None,
    owner: Annotated[
        str | None, typer.Option(help="Whose export this is (overrides detection).")
    ] = None,
    owner_company: Annotated[
        str | None, typer.Option(help="The owner's current company (overrides Positions.csv).")
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Read and report, write nothing.")] = False,
    skip_bad_rows: Annotated[
        bool,
        typer.Option(
            "--skip-bad-rows",
            help="Import the good rows when some rows are bad or a file of the export "
            "cannot be read (they are listed, and `linkvet health` keeps naming them).",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Import a LinkedIn data export (zip, folder or files) and address books.

    Re-importing the same or a newer export is safe: ids are stable, decisions are kept,
    and senders who became connections are marked accepted. A bad file imports nothing.

    An import is whole or nothing: when a row is bad (a Direction that is not INCOMING or
    OUTGOING, a vCard without a name, ...) or a LinkedIn file of the export cannot be read
    (its columns changed), nothing is written, the bad rows are listed and the exit status
    is 1; fix them, or give --skip-bad-rows to import the rest (exit status 0). Rows kept
    with a gap (a date linkvet cannot read) and rows skipped on purpose (LinkedIn's hidden
    members, sponsored messages) are no loss: they never stop an import. --dry-run exits
    with the status the import would have.
    """
    if kind and kind not in KINDS:
        raise typer.BadParameter(f"unknown kind {kind!r}", param_hint="--kind")
    from linkvet.core.importers.batch import ImportBatch
    from linkvet.core.triage.bundle import MixedImport
    from linkvet.tui import progress as progress_ui

    ws = env(ctx).workspace()
    with progress_ui.reporter(enabled=not as_json) as report_progress:
        try:  # team bundles (*.linkvet.json, told by content) each on their own
            reads = ws.read_import(paths, kind, owner, owner_company, report_progress)
        except MixedImport as exc:
            raise typer.BadParameter(str(exc), param_hint="PATHS") from None
        # whole or nothing: bad rows anywhere hold back every read, unless the user skips them
        bad = any(isinstance(read, ImportBatch) and not read.complete() for read in reads)
        held = bad and not skip_bad_rows
        reports = [ws.commit_import(read, dry_run or held, report_progress) for read in reads]
    for report in reports:
        report.dry_run, report.held = dry_run, held and not dry_run
    if as_json:
        data = [_report_json(r, skip_bad_rows) for r in reports]
        emit_json(data[0] if len(data) == 1 else data)
    else:
        typer.echo("\n".join(_report_text(r) for r in reports))
    if held:
        raise typer.Exit(1)


def _report_json(report: ImportReport, skip_bad_rows: bool) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "written": report.written(),
        "complete": report.complete(),
        "rows_skipped": report.rows_skipped(),
        "files_not_read": report.files_not_read(),
        "skip_bad_rows": skip_bad_rows,
        "files": [
            {
                "path": f.path,
                "kind": f.kind,
                "rows_read": f.rows_read,
                "imported": f.imported,
                "skipped": f.skipped,
                "problems": [{"line": p.line, "reason": p.reason} for p in f.problems],
                "problem_count": f.problem_count,
                "kept_with_gaps": f.kept_with_gaps,
                "notes": f.notes,
            }
            for f in report.files
        ],
        "merged": {
            k: {"imported": c.imported, "updated": c.updated, "unchanged": c.unchanged}
            for k, c in report.counts.items()
        },
        "newly_accepted": report.newly_accepted,
        "pending": report.pending,
        "warnings": report.warnings,
        "reconcile": report.reconcile,
        "outcomes": report.outcomes.to_dict() if report.outcomes else None,
        "headline": report.headline(),
        "came_back": list(report.came_back),
        "rebuilt_contacts": report.rebuilt_contacts,
        "owner_took_over": report.took_over,
        "provisional_owner": report.provisional,
    }


def _report_text(report: ImportReport) -> str:
    lines = [report.headline()]
    for f in report.files:
        if f.kind == "bundle" and not f.notes and not f.problems and not f.ignored:
            continue
        lines.append(
            f"  {inert(f.path)} [{f.kind}]: {f.rows_read} rows read, {f.imported} imported, "
            f"{f.skipped} skipped"
        )
        for entry, why in f.ignored:
            lines.append(f"      NOT READ: {inert(entry)}: {inert(why)}")
        for note in f.notes:
            lines.append(f"      {inert(note)}")
        for p in f.problems[:20]:
            lines.append(f"      line {p.line}: {inert(p.reason)}")
        if f.problem_count > 20:
            lines.append(f"      ... and {f.problem_count - 20} more problems")
    merged = ", ".join(
        f"{k}: {c.imported} new, {c.updated} updated, {c.unchanged} unchanged"
        for k, c in report.counts.items()
        if c.imported or c.updated or c.unchanged
    )
    if merged:
        written = "" if report.written() else " (nothing written)"
        lines.append(f"  Database{written}: {merged}")
    if report.newly_accepted:
        lines.append(
            f"  {report.newly_accepted} pending invitations are now connections (accepted)"
        )
    if report.outcomes:
        lines.extend(f"  {line}" for line in report.outcomes.lines())
    lines.extend(f"  {line}" for line in report.identity_lines())
    lines.append(f"  Pending invitations: {report.pending}")
    for warning in report.warnings:
        lines.append(f"  Note: {inert(warning)}")
    return "\n".join(lines)


# ----- list / show ----------------------------------------------------------------------
@app.command("list")
@friendly
def list_cmd(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="QUERY",
            help=FILTER_HELP,
            show_default=False,
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            help=f"Only this status: {', '.join(STATUSES)}.", autocompletion=words(STATUSES)
        ),
    ] = None,
    verdict: Annotated[
        str | None,
        typer.Option(
            help=f"Only this recommendation: {', '.join(VERDICTS)}.",
            autocompletion=words(VERDICTS),
        ),
    ] = None,
    flag: Annotated[
        str | None,
        typer.Option(help=f"Only with this flag: {', '.join(FLAGS)}.", autocompletion=words(FLAGS)),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON array of invitation objects.")
    ] = False,
    since: Since = None,
    until: Until = None,
    owner: Owner = None,
) -> None:
    """List invitations (newest first); all statuses unless narrowed.

    The filter words are the TUI's `/` filter: `linkvet list rec:decline to:dana`,
    `linkvet list status:asked meetup`, `linkvet list -- flag:mass -status:done`.
    """
    if status and status not in STATUSES:
        raise typer.BadParameter(f"unknown status {status!r}", param_hint="--status")
    if verdict and verdict not in VERDICTS:
        raise typer.BadParameter(f"unknown verdict {verdict!r}", param_hint="--verdict")
    if flag and flag not in FLAGS:
        raise typer.BadParameter(f"unknown flag {flag!r}", param_hint="--flag")
    ws = env(ctx).workspace()
    window = selection(ws, since, until, owner)
    views: Iterable[InvitationView] = (
        v
        for v in ws.iter_views(status=status, verdict=verdict, flag=flag)
        if window.keeps(v.invitation)
    )
    if query:  # ranked best first: every view is needed before the first line
        from linkvet.core.triage.query import select

        views = select(list(views), query)
    emit_items(
        views,
        as_json,
        lambda v: v.to_json(),
        _list_line,
        "No invitations match."
        if ws.invitation_ids()
        else "No invitations match. Import your LinkedIn export: linkvet import PATH",
    )


def _list_line(v: InvitationView) -> str:
    from linkvet.tui.widgets.render import about

    inv = v.invitation
    day = (inv.sent_at or inv.sent_at_raw or "")[:10]
    verdict = v.verdict.verdict if v.verdict else "-"
    flags = ",".join(v.flags)
    return (
        f"{inv.id}  {v.status:<8} {verdict:<7} {day:<10}  {inert(inv.sender.label)[:32]:<32}  "
        f"{inert(about(v))[:36]:<36}  {flags}"
    ).rstrip()


@app.command("show")
@friendly
def show_cmd(
    ctx: typer.Context,
    invitation_id: Annotated[
        str, typer.Argument(metavar="ID", help="Invitation id (or a unique prefix).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the invitation object.")] = False,
) -> None:
    """Show one invitation: matches, patterns, checks, verdict and history."""
    ws = env(ctx).workspace()
    v = ws.view(ws.resolve(invitation_id))
    if as_json:
        emit_json(v.to_json(history=True))
        return
    typer.echo(render_show(v, ws))


def render_show(v: InvitationView, ws: Workspace) -> str:
    """Plain-text detail of one invitation (all untrusted text made inert)."""
    inv = v.invitation
    owner = inert(v.owner.name if v.owner else inv.owner_id)
    out = [
        f"{inv.id}  {inert(inv.sender.label)}",
        f"  status: {v.status} ({inert(v.status_why)})   decision: {v.state.decision}",
        f"  received: {inv.sent_at or inv.sent_at_raw} by {owner}",
    ]
    if inv.sender.profile_url:
        out.append(f"  profile: {inert(inv.sender.profile_url)}")
    if inv.sender.headline or inv.sender.company:
        out.append(
            f"  headline: {inert(inv.sender.headline or '')} {inert(inv.sender.company or '')}"
        )
    out.append(f"  note: {inert(inv.message) if inv.message else '(no note)'}")
    known = v.match.known_contact
    if known:
        out.append(
            f"  known: {inert(known.name)} ({known.source}, {known.confidence} {known.score}): "
            + "; ".join(known.evidence)
        )
    for cand in v.match.candidates:
        out.append(
            f"  candidate: {inert(cand.name)} ({cand.source}, {cand.confidence} {cand.score}): "
            + "; ".join(cand.evidence)
        )
    for flag in v.match.flags:
        out.append(f"  warning: {flag.replace('_', ' ')}")
    for p in v.patterns:
        out.append(f"  pattern {p.id} [{p.kind}]: " + inert(p.evidence[0] if p.evidence else ""))
    if v.conversation:
        out.append(f"  messages: {v.conversation.sent} sent, {v.conversation.received} received")
    out.append("  checks:")
    for c in v.checks:
        mark = {"pass": "✓", "fail": "✗", "unknown": "?"}[c.state]
        manual = " (set by you)" if c.manual else ""
        out.append(f"    {mark} {c.id:<12} {inert('; '.join(c.evidence))}{manual}")
    if v.verdict:
        out.append(
            f"  verdict: {v.verdict.verdict.upper()} ({v.verdict.confidence:.0%}): "
            + inert("; ".join(v.verdict.reasons))
        )
    if v.prior:
        out.append(f"  earlier: you decided {v.prior['decision']} on {v.prior['at'][:10]}")
    if v.ask_message:
        out.append(f"  ask message: {inert(v.ask_message)}")
    if v.state.history:
        out.append("  history:")
        for e in v.state.history:
            what = f"{e.check} " if e.check else ""
            out.append(
                f"    {e.at}  {e.kind} {what}{e.before or ''} -> {e.after or ''}"
                + (f"  ({inert(e.note)})" if e.note else "")
            )
    return "\n".join(out)


# ----- decisions ------------------------------------------------------------------------
@app.command("decide")
@friendly
def decide_cmd(
    ctx: typer.Context,
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="ID... DECISION",
            help="One or more invitation ids, then accept, decline, ask or pending.",
        ),
    ],
    note: Annotated[str | None, typer.Option(help="A note kept with the decision.")] = None,
    message: Annotated[
        str | None,
        typer.Option(
            help="With ask: the message to send (saved with the decision; `show` and "
            "`actions` give exactly it). Default: the prepared ask message.",
        ),
    ] = None,
    pattern: Annotated[
        str | None,
        typer.Option(
            help="Decide every still-pending invitation of this mass-invite pattern "
            "(see `linkvet patterns`); then give only the DECISION.",
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Record a decision on one or more invitations (one undoable step)."""
    *ids, decision = args
    if message is not None and (decision != "ask" or pattern):
        raise typer.BadParameter("--message goes with ask on IDs only", param_hint="--message")
    if decision not in DECISIONS:
        raise typer.BadParameter(
            f"{decision!r} is not accept, decline, ask or pending", param_hint="DECISION"
        )
    if pattern and ids:
        raise typer.BadParameter("give either --pattern or IDs, not both", param_hint="ID...")
    if not pattern and not ids:
        raise typer.BadParameter("give at least one ID and a decision", param_hint="ID... DECISION")
    ws = env(ctx).workspace()
    if pattern:
        events = ws.decide_pattern(pattern, decision)
        if not events and not as_json:
            typer.echo(f"pattern {pattern}: no pending invitations left to decide")
    else:
        events = ws.decide(ids, decision, note, message=message)
    if as_json:
        emit_changes(ws, events)
        return
    for e in events:
        typer.echo(f"{e.invitation_id}: {e.before or 'pending'} -> {e.after} (saved)")
    if decision == "ask":
        for e in events:
            msg = ws.view(e.invitation_id).ask_message
            if msg:
                typer.echo(f"  message to send: {inert(msg)}")


@app.command("undo")
@friendly
def undo_cmd(ctx: typer.Context, as_json: AsJson = False) -> None:
    """Undo the last decision (a bulk decision is undone as one step)."""
    ws = env(ctx).workspace()
    group = ws.undo()
    if not group:
        fail("nothing to undo")
    if as_json:
        emit_changes(ws, group)
        return
    for e in group:
        if e.kind == "carried_out":
            typer.echo(f"{e.invitation_id}: undid 'carried out' (the {e.after} is to do again)")
            continue
        what = f"{e.kind} {e.check}" if e.check else e.kind
        typer.echo(f"{e.invitation_id}: undid {what} {e.before or 'pending'} -> {e.after}")


@app.command("done")
@friendly
def done_cmd(
    ctx: typer.Context,
    ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help="Invitations you have dealt with.")
    ],
    as_json: AsJson = False,
) -> None:
    """Say you carried out your decision on LinkedIn (accepted, ignored, or sent the ask
    message): the invitation leaves the action list. One undoable step; a later export
    also confirms it on its own."""
    ws = env(ctx).workspace()
    events = ws.mark_carried_out(ids)
    if as_json:
        emit_changes(ws, events)
        return
    for e in events:
        v = ws.view(e.invitation_id)
        typer.echo(f"{v.id}: {v.state.decision} carried out -> {v.status} ({inert(v.status_why)})")


@app.command("check")
@friendly
def check_cmd(
    ctx: typer.Context,
    invitation_id: Annotated[str, typer.Argument(metavar="ID")],
    check: Annotated[
        str, typer.Argument(help=", ".join(CHECK_IDS), autocompletion=words(CHECK_IDS))
    ],
    state: Annotated[
        str,
        typer.Argument(
            help="pass, fail, unknown, or auto (back to computed)",
            autocompletion=words(("pass", "fail", "unknown", "auto")),
        ),
    ],
    as_json: AsJson = False,
) -> None:
    """Override one checklist item by hand (the verdict is recomputed)."""
    ws = env(ctx).workspace()
    event = ws.override(invitation_id, check, state)
    if as_json:
        emit_changes(ws, [event])
        return
    v = ws.view(event.invitation_id)
    typer.echo(f"{v.id}: {check} = {state}; verdict now {v.verdict.verdict if v.verdict else '-'}")


@app.command("reply")
@friendly
def reply_cmd(
    ctx: typer.Context,
    invitation_id: Annotated[str, typer.Argument(metavar="ID")],
    text: Annotated[str, typer.Argument(help="What they answered (e.g. by e-mail or phone).")],
    as_json: AsJson = False,
) -> None:
    """Record a reply to your "ask" that did not come through LinkedIn messages."""
    ws = env(ctx).workspace()
    event = ws.record_reply(invitation_id, text)
    if as_json:
        emit_changes(ws, [event])
        return
    v = ws.view(event.invitation_id)
    typer.echo(f"{v.id}: reply recorded; verdict now {v.verdict.verdict if v.verdict else '-'}")


@app.command("snooze")
@friendly
def snooze_cmd(
    ctx: typer.Context,
    ids: Annotated[list[str], typer.Argument(metavar="ID...")],
    until: Annotated[
        str, typer.Option(help="ISO date (YYYY-MM-DD) when they return to the queue.")
    ],
    as_json: AsJson = False,
) -> None:
    """Hide invitations from the queue until a date."""
    from datetime import date

    try:
        day = date.fromisoformat(until)
    except ValueError:
        raise typer.BadParameter(
            f"{until!r} is not a date like 2026-12-31", param_hint="--until"
        ) from None
    ws = env(ctx).workspace()
    events = ws.snooze(ids, day.isoformat())
    if as_json:
        emit_changes(ws, events)
        return
    for e in events:
        typer.echo(f"{e.invitation_id}: snoozed until {e.after}")


# ----- summaries ------------------------------------------------------------------------
@app.command("stats")
@friendly
def stats_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print counts as JSON.")] = False,
) -> None:
    """Counts by status, decision, recommendation, owner and flag."""
    stats = env(ctx).workspace().stats()
    if as_json:
        emit_json(stats)
        return
    typer.echo(
        f"{stats['invitations']} invitations, {stats['owners']} owner(s), "
        f"{stats['contacts']} contacts, {stats['patterns']} patterns"
    )
    for key in ("by_status", "by_decision", "by_verdict", "by_flag", "by_owner"):
        if stats[key]:
            parts = ", ".join(f"{inert(str(k))}: {n}" for k, n in sorted(stats[key].items()))
            typer.echo(f"  {key.replace('_', ' ')}: {parts}")


@app.command("export")
@friendly
def export_cmd(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", help="csv, json, or bundle (one owner, for a colleague).")
    ] = "csv",
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    owner: Annotated[
        str | None,
        typer.Option(
            help="Only this owner's invitations (team mode): a name or owner id; for bundle: "
            "whose invitations (when there are several owners).",
            show_default=False,
        ),
    ] = None,
    since: Since = None,
    until: Until = None,
) -> None:
    """Every invitation with its decision, verdict, checks and history."""
    from linkvet.core.export import to_csv, to_json
    from linkvet.core.files import write_private

    if fmt == "bundle":
        if since or until:
            raise typer.BadParameter(
                "a bundle holds all of an owner's invitations", param_hint="--since/--until"
            )
        export_bundle_cmd(env(ctx).workspace(), out, owner)
        return
    if fmt not in ("csv", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}", param_hint="--format")
    ws = env(ctx).workspace()
    window = selection(ws, since, until, owner)
    views = [v for v in ws.views() if window.keeps(v.invitation)]
    text = to_csv(views) if fmt == "csv" else to_json(views) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        write_private(out, text)  # every note and decision: readable by the user only
        typer.echo(f"wrote {len(views)} invitations to {out}", err=True)


# ----- close the loop with LinkedIn: actions, health, team bundles ------------------------
# (what to do is decided in core.triage.actions and rendered by core.export.actions; the team
# bundle is core.triage.bundle; data health is core.triage.health)
@app.command("actions")
@friendly
def actions_cmd(
    ctx: typer.Context,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="md, csv, json or html (default: from the --out suffix, else md).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    since: Since = None,
    until: Until = None,
    owner: Owner = None,
) -> None:
    """What to do on LinkedIn: accept, decline, ask (message to paste), follow up, withdraw.

    linkvet never acts on LinkedIn itself. `--format html` is one self-contained page with
    links and tick boxes to work through in a browser next to LinkedIn.
    """
    from linkvet.core.errors import LinkvetError
    from linkvet.core.export.actions import FORMATS, format_for, render_actions
    from linkvet.core.files import write_private

    if fmt is not None and fmt not in set(FORMATS.values()):
        raise typer.BadParameter(f"unknown format {fmt!r}", param_hint="--format")
    if fmt is None and out is not None:
        try:
            fmt = format_for(out)
        except LinkvetError as exc:
            raise typer.BadParameter(str(exc), param_hint="--out") from None
    ws = env(ctx).workspace()
    text, count = render_actions(ws, fmt or "md", selection(ws, since, until, owner))
    if out is None:
        sys.stdout.write(text)
    else:
        write_private(out, text)
        typer.echo(f"wrote {count} actions to {out}", err=True)


@app.command("health")
@friendly
def health_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print an array of notes.")] = False,
) -> None:
    """What your imported data cannot tell (and what to import to fix it)."""

    emit_items(
        env(ctx).workspace().health(),
        as_json,
        lambda note: note.to_dict(),
        lambda note: f"- {inert(note.line())}",
        "No data-health notes: every owner has a recent, complete export.",
    )


def export_bundle_cmd(ws: Workspace, out: Path | None, owner: str | None) -> None:
    """`export --format bundle`: one owner's invitations and decisions as a JSON file."""
    from linkvet.core.triage.bundle import bundle_data, dumps, write_bundle

    shortened: list[str] = []
    if out is None:
        sys.stdout.write(dumps(bundle_data(ws, owner, shortened)))
    else:
        count = write_bundle(ws, out, owner, shortened)
        typer.echo(f"wrote {count} invitations to {out}", err=True)
    if shortened:
        shown = ", ".join(shortened[:5]) + (", ..." if len(shortened) > 5 else "")
        typer.echo(
            f"shortened {len(shortened)} text{'s' * (len(shortened) != 1)} longer than a "
            f"bundle carries, so that it reads back ({shown})",
            err=True,
        )


# ----- end of close-the-loop block --------------------------------------------------------


@app.command("match")
@friendly
def match_cmd(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name to look up among your contacts.")],
    company: Annotated[str | None, typer.Option(help="Company (a soft signal).")] = None,
    email: Annotated[str | None, typer.Option(help="E-mail address (exact key).")] = None,
    url: Annotated[str | None, typer.Option(help="LinkedIn profile URL (exact key).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100, help="How many people.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print an array of candidates.")] = False,
    link: Annotated[
        str | None,
        typer.Option(
            metavar="ID",
            help="Record that invitation ID's sender is the person shown first (or --pick N); "
            "`linkvet undo` removes the link.",
        ),
    ] = None,
    pick: Annotated[int, typer.Option(min=1, help="With --link: which row (1 = first).")] = 1,
) -> None:
    """Look a person up among your contacts: one row per person, ranked by how probable it is
    that the name is theirs (the matching model), with owners, sources and evidence."""
    ws = env(ctx).workspace()
    matches = ws.lookup(name, company, email, url, limit)
    if link is not None:
        _link(ws, link, matches, pick)
        return
    owners = ws.owners()
    emit_items(
        matches,
        as_json,
        lambda m: m.to_dict(),
        lambda m: _match_line(m, owners),
        "No contact matches.",
    )


def _link(ws: Workspace, inv_id: str, matches: list[Match], pick: int) -> None:
    """`match --link`: the picked row's record held by the invitation's owner."""
    if not 1 <= pick <= len(matches):
        fail(f"no row {pick} to link (the lookup shows {len(matches)})")
    inv_id = ws.resolve(inv_id)
    hit = matches[pick - 1]
    mine = ws.owner_contact(inv_id, [hit.contact_id, *hit.also])
    if mine is None:
        fail(f"{inert(hit.name)} is not among the contacts of that invitation's owner")
    ws.link(inv_id, mine)
    sender = ws.view(inv_id).invitation.sender.name
    typer.echo(f"{inv_id}: linked {inert(sender)} to {inert(hit.name)} (linkvet undo removes it)")


def _match_line(m: Match, owners: dict[str, Any]) -> str:
    names = ", ".join(owners[o].name if o in owners else o for o in m.owners)
    sources = ", ".join(m.sources or [m.source])
    fields = [e for e in m.evidence if not e.startswith(("read as", "posterior", "next best"))]
    return (
        f"{m.score:>3}  {m.confidence:<8} {inert(m.name):<30} {sources:<13} "
        f"{inert(names):<16} {inert(m.company or '')}  [{inert('; '.join(fields))}]"
    )


@app.command("patterns")
@friendly
def patterns_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print an array of patterns.")] = False,
) -> None:
    """Mass-invite report: fan-outs, campaigns, template notes, bursts (worst first)."""
    patterns = env(ctx).workspace().patterns()
    emit_items(
        patterns, as_json, lambda p: p.to_dict(), _pattern_text, "No mass-invite patterns found."
    )


def _pattern_text(p: Pattern) -> str:
    lines = [
        f"{p.id} [{p.kind}] severity {p.severity}, {len(p.members)} invitations"
        + (f", {inert(p.company)}" if p.company else ""),
        *(f"    {inert(line)}" for line in p.evidence),
    ]
    if p.masked_note:
        lines.append(f"    note: {inert(p.masked_note)}")
    return "\n".join(lines)


@app.command("locate")
@friendly
def locate_cmd(ctx: typer.Context) -> None:
    """Print where the database and config file are."""
    e = env(ctx)
    typer.echo(f"database: {e.db}")
    typer.echo(
        f"config:   {e.config}{'' if e.config.exists() else ' (not created; defaults apply)'}"
    )


@app.command("repair")
@friendly
def repair_cmd(ctx: typer.Context, as_json: AsJson = False) -> None:
    """Go back to the newest good copy of a damaged database (decisions are kept); says
    which copy and what it lacks, or that nothing was damaged."""
    from linkvet.core.triage import Workspace

    store_path = env(ctx).db
    if not store_path.exists():
        fail(f"{store_path}: no database here")
    report = Workspace.repair(store_path)
    if report.restored is None and report.damaged:
        found = "; ".join(f"{d.generation}: {d.problem}" for d in report.damaged)
        fail(
            f"{store_path}: no good copy to go back to ({found}); nothing changed; "
            "import your export again"
        )
    if as_json:
        emit_json(
            {
                "database": str(store_path),
                "restored": report.restored,
                "changed": report.changed,
                "damaged": [
                    {"generation": d.generation, "problem": d.problem, "kept_as": d.kept_as}
                    for d in report.damaged
                ],
                "invitations": report.invitations,
                "lost_invitations": report.lost_invitations,
                "lost_files": report.lost_files,
            }
        )
        return
    typer.echo("\n".join(_repair_lines(report)))


def _repair_lines(report: RepairReport) -> list[str]:
    """What `repair` says: nothing to do, or what was damaged, restored and lost."""
    if report.restored is None:
        return ["nothing to repair: the database holds no data yet"]
    held = f"{report.invitations} invitations" if report.invitations is not None else "its data"
    if not report.changed:
        return [f"nothing to repair: {report.restored} verified in full ({held}); nothing changed"]
    lines = [
        f"damaged: {d.generation} ({d.problem}); kept aside as {d.kept_as}" for d in report.damaged
    ]
    if not report.damaged:
        lines.append("damaged: the CURRENT pointer (the data folders were fine)")
    lines.append(f"database restored to {report.restored}, the newest good copy ({held})")
    if report.lost_invitations is None:
        lines.append("lost: unknown (the damaged copy's list of invitations does not read)")
    elif report.lost_invitations or report.lost_files:
        files = f" from {', '.join(report.lost_files)}" if report.lost_files else ""
        lines.append(
            f"lost: {report.lost_invitations} invitations not in this copy{files}; "
            "import them again"
        )
    else:
        lines.append("lost: no invitation (the restored copy lists every one)")
    lines.append(
        "your decisions journal is unchanged: decisions on invitations not in this copy "
        "come back when you import them again"
    )
    return lines


@config_app.command("path")
@friendly
def config_path_cmd(ctx: typer.Context) -> None:
    """Print the config file path."""
    typer.echo(str(env(ctx).config))


@config_app.command("show")
@friendly
def config_show_cmd(ctx: typer.Context) -> None:
    """Print the config in effect (the defaults when no file exists)."""
    from linkvet.core.config import default_config_text, load_config

    path = env(ctx).config
    if path.exists():
        load_config(path)  # validate first: errors name the line
        typer.echo(path.read_text(encoding="utf-8"), nl=False)
    else:
        typer.echo(default_config_text(), nl=False)


@config_app.command("init")
@friendly
def config_init_cmd(ctx: typer.Context, as_json: AsJson = False) -> None:
    """Write the default config file (refuses to overwrite an existing one)."""
    from linkvet.core.config import default_config_text
    from linkvet.core.files import write_private

    path = env(ctx).config
    if path.exists():
        fail(f"{path}: already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, default_config_text())
    if as_json:
        emit_json({"config": str(path)})
        return
    typer.echo(f"wrote {path}")


@app.command("triage")
@friendly
def triage_cmd(ctx: typer.Context) -> None:
    """Open the triage workstation (the TUI) on your database."""
    from linkvet.tui.launch import run_triage

    e = env(ctx)
    run_triage(e.db, e.config)


@app.command("demo")
@friendly
def demo_cmd(
    headless: Annotated[
        bool,
        typer.Option(
            help="Start without a screen: load the sample data, build the queue, press a few "
            "keys, quit (checks an installation)."
        ),
    ] = False,
) -> None:
    """Open the TUI on a fresh copy of the bundled sample data (a temporary database)."""
    from linkvet.tui.launch import run_demo

    run_demo(headless=headless)


@app.command("serve")
@friendly
def serve_cmd(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    demo: Annotated[bool, typer.Option(help="Serve the demo instead of your database.")] = False,
) -> None:
    """Serve the TUI to a web browser (textual-serve; install the `web` extra).

    Each browser tab runs its own linkvet on this machine; links open in that browser.
    """
    try:
        from textual_serve.server import Server
    except ImportError:
        fail("`linkvet serve` needs the web extra: pip install 'linkvet[web]'")
    import shlex

    e = env(ctx)
    command = [sys.executable, "-m", "linkvet"]
    command += ["demo"] if demo else ["--db", str(e.db), "--config", str(e.config), "triage"]
    typer.echo(f"linkvet: serving on http://{host}:{port} (Ctrl-C stops)", err=True)
    Server(shlex.join(command), host=host, port=port, title="linkvet").serve()


def _interrupted_by(exc: BaseException) -> bool:
    """True when a SystemExit came from Typer turning Ctrl-C into exit 130."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def main() -> None:
    """Console-script entry point: `linkvet` and `python -m linkvet`.

    Typer ends a run with SystemExit; two of its codes are turned into linkvet's: exit 1
    after a closed pipe (while it printed help, say) becomes a quiet 0, and Ctrl-C outside
    a command gets the one-line message with its 130.
    """
    _quiet_library_logs()
    try:
        app(prog_name="linkvet")
    except KeyboardInterrupt:
        typer.echo(INTERRUPTED, err=True)
        raise SystemExit(130) from None
    except BrokenPipeError:
        _quiet_stdout()
        raise SystemExit(0) from None
    except SystemExit as exc:
        if exc.code == 1 and isinstance(exc.__context__, BrokenPipeError):
            _quiet_stdout()
            raise SystemExit(0) from None
        if exc.code == 130 and _interrupted_by(exc) and not _reported(exc):
            typer.echo(INTERRUPTED, err=True)
        raise


def _quiet_library_logs() -> None:
    """Libraries' log records never reach the terminal: linkvet says what went wrong in its
    own words (vobject's skipped lines, say, become notes of the import). Without a handler
    of its own, the root logger would print their warnings on stderr ("last resort")."""
    import logging

    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _reported(exc: BaseException) -> bool:
    """True when `friendly` already printed the interrupted line (it raised Exit(130))."""
    seen: BaseException | None = exc.__context__
    while seen is not None:
        if isinstance(seen, typer.Exit) and seen.exit_code == 130:
            return True
        seen = seen.__context__
    return False


if __name__ == "__main__":
    main()
