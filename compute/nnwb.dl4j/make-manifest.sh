#!/usr/bin/env bash
# Regenerates META-INF/MANIFEST.MF of nnwb.dl4j from the jars in lib/ (filled by
#   ../../mvnw -pl compute/nnwb.dl4j generate-resources
# ). Run it after changing the DL4J version or classifier in pom.xml and commit the result:
# Tycho reads the manifest before the jars exist, so it cannot be generated during the build.
# Bundle-ClassPath lists every jar; Export-Package lists the Java packages of ND4J, DL4J,
# JavaCPP and JNA (NVML is read through JNA), not the folders that only hold native libraries.
set -euo pipefail
cd "$(dirname "$0")"
[ -n "$(ls lib/*.jar 2>/dev/null)" ] || { echo "make-manifest: lib/ is empty; run generate-resources first" >&2; exit 1; }
version=$(sed -n 's#.*<dl4j.version>\(.*\)</dl4j.version>.*#\1#p' pom.xml)
classifier=$(sed -n 's#.*<nd4j.classifier>\(.*\)</nd4j.classifier>.*#\1#p' pom.xml)
jars=$(cd lib && ls *.jar | LC_ALL=C sort)
packages=$(for j in $jars; do unzip -Z1 "lib/$j" '*.class' 2>/dev/null || true; done \
  | sed -n 's#^\(.*\)/[^/]*\.class$#\1#p' | LC_ALL=C sort -u | tr / . \
  | grep -E '^(org\.nd4j|org\.deeplearning4j|org\.bytedeco\.javacpp|com\.sun\.jna)(\.|$)' \
  | grep -vE '(^|\.)(linux-x86_64|linux-x86-64|windows|macosx)' | grep -vx 'org.nd4j.nativeblas')
{
  echo "Manifest-Version: 1.0"
  echo "Bundle-ManifestVersion: 2"
  echo "Bundle-Name: NN Workbench DL4J and ND4J (CPU, ${classifier})"
  echo "Bundle-SymbolicName: nnwb.dl4j"
  echo "Bundle-Version: 0.1.0.qualifier"
  echo "Bundle-Vendor: NN Workbench"
  echo "Bundle-RequiredExecutionEnvironment: JavaSE-17"
  echo "Automatic-Module-Name: nnwb.dl4j"
  echo "Eclipse-BundleShape: dir"
  echo "DynamicImport-Package: *"
  echo "NNWB-DL4J-Version: ${version}"
  echo "NNWB-ND4J-Backend: nd4j-native ${classifier}"
  printf 'Bundle-ClassPath: .'
  for j in $jars; do printf ',\n lib/%s' "$j"; done
  echo
  printf 'Export-Package: org.nd4j.nativeblas'
  for p in $packages; do printf ',\n %s' "$p"; done
  echo
} > META-INF/MANIFEST.MF
echo "make-manifest: $(echo "$jars" | wc -w) jars, $(echo "$packages" | wc -w) packages" >&2
