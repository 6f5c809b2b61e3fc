# `make run`: set up and run the main job; `make test`: set up and run the tests.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
OUT    ?= out
SHARED ?= ../shared

.PHONY: setup system-deps run test accuracy floor bench notebook clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@# Bytecode written now: a run never has to compile the package (where PYTHONDONTWRITEBYTECODE
	@# is set, as in CI, every run would otherwise parse pipeline/ again in each process: ~0.12 CPU s).
	$(PY) -m compileall -q pipeline
	touch $@

setup: $(VENV)/.installed

# The notebook extra (JupyterLab) on top of the test setup.
$(VENV)/.notebook: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,notebook]'
	touch $@

# `make notebook`: extract the sample corpus into $(OUT) unless it holds outputs already, then open the
# notebook on it. VNPLAN_OUT is made absolute here, so the notebook reads $(OUT) of this folder.
# (Jupyter refuses to run as root without --allow-root, as in containers.)
JUPYTER_ARGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)
notebook: $(VENV)/.notebook
	@test -e $(OUT)/documents.csv || test -e $(OUT)/vnplan.duckdb || $(VENV)/bin/vnplan extract corpus --out $(OUT) --no-progress
	VNPLAN_OUT="$(abspath $(OUT))" $(VENV)/bin/jupyter lab $(JUPYTER_ARGS) notebooks/citation_index.ipynb

# Debian packages the tests use: LibreOffice makes real PDF/DOCX/DOC files from the corpus texts and
# Calc opens the workbook;
# Chromium opens the HTML report headless; Tesseract with its Vietnamese model reads scans; mkfs.vfat,
# mkfs.exfat and exfat-fuse make and mount FAT and exFAT images (outputs on filesystems without
# links), strace kills a run at its N-th rename; poppler's pdftotext saves PDFs as text the way users do.
system-deps:
	@if command -v soffice >/dev/null 2>&1 && ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 \
		&& command -v chromium >/dev/null 2>&1 \
		&& command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie \
		&& command -v mkfs.vfat >/dev/null 2>&1 && command -v mkfs.exfat >/dev/null 2>&1 \
		&& command -v mount.exfat-fuse >/dev/null 2>&1 && command -v strace >/dev/null 2>&1 \
		&& command -v pdftotext >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			libreoffice-writer-nogui libreoffice-calc-nogui fonts-dejavu-core fonts-liberation2 chromium tesseract-ocr tesseract-ocr-vie \
			dosfstools exfatprogs exfat-fuse strace poppler-utils >/dev/null; \
	else echo "LibreOffice (Writer, Calc), Chromium, Tesseract (vie) or pdftotext missing and cannot be installed here: PDF/DOC/report/OCR tests will fail" >&2; fi

run: setup
	$(VENV)/bin/vnplan extract corpus --out $(OUT)

test: setup system-deps
	$(PY) -m pytest -q
	$(MAKE) --no-print-directory accuracy

# The accuracy ratchet: one extraction over every annotated text (the sample corpus, the wild set, the
# devset), scored against the three answer-key sets; no score may fall below tests/accuracy_floor.json.
ACCURACY_SETS = $(SHARED)/gold:$(SHARED)/corpus $(SHARED)/gold-wild:$(SHARED)/wild $(SHARED)/devset/gold:$(SHARED)/devset/texts
accuracy: setup
	@golds=""; inputs=""; for pair in $(ACCURACY_SETS); do g=$${pair%%:*}; t=$${pair##*:}; \
		if [ -d "$$g" ] && [ -d "$$t" ]; then golds="$$golds --gold $$g"; inputs="$$inputs $$t"; fi; done; \
	if [ -z "$$golds" ]; then echo "no answer keys under $(SHARED): accuracy ratchet skipped"; exit 0; fi; \
	rm -rf $(OUT)/.accuracy && $(VENV)/bin/vnplan extract $$inputs --out $(OUT)/.accuracy --no-progress && \
	$(VENV)/bin/vnplan evaluate $$golds --pred $(OUT)/.accuracy --floor tests/accuracy_floor.json

# After an improvement: raise every floor to today's score (floors never go down).
floor: accuracy
	@golds=""; for pair in $(ACCURACY_SETS); do g=$${pair%%:*}; [ -d "$$g" ] && golds="$$golds --gold $$g"; done; \
	$(VENV)/bin/vnplan evaluate $$golds --pred $(OUT)/.accuracy --json $(OUT)/.accuracy/scores.json >/dev/null; \
	$(PY) -c 'import json,sys; f,s=(json.load(open(p)) for p in sys.argv[1:]); \
	json.dump({k:{n:max(v,f.get(k,{}).get(n,0)) for n,v in s[k].items()} for k in s},open(sys.argv[1],"w"),indent=1,sort_keys=True)' \
		tests/accuracy_floor.json $(OUT)/.accuracy/scores.json; git diff --stat tests/accuracy_floor.json

bench: setup
	$(PY) bench/citations.py
	$(PY) bench/sections.py

clean:
	rm -rf $(OUT) .pytest_cache
