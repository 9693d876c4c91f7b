# The README's commands work without make; these are shortcuts.
GO ?= go

.PHONY: build test check bench sample testdata golden dist clean interop

build:
	$(GO) build -o bin/evalctl ./cmd/evalctl

test:
	$(GO) test ./...

# The house checks: fmt, vet, staticcheck, the tests with the race detector,
# go.mod tidy. .ci/run runs the same.
STATICCHECK = honnef.co/go/tools/cmd/staticcheck@v0.8.2

check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) test -race ./...
	$(GO) mod tidy -diff

# The goals (speed against unzip -p, peak memory, the sample's time) on
# generated rounds of 200,000 and 1,000,000 ballots, then the benchmarks.
bench:
	$(GO) run ./internal/bench
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The interop check: LibreOffice converts every kind of workbook evalctl
# writes to PDF (the sample's 不满意名单 and 问责名单 on one page each, 排名 one
# page wide, the charts drawn), openpyxl reads each in both its modes, and
# headless Chromium renders the notice's page. Installs the clients from
# Debian when missing; about a minute once they are there.
interop:
	bash .ci/interop-deps
	$(GO) test -tags interop -run TestInterop -count=1 -v ./cmd/evalctl

# Score the shipped sample round.
sample:
	$(GO) run ./cmd/evalctl score testdata/chibi/round.xlsx

# Regenerate every sample round from its seed (review the change with git diff).
testdata:
	$(GO) run ./internal/sample/gen -all

# Rewrite the golden files after a deliberate change to the reports; review with git diff.
golden:
	$(GO) test ./... -update

# Release binaries for the clerks: Windows first (evalctl.exe), then Linux
# and macOS, the version stamped from git (a tag, else the commit), and
# their SHA-256 sums, in dist/.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
DIST_TARGETS = windows/amd64 windows/arm64 linux/amd64 linux/arm64 darwin/amd64 darwin/arm64

dist:
	rm -rf dist && mkdir -p dist
	@for t in $(DIST_TARGETS); do \
		os=$${t%/*}; arch=$${t#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		out=dist/evalctl-$(VERSION)-$$os-$$arch$$ext; echo "$$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=true \
			-ldflags "-s -w -X main.version=$(VERSION)" -o $$out ./cmd/evalctl || exit 1; \
	done
	cd dist && sha256sum evalctl-* > SHA256SUMS

clean:
	rm -rf bin dist testdata/chibi/round-结果.xlsx
