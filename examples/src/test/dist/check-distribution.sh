#!/bin/sh
# Unpacks the command line's tar.gz distribution and runs it as a user would, from another
# current directory: bin/engagement --version, validate and report on the bundled sample, through a symbolic
# link, with JAVA_OPTS and with JAVA_HOME. Run by the examples module's build (POSIX only).
#
#   check-distribution.sh ARCHIVE WORK_DIR VERSION INVALID_DATASET
set -eu
archive=$1
work=$2
version=$3
invalid=$4

fail() {
  echo "check-distribution: $*" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work/unpacked" "$work/elsewhere" "$work/links"
tar -xzf "$archive" -C "$work/unpacked"
home="$work/unpacked/engagement-$version"
for f in bin/engagement bin/engagement.bat data/lambeth.json LICENSE NOTICE; do
  [ -f "$home/$f" ] || fail "$f missing from $archive"
done
[ -x "$home/bin/engagement" ] || fail "bin/engagement is not executable"
ls "$home"/lib/engagement-core-*.jar > /dev/null || fail "lib/ lacks engagement-core"

cd "$work/elsewhere"

out=$("$home/bin/engagement" --version) || fail "bin/engagement --version exited $?"
case $out in
  *"$version"*) ;;
  *) fail "--version printed '$out', not the version $version" ;;
esac
echo "bin/engagement --version: $out"

out=$("$home/bin/engagement" validate "$home/data/lambeth.json") \
  || fail "bin/engagement validate data/lambeth.json exited $?"
case $out in
  *valid*) ;;
  *) fail "validate printed '$out'" ;;
esac
echo "bin/engagement validate data/lambeth.json: $out"

# The report needs its template runtime and chart libraries from lib/: it writes one HTML page.
"$home/bin/engagement" report "$home/data/lambeth.json" -o report.html \
  || fail "bin/engagement report data/lambeth.json exited $?"
grep -q '<svg' report.html || fail "the report has no chart"
echo "bin/engagement report data/lambeth.json: $(wc -c < report.html) bytes of HTML"

# Through a symbolic link, with JAVA_OPTS (two options) and JAVA_HOME set.
ln -s "$home/bin/engagement" "$work/links/engagement"
out=$(JAVA_OPTS="-Xmx256m -Dengagement.check=1" JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(command -v java)")")}" \
  "$work/links/engagement" --version) || fail "the linked launcher exited $?"
echo "linked bin/engagement with JAVA_OPTS and JAVA_HOME: $out"

# JAVA_OPTS reaches the JVM: an option it does not know makes it refuse to start.
if JAVA_OPTS="-XX:+NoSuchEngagementOption" "$home/bin/engagement" --version > /dev/null 2>&1; then
  fail "JAVA_OPTS did not reach the JVM"
fi

# A JAVA_HOME without java is refused with a message, not ignored.
if JAVA_HOME="$work/no-such-jdk" "$home/bin/engagement" --version > /dev/null 2>&1; then
  fail "a JAVA_HOME without bin/java was not refused"
fi

# An invalid dataset exits 1, as documented: the launcher passes the exit code through.
cp "$invalid" invalid.json
set +e
"$home/bin/engagement" validate invalid.json > /dev/null 2>&1
code=$?
set -e
[ "$code" -eq 1 ] || fail "validate of an invalid dataset exited $code, not 1"

echo "check-distribution: the distribution runs from $home"
