"""One pass over the invitations that every detector shares: times, senders, companies, notes.

Parsing, name normalisation and masking happen once per invitation here, so the detectors
themselves are only grouping and counting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from linkvet.core.company import company_key, sender_company
from linkvet.core.dates import timestamp
from linkvet.core.models import Invitation, Owner
from linkvet.core.notes import is_stock_note
from linkvet.core.patterns.masking import content_chars, mask_text
from linkvet.core.patterns.senders import SenderIndex, resolve_senders
from linkvet.core.patterns.settings import PatternSettings


@dataclass(slots=True)
class Item:
    """An INCOMING invitation with everything the detectors need, computed once."""

    inv: Invitation
    ts: float | None  # POSIX seconds; None when sent_at is missing or unreadable
    sender: str  # sender identity key (see senders.py)
    owner_id: str
    owner_name: str
    owner_title: str
    owner_company: str | None  # display form
    owner_company_key: str | None
    recruiter: bool  # the recipient's headline names a recruiting / hiring role
    masked: str | None  # masked note; None when empty or LinkedIn stock text
    note_chars: int  # letters/digits in the masked note outside placeholders
    sender_company: tuple[str, str, str] | None  # (key, display, source)

    @property
    def day(self) -> str:
        """Calendar day the invitation was sent, in the sender's recorded offset."""
        return (self.inv.sent_at or "")[:10]


@dataclass(slots=True)
class Context:
    """Prepared items plus the sender index and settings."""

    items: list[Item]
    senders: SenderIndex
    settings: PatternSettings

    def sender_name(self, key: str) -> str:
        """Display name for a sender key."""
        return self.senders.display.get(key, "(unknown sender)")


def build_context(
    invitations: Sequence[Invitation], owners: Mapping[str, Owner], settings: PatternSettings
) -> Context:
    """Keep INCOMING invitations and compute each one's item."""
    incoming = [inv for inv in invitations if inv.direction == "INCOMING"]
    senders = resolve_senders(incoming)
    ignored = tuple(settings.ignored_companies)
    recruiter_word = settings.roles.recruiter_word
    items: list[Item] = []
    for inv in incoming:
        owner = owners.get(inv.owner_id)
        rec = inv.recipient
        owner_name = (owner.name if owner else "") or rec.name or inv.owner_id
        title = (owner.headline if owner else None) or rec.headline or ""
        company = (owner.company if owner else None) or rec.company
        masked: str | None = None
        chars = 0
        if not is_stock_note(inv.message or ""):
            masked = mask_text(
                inv.message,
                names=[n for n in (owner_name, rec.name) if n],
                companies=[c for c in (company, rec.company) if c],
                titles=[t for t in (title, rec.headline) if t],
            )
            chars = content_chars(masked)
        items.append(
            Item(
                inv=inv,
                ts=timestamp(inv.sent_at),
                sender=senders.key_of[inv.id],
                owner_id=inv.owner_id,
                owner_name=owner_name,
                owner_title=title,
                owner_company=company.strip() if company else None,
                owner_company_key=company_key(company, ignored),
                recruiter=recruiter_word(title) is not None,
                masked=masked,
                note_chars=chars,
                sender_company=sender_company(inv.sender, ignored),
            )
        )
    return Context(items=items, senders=senders, settings=settings)
