#include "sessionmetadata.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqera {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
QDateTime fromIso(const QJsonObject &o, const char *key)
{
    QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

QByteArray SessionMetadata::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("email"), email);
    o.insert(QStringLiteral("authDomain"), authDomain.toString());
    o.insert(QStringLiteral("apiUrl"), apiUrl.toString());
    o.insert(QStringLiteral("clientId"), clientId);
    o.insert(QStringLiteral("issuer"), issuer);
    o.insert(QStringLiteral("tokenEndpoint"), tokenEndpoint.toString());
    o.insert(QStringLiteral("revocationEndpoint"), revocationEndpoint.toString());
    o.insert(QStringLiteral("loginAt"), iso(loginAt));
    o.insert(QStringLiteral("obtainedAt"), iso(obtainedAt));
    o.insert(QStringLiteral("expiresAt"), iso(expiresAt));
    o.insert(QStringLiteral("renewable"), renewable);
    o.insert(QStringLiteral("storage"), SecretStore::kindName(storage));
    if (!organizationId.isEmpty())
        o.insert(QStringLiteral("organization"),
            QJsonObject { { QStringLiteral("id"), organizationId },
                { QStringLiteral("name"), organizationName },
                { QStringLiteral("type"), organizationType } });
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

SessionMetadata SessionMetadata::fromJson(const QByteArray &json, const QString &path, Error *error)
{
    SessionMetadata m;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    const QString storage = o.value(QStringLiteral("storage")).toString();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || o.value(QStringLiteral("version")).toInt() != 1
        || (storage != QLatin1String("keychain") && storage != QLatin1String("file"))) {
        if (error)
            *error = { Error::Code::Corrupt,
                QCoreApplication::translate("seqera::SessionMetadata",
                    "The session file %1 is damaged and cannot be used. Run \"seqera "
                    "logout\" to clean up, then \"seqera login\".")
                    .arg(path) };
        return m;
    }
    m.profile = o.value(QStringLiteral("profile")).toString();
    m.email = o.value(QStringLiteral("email")).toString();
    m.authDomain = QUrl(o.value(QStringLiteral("authDomain")).toString());
    m.apiUrl = QUrl(o.value(QStringLiteral("apiUrl")).toString());
    m.clientId = o.value(QStringLiteral("clientId")).toString();
    m.issuer = o.value(QStringLiteral("issuer")).toString();
    m.tokenEndpoint = QUrl(o.value(QStringLiteral("tokenEndpoint")).toString());
    m.revocationEndpoint = QUrl(o.value(QStringLiteral("revocationEndpoint")).toString());
    m.loginAt = fromIso(o, "loginAt");
    m.obtainedAt = fromIso(o, "obtainedAt");
    m.expiresAt = fromIso(o, "expiresAt");
    m.renewable = o.value(QStringLiteral("renewable")).toBool();
    const QJsonObject organization = o.value(QStringLiteral("organization")).toObject();
    m.organizationId = organization.value(QStringLiteral("id")).toString();
    m.organizationName = organization.value(QStringLiteral("name")).toString();
    m.organizationType = organization.value(QStringLiteral("type")).toString();
    m.storage
        = storage == QLatin1String("file") ? SecretStore::Kind::File : SecretStore::Kind::Keychain;
    return m;
}

} // namespace seqera
