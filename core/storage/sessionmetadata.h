#pragma once

#include "storage/secretstore.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace seqera {

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
    // The Seqera AI organization chosen with `seqera org switch` (empty: none); kept across
    // renewals, gone with the session.
    QString organizationId;
    QString organizationName;
    QString organizationType;

    QByteArray toJson() const;
    // Corrupt error (naming the file) when the content cannot be used.
    static SessionMetadata fromJson(const QByteArray &json, const QString &path, Error *error);
};

} // namespace seqera
