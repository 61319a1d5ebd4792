"""The window's page host: which pages there are, and each made the first time it is asked for."""

from __future__ import annotations

from PySide6 import QtWidgets

from .widgets import page_scroller

# (name, module, class). The pages are imported when the course is open, after the first paint.
PAGES = (("dashboard", "dashboard", "DashboardPage"), ("lectures", "lectures", "LecturesPage"),
         ("schedule", "schedule", "SchedulePage"), ("quizzes", "quizzes", "QuizzesPage"),
         ("review", "review", "ReviewPage"),
         ("submissions", "submissions", "SubmissionsPage"), ("settings", "settings", "SettingsPage"))
PAGE_NAMES = tuple(name for name, _module, _cls in PAGES)
PAGE_MODULES = {name: (module, cls) for name, module, cls in PAGES}

def page_class(module: str, cls: str) -> type:
    from importlib import import_module

    return getattr(import_module(f"companion.ui.pages.{module}"), cls)


class Pages:
    """The window's pages by name, each made the first time it is asked for (shown, navigated to,
    searched into): a participant who only looks at the dashboard never pays for the other five
    pages' code and widgets (~14 MB at idle, bench/startup.py). Iterating gives every page's name;
    ``made()`` only the pages that exist, for refreshing."""

    def __init__(self, context, stack: QtWidgets.QStackedWidget):
        self.context = context
        self._made: dict[str, QtWidgets.QWidget] = {}
        self._holders: dict[str, QtWidgets.QWidget] = {}
        self._scrollers: dict[str, QtWidgets.QWidget] = {}  # the page scrollers, held from Python
        for name in PAGE_NAMES:  # one place per page in the stack, filled when the page is made
            holder = QtWidgets.QWidget()
            holder.setObjectName(f"holder-{name}")
            layout = QtWidgets.QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
            stack.addWidget(holder)

    def __getitem__(self, name: str) -> QtWidgets.QWidget:
        page = self._made.get(name)
        if page is None:
            module, cls = PAGE_MODULES[name]  # KeyError for a name that is not a page
            page = page_class(module, cls)(self.context)
            page.setObjectName(f"page-{name}")
            self._made[name] = page
            scroller = page_scroller(page)
            self._scrollers[name] = scroller  # held from Python: see widgets.page_scroller
            self._holders[name].layout().addWidget(scroller)
            if name != "dashboard":  # the dashboard is loaded with the others at start
                page.refresh()
        return page

    def __iter__(self):
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)

    def __contains__(self, name: object) -> bool:
        return name in PAGE_MODULES

    def made(self) -> list[QtWidgets.QWidget]:
        return list(self._made.values())

    def made_page(self, name: str) -> QtWidgets.QWidget | None:
        return self._made.get(name)
