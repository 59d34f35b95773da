#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace seqera::ai {

// The `caller` of a message (ai-protocol §4): which program is driving `seqera ai`, read from
// the environment (coding agents, editors, CI), else `script` headless and `interactive` in
// the terminal conversation. The backend tunes its answers by it.
QString detectCaller(const QProcessEnvironment &environment, bool headless);

} // namespace seqera::ai
