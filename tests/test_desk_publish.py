"""Publishing from the desk over real HTTP on 127.0.0.1: a course folder as a zip, a course file
(.ccb written by the app's own writer), an IMS Common Cartridge exported by Canvas (shared
real-courses, read in place); updates that may not go back a version or take another organizer's
course; hostile zips refused with a sentence and nothing changed; and a course run on new dates,
which the participants' API then serves (its manifest under a new ETag)."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from .conftest import SAMPLE
from .support.portal import Caller
from .test_cartridge import CANVAS
from .test_desk import COURSE, csrf_of, server, signed_in  # noqa: F401 (server is a fixture)

pytestmark = pytest.mark.integration
NEW = "city-care-2024"


def package(tmp_path: Path, version: int = 1, course_id: str = NEW, title: str = "City care, 2024 edition") -> Path:
    folder = tmp_path / f"{course_id}-v{version}"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(SAMPLE, folder)
    manifest = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    manifest.update(id=course_id, version=version, title=title)
    (folder / "course.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


def folder_zip(folder: Path, out: Path, top: str = "my-course/", extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, top + path.relative_to(folder).as_posix())
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out


def upload(browser, url: str, path: Path, name: str | None = None):
    token = csrf_of(browser.get(url + "/desk/").text)
    with path.open("rb") as handle:
        return browser.post(url + "/desk/courses/upload", data={"csrf": token},
                            files={"package": (name or path.name, handle, "application/zip")}, allow_redirects=False)


def listed(url: str) -> dict[str, dict]:
    return {c["id"]: c for c in Caller(url, "ana", "secret-pw").get("/courses").json()}


def enrol(browser, url: str, course_id: str, login: str = "ana") -> None:
    """Put an existing participant on a course's roster through the desk's own form: a course is
    answered to the participants on its roster only."""
    assert course_id not in listed(url)  # published, but nobody's course yet
    page = browser.get(url + f"/desk/courses/{course_id}/participants").text
    added = browser.post(url + f"/desk/courses/{course_id}/participants",
                         data={"csrf": csrf_of(page), "name": login.title(), "login": login})
    assert added.status_code == 200 and f"{login} already had an account" in added.text, added.text


def test_a_course_is_published_from_a_folder_zip_updated_by_a_course_file_and_never_taken_back(server, tmp_path):
    from companion.shared_kernel import write_package_bundle

    kim = signed_in(server.url, "kim", "desk-password-1")
    answer = upload(kim, server.url, folder_zip(package(tmp_path), tmp_path / "course.zip"))
    assert answer.status_code == 303 and answer.headers["location"] == f"/desk/courses/{NEW}?published=1"
    page = kim.get(server.url + answer.headers["location"]).text
    assert "Version 1 is published" in page and "City care, 2024 edition" in page and "Version: 1" in page
    assert f'href="/desk/courses/{NEW}"' in kim.get(server.url + "/desk/").text  # kim runs it now
    enrol(kim, server.url, NEW)
    course = listed(server.url)[NEW]
    assert course["starts_on"] == "2023-07-03"
    # version 2 as a course file written by the app's own writer
    bundle = write_package_bundle(package(tmp_path, 2, title="City care, revised"), tmp_path / "v2.ccb").path
    answer = upload(kim, server.url, bundle)
    assert answer.status_code == 303 and answer.headers["location"].endswith("?updated=2")
    assert listed(server.url)[NEW]["title"] == "City care, revised"
    ana = Caller(server.url, "ana", "secret-pw")
    manifest = ana.get(f"/courses/{NEW}/manifest")
    assert manifest.status_code == 200 and manifest.json()["version"] == 2
    for lecture in manifest.json()["lectures"]:  # the material files are served by this portal
        for material in lecture["materials"]:
            for variant in material["variants"]:
                if variant.get("path"):
                    assert ana.get(server.url + variant["url"]).status_code == 200
    # version 1 again: refused, version 2 stays
    older = upload(kim, server.url, folder_zip(package(tmp_path), tmp_path / "old.zip", top=""))
    assert older.status_code == 422 and "older than the published version 2" in older.text
    assert listed(server.url)[NEW]["title"] == "City care, revised"
    # another organizer cannot replace kim's course by uploading its id
    lee = signed_in(server.url, "lee", "desk-password-2")
    taken = upload(lee, server.url, write_package_bundle(package(tmp_path, 3, title="Hijacked"), tmp_path / "v3.ccb").path)
    assert taken.status_code == 422 and "another organizer" in taken.text
    assert listed(server.url)[NEW]["title"] == "City care, revised"
    assert COURSE not in lee.get(server.url + "/desk/").text and NEW not in lee.get(server.url + "/desk/").text
    leftovers = [p.name for p in (server.app.state.config.data_dir / "packages").iterdir() if p.name.startswith(".")]
    assert leftovers == []  # no staging folder left behind


@pytest.mark.skipif(not CANVAS.is_file(), reason="the shared real-courses folder is not here")
def test_a_common_cartridge_exported_by_canvas_is_published(server):
    kim = signed_in(server.url, "kim", "desk-password-1")
    answer = upload(kim, server.url, CANVAS)
    assert answer.status_code == 303, answer.text
    course_id = answer.headers["location"].split("/desk/courses/")[1].split("?")[0]
    enrol(kim, server.url, course_id)
    assert course_id in listed(server.url)
    assert kim.get(server.url + f"/desk/courses/{course_id}").status_code == 200


def test_hostile_uploads_are_refused_with_a_reason_and_change_nothing(server, tmp_path):
    kim = signed_in(server.url, "kim", "desk-password-1")
    before = listed(server.url)
    slip = folder_zip(package(tmp_path), tmp_path / "slip.zip", top="", extra={"../../escaped.txt": b"x"})
    absolute = folder_zip(package(tmp_path), tmp_path / "abs.zip", top="", extra={"/tmp/desk-abs.txt": b"x"})
    empty = tmp_path / "nothing.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "no course here")
    broken = package(tmp_path, course_id="broken-course")
    (broken / "course.json").write_text('{"id": "broken-course", "title": 5}', encoding="utf-8")
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("course.json", b"{" + b" " * (20 * 1024 * 1024) + b"}")
    link = tmp_path / "link.zip"
    with zipfile.ZipFile(link, "w") as zf:
        info = zipfile.ZipInfo("notes/lecture-1.html")
        info.create_system, info.external_attr = 3, (0o120777 << 16)  # a symbolic link to /etc/passwd
        zf.writestr(info, "/etc/passwd")
        zf.write(SAMPLE / "course.json", "course.json")
    not_zip = tmp_path / "course.ccb"
    not_zip.write_bytes(b"<html>this is a web page saved by mistake</html>")
    for path, words in ((slip, "refused"), (absolute, "refused"), (empty, "holds no course"),
                        (folder_zip(broken, tmp_path / "broken.zip"), "refused"), (bomb, "refused"), (link, "refused"),
                        (not_zip, "refused")):
        answer = upload(kim, server.url, path)
        assert answer.status_code == 422 and words in answer.text and "nothing was changed" in answer.text.lower(), path
        assert "<script" not in answer.text and str(server.app.state.config.data_dir) not in answer.text
    assert listed(server.url) == before
    assert not Path("/tmp/desk-abs.txt").exists()
    packages = server.app.state.config.data_dir / "packages"
    assert not (packages.parent / "escaped.txt").exists() and not (packages / "escaped.txt").exists()
    assert [p.name for p in packages.iterdir() if p.name.startswith(".")] == []
    # a body larger than the limit is refused before it is read (its declared length)
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(server.url)
    conn = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    conn.putrequest("POST", "/desk/courses/upload")
    conn.putheader("Content-Length", str(3 * 1024**3))
    conn.putheader("Content-Type", "multipart/form-data; boundary=x")
    conn.endheaders(b"--x\r\n")
    assert conn.getresponse().status == 413
    conn.close()


def test_a_course_runs_on_new_dates_and_the_participants_api_serves_them(server):
    ana = Caller(server.url, "ana", "secret-pw")
    first = ana.get(f"/courses/{COURSE}/manifest")
    start = date.fromisoformat(first.json()["starts_on"])
    session = first.json()["live_sessions"][0]["start"]
    kim = signed_in(server.url, "kim", "desk-password-1")
    page = kim.get(server.url + f"/desk/courses/{COURSE}").text
    url = server.url + f"/desk/courses/{COURSE}/dates"
    wrong = kim.post(url, data={"csrf": csrf_of(page), "starts_on": (start + timedelta(days=370)).isoformat()})
    assert wrong.status_code == 422 and "must be a Monday" in wrong.text
    assert ana.get(f"/courses/{COURSE}/manifest").json()["starts_on"] == start.isoformat()
    new_start = start + timedelta(weeks=150)
    moved = kim.post(url, data={"csrf": csrf_of(page), "starts_on": new_start.isoformat()}, allow_redirects=False)
    assert moved.status_code == 303 and "The schedule moved" in kim.get(server.url + moved.headers["location"]).text
    again = ana.get(f"/courses/{COURSE}/manifest", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 200 and again.headers["etag"] != first.headers["etag"]
    body = again.json()
    assert body["starts_on"] == new_start.isoformat()
    assert body["live_sessions"][0]["start"][:10] == (date.fromisoformat(session[:10]) + timedelta(weeks=150)).isoformat()
    assert body["live_sessions"][0]["start"][10:] == session[10:]  # the same wall-clock time
    assert listed(server.url)[COURSE]["starts_on"] == new_start.isoformat()
    assert f"{new_start.isoformat()} –" in kim.get(server.url + f"/desk/courses/{COURSE}").text
    es = kim.post(url + "?lang=es", data={"csrf": csrf_of(page), "starts_on": (new_start + timedelta(days=1)).isoformat()})
    assert es.status_code == 422 and "debe ser lunes" in es.text
    lee = signed_in(server.url, "lee", "desk-password-2")
    theirs = lee.post(url, data={"csrf": csrf_of(lee.get(server.url + "/desk/").text), "starts_on": start.isoformat()})
    assert theirs.status_code == 404
    assert listed(server.url)[COURSE]["starts_on"] == new_start.isoformat()
