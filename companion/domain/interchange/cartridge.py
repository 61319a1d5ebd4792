"""IMS Common Cartridge 1.0, 1.1, 1.2 and 1.3 (``imsmanifest.xml`` and its resources), read into the
``course.json`` shape, with Canvas's extensions (``course_settings/``, assignment settings, quiz meta,
``non_cc_assessments/``) where a cartridge has them. Built from the IMS CC specifications: elements
are matched by their local names, so each version's namespaces read alike.

- The first organization is the outline: under its root item, each module becomes a lecture and
  every item below it (in order, however deep) one of its parts; an item with no resource is a
  heading for the parts after it (Canvas's sub-headers) or, with children, for its own children.
- ``webcontent``: an HTML page (cleaned, with the package files it uses), a PDF, audio, video, an
  image or another file, each kept in the package.
- ``imswl``: a link that needs a connection. ``imsdt``: a discussion topic, readable offline.
- ``imsbasiclti`` and resource types no reader here knows: listed "on the platform" with their link.
- assessments: quizzes, read by :mod:`companion.domain.interchange.qti`.
- assignments (the CC assignment extension, or Canvas's ``assignment_settings.xml``): assignments with
  their points and due date.
- resources the outline does not reach are kept in one extra lecture rather than dropped.

Canvas writes its dates in UTC; they are kept as wall times in the course's zone
(``course_settings.xml``'s ``time_zone``, UTC when it names none).

Pure: the caller gives the manifest's bytes, the package's member names and a ``read(name)`` that
returns a member's bytes (or None); :func:`read_cartridge` says which members to keep and under which
package path, and the pages it rewrote. Hashing and copying are the service's.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from ..bundle import BundleError
from . import html as pages
from . import report as rep

MANIFEST = "imsmanifest.xml"
PACKAGE_ROOT = "cc"  # every kept file lives under this folder of the course package
MAX_MANIFEST_BYTES = 8 * 1024**2
MAX_XML_BYTES = 16 * 1024**2  # one resource's XML (a QTI file with embedded images may be large)
MAX_PAGE_BYTES = 8 * 1024**2
MAX_PARTS = 5_000  # parts of lectures a course may have (a manifest may name a resource any number of times)
MAX_DEPTH = 40  # items nested in items

# ---- why a cartridge is refused as a whole (BundleError codes; the words are the UI's) ----
NOT_A_CARTRIDGE = "not_a_cartridge"  # a zip without imsmanifest.xml at its root
BAD_MANIFEST = "bad_manifest"  # imsmanifest.xml is not readable XML of a manifest (data: detail)
XML_FORBIDDEN = "xml_forbidden"  # the XML declares entities or loads external ones (data: name)
MANIFEST_TOO_LARGE = "manifest_too_large"  # (data: size, limit)

VERSIONS = {  # the manifest's namespace -> the CC version it declares
    "http://www.imsglobal.org/xsd/imscc/imscp_v1p1": "1.0",
    "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1": "1.1",
    "http://www.imsglobal.org/xsd/imsccv1p2/imscp_v1p1": "1.2",
    "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1": "1.3",
}

HTML_EXT = (".html", ".htm", ".xhtml")
PDF_EXT = (".pdf",)
AUDIO_EXT = (".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".aac", ".flac")
VIDEO_EXT = (".mp4", ".m4v", ".webm", ".ogv", ".mov", ".mkv")
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp")
MIME = {".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml", ".pdf": "application/pdf",
        ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/opus",
        ".wav": "audio/wav", ".aac": "audio/aac", ".flac": "audio/flac", ".mp4": "video/mp4", ".m4v": "video/mp4",
        ".webm": "video/webm", ".ogv": "video/ogg", ".mov": "video/quicktime", ".mkv": "video/x-matroska",
        ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
        ".svg": "image/svg+xml", ".webp": "image/webp", ".bmp": "image/bmp", ".txt": "text/plain",
        ".csv": "text/csv", ".doc": "application/msword", ".xml": "application/xml",
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".zip": "application/zip"}
_ID_BAD = re.compile(r"[^a-z0-9._-]+")

# Rails' time zone names Canvas may write in course_settings.xml, for the most common ones
RAILS_ZONES = {"UTC": "UTC", "Eastern Time (US & Canada)": "America/New_York",
               "Central Time (US & Canada)": "America/Chicago", "Mountain Time (US & Canada)": "America/Denver",
               "Pacific Time (US & Canada)": "America/Los_Angeles", "London": "Europe/London",
               "Madrid": "Europe/Madrid", "Paris": "Europe/Paris", "Berlin": "Europe/Berlin", "Seoul": "Asia/Seoul",
               "Tokyo": "Asia/Tokyo", "Mexico City": "America/Mexico_City", "Bogota": "America/Bogota",
               "Lima": "America/Lima", "Santiago": "America/Santiago", "Buenos Aires": "America/Argentina/Buenos_Aires",
               "Brasilia": "America/Sao_Paulo", "Sydney": "Australia/Sydney", "Beijing": "Asia/Shanghai",
               "New Delhi": "Asia/Kolkata", "Cairo": "Africa/Cairo", "Nairobi": "Africa/Nairobi"}


def ln(tag: Any) -> str:
    """An element's local name (no namespace)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(el, name: str) -> list:
    return [c for c in el if ln(c.tag) == name]


def child(el, name: str):
    return next((c for c in el if ln(c.tag) == name), None)


def text_of(el, name: str) -> str:
    found = child(el, name) if el is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def find_deep(el, name: str):
    return next((x for x in el.iter() if ln(x.tag) == name), None)


def parse_xml(data: bytes, name: str):
    """XML with no entity expansion, no external entities and no DTD loading (defusedxml)."""
    try:
        return SafeET.fromstring(data)
    except DefusedXmlException:
        raise BundleError(XML_FORBIDDEN, name=name) from None


def slug(text: str, fallback: str = "item") -> str:
    out = _ID_BAD.sub("-", text.lower()).strip("-._")
    if not out:
        out = fallback
    if out != text.lower() or len(out) > 48:
        out = f"{out[:40].rstrip('-._')}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:6]}"
    return out


def mime_of(path: str) -> str:
    return MIME.get(posixpath.splitext(path)[1].lower(), "application/octet-stream")


def kind_of(path: str) -> str:
    ext = posixpath.splitext(path)[1].lower()
    if ext in HTML_EXT:
        return "html"
    if ext in PDF_EXT:
        return "pdf"
    if ext in AUDIO_EXT:
        return "audio"
    if ext in VIDEO_EXT:
        return "video"
    if ext in IMAGE_EXT:
        return "image"
    return "file"


def package_path(member: str) -> str:
    return f"{PACKAGE_ROOT}/{member}"


@dataclass
class Resource:
    id: str
    type: str
    href: str
    files: list[str]
    deps: list[str]
    base: str = ""


@dataclass
class Read:
    """What :func:`read_cartridge` found: the course.json shape (file sizes and hashes left for the
    service to fill), the members to keep as they are, the pages it rewrote, the report."""
    manifest: dict
    keep: dict[str, str] = field(default_factory=dict)  # package path -> member name
    written: dict[str, bytes] = field(default_factory=dict)  # package path -> bytes (cleaned pages)
    report: rep.ImportReport | None = None
    own: bool = False  # the course exactly as Companion exported it (companion/course.json), not read from CC


class _TooMany(Exception):
    """More parts than MAX_PARTS: the rest of the outline is left out (and said so)."""


class _Ids:
    def __init__(self):
        self.used: set[str] = set()

    def take(self, text: str, fallback: str) -> str:
        base = slug(text or fallback, fallback)
        candidate, n = base, 2
        while candidate in self.used:
            candidate = f"{base[:58]}-{n}"
            n += 1
        self.used.add(candidate)
        return candidate


def _resolve_href(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, unquote(href))) if href else ""


class _Cartridge:
    def __init__(self, root, names: Collection[str], read: Callable[[str], bytes | None], source: str,
                 report: rep.ImportReport, fallback_day: date):
        self.root, self.names, self._read, self.source, self.report = root, set(names), read, source, report
        self.fallback_day = fallback_day
        self.resources: dict[str, Resource] = {}
        self.keep: dict[str, str] = {}
        self.written: dict[str, bytes] = {}
        self.material_ids, self.lecture_ids, self.quiz_ids, self.assignment_ids = _Ids(), _Ids(), _Ids(), _Ids()
        self.quizzes: list[dict] = []
        self.assignments: list[dict] = []
        self.used_resources: set[str] = set()
        self.dates: list[datetime] = []
        self.tz = "UTC"
        self.settings_title = ""
        self.settings_start: datetime | None = None
        self.settings_end: datetime | None = None
        self.module_refs: dict[str, str] = {}
        self.cleaned: dict[str, tuple[str, list[dict]]] = {}  # page member -> (package path, assets)
        self.linked_pages: list[str] = []  # pages other pages link to
        self.full = False  # MAX_PARTS reached: what follows is counted in left_over, not read
        self.left_over = 0
        self.shown: set[str] = set()  # members some material shows (its main file)

    # ---- reading members ----
    def read(self, name: str, limit: int) -> bytes | None:
        if name not in self.names:
            return None
        data = self._read(name)
        if data is None or len(data) > limit:
            return None
        return data

    def xml(self, name: str):
        """A resource's XML, or None (reported by the caller) when it is missing or not XML."""
        data = self.read(name, MAX_XML_BYTES)
        if data is None:
            return None
        try:
            return parse_xml(data, name)
        except SafeET.ParseError:
            return None

    # ---- the manifest ----
    def load_resources(self) -> None:
        res_root = child(self.root, "resources")
        for el in (children(res_root, "resource") if res_root is not None else []):
            rid = el.get("identifier") or ""
            if not rid or rid in self.resources:
                continue
            base = el.get("{http://www.w3.org/XML/1998/namespace}base") or ""
            files = [_resolve_href(base, f.get("href", "")) for f in children(el, "file") if f.get("href")]
            deps = [d.get("identifierref", "") for d in children(el, "dependency") if d.get("identifierref")]
            raw = (el.get("href") or "").strip()
            href = raw if web_address(raw) and urlsplit(raw).scheme else _resolve_href(base, raw)
            self.resources[rid] = Resource(rid, (el.get("type") or "").strip(), href, files, deps, base)

    def version(self) -> str:
        ns = self.root.tag[1:].split("}", 1)[0] if self.root.tag.startswith("{") else ""
        meta = child(self.root, "metadata")
        declared = text_of(meta, "schemaversion") if meta is not None else ""
        if declared:
            return ".".join(declared.split(".")[:2])
        if ns in VERSIONS:
            return VERSIONS[ns]
        found = re.search(r"imscc_xmlv1p(\d)", " ".join(r.type for r in self.resources.values()))
        return f"1.{found.group(1)}" if found else "1.0"

    def title(self) -> str:
        meta = child(self.root, "metadata")
        lom_title = None
        if meta is not None:
            general = find_deep(meta, "general")
            if general is not None:
                lom_title = find_deep(general, "title")
        if lom_title is not None:
            strings = [" ".join((s.text or "").split()) for s in lom_title.iter() if ln(s.tag) == "string"]
            if any(strings):
                return next(s for s in strings if s)[:300]
        if self.settings_title:
            return self.settings_title[:300]
        return (self.root.get("identifier") or "Course")[:300]

    def description(self) -> str:
        meta = child(self.root, "metadata")
        general = find_deep(meta, "general") if meta is not None else None
        found = child(general, "description") if general is not None else None
        strings = [" ".join((x.text or "").split()) for x in found.iter() if ln(x.tag) == "string"] if found is not None else []
        return next((x for x in strings if x), "")[:5000]

    def lifecycle_day(self) -> date | None:
        meta = child(self.root, "metadata")
        stamp = find_deep(meta, "dateTime") if meta is not None else None
        try:
            return date.fromisoformat((stamp.text or "").strip()[:10]) if stamp is not None else None
        except ValueError:
            return None

    # ---- Canvas's course settings ----
    def canvas_settings(self) -> None:
        settings = self.xml("course_settings/course_settings.xml")
        if settings is not None:
            self.settings_title = text_of(settings, "title")
            zone_name = text_of(settings, "time_zone")
            zone_name = RAILS_ZONES.get(zone_name, zone_name)
            if zone_name:
                try:
                    ZoneInfo(zone_name)
                    self.tz = zone_name
                except (ZoneInfoNotFoundError, ValueError):
                    pass
            self.settings_start = self.instant(text_of(settings, "start_at"))
            self.settings_end = self.instant(text_of(settings, "conclude_at"))
        modules = self.xml("course_settings/module_meta.xml")
        if modules is not None:
            for item in modules.iter():
                if ln(item.tag) == "item" and item.get("identifier"):
                    ref = text_of(item, "identifierref")
                    if ref:
                        self.module_refs[item.get("identifier")] = ref

    @staticmethod
    def instant(text: str) -> datetime | None:
        """A date Canvas wrote (ISO 8601, UTC unless it says otherwise)."""
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)

    def wall(self, moment: datetime) -> str:
        self.dates.append(moment)
        return moment.astimezone(ZoneInfo(self.tz)).strftime("%Y-%m-%dT%H:%M")

    # ---- the outline ----
    def outline(self) -> list[dict]:
        orgs = child(self.root, "organizations")
        org = None
        if orgs is not None:  # the default organization, else the first (IMS CP)
            listed = children(orgs, "organization")
            org = next((o for o in listed if o.get("identifier") == orgs.get("default")), listed[0] if listed else None)
        lectures: list[dict] = []
        if org is not None:
            tops = children(org, "item")
            if len(tops) == 1 and not tops[0].get("identifierref") and children(tops[0], "item"):
                tops = children(tops[0], "item")  # the root item of a rooted hierarchy
            loose: list = []
            for item in tops:
                if children(item, "item"):
                    lectures.append(self.lecture(item))
                else:
                    loose.append(item)
            if loose:  # items straight under the root: one lecture for them, where the first stood
                lecture = {"id": self.lecture_ids.take("outline", "outline"), "title": self.title(), "summary": "",
                           "materials": []}
                for item in loose:
                    self.item(item, lecture, "")
                lectures.append(lecture)
        extra = {"id": self.lecture_ids.take("more", "more"), "title": self.title(), "summary": "", "materials": [],
                 "extra": True}
        deps = {d for r in self.resources.values() for d in r.deps}
        for rid, resource in self.resources.items():
            if rid in self.used_resources or rid in deps or self.is_settings(resource):
                continue
            if resource.type.startswith("associatedcontent") and not self.assignment_settings(resource):
                continue
            if resource.type == "webcontent" and self.only_assets(resource):
                continue
            self.resource(resource, self.resource_title(resource), extra, "", rid)
        while self.linked_pages and not self.full:  # pages reached only through links: parts of the extra lecture
            member = self.linked_pages.pop()
            if member in self.shown or member not in self.names:
                continue
            data = self.read(member, MAX_PAGE_BYTES)
            title = (pages.page_title(decode_html(data)) if data else "") or posixpath.basename(member)
            page = Resource(member, "webcontent", member, [member], [])
            self.resource(page, title, extra, "", member)
        if self.left_over:
            self.report.skip("resource", "", rep.TOO_MANY, limit=MAX_PARTS, count=self.left_over)
        if extra["materials"] or any(q.get("lecture_id") == extra["id"] for q in self.quizzes) \
                or any(a.get("_lecture") == extra["id"] for a in self.assignments):
            lectures.append(extra)
            self.report.add(rep.LECTURES)
        return lectures

    def is_settings(self, resource: Resource) -> bool:
        return any(f.startswith("course_settings/") for f in resource.files + [resource.href] if f)

    def only_assets(self, resource: Resource) -> bool:
        """A file resource whose every file a kept page already uses (Canvas lists each course file)."""
        kept = {m for m in self.keep.values()}
        return bool(resource.files) and all(f in kept for f in resource.files)

    def resource_title(self, resource: Resource) -> str:
        """A title for a resource no outline item names: a page's own title, else its file's name."""
        main = self.main_file(resource)
        if main and kind_of(main) == "html":
            data = self.read(main, MAX_PAGE_BYTES)
            found = pages.page_title(decode_html(data)) if data else ""
            if found:
                return found
        return posixpath.basename(main) if main else resource.id

    def lecture(self, item) -> dict:
        title = text_of(item, "title") or item.get("identifier") or "—"
        lecture = {"id": self.lecture_ids.take(item.get("identifier") or title, "lecture"), "title": title[:300],
                   "summary": "", "materials": []}
        section = ""
        if item.get("identifierref"):  # a module that shows a resource of its own: its first part
            self.item_resource(item, item.get("identifierref"), title, lecture, "")
        for sub in children(item, "item"):
            section = self.item(sub, lecture, section, 1)
        self.report.add(rep.LECTURES)
        return lecture

    def item(self, item, lecture: dict, section: str, depth: int = 0) -> str:
        """One item of a module; returns the heading for the items that follow it."""
        title = (text_of(item, "title") or "").strip()
        ref = item.get("identifierref") or ""
        subs = children(item, "item")
        if subs:
            if depth >= MAX_DEPTH:
                self.report.skip("resource", title or ref, rep.TOO_MANY, limit=MAX_DEPTH, what="depth")
                return section
            if ref:  # an item that shows a resource and holds items too: the resource first
                self.item_resource(item, ref, title, lecture, section)
            inner = title or section
            for sub in subs:
                inner = self.item(sub, lecture, inner, depth + 1)
            return section
        if not ref:
            return title or section  # a sub-header: a heading for the items after it
        self.item_resource(item, ref, title, lecture, section)
        return section

    def item_resource(self, item, ref: str, title: str, lecture: dict, section: str) -> None:
        resource = self.resources.get(ref)
        if resource is None and item.get("identifier") in self.module_refs:
            resource = self.resources.get(self.module_refs[item.get("identifier")])
        if resource is None:
            self.report.skip("resource", title or ref, rep.FILE_MISSING, path=ref)
            return
        self.used_resources.add(resource.id)
        self.resource(resource, title or self.resource_title(resource), lecture, section, item.get("identifier") or ref)

    # ---- one resource ----
    def main_file(self, resource: Resource) -> str:
        if resource.href and resource.href in self.names:
            return resource.href
        if resource.href:
            near = [f for f in resource.files if f.startswith(resource.href)]
            if near and near[0] in self.names:
                return near[0]
        present = [f for f in resource.files if f in self.names]
        pages_first = [f for f in present if kind_of(f) == "html"]
        return (pages_first or present or [resource.href or (resource.files[0] if resource.files else "")])[0]

    def dep_files(self, resource: Resource, seen: set[str] | None = None) -> list[str]:
        seen = seen if seen is not None else {resource.id}
        out: list[str] = []
        for rid in resource.deps:
            dep = self.resources.get(rid)
            if dep is None or rid in seen:
                continue
            seen.add(rid)
            out.extend(dep.files)
            out.extend(self.dep_files(dep, seen))
        return out

    def resource(self, resource: Resource, title: str, lecture: dict, section: str, item_id: str) -> None:
        if self.full:
            self.left_over += 1
            return
        try:
            self.dispatch(resource, title, lecture, section, item_id)
        except _TooMany:
            self.full = True
            self.left_over += 1

    def dispatch(self, resource: Resource, title: str, lecture: dict, section: str, item_id: str) -> None:
        rtype = resource.type.lower()
        title = (title or resource.id)[:300]
        if rtype == "webcontent":
            self.webcontent(resource, title, lecture, section, item_id)
        elif rtype.startswith("imswl"):
            self.weblink(resource, title, lecture, section, item_id)
        elif rtype.startswith("imsdt"):
            self.topic(resource, title, lecture, section, item_id)
        elif "basiclti" in rtype or rtype.startswith("imslti"):
            self.lti(resource, title, lecture, section, item_id)
        elif rtype.startswith("imsqti") or ("qti" in rtype and ("assessment" in rtype or "question-bank" in rtype)):
            self.assessment(resource, title, lecture)
        elif rtype.startswith("assignment") or self.assignment_settings(resource):
            self.assignment(resource, title, lecture)
        elif rtype.startswith("associatedcontent") and resource.files:  # files an item shows as they are
            self.webcontent(resource, title, lecture, section, item_id)
        else:
            main = self.main_file(resource)
            url = main if urlsplit(main).scheme in ("http", "https") else ""
            self.platform(title, lecture, section, item_id, url, resource.type)

    def material(self, lecture: dict, item_id: str, title: str, kind: str, section: str, **extra) -> dict:
        if len(self.material_ids.used) >= MAX_PARTS:
            raise _TooMany()
        material = {"id": self.material_ids.take(item_id, "item"), "title": title, "kind": kind, "variants": [],
                    **extra}
        if section:
            material["section"] = section[:300]
        lecture["materials"].append(material)
        return material

    def keep_file(self, member: str) -> dict:
        self.keep[package_path(member)] = member
        return {"path": package_path(member), "mime": mime_of(member)}

    def webcontent(self, resource: Resource, title: str, lecture: dict, section: str, item_id: str) -> None:
        if urlsplit(resource.href).scheme in ("http", "https") and not resource.files:  # a page elsewhere
            self.material(lecture, item_id, title or resource.href, "link", section,
                          variants=[{"name": "original", "mime": "text/html", "url": resource.href}])
            self.report.add(rep.LINKS)
            return
        main = self.main_file(resource)
        if not main or main not in self.names:
            self.report.skip("resource", title, rep.FILE_MISSING, path=main or resource.href or resource.id)
            return
        kind = kind_of(main)
        self.shown.add(main)
        assets: list[dict] = []
        if kind == "html":
            page = self.page(main)
            if page is None:
                self.report.skip("resource", title, rep.UNREADABLE, what="html", path=main)
                return
            variant, assets = page
            variant = dict(variant)
        else:
            variant = self.keep_file(main)
        extra_files = [f for f in resource.files + self.dep_files(resource) if f != main]
        listed = {a["path"] for a in assets}
        for member in extra_files:
            if member not in self.names:
                self.report.skip("file", posixpath.basename(member), rep.FILE_MISSING, path=member)
                continue
            if package_path(member) not in listed:
                assets.append(self.keep_file(member))
                listed.add(package_path(member))
        material = self.material(lecture, item_id, title, kind, section, variants=[{"name": "original", **variant}])
        if assets:
            material["assets"] = assets

    def page(self, member: str) -> tuple[dict, list[dict]] | None:
        """A page cleaned and kept (once however many items show it): its variant and the files it uses."""
        if member in self.cleaned:
            path, assets = self.cleaned[member]
            return {"path": path, "mime": "text/html"}, assets
        data = self.read(member, MAX_PAGE_BYTES)
        if data is None:
            return None
        text = decode_html(data)
        cleaned, used, platform = pages.clean_page(text, member, self.names.__contains__)
        title = pages.page_title(text)
        body = f"<html><head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head><body>{cleaned}</body></html>"
        path = package_path(member)
        self.written[path] = body.encode("utf-8")
        assets = []
        for dep in sorted(used - {member}):
            if kind_of(dep) == "html":
                continue  # a link to another page: that page is its own item (or kept below)
            assets.append(self.keep_file(dep))
        # pages it links to are kept too (so the link works offline): as items of their own, or in the
        # extra lecture when no item shows them (see outline)
        self.linked_pages.extend(sorted(d for d in used - {member} if kind_of(d) == "html"))
        if platform:
            self.report.add(rep.PLATFORM_LINKS, platform)
        self.cleaned[member] = (path, assets)
        return {"path": path, "mime": "text/html"}, assets

    def weblink(self, resource: Resource, title: str, lecture: dict, section: str, item_id: str) -> None:
        main = self.main_file(resource)
        root = self.xml(main) if main else None
        url_el = find_deep(root, "url") if root is not None else None
        href = (url_el.get("href") or "").strip() if url_el is not None else ""
        own_title = text_of(root, "title") if root is not None else ""
        if root is None:
            reason = rep.FILE_MISSING if main not in self.names else rep.UNREADABLE
            self.report.skip("link", title, reason, path=main, what="imswl")
            return
        url = web_address(href)
        if url is None:
            self.platform(title or own_title, lecture, section, item_id, "", resource.type)
            return
        self.material(lecture, item_id, title or own_title or url, "link", section,
                      variants=[{"name": "original", "mime": "text/html", "url": url}])
        self.report.add(rep.LINKS)

    def topic(self, resource: Resource, title: str, lecture: dict, section: str, item_id: str) -> None:
        main = self.main_file(resource)
        root = self.xml(main) if main else None
        if root is None or ln(root.tag) != "topic":
            reason = rep.FILE_MISSING if main not in self.names else rep.UNREADABLE
            self.report.skip("topic", title, reason, path=main, what="imsdt")
            return
        text_el = child(root, "text")
        raw = (text_el.text or "") if text_el is not None else ""
        if text_el is not None and "html" not in (text_el.get("texttype") or "text/html"):
            raw = "<p>" + _esc(raw).replace("\n", "<br>") + "</p>"
        # the text is kept in course.json: its references are made relative to the package's folder
        cleaned, used, _platform = pages.clean_page(raw, main, self.names.__contains__, place=package_path)
        assets = [self.keep_file(f) for f in sorted(used) if kind_of(f) != "html"]
        for att in find_all(root, "attachment"):
            member = _resolve_href(posixpath.dirname(main), att.get("href", ""))
            if member in self.names and package_path(member) not in {a["path"] for a in assets}:
                assets.append(self.keep_file(member))
        for member in self.dep_files(resource):
            if member in self.names and package_path(member) not in {a["path"] for a in assets} \
                    and not self.platform_metadata(member):
                assets.append(self.keep_file(member))
        material = self.material(lecture, item_id, (text_of(root, "title") or title)[:300], "topic", section,
                                 text=cleaned)
        if assets:
            material["assets"] = assets
        self.report.add(rep.TOPICS)

    def platform_metadata(self, member: str) -> bool:
        """An XML file of the platform's own settings (Canvas's topic and quiz meta), not an attachment."""
        if not member.endswith(".xml"):
            return False
        root = self.xml(member)
        return root is not None and root.tag.startswith("{http://canvas.instructure.com/")

    def lti(self, resource: Resource, title: str, lecture: dict, section: str, item_id: str) -> None:
        main = self.main_file(resource)
        root = self.xml(main) if main else None
        url = ""
        if root is not None:
            for name in ("secure_launch_url", "launch_url"):
                found = web_address(text_of(root, name))
                if found:
                    url = found
                    break
            title = title or text_of(root, "title")
        self.platform(title, lecture, section, item_id, url, resource.type)

    def platform(self, title: str, lecture: dict, section: str, item_id: str, url: str, rtype: str) -> None:
        variants = [{"name": "original", "mime": "text/html", "url": url}] if url else []
        self.material(lecture, item_id, title or rtype, "platform", section, variants=variants, platform=rtype[:100])
        self.report.add(rep.ON_PLATFORM)
        if "lti" in rtype.lower() or rtype.lower().startswith("imswl"):
            self.report.skip("lti" if "lti" in rtype.lower() else "link", title, rep.NEEDS_PLATFORM, url=url)
        else:
            self.report.skip("resource", title, rep.TYPE_NOT_SUPPORTED, type=rtype, url=url)

    # ---- quizzes ----
    def canvas_quiz_meta(self, resource: Resource):
        for member in resource.files + self.dep_files(resource):
            if posixpath.basename(member) == "assessment_meta.xml":
                return self.xml(member)
        return None

    def assessment(self, resource: Resource, title: str, lecture: dict) -> None:
        try:
            from .qti import read_qti_assessment
        except ImportError:  # the question formats are read by .qti; without it no quiz comes in
            self.report.skip("quiz", title, rep.TYPE_NOT_SUPPORTED, type=resource.type)
            return
        candidates = [f for f in resource.files if f.endswith((".xml", ".qti"))] or [self.main_file(resource)]
        # Canvas keeps its own richer copy of a quiz in non_cc_assessments/ (tried when the CC copy yields nothing)
        candidates += [f for f in self.dep_files(resource) if f.startswith("non_cc_assessments/")]
        quizzes: list[dict] = []
        trial_reports: list[rep.ImportReport] = []
        missing = True
        for member in candidates:
            data = self.read(member, MAX_XML_BYTES)
            if data is None:
                continue
            missing = False
            trial = rep.ImportReport(self.report.source_format)
            try:
                found = read_qti_assessment(data, source=member, report=trial)
            except BundleError:
                raise
            except Exception:  # noqa: BLE001 - a reader's fault on one item must not end the whole import
                found = []
                trial.skip("quiz", title, rep.UNREADABLE, what="qti", path=member)
            trial_reports.append(trial)
            quizzes = [q for q in found if q.get("questions")]
            if quizzes:
                break
        if trial_reports:  # what the copy that was used says (the QTI reader counts quizzes and questions)
            self.report.merge(trial_reports[-1])
        if missing:
            self.report.skip("quiz", title, rep.FILE_MISSING, path=candidates[0] if candidates else resource.id)
            return
        if not quizzes:
            if not any(s.kind == "quiz" for s in (trial_reports[-1].skipped if trial_reports else [])):
                self.report.skip("quiz", title, rep.EMPTY)
            return
        meta = self.canvas_quiz_meta(resource)
        for n, quiz in enumerate(quizzes):
            quiz = dict(quiz)
            for question in quiz["questions"]:
                self.question_images(question)
            quiz["id"] = self.quiz_ids.take(resource.id if n == 0 else f"{resource.id}-{n + 1}", "quiz")
            quiz["title"] = (title if len(quizzes) == 1 else quiz.get("title") or title)[:300] or "Quiz"
            quiz["lecture_id"] = lecture["id"]
            if meta is not None:
                due = self.instant(text_of(meta, "due_at"))
                if due:
                    quiz["due"] = self.wall(due)
                    quiz["time_zone"] = self.tz
                    self.report.add(rep.DATES)
                attempts = text_of(meta, "allowed_attempts")
                if attempts.isdigit() and int(attempts) > 0:
                    quiz["max_attempts"] = int(attempts)
                elif attempts == "-1":
                    quiz["max_attempts"] = None
            self.quizzes.append(quiz)

    def question_images(self, question: dict) -> None:
        """A question's images (package paths the QTI reader resolved) kept beside the pages; one the
        cartridge lacks is named in the report and left out of the question."""
        kept = []
        for image in question.get("images", []):
            path = image["path"]
            member = next((c for c in (path, f"web_resources/{path}") if c in self.names), None)
            if member is None:
                self.report.skip("file", posixpath.basename(path) or path, rep.FILE_MISSING, path=path)
                continue
            self.keep_file(member)
            kept.append({**image, "path": package_path(member)})
        if kept:
            question["images"] = kept
        else:
            question.pop("images", None)

    # ---- assignments ----
    def assignment_settings(self, resource: Resource):
        for member in resource.files + self.dep_files(resource):
            if posixpath.basename(member) == "assignment_settings.xml" and member in self.names:
                return member
        return None

    def assignment(self, resource: Resource, title: str, lecture: dict) -> None:
        main = self.main_file(resource)
        instructions, points, due = "", None, None
        settings_member = self.assignment_settings(resource)
        root = self.xml(main) if main and main.endswith(".xml") and main != settings_member else None
        if root is not None and ln(root.tag) == "assignment":
            title = title or text_of(root, "title")
            for name in ("text", "instructor_text"):
                el = child(root, name)
                if el is not None and (el.text or "").strip():
                    raw = el.text or ""
                    instructions = pages.plain_text(raw) if "html" in (el.get("texttype") or "") else " ".join(raw.split())
                    break
            gradable = child(root, "gradable")
            if gradable is not None and gradable.get("points_possible"):
                points = _number(gradable.get("points_possible"))
        elif main and kind_of(main) == "html" and main in self.names:
            data = self.read(main, MAX_PAGE_BYTES)
            instructions = pages.plain_text(decode_html(data)) if data else ""
        if settings_member:
            settings = self.xml(settings_member)
            if settings is not None:
                title = title or text_of(settings, "title")
                points = _number(text_of(settings, "points_possible")) if text_of(settings, "points_possible") else points
                due = self.instant(text_of(settings, "due_at"))
        if root is None and not settings_member and not instructions:
            self.report.skip("assignment", title, rep.FILE_MISSING if main not in self.names else rep.UNREADABLE,
                             path=main, what="assignment")
            return
        item = {"id": self.assignment_ids.take(resource.id, "assignment"), "kind": "essay", "title": (title or resource.id)[:300],
                "instructions": instructions, "required": False, "_lecture": lecture["id"]}
        if points is not None:
            item["points"] = points
        if due:
            item["due"] = self.wall(due)
            item["time_zone"] = self.tz
            self.report.add(rep.DATES)
        self.assignments.append(item)
        self.report.add(rep.ASSIGNMENTS)

    # ---- the whole course ----
    def course(self) -> dict:
        self.canvas_settings()
        lectures = self.outline()
        identifier = self.root.get("identifier") or self.title()
        days = [d.astimezone(ZoneInfo(self.tz)).date() for d in self.dates]
        start = (self.settings_start.astimezone(ZoneInfo(self.tz)).date() if self.settings_start else None) \
            or (min(days) if days else None) or self.lifecycle_day() or self.fallback_day
        end = (self.settings_end.astimezone(ZoneInfo(self.tz)).date() if self.settings_end else None) \
            or (max(days) if days else None) or start
        if end < start:
            end = start
        for assignment in self.assignments:
            assignment.pop("_lecture", None)
        manifest = {"format": "companion-course/1", "id": course_id(identifier, self.title()), "title": self.title(), "version": 1,
                    "time_zone": self.tz, "starts_on": start.isoformat(), "ends_on": end.isoformat(),
                    "lectures": lectures, "quizzes": self.quizzes, "assignments": self.assignments,
                    "completion": {"attend_all_live_sessions": False, "pass_all_quizzes": False,
                                   "required_assignments": []},
                    "origin": {"format": rep.IMSCC, "format_version": self.report.format_version,
                               "identifier": identifier[:300]}}
        if self.description():
            manifest["description"] = self.description()
        return manifest


def find_all(el, name: str) -> list:
    return [x for x in el.iter() if ln(x.tag) == name]


STRONG_IDENTIFIER = 16  # characters: a GUID or a platform's hash names one course; "Sample1" or "M_1" may name many


def course_id(identifier: str, title: str = "") -> str:
    """A stable course id for a cartridge: the same manifest identifier gives the same id, so a new
    export of the same course updates it in place. A short identifier (a generator's constant, such as
    "Sample1") is not trusted alone: the course's title goes with it, so two different courses that
    share one do not replace each other."""
    if len(identifier) < STRONG_IDENTIFIER and title:
        return slug(f"cc-{identifier}-{title}", "cc-course")
    return slug(f"cc-{identifier}", "cc-course")


def web_address(href: str) -> str | None:
    """An absolute http(s) address for a link, or None when it only makes sense on the platform."""
    href = (href or "").strip()
    if not href:
        return None
    parts = urlsplit(href)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return href
    if parts.scheme:
        return None  # javascript:, file:, data: ...
    if href.startswith("//"):
        return "https:" + href
    host = href.split("/", 1)[0]
    if "." in host and " " not in host and not href.startswith((".", "/")):
        return "https://" + href  # "youtube.com/watch?v=..." written without its scheme
    return None


def decode_html(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and value >= 0 else None


def read_cartridge(manifest_xml: bytes, names: Collection[str], read: Callable[[str], bytes | None], *,
                   source: str, fallback_day: date, report: rep.ImportReport | None = None) -> Read:
    """Read a cartridge whose ``imsmanifest.xml`` holds ``manifest_xml`` and whose members are ``names``.

    Raises BundleError (NOT_A_CARTRIDGE, BAD_MANIFEST, XML_FORBIDDEN, MANIFEST_TOO_LARGE) when the
    cartridge cannot be read at all; every item it cannot bring in is in the report instead."""
    report = report or rep.ImportReport(rep.IMSCC)
    if len(manifest_xml) > MAX_MANIFEST_BYTES:
        raise BundleError(MANIFEST_TOO_LARGE, size=len(manifest_xml), limit=MAX_MANIFEST_BYTES)
    try:
        root = parse_xml(manifest_xml, MANIFEST)
    except SafeET.ParseError as exc:
        raise BundleError(BAD_MANIFEST, detail=str(exc)) from None
    if ln(root.tag) != "manifest":
        raise BundleError(BAD_MANIFEST, detail=f"<{ln(root.tag)}> is not <manifest>")
    cartridge = _Cartridge(root, names, read, source, report, fallback_day)
    cartridge.load_resources()
    report.source_format = rep.IMSCC
    report.format_version = cartridge.version()
    own = companion_course(cartridge, report)
    if own is not None:
        return own
    manifest = cartridge.course()
    report.add(rep.PAGES, len(cartridge.cleaned))
    report.add(rep.FILES, len(set(cartridge.keep) | set(cartridge.written)))
    report.course_id, report.course_title = manifest["id"], manifest["title"]
    return Read(manifest, cartridge.keep, cartridge.written, report)


COMPANION_COURSE = "companion/course.json"  # Companion's own copy of a course it exported (cartridge_export)


def course_paths(data: dict) -> list[str]:
    """Every file a course.json names (material variants, the files they use, question images)."""
    out: dict[str, None] = {}
    for lecture in data.get("lectures", []):
        for material in lecture.get("materials", []):
            for item in material.get("variants", []) + material.get("assets", []):
                if item.get("path"):
                    out[item["path"]] = None
    for quiz in data.get("quizzes", []):
        for question in quiz.get("questions", []):
            for image in question.get("images", []):
                out[image["path"]] = None
    return list(out)


def companion_course(cartridge: "_Cartridge", report: rep.ImportReport) -> Read | None:
    """A cartridge Companion exported carries the course exactly as Companion had it (what CC cannot say:
    live sessions, dates, completion rules, every question type): read back unchanged when every file it
    names is in the cartridge; None otherwise (the cartridge is then read as any other)."""
    import json

    if not any(COMPANION_COURSE in (r.href, *r.files) for r in cartridge.resources.values()):
        return None
    raw = cartridge.read(COMPANION_COURSE, MAX_XML_BYTES)
    try:
        data = json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != "companion-course/1" or not isinstance(data.get("id"), str):
        return None
    try:
        paths = course_paths(data)
    except (AttributeError, KeyError, TypeError):
        return None
    if any(p not in cartridge.names or p in ("course.json", MANIFEST) for p in paths):
        return None
    materials = [m for lec in data.get("lectures", []) for m in lec.get("materials", [])]
    report.add(rep.LECTURES, len(data.get("lectures", [])))
    report.add(rep.PAGES, len({v["path"] for m in materials if m.get("kind") == "html"
                               for v in m.get("variants", []) if v.get("path")}))
    report.add(rep.FILES, len(paths))
    for key, kind in ((rep.LINKS, "link"), (rep.TOPICS, "topic"), (rep.ON_PLATFORM, "platform")):
        report.add(key, sum(1 for m in materials if m.get("kind") == kind))
    report.add(rep.QUIZZES, len(data.get("quizzes", [])))
    for quiz in data.get("quizzes", []):
        for question in quiz.get("questions", []):
            report.add(rep.question_key(str(question.get("type"))))
    report.add(rep.ASSIGNMENTS, len(data.get("assignments", [])))
    report.add(rep.DATES, sum(1 for x in data.get("quizzes", []) + data.get("assignments", []) if x.get("due")))
    report.course_id, report.course_title = data["id"], str(data.get("title", ""))
    report.counts = +report.counts  # no zero counts
    return Read(data, {p: p for p in paths}, {}, report, own=True)
