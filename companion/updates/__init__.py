"""Updates of the app itself over The Update Framework (python-tuf): the client the app calls
(:mod:`.client`), its bounded fetcher (:mod:`.fetcher`), the reproducible app-folder tar patches apply to
(:mod:`.archive`) and the publisher (:mod:`.publish`). No Qt and no words here: failures are
:class:`companion.domain.updates.UpdateFailure` codes."""
