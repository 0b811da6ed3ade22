"""Statistics: invitations per week stacked by decision/verdict, and pattern timelines."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from linkvet.core.dates import parse_iso
from linkvet.core.models import Pattern
from linkvet.core.safe_text import inert
from linkvet.core.triage import InvitationView, Workspace
from linkvet.tui.widgets.palette import tone
from linkvet.tui.widgets.render import owner_name
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Sparkline, Static
from textual.widgets.option_list import Option

# (category, glyph, palette role (None: dim), legend)
CATEGORIES: tuple[tuple[str, str, str | None, str], ...] = (
    ("accept", "█", "good", "accepted"),
    ("decline", "█", "bad", "declined"),
    ("ask", "█", "warn", "asked"),
    ("pending:accept", "░", "good", "pending, advice accept"),
    ("pending:decline", "░", "bad", "pending, advice decline"),
    ("pending:ask", "░", "warn", "pending, advice ask"),
    ("pending:", "░", None, "pending, no advice"),
)
WEEKS_SHOWN = 16
BAR_WIDTH = 40


def category(view: InvitationView) -> str:
    """Decided invitations by decision, pending ones by recommended verdict."""
    if view.state.decision != "pending":
        return view.state.decision
    return "pending:" + (view.verdict.verdict if view.verdict else "")


def week_of(sent_at: str | None) -> str | None:
    """ISO week label (2025-W07) of a timestamp."""
    when = parse_iso(sent_at)
    if when is None:
        return None
    year, week, _ = when.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_counts(views: list[InvitationView]) -> dict[str, Counter[str]]:
    """Week label -> counts per category, oldest week first, the last WEEKS_SHOWN weeks."""
    weeks: dict[str, Counter[str]] = defaultdict(Counter)
    for view in views:
        label = week_of(view.invitation.sent_at)
        if label is not None:
            weeks[label][category(view)] += 1
    return {k: weeks[k] for k in sorted(weeks)[-WEEKS_SHOWN:]}


def weekly_chart(weeks: dict[str, Counter[str]]) -> Text:
    """A stacked horizontal bar per week, with a legend."""
    out = Text()
    if not weeks:
        out.append("No dated invitations yet.", style="dim")
        return out
    peak = max(sum(c.values()) for c in weeks.values()) or 1
    for label, counts in weeks.items():
        total = sum(counts.values())
        out.append(f"{label} ", style="bold")
        for cat, glyph, role, _ in CATEGORIES:
            n = counts.get(cat, 0)
            if n:
                out.append(glyph * max(1, round(n * BAR_WIDTH / peak)), style=tone(role))
        out.append(f" {total}\n", style="dim")
    out.append("\n")
    for _, glyph, role, legend in CATEGORIES:
        out.append(glyph, style=tone(role))
        out.append(f" {legend}  ")
    return out


def summary_text(stats: dict[str, object]) -> Text:
    """The headline counts from Workspace.stats()."""
    out = Text()
    out.append(f"{stats.get('invitations', 0)} invitations", style="bold")
    out.append(
        f" · {stats.get('contacts', 0)} contacts · {stats.get('owners', 0)} owners"
        f" · {stats.get('patterns', 0)} patterns"
        f" · {stats.get('decisions_recorded', 0)} decisions recorded\n"
    )
    for key, title in (("by_status", "status"), ("by_verdict", "advice (pending)")):
        counts = stats.get(key) or {}
        assert isinstance(counts, dict)
        out.append(f"{title}: ", style="dim")
        out.append(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none")
        out.append("\n")
    return out


def pattern_label(pattern: Pattern) -> Text:
    """One option line: kind, size, company or sender."""
    text = Text(f"{pattern.kind:<9}", style=tone("bad", "bold"))
    text.append(f"{len(pattern.members):>3} ")
    text.append(inert(pattern.company or pattern.sender or ""))
    return text


def timeline_text(pattern: Pattern, workspace: Workspace) -> Text:
    """Which owners the pattern's sender(s) reached, and when, oldest first."""
    rows: list[tuple[str, str, str, str]] = []
    for member in pattern.members:
        try:
            view = workspace.view(member)
        except KeyError:
            continue
        when = view.invitation.sent_at or ""
        rows.append((when, owner_name(view), view.invitation.sender.label, view.status))
    rows.sort()
    out = Text()
    out.append(f"{pattern.kind} · {len(pattern.members)} invitations", style="bold")
    if pattern.company:
        out.append(" · " + inert(pattern.company))
    out.append("\n")
    for ev in pattern.evidence:
        out.append("  " + inert(ev) + "\n", style="dim")
    out.append("\n")
    last_day: date | None = None
    for when, owner, sender, status in rows:
        moment = parse_iso(when)
        day = moment.date() if moment else None
        stamp = moment.strftime("%Y-%m-%d %H:%M") if moment else "?"
        if last_day is not None and day is not None and (day - last_day).days > 1:
            out.append(f"  ┊ {(day - last_day).days} days\n", style="dim")
        last_day = day or last_day
        out.append(f"{stamp} ", style="dim")
        out.append("● ", style=tone("bad", "bold"))
        out.append(inert(sender), style="bold")
        out.append(" → ")
        out.append(inert(owner))
        out.append(f"  ({status})\n", style="dim")
    return out


class StatsScreen(Screen[None]):
    """Counts, a weekly chart and a timeline per mass-invite pattern; escape returns."""

    CSS_PATH = "stats.tcss"
    BINDINGS = [Binding("escape,q,t", "close", "Back", id="stats.close")]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        views = self.workspace.views()
        weeks = weekly_counts(views)
        with VerticalScroll(id="stats-top"):
            yield Static(summary_text(self.workspace.stats()), id="stats-summary")
            yield Static(Text("Invitations per week", style="bold underline"))
            yield Sparkline([float(sum(c.values())) for c in weeks.values()], id="stats-spark")
            yield Static(weekly_chart(weeks), id="stats-chart")
        with Horizontal(id="stats-patterns"):
            with Vertical(id="pattern-list-box"):
                yield Static(Text("Patterns", style="bold underline"))
                patterns = sorted(
                    self.workspace.patterns(), key=lambda p: (-p.severity, -len(p.members))
                )
                yield OptionList(
                    *[Option(pattern_label(p), id=p.id) for p in patterns], id="pattern-list"
                )
            with VerticalScroll(id="timeline-box"):
                yield Static(Text("Pick a pattern to see its timeline", style="dim"), id="timeline")
        yield Footer()

    @on(OptionList.OptionHighlighted, "#pattern-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        pattern = next((p for p in self.workspace.patterns() if p.id == event.option.id), None)
        if pattern is not None:
            self.query_one("#timeline", Static).update(timeline_text(pattern, self.workspace))

    def action_close(self) -> None:
        self.dismiss(None)
