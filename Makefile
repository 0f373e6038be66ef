# Two set-up commands for users and engineers: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEBIAN_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core fonts-liberation fonts-liberation2 poppler-utils libreoffice-calc-nogui

.PHONY: run test bench bench-national screenshots install install-test debian-packages clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(PY)
	$(PY) -m pip install --quiet -e .

install-test: $(PY)
	$(PY) -m pip install --quiet -e '.[test]'

# Qt's shared libraries, fonts for Vietnamese printouts, pdftotext; installed only when missing.
debian-packages:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Cài gói Debian:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install debian-packages
	$(PY) -m app.cli

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
