"""The action list's words, the same in every format: each group's title and how to do it."""

from __future__ import annotations

TITLES: dict[str, str] = {
    "accept": "Accept",
    "decline": "Decline (ignore)",
    "ask": "Ask first",
    "follow_up": "Follow up",
    "withdraw": "Consider withdrawing",
}
HOW: dict[str, str] = {
    "accept": "Open the profile and press Accept (or find them under My Network > Invitations).",
    "decline": "Open My Network > Invitations and press Ignore for each.",
    "ask": "Open the profile, send the message below (reply to the invitation), then tick it.",
    "follow_up": "You asked and got no reply: send a reminder, or ignore the invitation.",
    "withdraw": (
        "Invitations you sent that are still not accepted. Pending invitations count against "
        "you on LinkedIn: withdraw them under My Network > Manage > Sent."
    ),
}
