"""The screen reader's side (run by Debian's /usr/bin/python3, where pyatspi lives): read the running
Companion over the real accessibility bus (AT-SPI) as Orca would, and print one JSON object.

    python3 atspi_reader.py tree          every showing, focusable node: role, name, description,
                                          labelled-by names, screen extents, focused or not
    python3 atspi_reader.py listen SECS   the announcements (object:announcement) and focus changes
                                          heard for SECS seconds (the app acts meanwhile)
"""

import json
import sys
import time

import pyatspi
from gi.repository import GLib


def find_app():
    for _ in range(100):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and "ompanion" in (app.name or ""):
                return app
        time.sleep(0.1)
    raise SystemExit("Companion is not on the accessibility bus")


def node_facts(node):
    states = node.getState()
    try:
        ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = [ext.x, ext.y, ext.width, ext.height]
    except NotImplementedError:
        extents = None
    labels = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return {"role": node.getRoleName(), "name": node.name or "", "description": node.description or "",
            "labelled_by": labels, "extents": extents, "focused": states.contains(pyatspi.STATE_FOCUSED)}


def tree(app):
    found, groups = [], []

    def walk(node, depth):
        if node is None or depth > 60:
            return
        try:
            states = node.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                return
            if states.contains(pyatspi.STATE_FOCUSABLE) and node.getRole() != pyatspi.ROLE_MENU_ITEM:
                found.append(node_facts(node))
            elif node.childCount and node.name and node.description:  # a named, described container
                groups.append(node_facts(node))
            children = [node.getChildAtIndex(i) for i in range(min(node.childCount, 400))]
        except GLib.Error:  # gone while read (a table's cell, a row being redrawn): as Orca, read on
            return
        for child in children:
            walk(child, depth + 1)

    for window in app:
        walk(window, 0)
    return {"focusable": found, "groups": groups}


def listen(seconds):
    heard = []

    def on_event(event):
        kind = event.type
        if "announcement" in str(kind):
            heard.append({"kind": "announcement", "text": str(event.any_data or event.source.name or "")})
        elif event.detail1:
            heard.append({"kind": "focus", "role": event.source.getRoleName(), "name": event.source.name or "",
                          "description": event.source.description or ""})
        else:
            return
        print(json.dumps(heard[-1]), flush=True)  # as it is heard: the app may stop the listener early

    pyatspi.Registry.registerEventListener(on_event, "object:announcement", "object:state-changed:focused")
    GLib.timeout_add(300, lambda: print(json.dumps({"listening": True}), flush=True) and False)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    pyatspi.Registry.start()
    return heard


def main():
    command = sys.argv[1]
    if command == "tree":
        print(json.dumps(tree(find_app())))
    elif command == "listen":
        find_app()
        print(json.dumps(listen(float(sys.argv[2]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
