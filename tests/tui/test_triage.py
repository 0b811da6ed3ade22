"""Pilot tests: every key path of the triage screen, checked on widgets and in the store."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from linkvet.core.triage import Workspace
from linkvet.core.triage.actions import action_items
from linkvet.tui.app import make_app
from linkvet.tui.screens.ask import AskScreen
from linkvet.tui.screens.prompt import PromptScreen
from linkvet.tui.screens.triage import TriageScreen
from linkvet.tui.widgets.queue_table import QueueTable
from rich.console import Console
from rich.text import Text
from textual import events

from tests.tui.conftest import fresh_states, ready
from tests.tui.fixtures import HOSTILE, NOW, workspace

SIZE = (120, 40)


def text_of(app: object, selector: str) -> str:
    """The plain text a Static currently shows (Text or any rich renderable)."""
    widget = app.screen.query_one(selector)  # type: ignore[attr-defined]
    content = widget.shown if hasattr(widget, "shown") else widget.content
    if isinstance(content, Text):
        return content.plain
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(content)
    return console.export_text()


def row_texts(table: QueueTable, inv_id: str) -> list[str]:
    return [cell.plain if isinstance(cell, Text) else str(cell) for cell in table.get_row(inv_id)]


def triage(app: object) -> TriageScreen:
    return app.triage  # type: ignore[attr-defined,no-any-return]


async def test_loads_queue_rows_detail_and_progress(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        assert table.visible_ids() == [v.id for v in ws.queue()]
        assert table.current_id() == "i01"
        assert "Alice Known" in text_of(app, "#detail")
        assert "known: Alice Known" in text_of(app, "#detail")
        assert "0 of 8 decided" in text_of(app, "#status")
        assert "1 known" in text_of(app, "#checks").replace("✔ ", "").replace("✘ ", "")


async def test_vim_keys_move_cursor_and_panes_follow(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        await pilot.press("j", "j")
        assert table.current_id() == "i03"
        assert "Rex Recruiter" in text_of(app, "#detail")
        assert "fanout" in text_of(app, "#detail")  # the pattern and its evidence
        assert "invited 2 people" in text_of(app, "#detail")
        await pilot.press("k")
        assert table.current_id() == "i02"
        await pilot.press("G")
        assert table.current_id() == "i08"
        assert "Dave Older" in text_of(app, "#detail")
        await pilot.press("g")
        assert table.current_id() == "i01"
        await pilot.press("down", "pagedown")
        assert table.cursor_row > 1


async def test_accept_is_durable_shown_and_cursor_advances(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        await pilot.press("a")
        assert fresh_states(db)["i01"].decision == "accept"
        assert "✔" in row_texts(table, "i01")[0]
        assert table.current_id() == "i02"
        assert "1 of 8 decided" in text_of(app, "#status")
        await pilot.press("d")
        assert fresh_states(db)["i02"].decision == "decline"
        assert "✘" in row_texts(table, "i02")[0]
        # back to pending on a decided row: the cursor stays
        await pilot.press("k", "p")
        assert fresh_states(db)["i02"].decision == "pending"
        assert table.current_id() == "i02"
        assert "1 of 8 decided" in text_of(app, "#status")  # the count follows both ways


async def test_cursor_skips_decided_rows(ws: Workspace) -> None:
    ws.decide(["i02", "i03"], "decline")
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        assert table.current_id() == "i01"
        await pilot.press("a")
        assert table.current_id() == "i04"


async def test_undo_is_repeatable(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        await pilot.press("a", "d")
        states = fresh_states(db)
        assert (states["i01"].decision, states["i02"].decision) == ("accept", "decline")
        await pilot.press("u")
        assert fresh_states(db)["i02"].decision == "pending"
        assert table.current_id() == "i02"
        assert "·" in row_texts(table, "i02")[0]
        assert "1 of 8 decided" in text_of(app, "#status")
        assert "undid decision on 1 invitation" in text_of(app, "#status")
        assert app.screen._shown_id == "i02"  # the panes show the row undone
        await pilot.press("u")
        assert fresh_states(db)["i01"].decision == "pending"
        assert "0 of 8 decided" in text_of(app, "#status")
        await pilot.press("d")  # the next decision replaces the undo note
        assert "undid" not in text_of(app, "#status")
        await pilot.press("u")
        await pilot.press("u")  # nothing left: no crash, nothing changes
        assert all(s.decision == "pending" for s in fresh_states(db).values())


async def test_bulk_selection_is_one_undo_step(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        await pilot.press("j", "space", "space")  # selects i02, i03
        assert triage(app).selected == {"i02", "i03"}
        assert "●" in row_texts(table, "i02")[0]
        assert "2 selected" in text_of(app, "#status")
        await pilot.press("d")
        states = fresh_states(db)
        assert states["i02"].decision == states["i03"].decision == "decline"
        assert "i01" not in states
        batch = {e.batch for e in states["i02"].history} | {e.batch for e in states["i03"].history}
        assert len(batch) == 1 and None not in batch
        assert triage(app).selected == set()
        await pilot.press("u")
        states = fresh_states(db)
        assert states["i02"].decision == states["i03"].decision == "pending"


async def test_filter_select_all_visible_then_accept(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"recr")
        app.screen.query_one("#filter").value = "recruiter"  # type: ignore[attr-defined]
        await pilot.pause(0.3)
        results = app.screen.query_one("#results", QueueTable)
        assert results.display and not app.screen.query_one("#queue").display
        assert results.visible_ids() == ["i02", "i03"]
        assert "filter: recruiter" in text_of(app, "#status")
        await pilot.press("enter")  # keep the filter, back to the list
        assert app.focused is results
        await pilot.press("asterisk", "a")
        states = fresh_states(db)
        assert states["i02"].decision == states["i03"].decision == "accept"
        assert "i01" not in states
        await pilot.press("escape")
        queue = app.screen.query_one("#queue", QueueTable)
        assert queue.display and not results.display
        assert len(queue.visible_ids()) == 8
        assert "✔" in row_texts(queue, "i03")[0]


async def test_filter_is_fuzzy_and_escape_clears(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"meetup")  # typed: debounced, results as you type
        app.screen.query_one("#filter").value = "meetup yesterday"  # type: ignore[attr-defined]
        await pilot.pause(0.3)
        results = app.screen.query_one("#results", QueueTable)
        assert results.visible_ids() == ["i01"]  # matched in the note
        await pilot.press("escape")
        assert not results.display
        await pilot.press("slash")
        app.screen.query_one("#filter").value = "Rex Recrutier"  # type: ignore[attr-defined]
        await pilot.pause(0.3)
        assert set(results.visible_ids()) >= {"i02", "i03"}


async def test_enter_takes_the_recommendation(ws: Workspace, db: Path) -> None:
    verdicts = {v.id: v.verdict.verdict for v in ws.queue() if v.verdict}
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        assert fresh_states(db)["i01"].decision == verdicts["i01"]
        table = app.screen.query_one("#queue", QueueTable)
        await pilot.press("G")
        assert verdicts["i08"] == "ask"
        await pilot.press("enter")  # an "ask" advice is recorded at once, no dialog
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)
        assert fresh_states(db)["i08"].decision == "ask"
        assert table.current_id() != "i08"


async def test_keys_typed_in_one_burst_act_in_order(ws: Workspace, db: Path) -> None:
    """A terminal hands a fast typist's "j j enter" over in one read. Enter was a priority
    binding and ran before the two moves still queued for the list: it took the advice for
    the first row instead of the third."""
    verdicts = {v.id: v.verdict.verdict for v in ws.queue() if v.verdict}
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first, second, third = app.screen.query_one("#queue", QueueTable).visible_ids()[:3]
        assert verdicts.get(third)  # the third row has advice to take
        for key in ("j", "j", "enter"):  # posted at once, as the driver does for one read
            app.post_message(events.Key(key, "\r" if key == "enter" else key))
        await ready(pilot)
        decided = {i: s.decision for i, s in fresh_states(db).items() if s.decision != "pending"}
        assert decided == {third: verdicts[third]}, (first, second)


async def test_taking_advice_for_many_keeps_hand_decisions_and_is_one_undo(
    ws: Workspace, db: Path
) -> None:
    """`*` then Enter: decisions made by hand are never replaced; the rest is one undo step,
    asks included, and nothing opens a dialog that could leave half of it applied."""
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "a")  # i02 accepted by hand (its advice differs)
        assert fresh_states(db)["i02"].decision == "accept"
        assert ws.view("i02").verdict is not None and ws.view("i02").verdict.verdict != "accept"
        await pilot.press("asterisk", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)
        states = fresh_states(db)
        assert states["i02"].decision == "accept"  # kept
        taken = [i for i, s in states.items() if i != "i02" and s.decision != "pending"]
        assert len(taken) == 7 and any(states[i].decision == "ask" for i in taken)
        batches = {e.batch for i in taken for e in states[i].history}
        assert len(batches) == 1 and None not in batches
        await pilot.press("u")  # one undo step reverts the whole take
        states = fresh_states(db)
        assert all(states[i].decision == "pending" for i in taken)
        assert states["i02"].decision == "accept"


async def test_c_marks_the_decision_carried_out(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("c")  # nothing decided yet: refused, nothing written
        assert "i01" not in fresh_states(db)
        await pilot.press("d", "k", "c")
        state = fresh_states(db)["i01"]
        assert state.decision == "decline" and state.carried_out_at
        assert ws.view("i01").status == "done"
        assert "carried out" in text_of(app, "#status")
        await pilot.press("u")
        assert fresh_states(db)["i01"].carried_out_at is None


async def test_ask_dialog_copies_edited_message_and_saves(ws: Workspace, db: Path) -> None:
    expected = ws.view("i06").ask_message
    assert expected
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.screen.query_one("#queue", QueueTable).go_to("i06")
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        area = app.screen.query_one("#ask-text")
        assert area.text == expected  # type: ignore[attr-defined]
        await pilot.press(*" PS")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, AskScreen)
        assert app.clipboard.endswith(" PS")
        state = fresh_states(db)["i06"]
        assert state.decision == "ask"
        assert state.ask_message == expected + " PS"  # the edited text is what is kept...
        (item,) = [i for i in action_items(ws) if i.id == "i06"]
        assert item.message == expected + " PS"  # ...and what the action list gives to paste


async def test_w_on_a_row_advised_otherwise_uses_the_ask_templates(ws: Workspace) -> None:
    other = next(v for v in ws.queue() if v.verdict and v.verdict.verdict != "ask")
    prepared = other.ask_text()
    assert prepared and other.ask_message is None  # not advised to ask, yet a message exists
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.screen.query_one("#queue", QueueTable).go_to(other.id)
        await pilot.press("w")
        await pilot.pause()
        assert app.screen.query_one("#ask-text").text == prepared  # type: ignore[attr-defined]


async def test_ask_dialog_cancel_saves_nothing(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)
        assert "i01" not in fresh_states(db)


async def test_snooze_hides_until_date_and_undo_restores(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        box = app.screen.query_one("#snooze-date")
        assert box.value == "2025-03-08"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert fresh_states(db)["i01"].snooze_until == "2025-03-08"
        assert "i01" not in queue.rows
        assert "0 of 7 decided" in text_of(app, "#status")
        await pilot.press("u")
        assert fresh_states(db)["i01"].snooze_until is None
        assert "i01" in queue.rows
        assert "0 of 8 decided" in text_of(app, "#status")


async def test_snooze_rejects_a_past_date(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await pilot.pause()
        box = app.screen.query_one("#snooze-date")
        box.value = "2020-01-01"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        assert "after today" in text_of(app, "#prompt-error")
        await pilot.press("escape")
        assert "i01" not in fresh_states(db)


async def test_number_keys_toggle_checks(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("4")
        assert fresh_states(db)["i01"].overrides == {"two_way": "pass"}
        assert "manual" in text_of(app, "#checks")
        await pilot.press("4")
        assert fresh_states(db)["i01"].overrides == {"two_way": "fail"}
        await pilot.press("4")
        assert fresh_states(db)["i01"].overrides == {}
        assert "manual" not in text_of(app, "#checks")


async def test_find_contact_runs_lookup_as_you_type(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        table = app.screen.query_one("#lookup-results")
        box = app.screen.query_one("#lookup-q")
        assert box.value == "Alice Known"  # type: ignore[attr-defined]
        assert table.row_count >= 1  # type: ignore[attr-defined]
        box.value = ""  # type: ignore[attr-defined]
        await pilot.press(*"Robert")
        box.value = "Robert Smith"  # type: ignore[attr-defined]
        await pilot.pause()
        names = [table.get_row_at(n)[1].plain for n in range(table.row_count)]  # type: ignore[attr-defined]
        assert names[0] == "Robert Smith"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)


async def test_contact_index_is_built_before_find_is_opened(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linkvet.core.matching as matching

    built: list[int] = []
    real = matching.ContactIndex

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(matching, "ContactIndex", counting)
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert built == [1]  # by the loader, in the background
        await pilot.press("f")
        await pilot.pause()
        await pilot.press(*"Rob")
        assert app.screen.query_one("#lookup-results").row_count >= 1  # type: ignore[attr-defined]
        assert built == [1]  # typing reuses it


async def test_open_and_copy_profile_link(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    app = make_app(ws)
    # App.open_url, not webbrowser.open: under textual-serve the page opens in the user's browser
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o")
        assert opened == ["https://www.linkedin.com/in/alice-known/"]  # the rebuilt link
        await pilot.press("y")
        assert app.clipboard == "https://www.linkedin.com/in/alice-known/"
        app.screen.query_one("#queue", QueueTable).go_to("i04")  # no profile URL
        await pilot.pause()
        assert app.screen.check_action("open_profile", ()) is None
        await pilot.press("o")
        assert len(opened) == 1


async def test_pane_switching(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.focused is app.screen.query_one("#queue")
        await pilot.press("l")
        assert app.focused is app.screen.query_one("#detail")
        await pilot.press("l")
        assert app.focused is app.screen.query_one("#checks")
        await pilot.press("h", "h")
        assert app.focused is app.screen.query_one("#queue")
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#detail")
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query_one("#queue")


async def test_sort_toggles_between_date_and_advice(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        by_date = queue.visible_ids()
        await pilot.press("v")
        by_advice = queue.visible_ids()
        verdicts = [ws.view(i).verdict.verdict for i in by_advice]  # type: ignore[union-attr]
        order = {"decline": 0, "ask": 1, "accept": 2}
        assert [order[v] for v in verdicts] == sorted(order[v] for v in verdicts)
        assert "sort: advice" in text_of(app, "#status")
        await pilot.press("v")
        assert queue.visible_ids() == by_date


async def test_untrusted_text_renders_literally(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        queue = app.screen.query_one("#queue", QueueTable)
        queue.go_to("i04")
        await pilot.pause()
        sender = row_texts(queue, "i04")[2]
        assert sender.startswith("[/] [bold]x ␛[31mred")
        assert "\x1b" not in sender and "\u202e" not in sender
        detail = text_of(app, "#detail")
        assert "[bold]hi[/] [link=http://x]y[/link]" in detail
        assert "␛]52;c;ZXZpbA==" in detail and "\x1b" not in detail
        assert "[red]Boss[/red]" in detail
        await pilot.press("a", "u", "w")  # decisions and dialogs with that name do not crash
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert HOSTILE not in text_of(app, "#detail")  # raw escapes never reach the screen


async def test_keymap_from_config_remaps_keys(db: Path) -> None:
    ws = workspace(db, keys={"decide.accept": "A", "undo": "z"})
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert "i01" not in fresh_states(db)
        await pilot.press("A")
        assert fresh_states(db)["i01"].decision == "accept"
        await pilot.press("z")
        assert fresh_states(db)["i01"].decision == "pending"


async def test_help_lists_every_binding_with_current_keys(db: Path) -> None:
    from linkvet.tui.commands import COMMANDS
    from linkvet.tui.screens.help import HelpScreen

    ws = workspace(db, keys={"decide.decline": "D"})
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = text_of(app, "#help-text")
        ids = [c.id for c in COMMANDS if c.id]
        assert len(ids) >= 25
        for command in COMMANDS:
            assert command.does in text
            if command.id:
                assert command.id in text
        decline_line = next(line for line in text.splitlines() if "decide.decline" in line)
        assert decline_line.split()[0] == "D"
        for word in ("rec:accept|decline|ask", "flag:", "status:", "to:NAME"):
            assert word in text  # the filter words are listed too
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)


async def test_command_palette_runs_actions(ws: Workspace, db: Path) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Decline")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert fresh_states(db)["i01"].decision == "decline"


async def test_quit_returns_session_summary(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a", "d", "d", "u", "q")
    summary = app.return_value
    assert summary is not None
    assert summary.startswith("linkvet: decided 2 this session (accept 1, decline 1) in 0m")
    assert summary.endswith("2 of 8 decided")


async def test_empty_database_shows_how_to_get_an_export(db: Path) -> None:
    ws = workspace(db, empty=True)
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.screen.query_one("#switcher").current == "empty"  # type: ignore[attr-defined]
        text = text_of(app, "#empty-text")
        assert "Settings & Privacy > Data privacy > Get a copy of your data" in text
        assert "linkvet import PATH" in text
        await pilot.press("a", "u")  # nothing to decide: no crash
        assert app.screen.check_action("decide", ("accept",)) is False  # hidden


async def test_narrow_terminal_stacks_panes(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        queue = screen.query_one("#queue", QueueTable)
        side = screen.query_one("#side")
        assert side.region.y > queue.region.y
        total = sum(c.get_render_width(queue) for c in queue.columns.values())
        assert total <= queue.size.width
        await pilot.press("j", "a")
        assert queue.current_id() == "i03"


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_verdict_and_its_first_reasons_are_in_sight(
    ws: Workspace, size: tuple[int, int]
) -> None:
    """On small terminals the cursor row's recommendation, confidence and first two reasons
    sit in the visible part of the checks pane, without scrolling."""
    view = ws.view("i06")
    assert view.verdict is not None and len(view.verdict.reasons) >= 3
    app = make_app(ws)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        app.screen.query_one("#queue", QueueTable).go_to("i06")
        await pilot.pause()
        pane = app.screen.query_one("#checks")
        assert pane.region.bottom <= size[1] - 1  # above the footer, on screen
        assert pane.scroll_y == 0
        height = pane.scrollable_content_region.height
        visible = " ".join(strip.text for strip in pane.lines[:height])  # type: ignore[attr-defined]
        visible = " ".join(visible.split())
        assert f"Recommend: ASK ({view.verdict.confidence:.0%})" in visible
        for reason in view.verdict.reasons[:2]:
            assert " ".join(reason.split()) in visible.replace("· ", "")


async def test_stats_screen_chart_and_pattern_timeline(ws: Workspace) -> None:
    from linkvet.tui.screens.stats import StatsScreen

    ws.decide(["i01"], "accept")
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        chart = text_of(app, "#stats-chart")
        week = f"{NOW.isocalendar()[0]}-W{NOW.isocalendar()[1]:02d}"
        assert "2025-W0" in chart and "accepted" in chart
        assert week in chart or "2025-W08" in chart
        await pilot.press("tab")
        app.screen.query_one("#pattern-list").focus()
        await pilot.press("down")
        await pilot.pause()
        timeline = text_of(app, "#timeline")
        assert "Rex Recruiter → Dana Whitfield" in timeline
        assert "Rex Recruiter → Lee Okafor" in timeline
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)


async def test_decisions_from_another_process_appear_and_nothing_is_lost(
    ws: Workspace, db: Path
) -> None:
    """TUI + CLI on one database: the CLI's decision shows up; both decisions are kept."""
    from linkvet.core.store import Store

    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        other = Workspace(Store(db), ws.config, clock=lambda: NOW)  # as `linkvet decide` does
        other.decide(["i03"], "decline")
        triage(app)._poll_store()  # what the 2-second timer calls
        await pilot.pause()
        assert "✘" in row_texts(table, "i03")[0]
        await pilot.press("a")  # the TUI's own decision on the cursor row (i01)
        states = fresh_states(db)
        assert states["i03"].decision == "decline"
        assert states["i01"].decision == "accept"
        assert sorted(e.seq for e in Store(db).events()) == [1, 2]


async def test_queue_streams_in_chunks_and_ends_complete(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large queues show a first screenful at once and append the rest in order."""
    import linkvet.tui.screens.triage as triage_module

    monkeypatch.setattr(triage_module, "FIRST_CHUNK", 2)
    monkeypatch.setattr(triage_module, "MORE_CHUNK", 3)
    expected = [v.id for v in ws.queue()]
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        table = app.screen.query_one("#queue", QueueTable)
        assert table.visible_ids() == expected
        assert not triage(app).loading_rows
        assert f"0 of {len(expected)} decided" in text_of(app, "#status")
        await pilot.press("a")
        assert table.current_id() == expected[1]


async def test_decided_row_repaints_with_its_new_mark(ws: Workspace, db: Path) -> None:
    """The screen, not just the table's data, shows the decision (no stale cached cells),
    also for a row the cursor is not on (here decided by another process)."""
    from linkvet.core.store import Store

    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)

        def painted(inv_id: str) -> str:
            y = table.header_height + table.get_row_index(inv_id) - int(table.scroll_offset.y)
            return table.render_line(y).text

        assert "✘" not in painted("i04")  # rendered (and cached) once, cursor elsewhere
        Workspace(Store(db), ws.config, clock=lambda: NOW).decide(["i04"], "decline")
        triage(app)._poll_store()
        await pilot.pause()
        assert table.current_id() != "i04"
        assert "✘" in painted("i04")


async def test_only_the_cursor_row_is_painted_as_the_cursor(ws: Workspace) -> None:
    """Rows away from the cursor share one cache entry wherever the cursor is: moving it
    must still repaint the row it left and the row it reached."""
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        cursor_bg = table.get_component_styles("datatable--cursor").rich_style.bgcolor

        def lit() -> list[str]:
            ids = table.visible_ids()
            lines = [table.render_line(table.header_height + n) for n in range(len(ids))]
            painted = [{seg.style.bgcolor for seg in strip if seg.style} for strip in lines]
            return [i for i, colours in zip(ids, painted, strict=True) if cursor_bg in colours]

        assert lit() == ["i01"]
        await pilot.press("j", "j")
        assert lit() == ["i03"]
        await pilot.press("d")  # decided, then the cursor moves on to the next pending row
        assert lit() == [table.current_id()] and table.current_id() != "i03"
        await pilot.press("k")
        assert lit() == ["i03"]


async def test_a_decision_updates_the_rows_of_the_same_sender(ws: Workspace, db: Path) -> None:
    """Rex invited Dana (i02) and Lee (i03): accepting one changes the advice on the other
    (decision memory), and its row says so at once."""
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        assert row_texts(table, "i03")[1] == "dec"
        await pilot.press("j", "a")
        assert fresh_states(db)["i02"].decision == "accept"
        assert row_texts(table, "i03")[1] == "acc"
        await pilot.press("u")
        assert row_texts(table, "i03")[1] == "dec"


async def test_a_row_with_a_huge_note_and_name_renders_capped(tmp_path: Path) -> None:
    """A 1 MB one-word note and a 1 MB name (issue 19): imported through the CLI, they are
    held to their caps, and the queue and detail pane render the row (the whole note, cut)."""
    from linkvet.core.importers.caps import NAME_CHARS, NOTE_CHARS
    from linkvet.tui.cli import app as cli
    from typer.testing import CliRunner

    source = tmp_path / "Invitations.csv"
    source.write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        f'"Zed {"Q" * 1_000_000}",Olivia Owner,"2/8/24, 7:00 PM","hello{"x" * 1_000_000}",'
        "INCOMING,https://www.linkedin.com/in/zed,https://www.linkedin.com/in/olivia-owner\n",
        encoding="utf-8",
    )
    db = tmp_path / "db"
    done = CliRunner().invoke(cli, ["--db", str(db), "import", str(source)])
    assert done.exit_code == 0, done.output
    ws = Workspace.open(db, tmp_path / "config.toml")
    app = make_app(ws)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.query_one("#queue", QueueTable)
        [row] = table.visible_ids()
        assert any(cell.startswith("Zed QQQ") for cell in row_texts(table, row))
        detail = text_of(app, "#detail")
        assert "Zed QQQ" in detail and "hellox" in detail
        assert detail.count("x") <= NOTE_CHARS + 50  # the note as stored: cut to its cap
        assert max(len(i.sender.name) for i in ws.store.invitations().values()) == NAME_CHARS
