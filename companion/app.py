"""Bootstrap: wires the store, the clock, settings and the services together.

Both the GUI and the CLI start here; nothing else builds services.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.domain.clock import Clock, PortalCorrectedClock, SystemClock
from companion.paths import data_dir as resolve_data_dir
from companion.paths import resources_dir
from companion.services.assignments import AssignmentService
from companion.services.bundles import CourseBundles
from companion.services.course_import import CourseImports
from companion.services.library import Library
from companion.services.outbox import Outbox
from companion.services.progress import ProgressService
from companion.services.quizzes import QuizService
from companion.services.review import ReviewService
from companion.services.schedule import ScheduleService
from companion.services.search import SearchService
from companion.services.settings import CLOCK_OFFSET, Settings
from companion.services.updates import UpdateService
from companion.services import app_folders
from companion.sync.discovery import Discovery
from companion.sync.downloads import Downloads
from companion.sync.share import ShareCatalog, Sharing
from companion.updates.shelf import UpdateShelf
from companion.services.certificates import Certificates
from companion.sync.engine import SyncEngine
from companion.credentials import Credentials
from companion.store import Database, open_database
from companion.store.repo import Store
from companion.store.reviews import ReviewStore


@dataclass
class App:
    data_dir: Path
    resources: Path
    clock: Clock
    db: Database
    store: Store
    settings: Settings
    library: Library
    outbox: Outbox
    quizzes: QuizService
    progress: ProgressService
    assignments: AssignmentService
    schedule: ScheduleService
    sync: SyncEngine
    downloads: Downloads
    bundles: CourseBundles
    search: SearchService
    discovery: Discovery  # DNS-SD on this network; started only when sharing or looking for peers
    sharing: Sharing
    imports: CourseImports  # courses from other platforms' files (IMS Common Cartridge)
    reviews: ReviewService | None = None  # spaced review of quiz questions (FSRS)
    updates: UpdateService | None = None  # the app's own updates (TUF), switched at the next start

    def close(self) -> None:
        """Close the store, leaving a snapshot of the dashboard's inputs for the next start's first view."""
        from companion.services import snapshot
        from companion.services.settings import LANGUAGE

        try:
            course_id = self.library.default_course_id()
            snap = self.progress.snapshot(course_id, self.settings.time_zone(), self.settings.get(LANGUAGE),
                                          float(self.settings.get(CLOCK_OFFSET) or 0.0))
        except Exception:  # no course, a closed or broken store: the next start simply opens the store
            snap = None
            snapshot.forget(self.data_dir)
        self.sharing.stop()
        self.discovery.close()
        self.db.close()
        if snap is not None:
            snapshot.write(self.data_dir, snap, snapshot.stamp(self.data_dir))


def build_app(data_dir: str | Path | None = None, *, clock: Clock | None = None,
              resources: Path | None = None, ensure_bundled: bool = True,
              credentials: Credentials | None = None) -> App:
    folder = resolve_data_dir(data_dir)
    resources = resources or resources_dir()
    db = open_database(folder)
    store = Store(db)
    # deadlines are judged by the portal's time when this computer's clock is more than 2 minutes off
    clock = PortalCorrectedClock(clock or SystemClock(), float(Settings(store).get(CLOCK_OFFSET) or 0.0))
    library = Library(store, clock, resources, folder)
    if ensure_bundled:
        library.ensure_bundled()
    outbox = Outbox(store, clock)
    quizzes = QuizService(store, library, outbox, clock)
    progress = ProgressService(store, library, quizzes, outbox, clock)
    assignments = AssignmentService(store, library, outbox, clock, folder)
    settings = Settings(store)
    schedule = ScheduleService(store, library, settings, clock)
    sync = SyncEngine(store, library, settings, credentials or Credentials(), clock)
    sync.certificates = Certificates(folder / "certificates", settings, clock)
    downloads = Downloads(store, library, clock, folder / "materials", sync.client, settings.time_zone)
    library.offline_lookup = downloads.offline_file
    bundles = CourseBundles(store, library, clock, folder, downloads.adopt)
    search = SearchService(store, library, folder)
    library.on_course_changed = search.course_changed
    downloads.on_verified = search.download_verified
    discovery = Discovery()
    # the same switch passes on the update files fetched here (companion.updates.shelf): verified, no metadata
    sharing = Sharing(ShareCatalog(store, library, UpdateShelf(folder / "updates")), discovery)
    imports = CourseImports(store, library, folder)
    reviews = ReviewService(ReviewStore(db), library, clock, settings.time_zone, settings)
    quizzes.on_finished = reviews.attempt_finished
    updates = UpdateService(settings, clock, folder / "updates", app_folders.running_install())
    updates.peers = lambda: downloads.peers()  # the colleagues the downloads ask (discovery or --peer), read late
    return App(folder, resources, clock, db, store, settings, library, outbox, quizzes, progress, assignments,
               schedule, sync, downloads, bundles, search, discovery, sharing, imports, reviews, updates)
