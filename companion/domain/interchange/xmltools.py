"""Reading other platforms' XML safely: no entity expansion, no DTD or external fetch (defusedxml),
namespaces dropped from tag names (exporters disagree on them), bounded sizes."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

MAX_XML_BYTES = 64 * 1024 * 1024


class XmlFault(ValueError):
    """The bytes are not XML we may read (``code``: a reason for the report)."""

    def __init__(self, message: str, code: str = "not_xml"):
        super().__init__(message)
        self.code = code


def parse_xml(data: bytes) -> Element:
    """The document's root with every tag and attribute name stripped of its namespace.

    DOCTYPEs are allowed (QTI 1.2 files name a DTD that is never there) but never loaded; an entity
    declaration or an external reference is refused."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    if len(data) > MAX_XML_BYTES:
        raise XmlFault(f"the XML file is larger than {MAX_XML_BYTES} bytes", "too_large")
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise XmlFault(f"the XML declares entities or external references ({type(exc).__name__})",
                       "entities") from None
    except Exception as exc:  # noqa: BLE001 - ParseError and expat's own errors
        raise XmlFault(f"not well-formed XML: {exc}") from None
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
        if any("}" in k for k in element.attrib):
            element.attrib = {k.rsplit("}", 1)[-1]: v for k, v in element.attrib.items()}
    return root


def children(element: Element | None, tag: str) -> list[Element]:
    return [] if element is None else [c for c in element if c.tag == tag]


def child(element: Element | None, tag: str) -> Element | None:
    return None if element is None else next((c for c in element if c.tag == tag), None)


def descendants(element: Element | None, *tags: str) -> Iterator[Element]:
    if element is None:
        return iter(())
    return (e for e in element.iter() if e.tag in tags)


def text_of(element: Element | None) -> str:
    """All the text inside ``element`` (its own and its children's, in order)."""
    return "" if element is None else "".join(element.itertext())
