#pragma once

#include "auth/providermetadata.h"
#include "auth/tokenset.h"
#include "util/error.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

// Who signed in: the id_token's email (after checking its issuer and audience), else the
// OIDC userinfo endpoint, else the Platform's GET /user-info, else the subject.
// An id_token from another issuer or for another client fails the login.
void resolveIdentity(QNetworkAccessManager *nam, const ProviderMetadata &provider,
    const QString &clientId, const QUrl &platformApiUrl, const TokenSet &tokens, QObject *context,
    std::function<void(const QString &, const Error &)> done);

} // namespace seqera
