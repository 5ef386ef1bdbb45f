#!/bin/bash
# Submits the extract array and, once every task of it has succeeded, the merge.
#   deploy/slurm/submit.sh IN_DIR OUT_DIR [SHARDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
in=$(realpath "$1") out=$(realpath -m "$2") shards=${3:-100}
mkdir -p "$out"
array=$(IN=$in OUT=$out sbatch --parsable --export=ALL --array="0-$((shards - 1))" "$here/extract.sbatch")
merge=$(OUT=$out sbatch --parsable --export=ALL --dependency="afterok:${array%%;*}" "$here/merge.sbatch")
echo "extract: job array $array ($shards shards); merge: job $merge, after it"
