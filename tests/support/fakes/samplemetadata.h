#pragma once

#include "storage/sessionmetadata.h"

namespace testsupport {

// A session's metadata with every field set, the organization included (a non-ASCII name):
// what the suites of the session.json format and of the files it lives in store and read back.
seqera::SessionMetadata sampleMetadata(const QString &profile);

// Compares every field with QCOMPARE, so a failure names the field. A field added to
// SessionMetadata belongs here. The caller checks QTest::currentTestFailed() afterwards.
void compareMetadata(
    const seqera::SessionMetadata &actual, const seqera::SessionMetadata &expected);

} // namespace testsupport
