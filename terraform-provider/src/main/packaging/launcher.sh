#!/bin/sh
# Launcher of the Gatehouse Terraform provider: Terraform executes this file, which runs the
# provider's JVM. The flags trade peak speed for start-up time, because Terraform starts the
# provider several times per command: C1 only, the serial GC, and a class-data archive built when
# the provider was packaged (kept outside this folder, whose hash is in .terraform.lock.hcl).
DIR=$(dirname "$(readlink -f "$0")")
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA=java
fi
CDS="${GATEHOUSE_PROVIDER_CDS:-$DIR/../../../../../../provider-cds/provider.jsa}"
CDS_FLAG=-Xshare:auto
if [ -f "$CDS" ]; then
  CDS_FLAG="-XX:SharedArchiveFile=$CDS"
fi
# shellcheck disable=SC2086 # GATEHOUSE_PROVIDER_JAVA_OPTS is a list of flags.
exec "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto "$CDS_FLAG" \
  ${GATEHOUSE_PROVIDER_JAVA_OPTS:-} -jar "$DIR/lib/provider.jar" "$@"
