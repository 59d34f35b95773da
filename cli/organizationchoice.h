#pragma once

#include "ai/organizations.h"
#include "session/accesstoken.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace seqera::cli {

struct Context;
class Services;

// What `seqera org` and the organization step of `seqera login` share: the list from the
// Seqera AI backend, a numbered question, one way to show an organization.

// The organizations the AI backend lists for `token` (renewed once after a 401 when it is a
// session's: session/tokenresolver.h's callRenewingOnce).
QList<ai::Organization> fetchOrganizations(
    Context &context, Services &services, const AccessToken &token, Error *error);
// The same with the token `seqera ai` would use (--token is not an option of `org`: a
// variable, else the profile's session).
QList<ai::Organization> fetchOrganizations(Context &context, Services &services, Error *error);

// SessionManager::storeOrganization, waited for (nullopt clears the choice).
Error storeOrganization(Services &services, const QString &profile,
    const std::optional<ai::Organization> &organization);

// Whether standard input and output are a terminal: a numbered question can be asked.
bool canAsk(const Context &context);

// Lists `organizations` numbered on standard output (the current one marked with `*`) and
// reads a number from standard input. `enterMeans` ends the prompt: what an empty answer
// does. An empty answer: nullopt and no error. Anything else that is not one of the numbers:
// nullopt and an InvalidInput error saying so.
std::optional<ai::Organization> askOrganization(Context &context,
    const QList<ai::Organization> &organizations, const std::optional<ai::Organization> &current,
    const QString &enterMeans, Error *error);

// "Seqera Labs (id 1001, team)", with server text made harmless for the terminal.
QString describeOrganization(const ai::Organization &organization);
// Server text on one line, control characters shown and not obeyed.
QString shownText(const QString &serverText);

} // namespace seqera::cli
