"""Connections.csv eras, ghost rows, Excel re-saves."""

from __future__ import annotations

from linkvet.core.identity import name_key, person_key, short_id
from linkvet.core.importers import read_sources
from linkvet.core.ingest import merge

from tests.importers.data import (
    CONNECTIONS_2018,
    CONNECTIONS_2021,
    CONNECTIONS_2024,
    INVITATIONS_2024,
)
from tests.importers.helpers import imported


def _connections(batch):
    return {c.name: c for c in batch.contacts if c.source == "connection"}


def test_2024_with_preamble_ghosts_and_quoted_commas(write) -> None:
    batch = read_sources([write("Connections.csv", CONNECTIONS_2024)], owner_name="Olivia Owner")
    (summary,) = batch.files
    assert summary.kind == "connections"
    assert (summary.rows_read, summary.imported, summary.skipped) == (5, 3, 2)
    assert summary.notes == ["2 hidden members (empty rows) skipped"]
    conns = _connections(batch)
    assert set(conns) == {"Ada Lovelace", "Grace  Hopper", "Doe, MBA Jane"}
    grace = conns["Grace  Hopper"]
    assert grace.profile_url == "https://www.linkedin.com/in/graceé-hopper"
    assert grace.emails == ["grace@navy.mil"]
    assert (grace.company, grace.title, grace.connected_on) == ("US Navy", "Admiral", "2024-01-01")
    assert batch.owners[0].has_connections is True
    # ids are given when rows meet the store: one per profile URL, stable across versions
    stored = {
        c.name: c
        for c in imported(
            [write("C.csv", CONNECTIONS_2024)], owner_name="Olivia Owner"
        ).contacts.values()
    }
    owner_id = short_id("owner", name_key("Olivia Owner"), length=6)
    assert stored["Grace  Hopper"].id == short_id(
        "contact", owner_id, "connection", person_key(grace.name, grace.profile_url)
    )


def test_2021_without_url_and_2018_without_preamble(write) -> None:
    for text, day in ((CONNECTIONS_2021, "2021-02-08"), (CONNECTIONS_2018, "2018-08-18")):
        batch = read_sources([write("Connections.csv", text)], owner_name="O")
        ada = _connections(batch)["Ada Lovelace"]
        assert ada.profile_url is None and ada.connected_on == day


def test_excel_resave_semicolons_bom_crlf_notes_commas(write) -> None:
    text = (
        "Notes:,,,,\r\n"
        '"When exporting your connection data...",,,,\r\n'
        ",,,,\r\n"
        "First Name;Last Name;URL;Company;Connected On\r\n"
        "Ada;Lovelace;https://www.linkedin.com/in/ada-lovelace-1a2b;Engines;13-Mar-24\r\n"
        "Grace;Hopper;;Navy;16.09.2021\r\n"
        "Alan;Turing;;;11/28/21\r\n"
    )
    path = write("Connections.csv", b"\xef\xbb\xbf" + text.encode())
    batch = read_sources([path], owner_name="O")
    conns = _connections(batch)
    assert {n: c.connected_on for n, c in conns.items()} == {
        "Ada Lovelace": "2024-03-13",
        "Grace Hopper": "2021-09-16",
        "Alan Turing": "2021-11-28",
    }
    assert conns["Ada Lovelace"].company == "Engines"


def test_unreadable_connected_on_keeps_connection(write) -> None:
    text = "First Name,Last Name,Connected On\nAda,Lovelace,sometime\n"
    batch = read_sources([write("Connections.csv", text)], owner_name="O")
    assert _connections(batch)["Ada Lovelace"].connected_on is None
    assert "unreadable Connected On" in batch.files[0].notes[0]


def test_one_connection_per_profile_url(write) -> None:
    twice = (
        CONNECTIONS_2024
        + "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-1a2b,,,,09 Feb 2024\n"
    )
    result = imported([write("Connections.csv", twice), write("Invitations.csv", INVITATIONS_2024)])
    names = [c.name for c in result.contacts.values() if c.source == "connection"]
    assert names.count("Ada Lovelace") == 1


def test_same_name_connections_without_urls_stay_apart(write) -> None:
    """A 2021 export (no URL column) listing two people of the same name: two connections,
    also after importing the same file again."""
    text = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Vivek,Sharma,,Acme,Engineer,01 Feb 2020\n"
        "Vivek,Sharma,,Globex,Designer,05 Mar 2020\n"
        "Vivek,Sharma,,Initech,Analyst,05 Mar 2020\n"
    )
    path = write("Connections.csv", text)
    first = imported([path], owner_name="O")
    people = sorted(c.company for c in first.contacts.values() if c.source == "connection")
    assert people == ["Acme", "Globex", "Initech"]
    again = merge(
        read_sources([path], owner_name="O"), first.owners, {}, list(first.contacts.values()), {}
    )
    assert again.contacts == first.contacts


def test_short_row_reads_missing_cells_as_empty(write) -> None:
    text = "First Name,Last Name,URL,Connected On\nAda\n Grace ,Hopper\n"
    batch = read_sources([write("Connections.csv", text)], owner_name="O")
    conns = _connections(batch)
    assert set(conns) == {"Ada", "Grace  Hopper"}
    assert conns["Ada"].connected_on is None and conns["Ada"].profile_url is None
