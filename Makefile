# incident-map: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
BIN := .build/release/incident-map

.PHONY: demo test deps build bench fuzz clean

## Install system packages (PROJ, GDAL's ogrinfo) when missing.
deps:
	@scripts/install-deps.sh

## Build in release mode and write out/*.geojson from Examples/.
demo: deps build
	@rm -rf out
	@$(BIN) build Examples/september-2022-border-clashes.csv --out out; status=$$?; \
	  if [ $$status -eq 2 ]; then echo "(exit status 2: layers written, some places not in the gazetteer; see out/unresolved.csv)"; \
	  elif [ $$status -ne 0 ]; then exit $$status; fi
	@ls -1 out

## The Swift runtime and Foundation are linked statically: the tool then
## starts about 6 ms sooner (see BENCHMARKS.md); PROJ stays a shared library.
build:
	swift build -c release --static-swift-stdlib --product incident-map

## Run every test (unit, end-to-end with the built binary and ogrinfo).
test: deps
	swift build --product incident-map
	swift test

## libFuzzer targets (Fuzz/, a package of its own built with
## -sanitize=fuzzer,address into .build-fuzz): each runs FUZZ_SECONDS.
## `make fuzz FUZZ_TARGETS=csv FUZZ_SECONDS=60` runs one. See Fuzz/README.md.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## Release-mode benchmarks; results go to BENCHMARKS.md by hand.
bench: deps
	scripts/bench.sh

clean:
	rm -rf .build .build-fuzz out
