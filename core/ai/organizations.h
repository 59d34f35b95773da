#pragma once

#include "storage/sessionmetadata.h"
#include "util/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace seqera::ai {

using Organization = seqera::Organization; // storage/sessionmetadata.h

// The answer of GET /v1/cli/organizations (AiBackendClient::organizations()).
QList<Organization> parseOrganizations(const QJsonObject &answer);

// By id, else by name (exactly, then ignoring case). An unknown or ambiguous choice is an
// InvalidInput error that says what was found.
std::optional<Organization> findOrganization(
    const QList<Organization> &organizations, const QString &idOrName, Error *error);

} // namespace seqera::ai
