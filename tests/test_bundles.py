"""Course bundles (.ccb): the format's rules, export → import over a real portal, and every kind of bad
file refused with a sentence that names the fault, nothing written outside the data folder."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from companion.domain import bundle as b
from companion.domain.bundle import BundleError, check_name
from companion.services.bundles import write_package_bundle
from companion.sync.downloads import DONE
from companion.ui.words import bundle_fault, bundle_imported, bundle_refused

from .conftest import SAMPLE

COURSE = "caring-cities-2023"


# ---- the format's rules (domain, no I/O) ----
@pytest.mark.parametrize("name, code", [
    ("course.json", None), ("materials/lecture-1-notes/text.html", None), ("materials/", None),
    ("../evil.txt", b.UNSAFE_PATH), ("materials/../../evil.txt", b.UNSAFE_PATH), ("a/./b", b.UNSAFE_PATH),
    ("a//b", b.UNSAFE_PATH), ("a\\..\\b", b.UNSAFE_PATH), ("a\x00b", b.UNSAFE_PATH), ("", b.UNSAFE_PATH),
    ("x" * (b.MAX_NAME + 1), b.UNSAFE_PATH),
    ("/etc/passwd", b.ABSOLUTE_PATH), ("\\\\server\\share", b.ABSOLUTE_PATH), ("C:\\Windows\\x", b.ABSOLUTE_PATH),
    ("c:relative", b.ABSOLUTE_PATH),
])
def test_entry_names(name, code):
    assert check_name(name) == code


def test_symlinks_encryption_and_ratio_are_refused():
    link = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(BundleError) as caught:
        b.check_entry("materials/x/original", 10, 10, external_attr=link, create_system=3)
    assert caught.value.code == b.SYMLINK
    b.check_entry("materials/x/original", 10, 10, external_attr=(stat.S_IFREG | 0o644) << 16, create_system=3)
    with pytest.raises(BundleError, match=b.ENCRYPTED):
        b.check_entry("a", 10, 10, encrypted=True)
    b.check_entry("small", b.RATIO_FLOOR, 1)  # tiny files may compress well
    with pytest.raises(BundleError) as caught:
        b.check_entry("big", 100 * b.RATIO_FLOOR, b.RATIO_FLOOR // 2)
    assert caught.value.code == b.ZIP_BOMB and caught.value.data["ratio"] == 200
    with pytest.raises(BundleError, match=b.TOO_MANY_FILES):
        b.check_totals(b.MAX_FILES + 1, 0)
    with pytest.raises(BundleError, match=b.TOO_LARGE):
        b.check_totals(1, b.MAX_TOTAL_BYTES + 1)


def test_index_is_checked():
    sha = "0" * 64
    good = {"format": b.FORMAT, "format_version": 1, "course_id": "c", "course_version": 2,
            "files": [{"path": "course.json", "size": 1, "sha256": sha},
                      {"path": "materials/m/original.pdf", "size": 3, "sha256": sha, "material": "m",
                       "variant": "original"}]}
    index = b.parse_index(good)
    assert index.course_version == 2 and index.entry("materials/m/original.pdf").material == "m"
    assert b.parse_index(index.as_json()) == index
    with_file = {**good, "files": good["files"] + [{"path": "files/cc/a.png", "size": 1, "sha256": sha,
                                                     "file": "cc/a.png"}]}
    assert b.parse_index(with_file).entry("files/cc/a.png").file == "cc/a.png"
    assert b.parse_index(with_file).as_json()["format_version"] == 2 and index.as_json()["format_version"] == 1
    for change, code in [({"format": "zip"}, b.NOT_A_BUNDLE), ({"format_version": b.FORMAT_VERSION + 1}, b.NEWER_FORMAT),
                         ({"files": with_file["files"][:2] + [dict(with_file["files"][2], path="files/cc/b.png")]},
                          b.BAD_INDEX),
                         ({"course_id": "../x"}, b.BAD_INDEX), ({"files": {}}, b.BAD_INDEX),
                         ({"files": good["files"][1:]}, b.MISSING),
                         ({"files": good["files"] + [{"path": "/abs", "size": 1, "sha256": sha}]}, b.ABSOLUTE_PATH),
                         ({"files": good["files"] + [dict(good["files"][1], path="x")]}, b.DUPLICATE),
                         ({"files": good["files"] + [{"path": "extra", "size": 1, "sha256": sha}]}, b.UNLISTED)]:
        with pytest.raises(BundleError) as caught:
            b.parse_index({**good, **change})
        assert caught.value.code == code, change
    assert b.material_name("m", "low", "https://cdn/x/Video.MP4?sig=1") == "materials/m/low.mp4"
    assert b.material_name("m", "text", None) == "materials/m/text"


# ---- export → import over a real portal ----
def sign_in_and_download_everything(app, portal):
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    app.sync.run()
    app.downloads.enqueue(COURSE)
    report = app.downloads.run()
    assert report.failed == 0 and report.done >= 5
    return app


def offline_bytes(app, course_id=COURSE) -> dict[str, bytes]:
    course = app.library.course(course_id)
    out = {}
    for _l, m in course.materials():
        path = app.library.material_file(course_id, m)
        if path is not None:
            out[m.id] = path.read_bytes()
    return out


def other_app(tmp_path, clock, name="colleague"):
    from companion.app import build_app

    folder = tmp_path / name
    folder.mkdir()
    return build_app(folder, clock=clock)


def test_export_then_import_is_byte_exact_and_offline(app, media_portal, tmp_path, clock):
    sign_in_and_download_everything(app, media_portal)
    exported = app.bundles.export(COURSE, tmp_path / "usb" / "course.ccb")
    here = offline_bytes(app)
    assert exported.files == len(here) == 9 and exported.not_included == ()
    assert not [p for p in (tmp_path / "usb").iterdir() if p.name != "course.ccb"]  # no temporary left behind
    with zipfile.ZipFile(exported.path) as zf:
        index = json.loads(zf.read(b.INDEX))
        assert {f["path"] for f in index["files"]} | {b.INDEX} == set(zf.namelist())
        for f in index["files"]:
            assert hashlib.sha256(zf.read(f["path"])).hexdigest() == f["sha256"]

    colleague = other_app(tmp_path, clock)  # no portal, no network: the USB stick only
    try:
        assert offline_bytes(colleague).keys() == {f"lecture-{n}-notes" for n in range(1, 5)}
        result = colleague.bundles.import_file(exported.path)
        assert result.action == "updated" and result.files_added == 5 and result.files_present == 4
        assert "5 files are now available offline" in bundle_imported(result)
        assert offline_bytes(colleague) == here  # byte for byte
        assert colleague.downloads.plan(COURSE) == []  # nothing left to download
        for record in colleague.store.downloads(COURSE):
            assert record.state == DONE and Path(record.path).is_relative_to(colleague.data_dir / "materials")
        assert not list((colleague.data_dir / ".incoming").iterdir())
        again = colleague.bundles.import_file(exported.path)
        assert (again.action, again.files_added, again.files_present) == ("unchanged", 0, 9)
    finally:
        colleague.close()


def test_a_newer_version_keeps_the_participants_work(app, sample_copy, tmp_path):
    attempt = app.quizzes.start(COURSE, "quiz-1")
    app.quizzes.answer(attempt.id, "q1", ["true"])
    app.assignments.save_draft(COURSE, "essay", {"text": "Seoul Learn opens education to all."})
    submitted = app.assignments.submit(COURSE, "essay")
    app.store.save_draft(COURSE, "action-plan", {"text": "My draft"}, app.clock.now())
    data = json.loads((sample_copy / "course.json").read_text(encoding="utf-8"))
    data.update(version=2, title="Caring Cities 2023 (revised)")
    (sample_copy / "course.json").write_text(json.dumps(data), encoding="utf-8")
    written = write_package_bundle(sample_copy, tmp_path / "v2.ccb")  # the organiser's side
    result = app.bundles.import_file(written.path)
    assert (result.action, result.previous_version, result.version) == ("updated", 1, 2)
    assert "from version 1 to 2" in bundle_imported(result) and "kept" in bundle_imported(result)
    assert app.library.course(COURSE).title == "Caring Cities 2023 (revised)"
    assert app.quizzes.open_attempt(COURSE, "quiz-1").answers == {"q1": ("true",)}
    assert app.store.get_draft(COURSE, "action-plan")[0] == {"text": "My draft"}
    assert [s.id for s in app.outbox.items(COURSE)] == [submitted.id]
    # and the old version is refused, changing nothing
    data["version"] = 1
    (sample_copy / "course.json").write_text(json.dumps(data), encoding="utf-8")
    old = write_package_bundle(sample_copy, tmp_path / "v1.ccb")
    with pytest.raises(BundleError) as caught:
        app.bundles.import_file(old.path)
    assert caught.value.code == b.OLDER_VERSION
    assert "version 1" in bundle_fault(caught.value) and "installed version 2" in bundle_fault(caught.value)
    assert app.library.course(COURSE).version == 2


def test_a_sync_keeps_the_newer_version_a_course_file_brought(app, portal, sample_copy, tmp_path):
    """The portal still serves version 1; a colleague's course file brought version 2: the next sync must
    not put the course back to version 1 (and says so), nor lose what the participant did."""
    from companion.domain import reasons
    from companion.ui.words import reason

    data = json.loads((sample_copy / "course.json").read_text(encoding="utf-8"))
    data.update(version=2, title="Caring Cities 2023 (revised)")
    (sample_copy / "course.json").write_text(json.dumps(data), encoding="utf-8")
    assert app.bundles.import_file(write_package_bundle(sample_copy, tmp_path / "v2.ccb").path).version == 2
    app.store.save_draft(COURSE, "action-plan", {"text": "My draft"}, app.clock.now())
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    report = app.sync.run()
    course = app.library.course(COURSE)
    assert (course.version, course.title) == (2, "Caring Cities 2023 (revised)")
    assert app.store.course_version(COURSE) == 2
    kept = [c for c in report.changes if c.code == reasons.KEPT_NEWER]
    assert [c.data for c in kept] == [{"title": "Caring Cities 2023 (revised)", "version": 2, "portal_version": 1}]
    assert reason(kept[0]) == ("The portal still offers version 1 of “Caring Cities 2023 (revised)”; this computer "
                               "keeps its newer version 2.")
    assert app.store.get_draft(COURSE, "action-plan")[0] == {"text": "My draft"}
    app.sync.run()  # and again: still the newer version
    assert app.library.course(COURSE).version == 2


def test_a_new_course_from_a_bundle_works_without_its_package(app, sample_copy, tmp_path):
    data = json.loads((sample_copy / "course.json").read_text(encoding="utf-8"))
    data.update(id="caring-cities-2024", title="Caring Cities 2024")
    (sample_copy / "course.json").write_text(json.dumps(data), encoding="utf-8")
    bundle = write_package_bundle(sample_copy, tmp_path / "new.ccb").path
    result = app.bundles.import_file(bundle)
    assert (result.action, result.files_added) == ("added", 4)
    course = app.library.course("caring-cities-2024")
    notes = course.lectures[0].materials[0]
    path = app.library.material_file(course.id, notes)
    assert path.read_bytes() == (sample_copy / notes.variants[0].path).read_bytes()
    assert app.library.package_dir(course.id).is_relative_to(app.data_dir)


# ---- bad bundles ----
def good_bundle(tmp_path) -> Path:
    return write_package_bundle(SAMPLE, tmp_path / "good.ccb").path


def rewrite(source: Path, target: Path, change) -> Path:
    """Copy a bundle entry by entry; ``change(name, data)`` returns (name, data) or None to drop it."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            changed = change(info.filename, src.read(info))
            if changed is not None:
                dst.writestr(changed[0], changed[1], compress_type=info.compress_type)
    return target


def with_entry(source: Path, target: Path, info: zipfile.ZipInfo, data: bytes, *, list_it=True) -> Path:
    """Add an entry (listed in bundle.json with its true sha256, so only the rule under test can refuse it)."""
    def change(name, blob):
        if name == b.INDEX and list_it:
            index = json.loads(blob)
            index["files"].append({"path": info.filename, "size": len(data),
                                   "sha256": hashlib.sha256(data).hexdigest(), "material": "lecture-1-notes",
                                   "variant": "extra"})
            return name, json.dumps(index).encode()
        return name, blob

    rewrite(source, target, change)
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr(info, data)
    return target


def bad_bundles(tmp_path) -> dict[str, tuple[Path, str, str]]:
    """name -> (file, code, a word the message must hold)."""
    good = good_bundle(tmp_path)
    raw = good.read_bytes()
    out: dict[str, tuple[Path, str, str]] = {}

    def add(name, path, code, word):
        out[name] = (path, code, word)

    truncated = tmp_path / "truncated.ccb"
    truncated.write_bytes(raw[: len(raw) * 2 // 3])
    add("truncated", truncated, b.TRUNCATED, "incomplete")

    # same size, other bytes: the stored file's CRC no longer matches
    altered = tmp_path / "altered.ccb"
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("materials/lecture-2-notes/text.html")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    tampered = bytearray(raw)
    tampered[start + 100] ^= 0x20
    altered.write_bytes(bytes(tampered))
    add("altered bytes", altered, b.ALTERED, "lecture-2-notes")

    # a consistent zip whose file differs from the sha256 the index gives
    swapped = rewrite(good, tmp_path / "swapped.ccb", lambda n, d: (n, d.replace(b"Caring", b"Sharing"))
                      if n.endswith("lecture-3-notes/text.html") else (n, d))
    add("altered, CRC recomputed", swapped, b.ALTERED, "lecture-3-notes")

    slip = zipfile.ZipInfo("../../escaped.txt")
    add("zip-slip", with_entry(good, tmp_path / "slip.ccb", slip, b"gotcha", list_it=False), b.UNSAFE_PATH,
        "../../escaped.txt")
    absolute = zipfile.ZipInfo(str(tmp_path / "absolute.txt"))
    add("absolute path", with_entry(good, tmp_path / "abs.ccb", absolute, b"gotcha", list_it=False),
        b.ABSOLUTE_PATH, "absolute")
    link = zipfile.ZipInfo("materials/lecture-1-notes/extra")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    add("symlink", with_entry(good, tmp_path / "link.ccb", link, b"/etc/passwd"), b.SYMLINK, "symbolic link")

    bomb = zipfile.ZipInfo("materials/lecture-1-notes/extra")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    add("zip bomb", with_entry(good, tmp_path / "bomb.ccb", bomb, bytes(16 << 20)), b.ZIP_BOMB, "times its")

    many = tmp_path / "many.ccb"
    with zipfile.ZipFile(many, "w") as zf:
        for n in range(b.MAX_FILES + 1):
            zf.writestr(f"f{n}", b"")
    add("too many files", many, b.TOO_MANY_FILES, str(b.MAX_FILES))

    unlisted = rewrite(good, tmp_path / "unlisted.ccb", lambda n, d: (n, d))
    with zipfile.ZipFile(unlisted, "a") as zf:
        zf.writestr("materials/surprise.exe", b"MZ")
    add("unlisted file", unlisted, b.UNLISTED, "surprise.exe")
    dropped = rewrite(good, tmp_path / "dropped.ccb", lambda n, d: None if n.endswith("lecture-4-notes/text.html")
                      else (n, d))
    add("listed file missing", dropped, b.MISSING, "lecture-4-notes")

    pdf = tmp_path / "slides.ccb"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    add("not a zip", pdf, b.NOT_A_BUNDLE, "not a Companion course file")
    plain = tmp_path / "photos.ccb"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    add("a zip, not a bundle", plain, b.NOT_A_BUNDLE, "not a Companion course file")
    spoilt = tmp_path / "bad-course.ccb"

    def spoil(name, data):
        if name == b.COURSE:
            return name, b"{not json"
        if name == b.INDEX:
            index = json.loads(data)
            for f in index["files"]:
                if f["path"] == b.COURSE:
                    f.update(size=9, sha256=hashlib.sha256(b"{not json").hexdigest())
            return name, json.dumps(index).encode()
        return name, data

    rewrite(good, spoilt, spoil)
    add("course.json broken", spoilt, b.BAD_COURSE, "cannot be used")
    return out


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_every_bad_bundle_is_refused_naming_the_fault(app, tmp_path):
    cases = bad_bundles(tmp_path / "bad")
    outside = tmp_path / "bad"
    before_outside = tree(outside)
    before_records = app.store.downloads(COURSE)
    for name, (path, code, word) in cases.items():
        with pytest.raises(BundleError) as caught:
            app.bundles.import_file(path)
        assert caught.value.code == code, name
        message = bundle_refused(caught.value)
        assert message.startswith("Nothing was imported.") and word in message, (name, message)
    assert tree(outside) == before_outside  # nothing escaped, nothing left beside the files
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "absolute.txt").exists()
    assert not list((app.data_dir / ".incoming").iterdir())  # no partial import left behind
    assert app.store.downloads(COURSE) == before_records
    assert app.library.course(COURSE).version == 1
    assert not (app.data_dir / "materials").exists()


def run_cli(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_exports_and_imports(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    out = run_cli(first, "courses", "export", COURSE, str(tmp_path / "shared"))
    assert out.returncode == 0 and "shared.ccb" in out.stdout and "4 material files" in out.stdout, out.stderr
    out = run_cli(second, "courses", "add", str(tmp_path / "shared.ccb"))
    assert out.returncode == 0 and "already installed" in out.stdout, out.stderr
    (tmp_path / "cut.ccb").write_bytes((tmp_path / "shared.ccb").read_bytes()[:4000])
    out = run_cli(second, "courses", "add", str(tmp_path / "cut.ccb"))
    assert out.returncode == 2 and "Nothing was imported" in out.stderr and "incomplete" in out.stderr
    assert "Traceback" not in out.stderr
    out = run_cli(second, "courses", "add", str(SAMPLE))  # a folder still works as before
    assert out.returncode == 0


def test_the_portal_writes_the_same_format(tmp_path):
    out = subprocess.run([sys.executable, "-m", "companion_portal", "bundle", "--course", str(SAMPLE), "--out",
                          str(tmp_path / "course")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "4 material files" in out.stdout, out.stderr
    with zipfile.ZipFile(tmp_path / "course.ccb") as zf:
        index = b.parse_index(json.loads(zf.read(b.INDEX)))
        manifest = json.loads(zf.read(b.COURSE))
    assert index.course_id == COURSE and manifest == json.loads((SAMPLE / "course.json").read_text("utf-8"))
    out = subprocess.run([sys.executable, "-m", "companion_portal", "bundle", "--course", str(tmp_path), "--out",
                          str(tmp_path / "x.ccb")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "course.json" in out.stderr and not (tmp_path / "x.ccb").exists()


def test_export_leaves_out_a_file_changed_since_it_was_verified(app, media_portal, tmp_path):
    sign_in_and_download_everything(app, media_portal)
    slides = next(m for _l, m in app.library.course(COURSE).materials() if m.id == "lecture-2-slides")
    path = app.library.material_file(COURSE, slides)
    path.write_bytes(b"damaged on disk")
    result = app.bundles.export(COURSE, tmp_path / "out.ccb")
    assert slides.title in result.not_included and result.files == 8
    with zipfile.ZipFile(result.path) as zf:
        assert not [n for n in zf.namelist() if "lecture-2-slides" in n]


def test_a_directory_that_understates_sizes_is_caught_while_unpacking(app, tmp_path):
    """A zip whose directory claims a file is smaller than the data it holds (the way a zip bomb slips
    under size limits): the reader stops at the claimed size, and the bytes do not match."""
    name = "materials/lecture-1-notes/text.html"
    liar = tmp_path / "liar.ccb"
    raw = bytearray(good_bundle(tmp_path).read_bytes())
    central = raw.index(b"PK\x01\x02")  # the zip's directory: one record per entry, name at offset 46
    while not raw[central + 46:].startswith(name.encode()):
        central = raw.index(b"PK\x01\x02", central + 4)
    claimed = 1000
    raw[central + 24:central + 28] = claimed.to_bytes(4, "little")  # uncompressed size in the directory
    liar.write_bytes(bytes(raw))
    with zipfile.ZipFile(liar) as zf:
        assert zf.getinfo(name).file_size == claimed < 2612
    with pytest.raises(BundleError) as caught:
        app.bundles.import_file(liar)
    assert caught.value.code == b.ALTERED and "lecture-1-notes" in bundle_refused(caught.value)
    assert not list((app.data_dir / ".incoming").iterdir())


def test_an_import_killed_half_way_leaves_nothing_that_counts(app, tmp_path):
    """What a killed import leaves is a private folder: not a course, not a download; the next import
    clears it once it is old."""
    stale = app.data_dir / ".incoming" / "bundle-killed"
    stale.mkdir(parents=True)
    (stale / "00001").write_bytes(b"half a file")
    old = 7 * 3600
    os.utime(stale, (os.path.getatime(stale) - old, os.path.getmtime(stale) - old))
    result = app.bundles.import_file(good_bundle(tmp_path))
    assert result.action == "unchanged" and result.files_present == 4
    assert not stale.exists() and not list((app.data_dir / ".incoming").iterdir())


def test_a_full_disk_is_named_before_anything_is_unpacked(tmp_path):
    from companion.services.bundles import open_bundle

    workdir = tmp_path / "work"
    workdir.mkdir()
    with pytest.raises(BundleError) as caught:
        open_bundle(good_bundle(tmp_path), workdir, free_bytes=lambda: 10 << 20)
    assert caught.value.code == b.NO_SPACE and caught.value.data["free"] == 10 << 20
    assert "not enough free disk space" in bundle_fault(caught.value) and "10.5 MB are free" in bundle_fault(caught.value)
    assert not list(workdir.iterdir())


def test_damage_anywhere_is_refused_by_name_never_a_crash(app, tmp_path):
    """300 copies of a good file, each with bytes changed or cut at a random place (fixed seed): every
    one is imported intact or refused with a BundleError; none raises anything else or leaves a trace."""
    import random

    rng = random.Random(12)
    raw = good_bundle(tmp_path).read_bytes()
    damaged = tmp_path / "damaged.ccb"
    outcomes: dict[str, int] = {}
    for _ in range(300):
        data = bytearray(raw)
        if rng.random() < 0.25:
            data = data[: rng.randrange(len(data))]
        else:
            for _flip in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        damaged.write_bytes(bytes(data))
        try:
            app.bundles.import_file(damaged)
            outcomes["imported"] = outcomes.get("imported", 0) + 1
        except BundleError as exc:
            assert bundle_refused(exc)  # every code has its words
            outcomes[exc.code] = outcomes.get(exc.code, 0) + 1
    assert sum(outcomes.values()) == 300 and len(outcomes) >= 3, outcomes
    assert not list((app.data_dir / ".incoming").iterdir())
    assert app.library.course(COURSE).version == 1
    for record in app.store.downloads(COURSE):  # whatever was taken matched its sha256
        assert hashlib.sha256(Path(record.path).read_bytes()).hexdigest() == record.done_sha256
