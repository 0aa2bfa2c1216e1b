# Ergon — everyday commands. `make run` brings Ergon up; `make test` runs every test.
GO ?= go
DATA_DIR ?= .ergon

.PHONY: run test test-short bench contracts check-generated examples examples-docker fmt vet

## run: bring up a complete local Ergon in $(DATA_DIR): chain, contracts, store, workerpool, workers, sample apps
run: examples
	$(GO) run ./cmd/ergon up --data-dir $(DATA_DIR)

## test: vet, then every test with the race detector; the market's service tests and the scheduler's tests again on PostgreSQL;
## the standard library's tests rewritten by wasmloop (without -race, which slows wazero's compiler tenfold)
test: vet
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 -run Stdlib ./wasmloop/
	ERGON_TEST_MARKET_STORE=postgres $(GO) test -race -count=1 ./market/
	ERGON_TEST_SCHEDULER_STORE=postgres $(GO) test -race -count=1 ./scheduler/

## test-short: the fast tests only
test-short:
	$(GO) test -short ./...

## bench: gas per call and per task under Osaka rules, then end-to-end latency and throughput
bench: examples
	$(GO) run ./cmd/ergon bench gas
	$(GO) run ./cmd/ergon bench e2e

vet:
	$(GO) vet ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

## contracts: compile the Solidity sources with the pinned solc and regenerate the Go bindings
contracts:
	cd contracts && npm ci --no-audit --no-fund && node build.js
	$(GO) tool abigen --v2 --combined-json contracts/out/combined.json --pkg bindings --out chain/bindings/bindings.go

## examples: build the example apps to WebAssembly in examples/bin/<name>.wasm (`ergon app build`:
## wasip1, the module depending on the sources only, its loops rewritten by package wasmloop)
EXAMPLES := hello mandelbrot cpubench
examples:
	@mkdir -p examples/bin
	GO=$(GO) $(GO) run ./cmd/ergon app build --out-dir examples/bin $(addprefix ./examples/,$(EXAMPLES))

## check-generated: fail when contracts/out or chain/bindings differ from what the sources give
check-generated: contracts
	@git diff --exit-code --stat -- contracts/out chain/bindings || \
		{ echo "contracts/out or chain/bindings are stale: run 'make contracts' and commit the result"; exit 1; }
	@test -z "$$(git status --porcelain -- contracts/out chain/bindings)" || \
		{ echo "untracked generated files: run 'make contracts' and commit the result"; git status --porcelain -- contracts/out chain/bindings; exit 1; }

## examples-docker: build the hello example as a Docker image tarball, examples/bin/hello-docker.tar (needs a Docker daemon)
examples-docker:
	GO=$(GO) examples/docker/build.sh examples/bin/hello-docker.tar
