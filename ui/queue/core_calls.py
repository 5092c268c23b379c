"""The core calls the queue and review screens make on workers (built from the StationCore)."""

from __future__ import annotations

from station.reopen import reopen_as_draft
from station.review import SupervisorReview
from station.sealed_payload import SealedContent
from station.services import StationCore


def supervisor_review(core: StationCore) -> SupervisorReview:
    """The supervisor's review service over the core's database and outbox."""
    return SupervisorReview(
        core.writer, core.database.reader_sessions(), core.outbox, core.audit, core.clock
    )


def open_for_viewing(
    core: StationCore, application_id: str, application_number: str, viewer: str
) -> SealedContent:
    """Decrypt the station's sealed copy and audit who opened it (worker thread)."""
    content = core.sealer().open_sealed(application_id)
    supervisor_review(core).record_viewed(application_number, viewer)
    return content


def reopen(core: StationCore, application_id: str, officer_id: str) -> str:
    """Re-open a rejected application as a new draft of *officer_id*; the new id (worker)."""
    return reopen_as_draft(
        reader=core.database.reader_sessions(),
        sealer=core.sealer(),
        drafts=core.drafts,
        writer=core.writer,
        audit=core.audit,
        clock=core.clock,
        station_code=core.station_code,
        application_id=application_id,
        officer_id=officer_id,
    )
