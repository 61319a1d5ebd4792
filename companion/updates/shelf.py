"""The update files this computer has fetched and verified, as the office sharing passes them on.

After an update, the updates state folder holds the TUF metadata python-tuf verified and kept
(``metadata/targets.json``) and the file it downloaded (``downloads/<name>``, kept until the next
update). A file is offered to colleagues only when the kept targets metadata names it and its bytes
have that signed length and sha256 now (checked again whenever its size or time on disk changes), so a
file altered on this computer is not passed on. Nothing here is an authority: a colleague's Companion
takes its metadata from the repository and checks every byte against it; this only avoids sending
bytes that would be refused.
"""

from __future__ import annotations

import logging
from pathlib import Path

from companion.domain.sharing import SharedUpdate
from companion.filecheck import StillVerified

log = logging.getLogger(__name__)


class UpdateShelf:
    def __init__(self, state_dir: Path):
        self.state_dir = Path(state_dir)
        self._verified = StillVerified("update file").matches

    def _listed(self) -> dict[str, tuple[int, dict[str, str]]]:
        """target path -> (length, hashes), as the kept (verified) targets metadata signs them."""
        path = self.state_dir / "metadata" / "targets.json"
        if not path.is_file():
            return {}
        from tuf.api.metadata import Metadata, Targets  # python-tuf is imported only when there is an update

        try:
            targets = Metadata[Targets].from_file(str(path)).signed.targets
        except Exception:  # noqa: BLE001 - unreadable: nothing is offered
            log.info("not sharing updates: %s cannot be read", path)
            return {}
        return {name: (info.length, dict(info.hashes)) for name, info in targets.items()}

    def offers(self) -> list[tuple[SharedUpdate, Path]]:
        """Every update file kept here that its signed length and sha256 describe now."""
        out = []
        for name, (length, hashes) in self._listed().items():
            sha256 = hashes.get("sha256")
            file = self.state_dir / "downloads" / Path(name).name
            if not sha256 or not file.is_file() or file.stat().st_size != length:
                continue
            if self._verified(file, sha256):
                out.append((SharedUpdate(name, sha256, length), file))
        return out

    def find(self, requested: str) -> tuple[SharedUpdate, Path] | None:
        """The verified file a request names: ``<platform>/<name>`` or ``<platform>/<hash>.<name>``."""
        folder, _, base = requested.rpartition("/")
        for item, file in self.offers():
            t_folder, _, t_base = item.target.rpartition("/")
            if folder == t_folder and base in (t_base, f"{item.sha256}.{t_base}"):
                return item, file
        return None
