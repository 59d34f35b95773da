#pragma once

#include "ai/tools/pathresolver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace seqera::ai {

class Sandbox;

// What the Seqera AI backend is told about the user's project when a session is created
// (docs/ai-context.md): the `directory_context` object and the `instruction_context` text of
// POST /v1/cli/sessions, in the shapes and with the caps the official client uses.
struct ProjectContext
{
    QJsonObject directoryContext;
    QString instructionContext; // empty when there is none
};

// Where collection looks and how long it may take. Defaults are the real ones; tests point
// the home and config folders at scratch folders and give git a PATH of their own.
struct ContextOptions
{
    QString homeDir; // "" = QDir::homePath()
    QString configHome; // "" = $XDG_CONFIG_HOME, else <home>/.config
    // The environment git runs in (every GIT_* variable is dropped from it).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString gitProgram = QStringLiteral("git");
    int gitTimeoutMs = 2000; // for all git calls together
    // Git runs in this sandbox when it is available (read-only, no network), with these
    // folders (seqera's own: OwnFiles::folders()) hidden.
    const Sandbox *sandbox = nullptr;
    QStringList sandboxHidden;
    int walkBudgetMs = 100; // the directory tree stops growing after this
    int maxEntriesPerDirectory = 10000; // names read from one folder, at most
    // The program's credentials, sessions and locks: never read, also not through a link.
    OwnFiles ownFiles; // from Settings (seqera ai passes its own); empty: none known
};

// The backend's limits, in JSON characters (UTF-16 code units of the compact JSON text).
namespace contextcaps {
constexpr int Body = 20000;
constexpr int Skills = 5000;
constexpr int Docs = 8000;
constexpr int Memory = 8000;
constexpr int DocumentChars = 16000; // one .seqera/docs or memory file
constexpr int Instructions = 8000;
constexpr int MainNfChars = 5000;
constexpr int MainNfLines = 500;
constexpr int MainNfLineChars = 500;
constexpr int CommitDiffChars = 2000;
constexpr int RecentCommits = 10;
constexpr int TreeChildren = 10;
constexpr int ListingEntries = 50;
constexpr int GitFiles = 1000; // our bound; the payload cap trims far below it
} // namespace contextcaps

// SEQERA_AI_CWD (made absolute) when set, else the process's working directory. It is also
// the folder local tools run in.
QString aiWorkingDirectory(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Synchronous and bounded: git calls share one deadline, the tree walk has a time budget, no
// folder is read past maxEntriesPerDirectory names, symbolic links are never followed into
// folders, and no file outside the project (or the user's own folders) is read, nor any of
// ContextOptions::ownFiles.
ProjectContext collectProjectContext(const QString &cwd, const ContextOptions &options = {});

// The skills a person can invoke with /<name> (ai-protocol §3's project_skills search:
// .seqera/skills and .agents/skills from the working directory up to the repository root,
// then the user's skill folders): {name, description, source, path} each, nearest first.
// Reads no more than collectProjectContext does, and starts no process.
QJsonArray localSkills(const QString &cwd, const ContextOptions &options = {});

// The POST /v1/cli/sessions body: cwd, approval_mode "auto", local_execution true, headless,
// directory_context, instruction_context (if any), organization_id (if any), trimmed to
// contextcaps::Body in the official order (listing, tree, commits, git files, skills, docs,
// memory, main.nf).
QJsonObject sessionBody(const QString &cwd, bool headless, const ProjectContext &context,
    const QString &organizationId = {});

// The size the backend measures: characters of the compact JSON text.
int jsonLength(const QJsonObject &object);

// Compact JSON with the keys in the official client's order (cwd, approval_mode, ...,
// directory_context's cwd, directory_tree, ...; QJsonDocument sorts them alphabetically).
// Same length as QJsonDocument's text: only the order differs.
QByteArray toWireJson(const QJsonObject &sessionBody);

} // namespace seqera::ai
