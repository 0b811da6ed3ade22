"""Team bundles (`*.linkvet.json`): one owner's invitations and decisions, written here for a
colleague and read back here, so the format has one home and one version (docs/JSON.md).

A bundle holds the owner record, every invitation of that owner (incoming and outgoing,
notes included: template detection needs them) and the current decision per invitation with
its date. It never holds messages.csv content, contacts or address books.

Read back, a bundle is untrusted input: its shape, types and ids are checked before anything
is written (the owner's id must be the one its name gives, every invitation must belong to
that owner, so a bundle cannot touch another owner's records). Owner and invitations merge
through the same identity rule as an export (core.invitations), which says which local
record each bundle invitation is; decisions become journal events by the bundle owner on
those records, only where the state differs, so importing the same bundle twice changes
nothing. Both front ends import a bundle through `Workspace.read_import`, which tells a
bundle by its content, whatever the file is called.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import orjson
from linkvet.core.errors import Refused
from linkvet.core.files import write_private
from linkvet.core.identity import canonical_profile_url, name_key
from linkvet.core.importers.assemble import owner_id_for
from linkvet.core.importers.batch import FileSummary, ImportBatch, InputError
from linkvet.core.importers.caps import COMPANY_CHARS, HEADLINE_CHARS, URL_CHARS
from linkvet.core.models import HistoryEvent, Invitation, Owner, Person
from linkvet.core.store.database import now_iso
from linkvet.core.store.decisions import TriageState
from linkvet.core.triage.status import DECIDED

if TYPE_CHECKING:
    from linkvet.core.store import Store
    from linkvet.core.triage.analysis import Progress
    from linkvet.core.triage.importing import ImportReport
    from linkvet.core.triage.service import Workspace

BUNDLE_KEY = "linkvet_bundle"
BUNDLE_VERSION = 1  # written, and the newest one read
_ID = re.compile(r"[a-z2-7]{7}")
MAX_BYTES = 200 * 1024 * 1024
# The longest text (characters) a bundle carries in each field: read_bundle refuses a longer
# one, and bundle_data shortens one to fit, so a bundle linkvet writes always reads back
# (real values are far shorter: LinkedIn caps headlines at 220 characters, notes at 300).
# Where an import cap exists, the bundle takes the same number (what linkvet stores it can
# send and read back); names, messages and notes allow more, for data stored before the caps.
LIMITS: dict[str, int] = {
    "name": 500,
    "profile_url": URL_CHARS,
    "headline": HEADLINE_CHARS,
    "company": COMPANY_CHARS,
    "email": 500,
    "urn": 200,
    "sent_at_raw": 200,
    "message": 20_000,
    "note": 5000,
}
_TEXT_LIMIT = 20_000  # any other text (dates, timestamps)
_SHORTENED = "…"  # ends a text bundle_data cut to fit


class MixedImport(Refused):
    """Team bundles and export files named in one import: bundles go on their own."""


@dataclass(slots=True)
class BundleDecision:
    """A colleague's current decision on one of their invitations."""

    decision: str
    at: str | None
    note: str | None


@dataclass(slots=True)
class Bundle:
    """A checked bundle, ready to merge (`path`: the file it was read from)."""

    owner: Owner
    invitations: list[Invitation]
    decisions: dict[str, BundleDecision]
    path: str = ""


def _read_json(path: Path, limit: int) -> Any:
    with path.open("rb") as handle:
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise InputError(str(path), "refused: file larger than 200 MiB")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON ({exc})") from None


def is_bundle(path: str | Path) -> bool:
    """True for a file whose content is a JSON object with the `linkvet_bundle` key."""
    path = Path(path)
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head.startswith(b"{"):
            return False
        data = _read_json(path, MAX_BYTES)
    except (OSError, InputError):
        return False
    return isinstance(data, dict) and BUNDLE_KEY in data


def bundles_among(paths: Sequence[str | Path]) -> list[Bundle]:
    """The team bundles an import names, read and checked (told by content, whatever the
    file is called): every path, or none (then the paths are export files). MixedImport
    when only some are; InputError when a bundle does not check."""
    found = [p for p in paths if str(p) != "-" and is_bundle(p)]
    if not found:
        return []
    if len(found) != len(paths):
        raise MixedImport(
            "import team bundles (*.linkvet.json) on their own, not with export files"
        )
    return [read_bundle(p) for p in found]


class _Checker:
    """Type checks with errors that name the bundle and the offending item."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def fail(self, where: str, reason: str) -> InputError:
        return InputError(self.path, f"{where}: {reason}")

    def text(self, value: Any, where: str, optional: bool = True, limit: int = _TEXT_LIMIT) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(where, "must be text")
        if len(value) > limit:
            raise self.fail(where, f"longer than {limit} characters")
        return value

    def day(self, value: Any, where: str) -> str | None:
        value = self.text(value, where)
        if value is None:
            return None
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            raise self.fail(where, f"{value!r} is not an ISO date") from None
        return value

    def moment(self, value: Any, where: str) -> datetime | None:
        value = self.text(value, where)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(where, f"{value!r} is not an ISO timestamp") from None
        if moment.tzinfo is None:
            raise self.fail(where, f"{value!r} has no UTC offset")
        return moment

    def moment_text(self, value: Any, where: str) -> str | None:
        moment = self.moment(value, where)
        return moment.isoformat() if moment else None

    def person(self, value: Any, where: str) -> Person:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        name = self.field(value, "name", where, optional=False)
        return Person(
            name=name,
            # only a LinkedIn member URL, rebuilt: a bundle is untrusted (no javascript: links)
            profile_url=canonical_profile_url(self.field(value, "profile_url", where)),
            headline=self.field(value, "headline", where),
            company=self.field(value, "company", where),
            email=self.field(value, "email", where),
            urn=self.field(value, "urn", where),
        )

    def field(self, value: dict[str, Any], key: str, where: str, optional: bool = True) -> Any:
        """`value[key]` as text within its LIMITS."""
        return self.text(value.get(key), f"{where}.{key}", optional, LIMITS[key])

    def owner(self, value: Any) -> Owner:
        if not isinstance(value, dict):
            raise self.fail("owner", "must be an object")
        name = self.field(value, "name", "owner", optional=False)
        if not name.strip():
            raise self.fail("owner.name", "is empty")
        expected = owner_id_for(name)
        if value.get("id") != expected:
            raise self.fail("owner.id", f"does not belong to {name!r} (expected {expected})")
        flags = {}
        for key, default in (("has_connections", False), ("url_identity", True)):
            flag = value.get(key, default)
            if not isinstance(flag, bool):
                raise self.fail(f"owner.{key}", "must be true or false")
            flags[key] = flag
        return Owner(
            id=expected,
            name=name,
            profile_url=canonical_profile_url(self.field(value, "profile_url", "owner")),
            company=self.field(value, "company", "owner"),
            headline=self.field(value, "headline", "owner"),
            export_date=self.day(value.get("export_date"), "owner.export_date"),
            invitations_export=self.day(
                value.get("invitations_export"), "owner.invitations_export"
            ),
            export_newest=self.moment_text(value.get("export_newest"), "owner.export_newest"),
            **flags,
        )

    def invitation(self, value: Any, index: int, owner: Owner) -> Invitation:
        where = f"invitations[{index}]"
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        direction = value.get("direction")
        if direction not in ("INCOMING", "OUTGOING"):
            raise self.fail(f"{where}.direction", "must be INCOMING or OUTGOING")
        if value.get("owner_id") != owner.id:
            raise self.fail(f"{where}.owner_id", "is not the bundle owner's id")
        sender = self.person(value.get("sender"), f"{where}.sender")
        recipient = self.person(value.get("recipient"), f"{where}.recipient")
        self.moment(value.get("sent_at"), f"{where}.sent_at")
        inv_id = value.get("id")
        if not isinstance(inv_id, str) or not _ID.fullmatch(inv_id):
            raise self.fail(f"{where}.id", "must be a linkvet invitation id")
        status = value.get("export_status", "pending")
        if status not in ("pending", "accepted"):
            raise self.fail(f"{where}.export_status", "must be pending or accepted")
        mutual = value.get("mutual_connections")
        if mutual is not None and (isinstance(mutual, bool) or not isinstance(mutual, int)):
            raise self.fail(f"{where}.mutual_connections", "must be a whole number or null")
        return Invitation(
            id=inv_id,
            owner_id=owner.id,
            direction=direction,
            sender=sender,
            recipient=recipient,
            sent_at=value.get("sent_at"),
            sent_at_raw=self.field(value, "sent_at_raw", where) or "",
            message=self.field(value, "message", where) or "",
            export_status=status,
            mutual_connections=mutual,
            source="",  # local records keep their own file labels (no churn on a re-import)
            last_seen_export=self.day(value.get("last_seen_export"), f"{where}.last_seen_export"),
            accepted_seen=self.day(value.get("accepted_seen"), f"{where}.accepted_seen"),
            connected_on=self.day(value.get("connected_on"), f"{where}.connected_on"),
        )

    def decision(self, inv_id: Any, value: Any, incoming: set[str]) -> BundleDecision:
        where = f"decisions[{inv_id!r}]"
        if inv_id not in incoming:
            raise self.fail(where, "names no incoming invitation of this bundle")
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        decision = value.get("decision")
        if decision not in DECIDED:
            raise self.fail(f"{where}.decision", f"must be one of {', '.join(DECIDED)}")
        at = self.moment(value.get("at"), f"{where}.at")
        return BundleDecision(
            decision=decision,
            at=at.isoformat() if at else None,
            note=self.field(value, "note", where),
        )


def read_bundle(path: str | Path) -> Bundle:
    """Parse and check a bundle file; InputError (`path: where: reason`) when it is not one."""
    given, path = str(path), Path(path)
    try:
        data = _read_json(path, MAX_BYTES)
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    check = _Checker(path)
    if not isinstance(data, dict) or BUNDLE_KEY not in data:
        raise InputError(str(path), "not a linkvet bundle (no linkvet_bundle key)")
    version = data[BUNDLE_KEY]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise check.fail(BUNDLE_KEY, "must be a positive whole number")
    if version > BUNDLE_VERSION:
        raise check.fail(BUNDLE_KEY, f"version {version} needs a newer linkvet")
    owner = check.owner(data.get("owner"))
    raw_invs = data.get("invitations")
    if not isinstance(raw_invs, list):
        raise check.fail("invitations", "must be a list")
    invitations = [check.invitation(v, i, owner) for i, v in enumerate(raw_invs)]
    seen: set[tuple[str, str]] = set()
    for i, inv in enumerate(invitations):
        if (inv.direction, inv.id) in seen:
            raise check.fail(f"invitations[{i}]", f"duplicate id {inv.id}")
        seen.add((inv.direction, inv.id))
    raw_decisions = data.get("decisions", {})
    if not isinstance(raw_decisions, dict):
        raise check.fail("decisions", "must be an object keyed by invitation id")
    incoming = {i.id for i in invitations if i.direction == "INCOMING"}
    decisions = {k: check.decision(k, v, incoming) for k, v in raw_decisions.items()}
    return Bundle(owner, invitations, decisions, given)


# ----- writing ---------------------------------------------------------------------------


def pick_owner(ws: Workspace, owner: str | None) -> Owner:
    """The owner named `owner` (name, case-insensitive, or id); the only one when None."""
    owners = sorted(ws.owners().values(), key=lambda o: o.name.casefold())
    if not owners:
        raise Refused("the database is empty: import an export first")
    if owner is None:
        if len(owners) == 1:
            return owners[0]
        names = ", ".join(o.name for o in owners)
        raise Refused(
            f"the database has {len(owners)} owners ({names}): choose one with --owner NAME"
        )
    key = name_key(owner)
    hits = [o for o in owners if name_key(o.name) == key or o.id == owner.strip()]
    if not hits:
        names = ", ".join(o.name for o in owners)
        raise Refused(f"no owner named {owner!r} (owners: {names})")
    return hits[0]


def bundle_data(
    ws: Workspace, owner: str | None = None, shortened: list[str] | None = None
) -> dict[str, Any]:
    """The bundle object for one owner (see docs/JSON.md, "Team bundle"). A text longer than
    a bundle carries (LIMITS) is cut to fit, so that the bundle reads back; where that
    happened is added to `shortened` (`invitations[3].sender.headline`)."""
    chosen = pick_owner(ws, owner)
    cut: list[str] = [] if shortened is None else shortened
    if len(chosen.name) > LIMITS["name"]:  # its id comes from the name: it cannot be cut
        raise Refused(
            f"the owner's name is longer than {LIMITS['name']} characters: a bundle cannot carry it"
        )
    invitations = sorted(
        (i for i in ws.store.invitations().values() if i.owner_id == chosen.id),
        key=lambda i: (i.direction, i.sent_at or "", i.id),
    )
    states = ws.store.states()
    decisions: dict[str, dict[str, Any]] = {}
    records = []
    for index, inv in enumerate(invitations):
        where = f"invitations[{index}]"
        record = _fit(inv.to_dict(), where, cut)
        for side in ("sender", "recipient"):
            record[side] = _fit(record[side], f"{where}.{side}", cut)
        record["source"] = PurePath(inv.source.replace("\\", "/")).name if inv.source else ""
        records.append(record)
        state = states.get(inv.id)
        if inv.direction == "INCOMING" and state is not None and state.decision in DECIDED:
            decision = {"decision": state.decision, "at": state.decided_at, "note": state.note}
            decisions[inv.id] = _fit(decision, f"decisions[{inv.id!r}]", cut)
    return {
        BUNDLE_KEY: BUNDLE_VERSION,
        "exported_at": now_iso(),
        "owner": _fit(chosen.to_dict(), "owner", cut),
        "invitations": records,
        "decisions": decisions,
    }


def _fit(record: dict[str, Any], where: str, shortened: list[str]) -> dict[str, Any]:
    """`record` with each text field cut to its LIMITS (ending in …), noting where."""
    for key, value in record.items():
        limit = LIMITS.get(key)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            record[key] = value[: limit - len(_SHORTENED)] + _SHORTENED
            shortened.append(f"{where}.{key}")
    return record


def dumps(data: dict[str, Any]) -> str:
    """Bundle JSON text: indented, keys sorted (stable diffs between two bundles)."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"


def write_bundle(
    ws: Workspace, path: Path, owner: str | None = None, shortened: list[str] | None = None
) -> int:
    """Write one owner's bundle to `path`; returns the number of invitations in it (texts
    cut to fit are added to `shortened`, see bundle_data)."""
    data = bundle_data(ws, owner, shortened)
    write_private(Path(path), dumps(data))
    return len(data["invitations"])


def default_bundle_name(ws: Workspace, owner: str | None = None) -> str:
    """A file name like `dana-whitfield.linkvet.json` for the chosen owner."""
    chosen = pick_owner(ws, owner)
    slug = "-".join("".join(c if c.isalnum() else " " for c in chosen.name).split()).lower()
    return f"{slug or chosen.id}.linkvet.json"


# ----- merging ---------------------------------------------------------------------------


def _changes(
    states: Mapping[str, TriageState], bundle: Bundle, local: Mapping[str, str]
) -> list[tuple[str, str, BundleDecision]]:
    """(local id, current decision, bundle's decision) where the two differ; `local` maps
    the bundle's invitation ids to the records they are here."""
    out = []
    for bundle_id in sorted(bundle.decisions):
        inv_id = local.get(bundle_id, bundle_id)
        current = (states.get(inv_id) or TriageState()).decision
        wanted = bundle.decisions[bundle_id]
        if current != wanted.decision:
            out.append((inv_id, current, wanted))
    return out


def record_decisions(store: Store, bundle: Bundle, local: Mapping[str, str]) -> list[HistoryEvent]:
    """Journal the bundle's decisions that differ from the current state (one undo step),
    `who` = the bundle owner, at the bundle's dates; durable on return."""
    with store.transaction():
        drafts = [
            HistoryEvent(
                seq=0,
                at=wanted.at or "",
                kind="decision",
                invitation_id=inv_id,
                before=current,
                after=wanted.decision,
                note=wanted.note,
                who=bundle.owner.name,
            )
            for inv_id, current, wanted in _changes(store.states(), bundle, local)
        ]
        return store.append(drafts) if drafts else []


def _uncut(invitations: list[Invitation], stored: Mapping[str, Invitation]) -> list[Invitation]:
    """The bundle's invitations, where a text cut to fit (bundle_data) belongs to a record
    this database holds whole, with the whole text: a bundle read back into the database it
    came from changes nothing."""
    out = []
    for inv in invitations:
        local = stored.get(inv.id)
        if local is not None and local.direction == inv.direction:
            for side in ("sender", "recipient"):
                person, whole = getattr(inv, side), getattr(local, side)
                for key in ("name", "headline", "company", "email", "urn"):
                    setattr(person, key, _whole(getattr(person, key), getattr(whole, key)))
            inv.message = _whole(inv.message, local.message) or ""
            inv.sent_at_raw = _whole(inv.sent_at_raw, local.sent_at_raw) or ""
        out.append(inv)
    return out


def _whole(value: str | None, local: str | None) -> str | None:
    """`local` when `value` is it cut to fit, else `value`."""
    if not value or not local or len(local) <= len(value) or not value.endswith(_SHORTENED):
        return value
    return local if local.startswith(value[: -len(_SHORTENED)]) else value


def merge_bundle(
    ws: Workspace, bundle: Bundle, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Merge a checked bundle (owner, invitations, decisions) into the workspace as one
    import: the records through the import's merge, the decisions under the same lock."""
    summary = FileSummary(
        bundle.path, BUNDLE_KEY, rows_read=len(bundle.invitations),
        imported=len(bundle.invitations),
    )  # fmt: skip
    store = ws.store
    batch = ImportBatch(
        owners=[bundle.owner],
        invitations=_uncut(bundle.invitations, store.invitations()),
        invitation_files=[1] * len(bundle.invitations),
        files=[summary],
    )
    recorded: list[HistoryEvent] = []
    local: dict[str, str] = {}

    def record(ids: list[str]) -> None:
        local.update(zip((i.id for i in bundle.invitations), ids, strict=True))
        recorded.extend(record_decisions(store, bundle, local))

    report = ws.import_batch(batch, dry_run=dry_run, progress=progress, also=record)
    differing = len(_changes(store.states(), bundle, local)) if dry_run else len(recorded)
    verb = "would record" if dry_run else "recorded"
    summary.notes.append(
        f"{len(bundle.decisions)} decisions by {bundle.owner.name}; {verb} {differing} "
        "that differ from this database"
    )
    return report


def import_bundle(ws: Workspace, path: str | Path, dry_run: bool = False) -> ImportReport:
    """Read, check and merge one bundle file (see `merge_bundle`)."""
    return merge_bundle(ws, read_bundle(path), dry_run)
