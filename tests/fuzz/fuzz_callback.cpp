// Fuzzes LoopbackServer::evaluate(), the one function that decides what to do with the
// bytes a browser (or anything else on this machine) sends to the redirect listener.
//
// Input layout: byte 0 bit 0 = `done`; byte 1 = length N (mod 65) of the expected state;
// the next N bytes are the expected state; the rest is the HTTP request.
#include "auth/loopbackserver.h"
#include "fuzzcommon.h"

#include <QVariant>

using seqera::CallbackDecision;
using seqera::LoopbackServer;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    seqera::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool done = data[0] & 1;
    const size_t stateLength = qMin<size_t>(data[1] % 65, size - 2);
    const QByteArray expectedState(
        reinterpret_cast<const char *>(data + 2), qsizetype(stateLength));
    const QByteArray request(
        reinterpret_cast<const char *>(data + 2 + stateLength), qsizetype(size - 2 - stateLength));

    const CallbackDecision d = LoopbackServer::evaluate(request, expectedState, done);

    switch (d.kind) {
    case CallbackDecision::Kind::NeedMore:
        FUZZ_CHECK(d.status == 0);
        FUZZ_CHECK(d.values.isEmpty());
        break;
    case CallbackDecision::Kind::Refused:
        // A refused request must never carry anything on to the login.
        FUZZ_CHECK(d.values.isEmpty());
        FUZZ_CHECK(d.error.isEmpty());
        FUZZ_CHECK(d.status >= 400 && d.status < 500);
        FUZZ_CHECK(!d.title.isEmpty() && !d.message.isEmpty());
        break;
    case CallbackDecision::Kind::AuthorizationError:
        FUZZ_CHECK(!done);
        FUZZ_CHECK(!expectedState.isEmpty());
        FUZZ_CHECK(!d.error.isEmpty());
        FUZZ_CHECK(d.values.isEmpty());
        FUZZ_CHECK(d.status == 400);
        break;
    case CallbackDecision::Kind::Code:
        // What the login receives must be what was checked: a non-empty code and the state
        // this login is waiting for.
        FUZZ_CHECK(!done);
        FUZZ_CHECK(!expectedState.isEmpty());
        FUZZ_CHECK(d.status == 0);
        // (regressions/fuzz_callback/duplicate-*: the checks once read the first copy of a
        // repeated parameter while `values` kept the last.)
        FUZZ_CHECK(!d.values.value(QStringLiteral("code")).toString().isEmpty());
        FUZZ_CHECK(d.values.value(QStringLiteral("state")).toString().toUtf8() == expectedState);
        FUZZ_CHECK(d.values.value(QStringLiteral("error")).toString().isEmpty());
        break;
    }
    // Whatever the request, the decision is a pure function of it.
    const CallbackDecision again = LoopbackServer::evaluate(request, expectedState, done);
    FUZZ_CHECK(again.kind == d.kind && again.status == d.status && again.values == d.values);
    return 0;
}
