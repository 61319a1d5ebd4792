"""The window's menu bar: File, Go and Help, with their shortcuts."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt

from companion.domain.i18n import translate

from .page_host import PAGE_NAMES
from .pages import TITLES

MENU_TITLES = ("&File", "&Go", "&Help")  # the menu bar's menus, in order (placeholders while the store opens)


def placeholder_menus(window) -> None:
    """The menu bar's titles, inert, while the store opens (so nothing jumps when the real ones come)."""
    for title in MENU_TITLES:
        window.menuBar().addMenu(translate("ui", title)).setEnabled(False)


def build_menus(window) -> None:
    """The real menus, once the course is open; their actions call the window's methods."""
    window.menuBar().clear()  # the preview's placeholders
    file_menu = window.menuBar().addMenu(translate("ui", "&File"))
    imp = QtGui.QAction(translate("ui", "&Import course package…"), window)
    imp.setShortcut(QtGui.QKeySequence.StandardKey.Open)
    imp.triggered.connect(window.import_package)
    file_menu.addAction(imp)
    imp_file = QtGui.QAction(translate("ui", "Import course &file…"), window)
    imp_file.setObjectName("import-course-file")
    imp_file.setStatusTip(translate("ui", "Import a course file (.ccb) from a colleague, a USB stick or the course team, or a course exported by Moodle, Canvas or another platform (.imscc)"))
    imp_file.triggered.connect(window.import_course_file)
    file_menu.addAction(imp_file)
    exp_file = QtGui.QAction(translate("ui", "&Export this course to a file…"), window)
    exp_file.setObjectName("export-course-file")
    exp_file.setStatusTip(translate("ui", "Write this course and its offline files to one course file (.ccb) for a colleague"))
    exp_file.triggered.connect(window.export_course_file)
    file_menu.addAction(exp_file)
    file_menu.addSeparator()
    sync_action = QtGui.QAction(translate("ui", "&Sync now"), window)
    sync_action.setShortcut(QtGui.QKeySequence(Qt.Key.Key_F5))
    sync_action.triggered.connect(lambda: window.sync.sync(now=True))
    file_menu.addAction(sync_action)
    sign_in_action = QtGui.QAction(translate("ui", "Sign &in to the portal…"), window)
    sign_in_action.triggered.connect(lambda: window.sign_in(""))
    file_menu.addAction(sign_in_action)
    file_menu.addSeparator()
    quit_action = QtGui.QAction(translate("ui", "&Quit"), window)
    quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    go = window.menuBar().addMenu(translate("ui", "&Go"))
    for n, name in enumerate(PAGE_NAMES, start=1):
        action = QtGui.QAction(translate("ui", TITLES[name]), window)
        action.setShortcut(QtGui.QKeySequence(f"Ctrl+{n}"))
        action.triggered.connect(lambda _c=False, name=name: window.go_to(name, None))
        go.addAction(action)
        window.addAction(action)
    help_menu = window.menuBar().addMenu(translate("ui", "&Help"))
    demo = QtGui.QAction(translate("ui", "Try sync with a &demo portal on this computer"), window)
    demo.triggered.connect(window.start_demo_portal)
    help_menu.addAction(demo)
    about = QtGui.QAction(translate("ui", "&About Companion"), window)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
