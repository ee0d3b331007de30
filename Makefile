# Two commands for a fresh Debian machine:
#   make site   installs what is missing, builds torg and renders the demo site into public/
#   make test   installs what is missing and runs every test
SWIFT ?= swift
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev pkg-config
TORG := .build/release/torg

.PHONY: site test deps torg clean bench

site: deps torg
	$(TORG) build

torg: deps
	$(SWIFT) build -c release --product torg

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Times torg build against Hugo on generated 1k, 10k and 50k-page sites and writes
# docs/performance.md (see seeds/README.md; BENCH_SIZES and BENCH_RUNS override). Not a test.
bench: deps
	seeds/bench.sh

# Installs the C libraries with apt-get when they are missing (as root; otherwise prints the command).
deps:
	@missing=""; \
	for package in $(SYSTEM_PACKAGES); do \
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

clean:
	rm -rf .build public
