"""Turn invitation views into rich Text for the list, detail and checklist panes.

Every string that comes from an export (names, headlines, notes, evidence) goes through
`core.safe_text.inert` and into a `Text` object, never into markup, so `[/]`, `[bold]` or
escape sequences in a sender's name render literally and cannot break the screen. Colours
come from the theme (tui.widgets.palette roles), never fixed ANSI names.
"""

from __future__ import annotations

from datetime import datetime

from linkvet.core.dates import aware, parse_iso
from linkvet.core.models import CHECK_IDS, Match
from linkvet.core.safe_text import inert
from linkvet.core.triage import InvitationView
from linkvet.tui.widgets.palette import tone
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.segment import Segment
from rich.text import Text

# glyph and palette role (None: dim) of each decision, verdict and check state
DECISION_GLYPH: dict[str, tuple[str, str | None]] = {
    "accept": ("✔", "good"),
    "decline": ("✘", "bad"),
    "ask": ("?", "warn"),
    "pending": ("·", None),
}
VERDICT_ROLE: dict[str, str] = {"accept": "good", "decline": "bad", "ask": "warn"}
VERDICT_SHORT: dict[str, str] = {"accept": "acc", "decline": "dec", "ask": "ask"}
CHECK_GLYPH: dict[str, tuple[str, str]] = {
    "pass": ("✔", "good"),
    "fail": ("✘", "bad"),
    "unknown": ("?", "warn"),
}
CHECK_TITLES: dict[str, str] = {
    "known": "do I know them?",
    "note": "personal note?",
    "network_tap": "not just after my network?",
    "two_way": "value both ways?",
    "quality": "not an open networker?",
    "mass_invite": "not a mass invite?",
    "rapport": "dialogue exchanged?",
}
FLAG_LETTERS: dict[str, tuple[str, str]] = {
    "known": ("K", "good"),
    "mass_invite": ("M", "bad"),
    "recruiter": ("R", "other"),
    "open_networker": ("O", "warn"),
    "duplicate_profile": ("D", "info"),
}


class SortText(Text):
    """A list cell that also carries its invitation id (DataTable.sort passes cells only)."""

    inv_id: str = ""


def safe(text: str | None, style: str = "") -> Text:
    """Untrusted text as an inert, literal Text (never parsed as markup)."""
    return Text(inert(text), style=style, no_wrap=True, overflow="ellipsis")


def age(sent_at: str | None, now: datetime) -> str:
    """Compact age of an invitation: 5h, 3d, 2w, 4mo, 2y."""
    when = parse_iso(sent_at)
    if when is None:
        return "?"
    seconds = max(0.0, (aware(now) - when).total_seconds())  # naive means UTC on both sides
    days = seconds / 86400
    if days < 1:
        return f"{int(seconds // 3600)}h"
    if days < 14:
        return f"{int(days)}d"
    if days < 60:
        return f"{int(days // 7)}w"
    if days < 730:
        return f"{int(days // 30)}mo"
    return f"{int(days // 365)}y"


def mark_cell(view: InvitationView, selected: bool) -> Text:
    """Selection dot plus the decision glyph."""
    glyph, role = DECISION_GLYPH.get(view.state.decision, ("·", None))
    text = Text("●" if selected else " ", style=tone("info", "bold"))
    text.append(glyph, style=tone(role, "bold") if role else "dim")
    return text


def verdict_cell(view: InvitationView) -> Text:
    """Short recommended verdict, coloured."""
    if view.verdict is None:
        return Text("—", style="dim")
    word = view.verdict.verdict
    role = VERDICT_ROLE.get(word)
    return Text(VERDICT_SHORT.get(word, word[:3]), style=tone(role) if role else "")


def flags_cell(view: InvitationView) -> Text:
    """One letter per flag (K known, M mass invite, R recruiter, O open networker, D dup)."""
    text = Text(no_wrap=True)
    for flag in view.flags:
        if flag in FLAG_LETTERS:
            letter, role = FLAG_LETTERS[flag]
            text.append(letter, style=tone(role))
    return text


def about(view: InvitationView) -> str:
    """The sender's headline, else their company."""
    sender = view.invitation.sender
    return sender.headline or sender.company or ""


def owner_name(view: InvitationView) -> str:
    """Who received the invitation (team mode)."""
    if view.owner is not None:
        return view.owner.name
    return view.invitation.recipient.name or view.invitation.owner_id


def row_cells(view: InvitationView, now: datetime, selected: bool, team: bool) -> tuple[Text, ...]:
    """The cells of one list row, in column order (owner only in team mode)."""
    sender = view.invitation.sender
    age_text = SortText(age(view.invitation.sent_at, now), style="dim")
    age_text.inv_id = view.id
    cells: list[Text] = [
        mark_cell(view, selected),
        verdict_cell(view),
        safe(sender.label, "bold" if view.state.decision == "pending" else ""),
        safe(about(view), "dim"),
    ]
    if team:
        cells.append(safe(owner_name(view)))
    cells.extend([flags_cell(view), age_text])
    return tuple(cells)


def _section(out: Text, title: str) -> None:
    out.append("\n")
    out.append(title, style="bold underline")
    out.append("\n")


def _line(out: Text, text: str, style: str = "", indent: str = "  ") -> None:
    out.append(indent)
    out.append(inert(text), style=style)
    out.append("\n")


def detail_text(view: InvitationView, team: bool = False) -> Text:
    """Sender, link, note, who they are to you, patterns, dialogue, history."""
    inv = view.invitation
    sender = inv.sender
    out = Text()
    out.append(inert(sender.label), style="bold")
    out.append(f"   {view.status}", style="italic")
    if view.state.decision != "pending":
        out.append(f" (decided: {view.state.decision})", style="italic")
    out.append("\n")
    if sender.profile_url:
        out.append(inert(sender.profile_url), style="underline")
        out.append("\n")
    for label, value in (("Headline", sender.headline), ("Company", sender.company)):
        if value:
            out.append(f"{label}: ", style="dim")
            out.append(inert(value))
            out.append("\n")
    received = inv.sent_at_raw or inv.sent_at or "?"
    out.append("Received: ", style="dim")
    out.append(inert(received))
    if team or view.owner is not None:
        out.append(" by ", style="dim")
        out.append(inert(owner_name(view)))
    if inv.mutual_connections is not None:
        out.append(f"   mutual connections: {inv.mutual_connections}", style="dim")
    out.append("\n")
    flags = [f.replace("_", " ") for f in view.flags]
    if flags:
        out.append("Flags: ", style="dim")
        out.append(", ".join(flags), style="bold")
        out.append("\n")

    _section(out, "Note")
    if inv.message.strip():
        for para in inert(inv.message, keep_newlines=True).splitlines() or [""]:
            _line(out, para)
    else:
        _line(out, "(no note)", "dim")

    _section(out, "Who they are to you")
    match = view.match
    if match.known_contact is not None:
        _match_line(out, match.known_contact, "✔ known: ", tone("good"))
    for cand in match.candidates:
        _match_line(out, cand, "? maybe: ", tone("warn"))
    if match.known_contact is None and not match.candidates:
        _line(out, "nobody you know matches this sender", "dim")
    if match.ambiguous:
        _line(out, "two contacts tie: not linked automatically", tone("warn"))
    for flag in match.flags:
        _line(out, f"! {flag.replace('_', ' ')}", tone("warn"))

    if view.patterns:
        _section(out, "Patterns")
        for pattern in view.patterns:
            head = f"{pattern.kind} ({len(pattern.members)} invitations"
            head += f", {pattern.company})" if pattern.company else ")"
            _line(out, head, tone("bad", "bold"))
            for ev in pattern.evidence:
                _line(out, ev, "", "    ")

    _section(out, "Dialogue")
    conv = view.conversation
    if conv is None:
        _line(out, "no messages exchanged", "dim")
    else:
        _line(out, f"{conv.sent} sent, {conv.received} received")
        if conv.last_at:
            _line(out, f"last message {conv.last_at}", "dim")
    if view.prior:
        _line(
            out,
            f"earlier you chose {view.prior.get('decision')} for this person "
            f"({view.prior.get('at')})",
            tone("warn"),
        )
    if view.state.reply_note:
        _line(out, f"reply: {view.state.reply_note}", tone("info"))
    if view.state.snooze_until:
        _line(out, f"snoozed until {view.state.snooze_until}", "dim")

    if view.state.history:
        _section(out, "History")
        for event in view.state.history[-8:]:
            what: str = event.kind
            if event.kind == "override":
                what = f"check {event.check} → {event.after}"
            elif event.kind in ("decision", "snooze"):
                what = f"{event.kind} {event.before or ''} → {event.after}"
            _line(out, f"{event.at}  {what}", "dim")
    out.rstrip()
    return out


def _match_line(out: Text, match: Match, prefix: str, style: str) -> None:
    out.append("  ")
    out.append(prefix, style=style)
    out.append(inert(match.name), style="bold")
    if match.company:
        out.append(" · " + inert(match.company))
    out.append(f"  ({inert(match.source)}, score {match.score}, {match.confidence})", style="dim")
    out.append("\n")
    if match.evidence:
        out.append("      ")
        out.append(inert(", ".join(match.evidence)), style="dim")
        out.append("\n")


class Hanging:
    """`head`, then `body` wrapped to the width left beside it, continuation lines indented
    under the body. Looks like a Table.grid row but renders without measuring every cell
    (the grid made each checklist redraw cost ~9 ms, a fifth of a decision's budget)."""

    def __init__(self, head: Text, body: Text) -> None:
        self.head = head
        self.body = body

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = self.head.cell_len
        width = max(1, options.max_width - indent)
        lines = self.body.wrap(console, width, justify="left", overflow="ellipsis")
        blank = Segment(" " * indent)
        for number, line in enumerate(lines):
            if number == 0:
                yield from self.head.render(console)
            else:
                yield blank
            yield from line.render(console)
            yield Segment.line()


def verdict_lines(view: InvitationView) -> list[Text | Hanging]:
    """The recommendation with its confidence, then one line per reason (wrapped under
    itself): the first lines of the checks pane, in sight at 80x24 without scrolling."""
    head = Text()
    verdict = view.verdict
    if verdict is None:
        head.append("No recommendation", style="dim")
        if view.status in ("done", "gone", "accepted"):
            head.append(f" ({view.status} on LinkedIn)", style="dim")
        return [head]
    head.append("Recommend: ", style="bold")
    role = VERDICT_ROLE.get(verdict.verdict)
    head.append(verdict.verdict.upper(), style=tone(role, "bold") if role else "bold")
    head.append(f"  ({verdict.confidence:.0%})", style="dim")
    return [head, *(Hanging(Text("· "), Text(inert(r))) for r in verdict.reasons)]


def checks_text(view: InvitationView) -> Group:
    """The verdict with its reasons, then the seven checks (key, state, evidence, manual
    tick)."""
    rows: list[Hanging] = []
    by_id = {c.id: c for c in view.checks}
    for number, check_id in enumerate(CHECK_IDS, start=1):
        check = by_id.get(check_id)
        state = check.state if check else "unknown"
        glyph, role = CHECK_GLYPH.get(state, ("?", "warn"))
        body = Text(check_id, style="bold")
        body.append(f" {CHECK_TITLES.get(check_id, '')}", style="dim")
        if check and check.manual:
            body.append("  ✎ manual", style=tone("info"))
        if check and check.evidence:
            body.append("\n")
            body.append(inert("; ".join(check.evidence)), style="dim")
        head = Text()
        head.append(str(number), style="dim")
        head.append(" ")
        head.append(glyph, style=tone(role, "bold"))
        head.append(" ")
        rows.append(Hanging(head, body))
    return Group(*verdict_lines(view), Text(""), *rows)
