"""Window and count boundaries: exactly at each limit counts, one second past does not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from linkvet.core.patterns import PatternSettings, detect_patterns

from tests.patterns.helpers import invite, owner, owners_map

SEC = timedelta(seconds=1)
A = owner("ann", "Ann Lee", "Contoso Ltd", "Senior Recruiter")
B = owner("bob", "Bob Ray", "CONTOSO LIMITED", "Talent Acquisition Partner")
C = owner("cy", "Cy Dee", "Contoso", "Engineer")
X = owner("xi", "Xi Wu", "Fabrikam Inc.", "Engineer")
Y = owner("yo", "Yo Ma", "Northwind GmbH", "Engineer")
OWNERS = owners_map(A, B, C, X, Y)


def kinds(patterns):
    return sorted(p.kind for p in patterns)


@pytest.mark.parametrize(
    ("gap", "expected"), [(timedelta(days=7), 1), (timedelta(days=7) + SEC, 0)]
)
def test_fanout_window_is_inclusive_at_seven_days(gap, expected):
    invs = [invite(A, "Jo Bloggs", timedelta(0)), invite(B, "Jo Bloggs", gap)]
    found = [p for p in detect_patterns(invs, OWNERS) if p.kind == "fanout"]
    assert len(found) == expected
    if found:
        assert set(found[0].members) == {i.id for i in invs}
        assert found[0].company in {"Contoso Ltd", "CONTOSO LIMITED"}


def test_fanout_needs_a_shared_company_and_two_owners():
    one_owner = [invite(A, "Jo Bloggs", timedelta(0)), invite(A, "Jo Bloggs", timedelta(hours=1))]
    other_company = [
        invite(A, "Jo Bloggs", timedelta(0)),
        invite(X, "Jo Bloggs", timedelta(hours=1)),
    ]
    assert "fanout" not in kinds(detect_patterns(one_owner, OWNERS))
    assert "fanout" not in kinds(detect_patterns(other_company, OWNERS))


def test_fanout_min_owners_setting():
    invs = [invite(A, "Jo Bloggs", timedelta(0)), invite(B, "Jo Bloggs", timedelta(days=1))]
    strict = PatternSettings(fanout_min_owners=3)
    assert "fanout" not in kinds(detect_patterns(invs, OWNERS, strict))
    invs.append(invite(C, "Jo Bloggs", timedelta(days=2)))
    fan = [p for p in detect_patterns(invs, OWNERS, strict) if p.kind == "fanout"]
    assert len(fan) == 1 and fan[0].counts["people"] == 3


def test_fanout_severity_grows_with_recruiters():
    dee = owner("dee", "Dee X", "Contoso", "Engineer")
    owners = dict(OWNERS, dee=dee)
    recruiters = [invite(A, "Jo Bloggs", timedelta(0)), invite(B, "Jo Bloggs", timedelta(1))]
    engineers = [invite(C, "Al Bo", timedelta(0)), invite(dee, "Al Bo", timedelta(1))]
    hot = next(p for p in detect_patterns(recruiters, owners) if p.kind == "fanout")
    cold = next(p for p in detect_patterns(engineers, owners) if p.kind == "fanout")
    assert hot.counts["recruiters"] == 2 and cold.counts["recruiters"] == 0
    assert hot.severity > cold.severity
    assert "2 of the 2 recipients are recruiters" in " ".join(hot.evidence)


@pytest.mark.parametrize(
    ("span", "expected"), [(timedelta(days=14), 1), (timedelta(days=14) + SEC, 0)]
)
def test_campaign_window_is_inclusive_at_fourteen_days(span, expected):
    invs = [
        invite(A, "Sam One", timedelta(0), company="Vendorly GmbH"),
        invite(X, "Sam Two", timedelta(days=3), company="Vendorly"),
        invite(Y, "Sam Three", span, headline="Account Executive at Vendorly GmbH"),
    ]
    found = [p for p in detect_patterns(invs, OWNERS) if p.kind == "campaign"]
    assert len(found) == expected
    if found:
        assert found[0].counts["senders"] == 3


def test_campaign_needs_three_distinct_senders():
    invs = [
        invite(A, "Sam One", timedelta(0), company="Vendorly"),
        invite(X, "Sam Two", timedelta(days=1), company="Vendorly"),
        invite(Y, "Sam Two", timedelta(days=2), company="Vendorly"),  # same person again
    ]
    assert "campaign" not in kinds(detect_patterns(invs, OWNERS))


@pytest.mark.parametrize(
    ("last", "expected"), [(timedelta(hours=24), 1), (timedelta(hours=24) + SEC, 0)]
)
def test_burst_window_is_inclusive_at_24_hours(last, expected):
    invs = [
        invite(A, "Bo Burst", timedelta(0)),
        invite(X, "Bo Burst", timedelta(hours=5)),
        invite(Y, "Bo Burst", last),
    ]
    found = [p for p in detect_patterns(invs, OWNERS) if p.kind == "burst"]
    assert len(found) == expected


def test_burst_counts_distinct_owners_not_invitations():
    invs = [
        invite(A, "Bo Burst", timedelta(0)),
        invite(X, "Bo Burst", timedelta(hours=1)),
        invite(X, "Bo Burst", timedelta(hours=2), url=None),
    ]
    assert "burst" not in kinds(detect_patterns(invs, OWNERS))


def test_reinvite_needs_different_days():
    same_day = [
        invite(A, "Re Peat", timedelta(0)),
        invite(A, "Re Peat", timedelta(hours=3), message="again"),
    ]
    later = [invite(A, "Re Peat", timedelta(0)), invite(A, "Re Peat", timedelta(days=40))]
    assert "reinvite" not in kinds(detect_patterns(same_day, OWNERS))
    found = [p for p in detect_patterns(later, OWNERS) if p.kind == "reinvite"]
    assert len(found) == 1
    assert found[0].members == [later[0].id, later[1].id]
    assert "2024-03-01" in found[0].evidence[0] and "2024-04-10" in found[0].evidence[0]


def test_two_owners_four_months_apart_is_not_a_pattern():
    invs = [invite(A, "Slow Joe", timedelta(0)), invite(B, "Slow Joe", timedelta(days=120))]
    assert detect_patterns(invs, OWNERS) == []


def test_outgoing_and_undated_invitations_are_ignored_by_timed_patterns():
    invs = [
        invite(A, "Jo Bloggs", timedelta(0), direction="OUTGOING"),
        invite(B, "Jo Bloggs", timedelta(hours=1), direction="OUTGOING"),
        invite(C, "Jo Bloggs", None),
        invite(A, "Jo Bloggs", None, message="x"),
    ]
    assert detect_patterns(invs, OWNERS) == []


def test_time_windows_do_not_chain():
    # Day 0, 6 and 12: every neighbour pair is within 7 days, the whole span is not.
    d = owner("dee", "Dee X", "Contoso", "Engineer")
    owners = dict(OWNERS, dee=d)
    invs = [
        invite(A, "Jo Bloggs", timedelta(0)),
        invite(B, "Jo Bloggs", timedelta(days=6)),
        invite(C, "Jo Bloggs", timedelta(days=12)),
        invite(d, "Jo Bloggs", timedelta(days=18)),
    ]
    fan = [p for p in detect_patterns(invs, owners) if p.kind == "fanout"]
    assert sorted(len(p.members) for p in fan) == [2, 2]
    assert all(p.counts["people"] == 2 for p in fan)


def test_item_windows_and_recipient_counts():
    from linkvet.core.patterns.context import build_context
    from linkvet.core.patterns.evidence import recipient_counts
    from linkvet.core.patterns.grouping import item_windows
    from linkvet.core.patterns.settings import PatternSettings

    invs = [
        invite(B, "Jo Bloggs", timedelta(hours=2)),
        invite(A, "Jo Bloggs", timedelta(0)),
        invite(A, "Jo Bloggs", timedelta(hours=1), message="again"),
        invite(C, "Jo Bloggs", timedelta(days=30)),
    ]
    items = build_context(invs, OWNERS, PatternSettings()).items
    by_owner = item_windows(items, lambda it: it.owner_id, 3 * 3600.0, 2)
    assert [[it.inv.id for it in w] for w in by_owner] == [[invs[1].id, invs[2].id, invs[0].id]]
    assert recipient_counts(by_owner[0]) == (2, 2)  # Ann and Bob, both recruiters
    assert item_windows(items, lambda it: it.sender, 3 * 3600.0, 2) == []  # one sender only
