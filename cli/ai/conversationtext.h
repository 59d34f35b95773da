#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace seqera::cli {

// How the conversation view writes what the backend sends: one-line summaries, ids, the
// resume command and the /credits table. Pure functions, tested on their own
// (tests/ai/tst_conversationtext.cpp); everything shown passes text::printable.

// A short, single-line, sanitized summary of a tool call: "tool: its command or path".
QString toolSummary(const QString &tool, const QJsonObject &args);
// A session id as shown (sanitized).
QString shownId(const QString &id);
// "seqera ai -s ID", ready to paste into a POSIX shell.
QString resumeCommand(const QString &id);
// A server tool's result as text: a string as it is, anything else as compact JSON.
QString resultText(const QJsonValue &result);
// /credits: the backend's fields as aligned "Label  value" lines, with what is left.
QString creditsTable(const QJsonObject &credits);

} // namespace seqera::cli
