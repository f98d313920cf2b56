#!/bin/sh
# Creates the AssetBank bucket and subscribes the API's webhook to object created/removed events.
set -eu
mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
mc mb --ignore-existing "local/$ASSETBANK_BUCKET"
# _derived/ holds AssetBank's own keyframes and thumbnails: no events for those.
mc event add "local/$ASSETBANK_BUCKET" arn:minio:sqs::ASSETBANK:webhook --event put,delete --ignore-existing || true
mc event list "local/$ASSETBANK_BUCKET"
