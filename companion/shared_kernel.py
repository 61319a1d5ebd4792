"""What the desktop app and the reference portal (``companion_portal``) must compute identically,
and the one module of ``companion`` the portal may import (an import-linter contract holds it).

Both sides read the same course packages (JSON Schema plus the domain's checks), grade the same
quizzes, apply the same assignment limits and certificate rules, and hash a submission's content the
same way: if either side had its own copy, a participant could be told "passed" by the app and
"failed" by the portal. Everything here is re-exported from the pure domain, except the package
loader (file reading and JSON Schema validation), the bundled resources' location and the one way a
directory entry is made durable (``fsync_dir``: what "kept on disk" means on both sides). The rest
of the app (Qt, the local store, the HTTP client, sync) stays out of the server, and can change
freely as long as these names keep their meaning.
"""

from __future__ import annotations

from companion.domain.assignments import FileFacts, problems
from companion.domain.bundle import EXTENSION, BundleError
from companion.domain.completion import DONE, checklist
from companion.domain.course import Course, course_from_manifest, shift_manifest, weeks_to_run_now
from companion.domain.digest import canonical_json, content_sha256
from companion.domain.feedback import Sent, standing
from companion.domain.errors import CompanionError, CourseError
from companion.domain import reasons
from companion.domain.quiz import AttemptSummary, grade
from companion.domain.reasons import Reason
from companion.paths import fsync_dir, resources_dir
from companion.services.bundles import check_directory, open_bundle, open_zip, read_member, write_package_bundle
from companion.services.course_import import cartridge_to_package
from companion.services.course_package import Package, load_package
from companion.domain.bundle_words import bundle_fault, import_report, size_text

__all__ = ["cartridge_to_package", "import_report", "DONE", "EXTENSION", "AttemptSummary", "Reason", "reasons", "BundleError", "CompanionError", "bundle_fault", "size_text",
           "write_package_bundle", "open_bundle", "open_zip", "check_directory", "read_member", "Course", "CourseError", "FileFacts", "Package", "canonical_json", "checklist",
           "content_sha256", "course_from_manifest", "fsync_dir", "grade", "load_package", "problems", "resources_dir",
           "shift_manifest", "weeks_to_run_now", "Sent", "standing"]
