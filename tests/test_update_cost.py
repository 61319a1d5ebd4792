"""A new version of a course costs a participant only what changed: the manifest (answered with 304
Not Modified while it is unchanged) and the files whose checksum changed. Counted as the bytes a
proxy in front of the reference portal passes to the app, over real HTTP."""

from __future__ import annotations

import hashlib
import json

import pytest

from companion.domain import reasons

from companion_portal.testing import FaultProxy

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
HEADERS = 4096  # generous room for the HTTP headers of the handful of requests a sync makes


def test_an_update_fetches_the_manifest_and_the_changed_file_only(app, media_portal):
    proxy = FaultProxy(media_portal.port)
    try:
        app.sync.sign_in(proxy.url, "ana", "secret-pw")
        app.sync.run()
        app.downloads.enqueue(COURSE)
        first = app.downloads.run()
        assert first.done >= 2
        files = {m.id: app.library.material_file(COURSE, m) for _l, m in app.library.course(COURSE).materials()
                 if app.library.material_file(COURSE, m) is not None and m.id.endswith("-slides")}
        everything = sum(p.stat().st_size for p in files.values())

        # nothing changed: the manifest is not sent again, nothing is downloaded
        proxy.downstream_bytes = 0
        app.sync.run()
        app.downloads.enqueue(COURSE)
        assert app.downloads.run().done == 0
        unchanged = proxy.downstream_bytes
        package = media_portal.package
        manifest_size = len((package / "course.json").read_bytes())
        assert unchanged < manifest_size, f"{unchanged} bytes for an unchanged course"

        # one slide deck corrected: the manifest and that file, not the others
        material_id = "lecture-2-slides"
        manifest = json.loads((package / "course.json").read_text(encoding="utf-8"))
        for lecture in manifest["lectures"]:
            for m in lecture["materials"]:
                if m["id"] == material_id:
                    served = package / m["variants"][0]["path"]
                    served.write_bytes(served.read_bytes() + b"%% a corrected slide\n")
                    m["variants"][0].update(size=served.stat().st_size,
                                            sha256=hashlib.sha256(served.read_bytes()).hexdigest())
        (package / "course.json").write_text(json.dumps(manifest), encoding="utf-8")
        media_portal.app.state.add_course(package)
        proxy.downstream_bytes = 0
        report = app.sync.run()
        assert [c.code for c in report.changes] == [reasons.MATERIAL_UPDATED]
        app.downloads.enqueue(COURSE)
        assert app.downloads.run().done == 1
        changed = proxy.downstream_bytes
        served_manifest = len(json.dumps(manifest))
        budget = served_manifest * 2 + served.stat().st_size + HEADERS  # manifest (+ its course listing) and the file
        assert changed <= budget, f"{changed} bytes for one changed file of {served.stat().st_size}"
        assert changed < served.stat().st_size + (everything - served.stat().st_size) / 2
        print(f"\nupdate cost: unchanged course {unchanged} B; one changed file ({served.stat().st_size} B) "
              f"{changed} B in all; all files {everything} B")
    finally:
        proxy.close()
