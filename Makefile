# `make run`: set up and run the main job; `make test`: set up and run the tests.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
OUT    ?= out
SHARED ?= ../shared

.PHONY: setup system-deps run test accuracy bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# Debian packages the tests use: LibreOffice makes real PDF/DOCX/DOC files from the corpus texts;
# Chromium opens the HTML report headless; Tesseract with its Vietnamese model reads scans.
system-deps:
	@if command -v soffice >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 \
		&& command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			libreoffice-writer-nogui fonts-dejavu-core fonts-liberation2 chromium tesseract-ocr tesseract-ocr-vie >/dev/null; \
	else echo "LibreOffice, Chromium or Tesseract (vie) missing and cannot be installed here: PDF/DOC/report/OCR tests will fail" >&2; fi

run: setup
	$(VENV)/bin/vnplan extract corpus --out $(OUT)

test: setup system-deps
	$(PY) -m pytest -q
	$(MAKE) --no-print-directory accuracy

# The accuracy ratchet: extraction over the shared corpus scored against the gold answer keys
# must not fall below tests/accuracy_floor.json.
accuracy: setup
	@if [ -d $(SHARED)/gold ]; then \
		rm -rf $(OUT)/.accuracy && $(VENV)/bin/vnplan extract $(SHARED)/corpus --out $(OUT)/.accuracy --no-progress && \
		$(VENV)/bin/vnplan evaluate --gold $(SHARED)/gold --pred $(OUT)/.accuracy --floor tests/accuracy_floor.json; \
	else echo "no $(SHARED)/gold here: accuracy ratchet skipped"; fi

bench: setup
	$(PY) bench/citations.py
	$(PY) bench/sections.py

clean:
	rm -rf $(OUT) .pytest_cache
