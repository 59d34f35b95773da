#pragma once

#include "auth/providermetadata.h"
#include "auth/tokenset.h"
#include "util/error.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

// Who signed in: the Platform's GET /user-info (the account the API acts for), else the
// id_token's email, else the OIDC userinfo endpoint, else the id_token's subject.
// An id_token that is unsigned (alg none), from another or no issuer, or for another client
// fails the login.
void resolveIdentity(QNetworkAccessManager *nam, const ProviderMetadata &provider,
    const QString &clientId, const QUrl &platformApiUrl, const TokenSet &tokens, QObject *context,
    std::function<void(const QString &, const Error &)> done);

} // namespace seqera
