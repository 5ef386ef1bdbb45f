# syntax=docker/dockerfile:1
# The budgetpdf command line in a container image (Debian bookworm).
#
#   docker build -t budgetpdf .          (or: podman build -t budgetpdf .)
#   docker run --rm -v "$PWD:/data" budgetpdf extract /data/budgets -o /data/out
#
# Built in the official Swift image; the result runs on debian:bookworm-slim with only
# poppler-glib, cairo and SQLite, because release builds link the Swift runtime and Foundation
# statically. Note: written where no container engine was available; not built there.
# How it is used on a cluster: docs/cluster.md.

ARG SWIFT_IMAGE=swift:6.3-bookworm

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        libpoppler-glib-dev libcairo2-dev libsqlite3-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The manifest first: the dependencies are fetched in a layer of their own, kept while sources change.
COPY Package.swift ./
RUN swift package resolve
COPY Sources Sources
COPY Tests Tests
RUN swift build -c release --static-swift-stdlib --product budgetpdf \
 && install -D -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/budgetpdf" /out/budgetpdf

FROM debian:bookworm-slim
# fonts-noto-cjk: pages whose fonts are not embedded are drawn as on the machines the tool is
# tested on (the text itself comes from the PDF, not from fonts).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        libpoppler-glib8 libcairo2 libsqlite3-0 fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 10001 --create-home --shell /usr/sbin/nologin budgetpdf
COPY --from=build /out/budgetpdf /usr/local/bin/budgetpdf
USER 10001
WORKDIR /data
ENTRYPOINT ["budgetpdf"]
CMD ["--help"]
