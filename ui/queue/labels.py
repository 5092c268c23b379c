"""The words and formats the queue screens share: outbox states, local times, reasons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from station.outbox import SUPERVISOR_REJECTED, QueueEntry
from station.storage.schema import OutboxState

# The order of the state filters and counts: the officer's worries first.
STATE_ORDER = (
    OutboxState.REJECTED,
    OutboxState.HELD,
    OutboxState.QUEUED,
    OutboxState.SENDING,
    OutboxState.EXPORTED,
    OutboxState.ACCEPTED,
)


def state_label(state: OutboxState) -> str:
    """The translated name of an outbox state."""
    labels = {
        OutboxState.QUEUED: QCoreApplication.translate("OutboxState", "Waiting to send"),
        OutboxState.HELD: QCoreApplication.translate("OutboxState", "Held for review"),
        OutboxState.SENDING: QCoreApplication.translate("OutboxState", "Sending"),
        OutboxState.EXPORTED: QCoreApplication.translate("OutboxState", "Exported to USB"),
        OutboxState.ACCEPTED: QCoreApplication.translate("OutboxState", "Accepted"),
        OutboxState.REJECTED: QCoreApplication.translate("OutboxState", "Rejected"),
    }
    return labels[state]


def entry_state_label(entry: QueueEntry) -> str:
    """The state shown for a row: a re-opened rejection says so."""
    if entry.state is OutboxState.REJECTED and entry.reopened:
        return QCoreApplication.translate("OutboxState", "Rejected, re-opened")
    return state_label(entry.state)


def reopened_text(entry: QueueEntry) -> str:
    """As what, when and by whom a rejected row was re-opened ("" when it was not)."""
    if not entry.reopened:
        return ""
    when = local_time(entry.reopened_at) if entry.reopened_at is not None else "—"
    who = entry.reopened_by or "—"
    if entry.reopened_number:
        text = QCoreApplication.translate("QueueProblem", "Re-opened as %1 on %2 by %3")
        return text.replace("%1", entry.reopened_number).replace("%2", when).replace("%3", who)
    text = QCoreApplication.translate("QueueProblem", "Re-opened as a new draft on %1 by %2")
    return text.replace("%1", when).replace("%2", who)


def local_time(moment: dt.datetime) -> str:
    """A stored (UTC) time as the station's local wall-clock time, day first."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def local_zone() -> dt.tzinfo:
    """The station computer's time zone (the officer's day runs midnight to midnight in it)."""
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def problem_text(entry: QueueEntry) -> str:
    """What went wrong with a row: who rejected it and why, or the last sending error."""
    if entry.state is OutboxState.REJECTED:
        reason = entry.reason_text or entry.reason_code or ""
        if entry.reason_code == SUPERVISOR_REJECTED:
            return QCoreApplication.translate("QueueProblem", "Supervisor: %1").replace(
                "%1", reason
            )
        return QCoreApplication.translate("QueueProblem", "Register: %1").replace("%1", reason)
    if entry.state is OutboxState.QUEUED and entry.last_error:
        return QCoreApplication.translate("QueueProblem", "Not sent yet: %1").replace(
            "%1", entry.last_error
        )
    return ""
