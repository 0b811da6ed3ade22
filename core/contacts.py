"""When contact rows are the same contact: the merge of new rows into an owner's people.

The rule (docs/IDENTITY.md): address-book rows (any file: LinkedIn Contacts.csv, Google,
Outlook, vCard) are one contact when they share a strong key: a personal e-mail address, a
phone number or a profile URL, directly or through other rows; the names they carried are
kept as aliases and the files they came from are listed. Rows without any strong key are
never joined by name: two "John Smith" rows are two contacts, and matching treats them as a
tie. Connections are one per profile URL (older exports without URLs: per name and
"Connected On" day, each row of a file its own). Correspondents and invitees are one per
person (`PersonRef` key). Sources stay apart: a connection and an address-book entry of the
same person are two records, both "known".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from linkvet.core.emails import is_role_address, normalize_email
from linkvet.core.identity import name_key, phone_key, profile_slug, short_id
from linkvet.core.merge_counts import MergeCounts
from linkvet.core.models import Contact


def strong_keys(contact: Contact) -> list[str]:
    """The keys that identify one person: personal e-mail (role mailboxes such as info@
    are shared, so not), phone, profile slug."""
    keys: list[str] = []
    for email in contact.emails:
        norm = normalize_email(email)
        if norm and not is_role_address(norm):
            keys.append(f"e:{norm}")
    for phone in contact.phones:
        key = phone_key(phone)
        if key:
            keys.append(f"p:{key}")
    slug = profile_slug(contact.profile_url)
    if slug:
        keys.append(f"in:{slug}")
    return list(dict.fromkeys(keys))


def display_name(contact: Contact) -> str:
    """The name to show: the contact's name, else its e-mail or phone (rows with no name)."""
    return contact.name or next(iter(contact.emails), "") or next(iter(contact.phones), "")


@dataclass(slots=True)
class ContactMerge:
    """The owner's contacts after a merge, and what changed."""

    contacts: dict[str, Contact]
    counts: MergeCounts = field(default_factory=MergeCounts)
    changed: list[Contact] = field(default_factory=list)  # new or changed records
    removed: set[str] = field(default_factory=set)  # joined into another contact
    rebuilt: int = 0  # schema-1 records replaced by rows read under the new rule


class _Groups:
    """Union-find over row positions, keyed by strong keys."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the earlier row stays the root


def _unique(cid: str, taken: set[str], *parts: str) -> str:
    n = 2
    base = cid
    while cid in taken:
        cid = short_id(*parts, str(n)) if parts else f"{base}{n}"
        n += 1
    return cid


def _combine(records: Sequence[Contact], cid: str) -> Contact:
    """One contact from rows of the same person: the first named row's name and details,
    every other name as an alias, every e-mail, phone and file once."""
    if len(records) == 1:  # the common case: a row that is its own contact
        return replace(records[0], id=cid, legacy=False)
    named = [r for r in records if r.name] or list(records)
    head = named[0]
    out = replace(head, id=cid, emails=[], phones=[], aliases=[], files=[], legacy=False)
    seen_mail: set[str] = set()
    seen_phone: set[str] = set()
    names = {name_key(head.name)} if head.name else set()
    for r in records:
        for e in r.emails:
            k = normalize_email(e) or e.casefold()
            if k not in seen_mail:
                seen_mail.add(k)
                out.emails.append(e)
        for p in r.phones:
            k = phone_key(p) or p
            if k not in seen_phone:
                seen_phone.add(k)
                out.phones.append(p)
        for alias in (r.name, *r.aliases):
            if alias and name_key(alias) not in names:
                names.add(name_key(alias))
                out.aliases.append(alias)
        out.files.extend(f for f in r.files if f not in out.files)
        for attr in ("profile_url", "company", "title", "urn"):
            if not getattr(out, attr) and getattr(r, attr):
                setattr(out, attr, getattr(r, attr))
        if not out.first_name and not out.last_name and r.name == out.name:
            out.first_name, out.last_name = r.first_name, r.last_name
    return out


def _address_book(
    owner_id: str,
    stored: list[Contact],
    rows: list[tuple[Contact, int]],
    taken: set[str],
    result: ContactMerge,
) -> None:
    """Merge one owner's new address-book rows into its stored address-book contacts."""
    row_keys = [strong_keys(c) for c, _ in rows]
    covered = {k for keys in row_keys for k in keys} | {name_key(c.name) for c, _ in rows}
    kept: list[Contact] = []
    for c in stored:
        if c.legacy and (covered & {*strong_keys(c), name_key(c.name)}):
            _drop_legacy(result, taken, c)  # rebuilt from the rows below
        else:
            kept.append(c)
    everything: list[Contact] = kept + [c for c, _ in rows]
    keys = [strong_keys(c) for c in kept] + row_keys
    groups = _Groups(len(everything))
    owner_of_key: dict[str, int] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            j = owner_of_key.setdefault(k, i)
            if j != i:
                groups.union(i, j)
    # rows with no strong key: the same row seen again claims a key-less stored contact
    # with the same name, company and title (one per row of a file), never another name
    loose: dict[tuple[str, str, str], list[int]] = {}
    for i, c in enumerate(kept):
        if not keys[i]:
            loose.setdefault((name_key(c.name), c.company or "", c.title or ""), []).append(i)
    claimed: set[tuple[int, int]] = set()  # (stored position, file)
    for pos, (c, file_no) in enumerate(rows):
        i = len(kept) + pos
        if keys[i]:
            continue
        for j in loose.get((name_key(c.name), c.company or "", c.title or ""), []):
            if (j, file_no) not in claimed:
                claimed.add((j, file_no))
                groups.union(i, j)
                break
    members: dict[int, list[int]] = {}
    for i in range(len(everything)):
        members.setdefault(groups.find(i), []).append(i)
    for root, idx in members.items():
        old = [everything[i] for i in idx if i < len(kept)]
        new = [everything[i] for i in idx if i >= len(kept)]
        if not new:
            continue  # untouched by this import
        if old:
            cid = old[0].id
            for absorbed in old[1:]:
                result.contacts.pop(absorbed.id, None)
                result.removed.add(absorbed.id)
        else:
            group_keys = sorted({k for i in idx for k in keys[i]})
            parts = ("contact", owner_id, "address_book", group_keys[0] if group_keys else
                     f"name:{name_key(everything[root].name)}")  # fmt: skip
            cid = _unique(short_id(*parts), taken, *parts)
            taken.add(cid)
        merged = _combine(old + new, cid)
        _put(result, merged)


def _drop_legacy(result: ContactMerge, taken: set[str], contact: Contact) -> None:
    """Remove a schema-1 record that this import's rows rebuild (its id is free again)."""
    result.contacts.pop(contact.id, None)
    result.removed.add(contact.id)
    taken.discard(contact.id)
    result.rebuilt += 1


def _put(result: ContactMerge, record: Contact) -> None:
    """Insert or replace `record`, counting it (no count when nothing changed)."""
    result.changed += result.counts.upsert(result.contacts, [record])


def _connections(
    owner_id: str,
    stored: list[Contact],
    rows: list[tuple[Contact, int]],
    taken: set[str],
    result: ContactMerge,
) -> None:
    """One connection per profile URL; without URLs, per name and day, row by row."""
    by_slug: dict[str, Contact] = {}
    by_name: dict[tuple[str, str], list[Contact]] = {}
    covered = {profile_slug(c.profile_url) or name_key(c.name) for c, _ in rows}
    for c in stored:
        slug = profile_slug(c.profile_url)
        if c.legacy and not slug and name_key(c.name) in covered:
            _drop_legacy(result, taken, c)  # schema 1 folded same-name connections
            continue
        if slug:
            by_slug[slug] = c
        by_name.setdefault((name_key(c.name), c.connected_on or ""), []).append(c)
    claimed: set[tuple[str, int]] = set()  # URL-less records taken by a row of a file
    for c, file_no in rows:
        slug = profile_slug(c.profile_url)
        old = by_slug.get(slug) if slug else None  # one profile URL is one person, always
        if old is None:  # a URL-less stored row of the same name and day: the row again
            for cand in by_name.get((name_key(c.name), c.connected_on or ""), []):
                cand_slug = profile_slug(cand.profile_url)
                if (cand.id, file_no) not in claimed and (not cand_slug or not slug):
                    old = cand
                    break
        if old is not None:
            claimed.add((old.id, file_no))
            merged = _combine([c, old], old.id)  # the newer export's details first
            merged.connected_on = c.connected_on or old.connected_on
        else:
            key = f"in:{slug}" if slug else f"name:{name_key(c.name)}"
            parts = ("contact", owner_id, "connection", key)
            cid = _unique(short_id(*parts), taken, *parts)
            taken.add(cid)
            merged = _combine([c], cid)
            claimed.add((cid, file_no))
            if slug:
                by_slug[slug] = merged
            by_name.setdefault((name_key(c.name), c.connected_on or ""), []).append(merged)
        _put(result, merged)


def _by_id(rows: list[tuple[Contact, int]], result: ContactMerge) -> None:
    """Correspondents and invitees: one per person, their ids already say which."""
    for c, _ in rows:
        old = result.contacts.get(c.id)
        _put(result, _combine([old, c], c.id) if old is not None else c)


def merge_contacts(
    stored: Iterable[Contact], rows: Sequence[Contact], files: Sequence[int]
) -> ContactMerge:
    """Merge new contact rows (each with the number of the file it came from in this
    import) into the stored contacts, by the rule in the module docstring."""
    result = ContactMerge(contacts={c.id: c for c in stored})
    taken = set(result.contacts)
    groups: dict[tuple[str, str], list[tuple[Contact, int]]] = {}
    for contact, file_no in zip(rows, files, strict=True):
        groups.setdefault((contact.owner_id, contact.source), []).append((contact, file_no))
    stored_by: dict[tuple[str, str], list[Contact]] = {}
    for c in result.contacts.values():
        if (c.owner_id, c.source) in groups:
            stored_by.setdefault((c.owner_id, c.source), []).append(c)
    for (owner_id, source), group in groups.items():
        same = stored_by.get((owner_id, source), [])
        if source == "address_book":
            _address_book(owner_id, same, group, taken, result)
        elif source == "connection":
            _connections(owner_id, same, group, taken, result)
        else:
            _by_id(group, result)
    result.removed -= result.contacts.keys()
    return result
