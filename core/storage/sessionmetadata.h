#pragma once

#include "storage/secretstore.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace seqera {

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

// The non-secret half of a session, kept in <config>/profiles/<profile>/session.json so that
// `seqera status` and the tray answer instantly and offline, without touching the keyring.
struct SessionMetadata
{
    QString profile;
    QString email;
    QUrl authDomain;
    QUrl apiUrl;
    QString clientId;
    QString issuer;
    QUrl tokenEndpoint; // cached from discovery: a renewal needs no discovery round trip
    QUrl revocationEndpoint;
    QDateTime loginAt; // UTC
    QDateTime obtainedAt; // when the current access token was issued (UTC)
    QDateTime expiresAt; // when the current access token expires (UTC); invalid = unknown
    bool renewable = false; // a refresh token is stored
    SecretStore::Kind storage = SecretStore::Kind::Keychain;
    // The Seqera AI organization chosen at login or with `seqera org switch` (empty: none);
    // kept across renewals, gone with the session. Written through
    // SessionManager::storeOrganization only.
    QString organizationId;
    QString organizationName;
    QString organizationType;

    std::optional<Organization> organization() const
    {
        if (organizationId.isEmpty())
            return std::nullopt;
        return Organization { organizationId, organizationName, organizationType };
    }
    void setOrganization(const std::optional<Organization> &o)
    {
        organizationId = o ? o->id : QString();
        organizationName = o ? o->name : QString();
        organizationType = o ? o->type : QString();
    }

    QByteArray toJson() const;
    // Corrupt error (naming the file) when the content cannot be used.
    static SessionMetadata fromJson(const QByteArray &json, const QString &path, Error *error);
};

} // namespace seqera
