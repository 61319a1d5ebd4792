"""The states of a lecture material's download (kept in the store, shown on the Lectures page)."""

from __future__ import annotations

QUEUED = "queued"  # waits its turn (or for the data settings: see its reason)
DOWNLOADING = "downloading"
PAUSED = "paused"  # the participant paused it; its part file is kept
DONE = "done"  # verified against its sha256 and in place: available offline
FAILED = "failed"  # a permanent failure (see its reason); the participant may try again
STATES = (QUEUED, DOWNLOADING, PAUSED, DONE, FAILED)
ACTIVE = (QUEUED, DOWNLOADING)  # what a run of the queue fetches
