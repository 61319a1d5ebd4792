"""Courses and question banks from other platforms, read into Companion's own course package.

Every reader here is pure: it takes bytes (or a mapping of a package's member names to bytes it may
ask for through a callback) and returns the ``course.json`` shape that
:func:`companion.domain.course.course_from_manifest` reads, plus an :class:`ImportReport` of what
came in and what did not. Files (zip members, streams, disk space, hashing) are handled above, in
``companion.services``; the network is never touched.

- ``report``: the import report (counts by kind, items left out with a reason code).
- ``qti``, ``moodle_xml``, ``gift``: question formats (QTI 1.2 and 2.1, Moodle XML, GIFT).
- ``cartridge``: IMS Common Cartridge 1.0-1.3 manifests and their resources.

XML is parsed with entity expansion, DTDs and external references refused (``defusedxml``).
"""
