#!/usr/bin/env bash
# build.sh [OUT] — builds the hello example (examples/hello) as a Docker app:
# an image FROM scratch holding only its static binary as /app, ENTRYPOINT
# ["/app"] (see Dockerfile), saved with `docker save` to OUT
# (examples/bin/hello-docker.tar by default). The Docker executor runs such a
# tarball, its sha256 being the app's checksum. No registry is needed, and no
# builder: the image is made with `docker import`. Needs a Docker daemon
# ($DOCKER_HOST); $GO is the go command.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-examples/bin/hello-docker.tar}
GO=${GO:-go}

arch=$(docker version --format '{{.Server.Arch}}')
work=$(mktemp -d)
id=""
cleanup() {
	rm -rf "$work"
	if [ -n "$id" ]; then docker rmi "$id" >/dev/null || true; fi
}
trap cleanup EXIT

# -buildvcs=false as for the WASM build: the binary depends on the sources only.
CGO_ENABLED=0 GOOS=linux GOARCH="$arch" "$GO" build -trimpath -buildvcs=false -ldflags=-s \
	-o "$work/app" ./examples/hello
tar -C "$work" --owner=0 --group=0 --numeric-owner --mtime=@0 -cf "$work/rootfs.tar" app
id=$(docker import --change 'ENTRYPOINT ["/app"]' "$work/rootfs.tar")
mkdir -p "$(dirname "$out")"
# Saved by id, not by a name, so that loading it tags nothing on the worker.
docker save --output "$out" "$id"
echo "$out sha256 $(sha256sum "$out" | cut -d' ' -f1)"
