#pragma once

#include "util/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace seqera {
class SessionStore;
}

namespace seqera::ai {

// A Seqera AI organization (GET /v1/cli/organizations: org_id, org_name, org_type). The id
// is kept as text: the backend sends numbers, and sessions take `organization_id` as a string.
struct Organization
{
    QString id;
    QString name;
    QString type;

    bool operator==(const Organization &o) const
    {
        return id == o.id && name == o.name && type == o.type;
    }
};

// The answer of GET /v1/cli/organizations (AiBackendClient::organizations()).
QList<Organization> parseOrganizations(const QJsonObject &answer);

// By id, else by name (exactly, then ignoring case). An unknown or ambiguous choice is an
// InvalidInput error that says what was found.
std::optional<Organization> findOrganization(
    const QList<Organization> &organizations, const QString &idOrName, Error *error);

// Stores (or with nullopt clears) the profile's organization in its session metadata, under the
// profile lock that renewals take, so that neither overwrites the other's change.
// NotLoggedIn when the profile has no stored session.
void storeOrganization(SessionStore *store, const QString &profile,
    const std::optional<Organization> &organization, int lockTimeoutMs,
    std::function<void(const Error &)> done);

} // namespace seqera::ai
