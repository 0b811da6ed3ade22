"""When two invitation rows are the same invitation (core.invitations, docs/IDENTITY.md)."""

from __future__ import annotations

from linkvet.core.invitations import InvitationPool, new_invitation_id
from linkvet.core.models import Invitation, Person

OWNER = Person("Olivia Owner", "https://www.linkedin.com/in/olivia")


def inv(
    name: str, url: str | None, at: str | None, note: str = "", urn: str | None = None
) -> Invitation:
    record = Invitation(
        id="",
        owner_id="o1",
        direction="INCOMING",
        sender=Person(name, url, urn=urn),
        recipient=OWNER,
        sent_at=at,
        sent_at_raw=at or "",
        message=note,
    )
    return record


def _import(pool: InvitationPool, rows: list[Invitation], file_no: int) -> list[str]:
    """Claim or create each row as core.ingest does; returns the ids."""
    ids = []
    for row in rows:
        old = pool.claim(row, file_no)
        if old is None:
            row.id = new_invitation_id(row, pool.ids)
            pool.add(row, file_no)
        else:
            pool.add(old, file_no)
        ids.append(old.id if old else row.id)
    return ids


A = "https://www.linkedin.com/in/ann-1"
B = "https://www.linkedin.com/in/ann-2"
T = "2026-03-12T19:00:00-07:00"


def test_same_name_same_day_other_urls_are_two_invitations() -> None:
    pool = InvitationPool()
    ids = _import(pool, [inv("Ann Lee", A, T), inv("Ann Lee", B, "2026-03-12T21:15:00-07:00")], 1)
    assert len(set(ids)) == 2


def test_same_url_other_minute_is_another_invitation() -> None:
    pool = InvitationPool()
    ids = _import(pool, [inv("Ann Lee", A, T), inv("Ann Lee", A, "2026-04-01T08:00:00-07:00")], 1)
    assert len(set(ids)) == 2


def test_identical_rows_of_one_file_stay_two_and_reimport_adds_nothing() -> None:
    pool = InvitationPool()
    first = _import(pool, [inv("Ann Lee", None, T), inv("Ann Lee", None, T)], 1)
    assert len(set(first)) == 2
    assert _import(pool, [inv("Ann Lee", None, T), inv("Ann Lee", None, T)], 2) == first


def test_a_row_with_a_url_is_the_stored_one_without() -> None:
    pool = InvitationPool()
    (old,) = _import(pool, [inv("Ann Lee", None, T)], 1)  # an older export, no URLs
    assert _import(pool, [inv("Ann Lee", A, T)], 2) == [old]


def test_a_day_only_source_is_the_export_row_of_that_day() -> None:
    pool = InvitationPool()
    (old,) = _import(pool, [inv("Ann Lee", A, T, "Hi Olivia")], 1)
    assert _import(pool, [inv("Ann Lee", A, "2026-03-12T00:00:00-07:00")], 2) == [old]
    assert _import(pool, [inv("Ann Lee", A, "2026-03-13T00:00:00-07:00")], 3) != [old]


def test_contradicting_notes_are_two_invitations() -> None:
    pool = InvitationPool()
    (old,) = _import(pool, [inv("Ann Lee", None, T, "We met at the Seattle meetup")], 1)
    assert _import(pool, [inv("Ann Lee", None, T, "We met at the Seattle meetup.  ")], 2) == [old]
    assert _import(pool, [inv("Ann Lee", None, T, "Buy our leads database")], 3) != [old]


def test_a_renamed_sender_is_found_by_url() -> None:
    pool = InvitationPool()
    (old,) = _import(pool, [inv("Ann Lee", A, T)], 1)
    assert _import(pool, [inv("Ann Lee, MBA", A, T)], 2) == [old]


def test_urns_tell_namesakes_apart() -> None:
    pool = InvitationPool()
    ids = _import(pool, [inv("Ann Lee", None, T, urn="1"), inv("Ann Lee", None, T, urn="2")], 1)
    assert len(set(ids)) == 2
    assert _import(pool, [inv("Ann Lee", None, T, urn="2")], 2) == [ids[1]]
