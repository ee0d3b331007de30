# Two commands for a fresh Debian machine:
#   make site   installs what is missing, builds torg and renders the demo site into public/
#   make test   installs what is missing and runs every test
SWIFT ?= swift
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev pkg-config
TORG := .build/release/torg

.PHONY: site test deps torg clean

site: deps torg
	$(TORG) build

torg: deps
	$(SWIFT) build -c release --product torg

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

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
