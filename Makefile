# incident-map: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
BIN := .build/release/incident-map

.PHONY: demo test test-qgis example-map deps deps-qgis build bench fuzz eval clean

## Install system packages (PROJ, SQLite, GDAL's ogrinfo, rsvg-convert) when missing.
deps:
	@scripts/install-deps.sh

## Also install QGIS for Python (python3-qgis), for test-qgis and example-map.
deps-qgis:
	@scripts/install-deps.sh qgis

## Build in release mode and write out/ from Examples/: layers, styles,
## GeoPackage, zones, the QGIS project and a preview map.
demo: deps build
	@rm -rf out
	@$(BIN) build Examples/september-2022-border-clashes.csv --out out --format geojson,gpkg --zones --project; status=$$?; \
	  if [ $$status -eq 2 ]; then echo "(exit status 2: layers written, some places not in the gazetteer; see out/unresolved.csv)"; \
	  elif [ $$status -ne 0 ]; then exit $$status; fi
	@$(BIN) render out -o out/map.png
	@ls -1 out

## The Swift runtime and Foundation are linked statically: the tool then
## starts about 6 ms sooner (see BENCHMARKS.md); PROJ stays a shared library.
build:
	@scripts/build-info.sh
	swift build -c release --static-swift-stdlib --product incident-map

## Run every test (unit, end-to-end with the built binary and ogrinfo).
test: deps
	@scripts/build-info.sh
	swift build --product incident-map
	swift test

## Load the outputs with QGIS itself (python3-qgis, headless) and check them.
test-qgis: deps deps-qgis
	@scripts/build-info.sh
	swift build --product incident-map
	scripts/qgis-test.sh

## Render docs/example-map.png from the example's QGIS project with QGIS's own
## renderer, and export its print layout to docs/example-layout.png.
example-map: deps deps-qgis
	@scripts/build-info.sh
	swift build --product incident-map
	@rm -rf .build/example-map
	@.build/debug/incident-map build Examples/september-2022-border-clashes.csv Examples/contested-claims.csv --out .build/example-map --zones --project > /dev/null || [ $$? -eq 2 ]
	@mkdir -p docs
	QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/qgis-render.py .build/example-map/incidents.qgs docs/example-map.png 1200 900
	QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/qgis-layout.py .build/example-map/incidents.qgs .build/example-map/layout.pdf docs/example-layout.png --dpi 110

## libFuzzer targets (Fuzz/, a package of its own built with
## -sanitize=fuzzer,address into .build-fuzz): each runs FUZZ_SECONDS.
## `make fuzz FUZZ_TARGETS=csv FUZZ_SECONDS=60` runs one. See Fuzz/README.md.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## Evaluate extract on the corpus (Tests/Corpus, see its README): precision, recall and F1 of
## (claimed_by, place) pairs for dev and test, per article, phenomenon and side type, written to
## EVALUATION.md. The world gazetteer is assembled and indexed in .build/eval-gazetteer from
## $INCIDENT_MAP_DATA (default ../shared/data). `make eval ARTICLE=am-az-03` shows one article's
## false positives (with their `why`) and misses, without writing EVALUATION.md;
## `make eval EVAL_ARGS=--verbose` shows them for every article.
ARTICLE ?=
EVAL_ARGS ?=
eval: deps build
	@scripts/eval-gazetteer.sh $(BIN) > /dev/null
	@python3 scripts/eval.py --bin $(BIN) $(if $(ARTICLE),--article $(ARTICLE)) $(EVAL_ARGS)

## Release-mode benchmarks; results go to BENCHMARKS.md by hand.
bench: deps
	scripts/bench.sh

clean:
	rm -rf .build .build-fuzz out
