# Companion: the two commands of the README are `make run` and `make test`.
# Both install what they need first: Debian packages Qt needs (when missing; nginx-light is the plain
# static file server the tests download materials from) and a virtualenv
# in .venv with the project and its Python dependencies from pyproject.toml.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SYSTEM_PACKAGES := libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-nanum fonts-dejavu-core \
	nginx-light
# what only the tests need: PostgreSQL (the portal's tests start a throwaway cluster), Node
# (real tus peers: tus-js-client and @tus/server, tests/js), and GNOME Keyring on a private D-Bus
# (tests/test_secret_service.py); binutils for tests/test_installer.py; the accessibility bus (at-spi2-core,
# python3-pyatspi) under Xvfb for tests/test_ui_atspi.py; Debian's Chromium and its driver for the
# organizer's desk in a real browser (tests/test_desk_browser.py)
TEST_PACKAGES := postgresql gnome-keyring dbus binutils at-spi2-core python3-pyatspi xvfb chromium chromium-driver
TEST_COMMANDS := node:nodejs npm:npm

# For the installer: strip (binutils), ICU's data tools (the bundle keeps ICU data of its languages only),
# and for the full smoke test a Secret Service keyring on a private session bus; xdelta3 for bench/installer.py.
INSTALLER_PACKAGES := binutils gcc icu-devtools gnome-keyring dbus xdelta3 zstd

.PHONY: run test system-deps test-deps bench screenshot installer installer-deps update-e2e clean

run: $(VENV)/.installed
	$(VENV)/bin/companion $(ARGS)

test: $(VENV)/.installed test-deps
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages the app and its tests need:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $$SUDO apt-get install -y -qq $$missing; \
	fi

test-deps:
	@missing=""; for p in $(TEST_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	for pair in $(TEST_COMMANDS); do \
		command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages the tests need:$$missing"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(VENV)/.installed: pyproject.toml | system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
		echo "python3 -m venv is missing: installing python3-venv"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		rm -rf $(VENV); $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv \
		&& $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,portal]"
	touch $@

bench: $(VENV)/.installed
	$(PY) bench/startup.py

screenshot: $(VENV)/.installed
	@command -v xvfb-run >/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq xvfb xauth; }
	xvfb-run -a $(PY) tools/screenshot.py docs/screenshots --all

installer-deps:
	@missing=""; for p in $(INSTALLER_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

installer: $(VENV)/.installed installer-deps
	$(PY) -m pip install -q -e ".[installer]"
	$(PY) build_installer.py --report --smoke-full

# the frozen app updates itself from one real build to the next over a repository on 127.0.0.1 (minutes:
# two PyInstaller builds; README, "Updates: what the app does on your computer")
update-e2e: $(VENV)/.installed installer-deps
	$(PY) -m pip install -q -e ".[installer]"
	$(PY) tools/update_e2e.py

clean:
	rm -rf $(VENV) build dist *.egg-info
