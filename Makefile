# The README's commands work without make; these are shortcuts.
GO ?= go

.PHONY: build test check bench sample testdata clean

build:
	$(GO) build -o bin/evalctl ./cmd/evalctl

test:
	$(GO) test ./...

# fmt check, vet, tests with the race detector, go.mod tidy check.
check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -race ./...
	$(GO) mod tidy -diff

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Score the shipped sample round.
sample:
	$(GO) run ./cmd/evalctl score testdata/chibi/round.xlsx

# Regenerate the sample round from its seed, and the yearly rounds of 2024
# and 2025 that precede it (review the change with git diff).
testdata:
	$(GO) run ./internal/sample/gen -seed 2026 -o testdata/chibi/round.xlsx
	$(GO) run ./internal/sample/gen -year 2024 -o testdata/yearly/round-2024.xlsx
	$(GO) run ./internal/sample/gen -year 2025 -o testdata/yearly/round-2025.xlsx

clean:
	rm -rf bin testdata/chibi/round-结果.xlsx
