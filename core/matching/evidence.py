"""The words of a match: one line per field with its level and weight, then the posterior.

Lines read on their own (JSON, `show`) and joined with ", " (the known check, the TUI).
"""

from __future__ import annotations

from linkvet.core.matching.readings import GIVEN_ONLY, STRAIGHT, SURNAME_ONLY, Reading

CERTAIN_KEYS = {"profile URL": "same profile URL: certain", "email": "same e-mail: certain"}
LINKED_BY_YOU = "linked by you"
PART_DIFFERS = "a name part differs: possible only (relatives, married names)"


def _count(value: str, count: int, contacts: int) -> str:
    if count <= 1:
        return f"the only {value.capitalize()} in your {contacts:,} contacts"
    return f"{value.capitalize()}: {count:,} of your {contacts:,} contacts"


def reading_line(sender: Reading, contact: Reading) -> str:
    """How the name was read: "read as Imog En | Vinxent (surname first)"."""
    how = {
        STRAIGHT: "",
        GIVEN_ONLY: " (one word: given name)",
        SURNAME_ONLY: " (one word: surname)",
    }
    extra = how.get(sender.kind, f" ({sender.kind})")
    if contact.kind != STRAIGHT:
        extra += f" (contact: {contact.kind})"
    return f"read as {sender.shown}{extra}"


def field_line(
    field: str, level: int, mine: str, theirs: str, weight: float, count: int, contacts: int
) -> str:
    """One field: "surname: 1 edit (Vinxent~Vincent) +5.2" or "given name: exact (the only
    Kayla in your 250 contacts) +7.9"."""
    from linkvet.core.matching import levels as lv  # numpy: only where matches are made

    words = lv.describe(level, mine, theirs)
    if level == lv.EXACT:
        words += f" ({_count(theirs, count, contacts)})"
    return f"{field}: {words} {weight:+.1f}"


def posterior_line(posterior: float) -> str:
    """The probability that the sender is this contact."""
    return f"posterior {_percent(posterior)}"


def rival_line(name: str | None, posterior: float) -> str:
    """The next-best other person, or that there is none."""
    if name is None:
        return "next best: nobody"
    return f"next best: {name} {_percent(posterior)}"


def tie_line(names: list[str]) -> str:
    """Two or more people the sender could equally be: never linked."""
    if len(set(names)) == 1:
        return f"{len(names)} contacts named {names[0]}: not linked"
    return f"tied with {', '.join(sorted(set(names)))}: not linked"


def _percent(p: float) -> str:
    if p >= 0.995 and p < 1.0:
        return ">99%"
    if 0 < p < 0.005:
        return "<1%"
    return f"{p:.0%}"


_FIELDS = ("given name:", "surname:", "company:", "headline:")


def _field_phrase(line: str) -> str:
    """ "surname: 1 edit (Smtih~Smith) +7.4" -> "surname 1 edit (Smtih~Smith)"; the count of
    an exact value is left out."""
    name, _, rest = line.partition(": ")
    level = rest.rsplit(" ", 1)[0]  # the weight is the last word
    if level.endswith(" contacts)"):
        level = level[: level.rfind(" (")]
    return f"{name} {level}"


def summary(lines: list[str]) -> str:
    """A match's evidence in one short phrase for checks and reasons: the identity key, or
    each field's level and the posterior ("given name exact, surname 1 edit (Smtih~Smith);
    posterior 93%"); lines in another form are joined as they are."""
    keys = [k for k in (*CERTAIN_KEYS, LINKED_BY_YOU) if CERTAIN_KEYS.get(k, k) in lines]
    if keys:
        return ", ".join(keys)
    fields = [_field_phrase(line) for line in lines if line.startswith(_FIELDS)]
    if not fields:
        return ", ".join(lines)
    posterior = next((line for line in lines if line.startswith("posterior ")), None)
    return ", ".join(fields) + (f"; {posterior}" if posterior else "")
