#!/usr/bin/env bash
# The dl4j memory convention against ND4J's measured peak (issue 22), full grid: the edge CNN, the small ResNet,
# ResNet-18 at 32x32 and a VGG-style net at batches 16, 64, 256 with SGD, momentum and Adam, trained through the
# training runner (Dl4jMemoryCalibrationTest in nnwb.train.tests with -Dnnwb.memory.grid=full; CI runs 16/64).
# Prints BENCHMARKS.md rows: model | batch | optimizer | textbook | pytorch predicted | dl4j predicted |
# dl4j measured | dl4j predicted/measured, then the machine, date and load average. Memory only, no timings.
#   usage: releng/bench/dl4j-memory.sh        (from the repository root; about 5 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
./mvnw -o -B -ntp -q verify -pl target-platform,tools/train/nnwb.train.tests -am \
    -Dtest=Dl4jMemoryCalibrationTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest.extraArgs=-Dnnwb.memory.grid=full >&2
cat tools/train/nnwb.train.tests/target/dl4j-memory-rows.md
echo
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/{print $2}') GiB;" \
    "date: $(date -u +%Y-%m-%d); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
