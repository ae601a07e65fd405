#!/usr/bin/env bash
# Builds the six LeadFlow images from the jars of `./mvnw -DskipTests package`, tagged with an
# explicit version (never "latest": the manifests reject it), optionally pushing them.
#
#   deploy/docker/build-images.sh 0.1.0                # build ghcr.io/leadflow/<module>:0.1.0
#   REGISTRY=registry.example.com/leadflow PUSH=1 deploy/docker/build-images.sh 0.1.0
#
# Needs a Docker engine with BuildKit (Docker 23+ or `docker buildx`).
set -euo pipefail

TAG="${1:-0.1.0}"
REGISTRY="${REGISTRY:-ghcr.io/leadflow}"
ARTIFACT_VERSION="${ARTIFACT_VERSION:-0.1.0-SNAPSHOT}"
PUSH="${PUSH:-0}"
MODULES=(ingestion-service scoring-service handoff-service nurturing-service gateway console)

if [[ "$TAG" == "latest" || ! "$TAG" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
  echo "give an explicit version tag (not 'latest'), e.g. $0 0.1.0" >&2
  exit 2
fi
command -v docker >/dev/null || { echo "docker is not installed; images cannot be built here" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
for module in "${MODULES[@]}"; do
  jar="$root/$module/target/$module-$ARTIFACT_VERSION-exec.jar"
  if [[ ! -f "$jar" ]]; then
    echo "missing $jar: run ./mvnw -DskipTests package first" >&2
    exit 1
  fi
done

for module in "${MODULES[@]}"; do
  image="$REGISTRY/$module:$TAG"
  echo "building $image"
  DOCKER_BUILDKIT=1 docker build \
    --file "$root/deploy/docker/Dockerfile" \
    --build-arg "MODULE=$module" \
    --build-arg "ARTIFACT_VERSION=$ARTIFACT_VERSION" \
    --label "org.opencontainers.image.version=$TAG" \
    --label "org.opencontainers.image.title=$module" \
    --tag "$image" \
    "$root"
  if [[ "$PUSH" == "1" ]]; then
    docker push "$image"
  fi
done
