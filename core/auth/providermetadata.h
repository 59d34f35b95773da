#pragma once

#include "util/error.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

// The parts of an OpenID Provider's discovery document (OIDC Discovery 1.0) that we use.
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl userinfoEndpoint;
    QUrl deviceAuthorizationEndpoint;
    QStringList codeChallengeMethods;

    static ProviderMetadata fromJson(const QJsonObject &json);
};

// GET {authDomain}{configurationPath}; the callback runs once, in the context of `context`.
void fetchProviderMetadata(QNetworkAccessManager *nam, const QUrl &discoveryUrl, QObject *context,
    std::function<void(const ProviderMetadata &, const Error &)> done);

} // namespace seqera
