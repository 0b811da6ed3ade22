"""messages.csv eras: directions, sponsored/draft exclusion, note echo, multi-line 2026."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkvet.core.importers import InputError, read_sources

from tests.importers.data import INVITATIONS_2024, MESSAGES_2018, MESSAGES_2024, MESSAGES_2026


def _convs(batch):
    return {c.counterpart_name: c for c in batch.conversations}


def test_2024_counts_sponsored_drafts_and_echo(write) -> None:
    batch = read_sources(
        [write("Invitations.csv", INVITATIONS_2024), write("messages.csv", MESSAGES_2024)]
    )
    summary = next(f for f in batch.files if f.kind == "messages")
    assert "3 sponsored/InMail messages excluded" in summary.notes
    assert "1 draft messages skipped" in summary.notes
    convs = _convs(batch)
    assert set(convs) == {"Mallory Stranger", "Ann One", "Ben Two"}
    mallory = convs["Mallory Stranger"]
    assert (mallory.sent, mallory.received) == (1, 2)
    # the accepted invitation's note comes back as the first message: kept as first_text
    assert mallory.first_text == "Hi Olivia, let's connect!"
    assert mallory.first_direction == "in"
    assert [e[1] for e in mallory.events] == ["in", "out", "in"]
    assert mallory.events[0][0] == "2024-03-13T04:00:00+00:00"
    assert mallory.counterpart_url == "https://www.linkedin.com/in/mallory-s"
    assert convs["Ben Two"].counterpart_url == "https://www.linkedin.com/in/ben-two"
    assert (convs["Ann One"].sent, convs["Ann One"].received) == (1, 0)
    correspondents = {c.name for c in batch.contacts if c.source == "correspondent"}
    assert correspondents == {"Mallory Stranger", "Ann One", "Ben Two"}
    assert "LinkedIn Member" not in correspondents


def test_2026_fully_quoted_multiline_and_row_problem_line(write) -> None:
    batch = read_sources([write("messages.csv", MESSAGES_2026)], owner_name="Olivia Owner")
    (summary,) = batch.files
    (zed,) = batch.conversations
    assert zed.first_text == "First line\nsecond line\n\nthird"
    assert (zed.sent, zed.received) == (1, 1)
    # header 1, row 1 spans lines 2-5, row 2 is line 6, the bad row is line 7
    assert [(p.line, p.reason) for p in summary.problems] == [(7, "unreadable DATE 'not a date'")]


def test_owner_inferred_from_messages_alone(write) -> None:
    second = (
        '"c2","","Amy Bee","https://www.linkedin.com/in/amy","Olivia Owner",'
        '"https://www.linkedin.com/in/olivia-owner","2026-01-05 10:00:00 UTC","","Hi","INBOX",""\n'
    )
    batch = read_sources([write("messages.csv", MESSAGES_2026 + second)])
    assert batch.owners[0].name == "Olivia Owner"
    assert batch.owners[0].profile_url == "https://www.linkedin.com/in/olivia-owner"
    assert {c.counterpart_name for c in batch.conversations} == {"Zed Zero", "Amy Bee"}


def test_single_conversation_owner_is_ambiguous(write) -> None:
    path = write("messages.csv", MESSAGES_2026)
    with pytest.raises(InputError, match="--owner"):
        read_sources([path])


def test_2018_messages_direction_column(write) -> None:
    batch = read_sources([write("Messages.csv", MESSAGES_2018)], owner_name="Olivia Owner")
    (ada,) = batch.conversations
    assert ada.counterpart_name == "Ada Lovelace"
    assert (ada.sent, ada.received, ada.first_direction) == (1, 1, "out")


def test_url_less_rows_join_the_same_conversation(write) -> None:
    text = (
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT,FOLDER\n"
        "c,Pat Q,https://www.linkedin.com/in/pat-q,Olivia Owner,2022-01-01 00:00:00 UTC,hi,INBOX\n"
        "c,Olivia Owner,https://www.linkedin.com/in/olivia-owner,Pat Q,"
        "2022-01-02 00:00:00 UTC,yo,INBOX\n"
    )
    batch = read_sources([write("messages.csv", text)], owner_name="Olivia Owner")
    (pat,) = batch.conversations
    assert (pat.sent, pat.received, pat.counterpart_url) == (
        1,
        1,
        "https://www.linkedin.com/in/pat-q",
    )


def test_huge_field_is_a_row_problem(write) -> None:
    big = "x" * (1024 * 1024 + 10)
    text = (
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT,FOLDER\n"
        f"c,Pat Q,,Olivia Owner,2022-01-01 00:00:00 UTC,{big},INBOX\n"
        "c,Pat Q,,Olivia Owner,2022-01-02 00:00:00 UTC,fine,INBOX\n"
    )
    batch = read_sources([write("messages.csv", text)], owner_name="Olivia Owner")
    assert [(p.line, p.reason) for p in batch.files[0].problems] == [
        (2, "field larger than 1 MiB (the cell cap)")
    ]
    assert batch.conversations[0].received == 1


def test_group_messages_keep_names_as_written_and_recipient_urls_clean(write) -> None:
    """A group message first (its names cannot be paired with its URLs), then the person's
    own: the conversation is labelled with the name as written, and a recipient URL with a
    locale host and a tracking query is stored in its clean form."""
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
    )
    amy, zed = "https://www.linkedin.com/in/amy-bee", "https://de.linkedin.com/in/Zed-Zero/?trk=x"
    rows = (
        f'g1,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"Team",'
        f'"{amy}, https://www.linkedin.com/in/cy-dee",2024-03-01 10:00:00 UTC,,Hello all,SENT\n'
        f"c1,,Amy Bee,{amy},Olivia Owner,https://www.linkedin.com/in/olivia-owner,"
        "2024-03-02 10:00:00 UTC,,Hi Olivia,INBOX\n"
        f"c2,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,Zed Zero,{zed},"
        "2024-03-03 10:00:00 UTC,,Hi Zed,SENT\n"
    )
    batch = read_sources([write("messages.csv", header + rows)], owner_name="Olivia Owner")
    convs = _convs(batch)
    assert "Amy Bee" in convs and "amy bee" not in convs
    assert convs["Zed Zero"].counterpart_url == "https://www.linkedin.com/in/zed-zero"


def test_linkedin_notices_without_a_sender_are_skipped_not_refused(write) -> None:
    text = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
        "c1,,,,,2020-11-20 07:07:40 UTC,,Message request accepted,INBOX\n"
        "c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Olivia Owner,2020-11-20 08:00:00 UTC,,"
        "Hello!,INBOX\n"
    )
    batch = read_sources([write("messages.csv", text)], owner_name="Olivia Owner")
    (summary,) = batch.files
    assert summary.problems == [] and summary.imported == 1
    assert "1 LinkedIn notices without a sender (not dialogue) skipped" in summary.notes


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["https://a", "http://b", "x", " ", " ", ",", "\t"]),
                max_size=14).map("".join))  # fmt: skip
def test_linear_recipient_url_split_splits_as_before(text: str) -> None:
    """The split entered runs of spaces anywhere (quadratic on a cell of spaces)."""
    from linkvet.core.importers import messages

    old = re.split(r"\s*,\s*(?=https?://)", text)
    assert messages._URL_SPLIT.split(text) == old
