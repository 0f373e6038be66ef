# Two set-up commands for users and engineers: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Every library Qt's X11 platform plugin (platforms/libqxcb.so, lib/libQt6XcbQpa.so.6, xcbglintegrations/)
# links against (checked with ldd), and fonts with every Vietnamese letter for the window and printouts.
QT_PACKAGES := libegl1 libgl1 libglx0 libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libfreetype6 libdbus-1-3 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
	libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core fonts-liberation fonts-liberation2
# The tests and screenshots also read PDFs (pdftotext) and print workbooks through LibreOffice.
DEBIAN_PACKAGES := $(QT_PACKAGES) poppler-utils libreoffice-calc-nogui
run: DEBIAN_PACKAGES := $(QT_PACKAGES)
# The window test (tests/test_real_window.py) runs the program on a virtual X server.
test: DEBIAN_PACKAGES += xvfb xauth xdotool
# Every database test runs on SQLite and on a private PostgreSQL cluster the run starts and stops (tests/postgres_server.py).
test: DEBIAN_PACKAGES += postgresql

.PHONY: run test bench bench-national bundle screenshots install install-test debian-packages clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }

# Installed again only when pyproject.toml changes (a stamp per set of extras); the build's own chatter
# (setuptools warnings) goes to .venv/install.log and is shown only if the install fails.
INSTALL = $(PY) -m pip install --quiet --disable-pip-version-check
$(VENV)/.installed: pyproject.toml | $(PY)
	@echo "Cài chương trình vào $(VENV) (nhật ký: $(VENV)/install.log)"
	@$(INSTALL) -e . >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	@echo "Cài chương trình và công cụ kiểm thử vào $(VENV) (nhật ký: $(VENV)/install.log)"
	@$(INSTALL) -e '.[test]' >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-bundle: pyproject.toml | $(PY)
	@echo "Cài PyInstaller vào $(VENV) (nhật ký: $(VENV)/install.log)"
	@$(INSTALL) -e '.[bundle]' >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Qt's shared libraries, fonts for Vietnamese printouts, pdftotext; installed only when missing.
debian-packages:
	@installed=" $$(dpkg-query -W -f='$${Package}:$${Status}\n' $(DEBIAN_PACKAGES) 2>/dev/null | \
		sed -n 's/:.*ok installed$$//p' | tr '\n' ' ')"; \
	missing=""; for p in $(DEBIAN_PACKAGES); do case "$$installed" in *" $$p "*) ;; *) missing="$$missing $$p";; esac; done; \
	if [ -n "$$missing" ]; then \
		echo "Cài gói Debian:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install debian-packages
	@$(PY) -m app.cli

# A one-folder bundle that needs no Python: dist/competency-gap/ (see README, "Gói cài đặt không cần Python").
bundle: $(VENV)/.installed-bundle
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/competency-gap.spec

test: install-test debian-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Byte-compile first so start-up is timed as on an installed machine, not with compilation.
bench: install-test
	-$(PY) -m compileall -q $(VENV)/lib app db bench >/dev/null 2>&1  # some vendored test files never compile
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# 250,000 people on a private PostgreSQL cluster (/tmp/scale-pg, port 55435): built once (about two minutes),
# then reused; the measurements take several minutes more. Not part of `make bench`.
bench-national: install-test
	$(PY) -m bench national

screenshots: install-test debian-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.import_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.excel.printout docs/screenshots/print

clean:
	rm -rf build dist *.egg-info .pytest_cache
