"""Finding colleagues' Companions that share course files on this network: DNS-SD over multicast DNS.

``python-zeroconf`` (pure Python, no system daemon, the same on Windows, macOS and Linux, and it
works headless, so ``companion share`` / ``companion download`` use it too) advertises
``_companion-share._tcp.local.`` with this computer's name and browses for the others. Qt 6 has no
DNS-SD API (QtZeroConf is not part of it), and Avahi/Bonjour bindings differ by system.

Discovery is injectable: :class:`Downloads` asks a ``peers()`` callable, which may be
:meth:`Discovery.peers`, a fixed list (``--peer HOST:PORT``), or both.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

from companion.domain.sharing import SERVICE_TYPE, Peer

log = logging.getLogger(__name__)


def enabled() -> bool:
    """Multicast DNS may be used (``COMPANION_NO_DISCOVERY=1`` turns it off: sandboxes, the tests)."""
    return os.environ.get("COMPANION_NO_DISCOVERY", "") not in ("1", "true", "yes")


def _instance(name: str) -> str:
    clean = "".join(c if c.isalnum() or c in "-_ " else "-" for c in name)[:50] or "companion"
    return f"{clean}.{SERVICE_TYPE}"


class Discovery:
    """Announce this computer's sharing and browse for others (one ``Zeroconf`` for both, made on
    first use). ``interfaces``: zeroconf's choice (all by default; ``["127.0.0.1"]`` in tests)."""

    def __init__(self, interfaces: list[str] | None = None, *, wait_s: float = 1.5):
        self.interfaces = interfaces
        self.wait_s = wait_s
        self._zc = None
        self._browser = None
        self._info = None
        self._names: set[str] = set()
        self._lock = threading.Lock()
        self._started = 0.0

    def _zeroconf(self):
        if self._zc is None:
            from zeroconf import InterfaceChoice, IPVersion, Zeroconf

            if self.interfaces:
                self._zc = Zeroconf(interfaces=self.interfaces, ip_version=IPVersion.V4Only)
            else:
                self._zc = Zeroconf(interfaces=InterfaceChoice.All, ip_version=IPVersion.V4Only)
        return self._zc

    def announce(self, name: str, port: int, address: str | None = None) -> None:
        """Advertise sharing on ``port`` under ``name`` (the computer's name) until :meth:`withdraw`."""
        from zeroconf import ServiceInfo

        self.withdraw()
        addresses = [socket.inet_aton(address)] if address else None
        info = ServiceInfo(SERVICE_TYPE, _instance(name), port=port, properties={"name": name[:60], "v": "1"},
                           server=f"{_instance(name).split('.')[0].replace(' ', '-')}.local.",
                           addresses=addresses)
        self._zeroconf().register_service(info, allow_name_change=True)
        self._info = info

    def withdraw(self) -> None:
        if self._info is not None and self._zc is not None:
            try:
                self._zc.unregister_service(self._info)
            except Exception:  # already gone with the network
                log.debug("withdrawing the announcement failed", exc_info=True)
        self._info = None

    def _on_change(self, zeroconf, service_type, name, state_change) -> None:
        from zeroconf import ServiceStateChange

        with self._lock:
            if state_change is ServiceStateChange.Removed:
                self._names.discard(name)
            else:
                self._names.add(name)

    def browse(self) -> None:
        """Start listening for announcements (answers arrive within about a second)."""
        if self._browser is None:
            from zeroconf import ServiceBrowser

            self._browser = ServiceBrowser(self._zeroconf(), SERVICE_TYPE, handlers=[self._on_change])
            self._started = time.monotonic()

    def peers(self) -> list[Peer]:
        """The computers sharing on this network now (waits up to ``wait_s`` the first time). Never on
        the GUI thread: it blocks while it asks."""
        from zeroconf import ServiceInfo

        self.browse()
        left = self.wait_s - (time.monotonic() - self._started)
        if left > 0:
            time.sleep(left)
        with self._lock:
            names = sorted(self._names)
        own = self._info.name if self._info is not None else None
        found = []
        for name in names:
            if name == own:
                continue
            info = ServiceInfo(SERVICE_TYPE, name)
            if not info.request(self._zeroconf(), 1500):
                continue
            addresses = info.parsed_addresses()
            if not addresses or not info.port:
                continue
            label = (info.properties or {}).get(b"name", b"").decode("utf-8", "replace") or name.split(".")[0]
            found.append(Peer(label, addresses[0], info.port))
        return found

    def close(self) -> None:
        self.withdraw()
        if self._browser is not None:
            self._browser.cancel()
            self._browser = None
        if self._zc is not None:
            self._zc.close()
            self._zc = None
