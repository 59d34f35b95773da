#include "organizations.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace seqera::ai {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::Organizations)
};

QString idText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}
} // namespace

QList<Organization> parseOrganizations(const QJsonObject &answer)
{
    QList<Organization> result;
    for (const QJsonValue &v : answer.value(QStringLiteral("organizations")).toArray()) {
        const QJsonObject o = v.toObject();
        Organization org { idText(o.value(QStringLiteral("org_id"))),
            o.value(QStringLiteral("org_name")).toString(),
            o.value(QStringLiteral("org_type")).toString() };
        if (!org.id.isEmpty())
            result << org;
    }
    return result;
}

std::optional<Organization> findOrganization(
    const QList<Organization> &organizations, const QString &idOrName, Error *error)
{
    const QString wanted = idOrName.trimmed();
    for (const Organization &o : organizations) {
        if (o.id == wanted)
            return o;
    }
    for (const Organization &o : organizations) {
        if (o.name == wanted)
            return o;
    }
    QList<Organization> matches;
    for (const Organization &o : organizations) {
        if (o.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << o;
    }
    if (matches.size() == 1)
        return matches.first();
    if (error) {
        *error = matches.isEmpty()
            ? Error(Error::Code::InvalidInput,
                Tr::tr("No organization has the id or name \"%1\". Run \"seqera org list\" to "
                       "see yours.")
                    .arg(wanted))
            : Error(Error::Code::InvalidInput,
                Tr::tr("Several organizations are called \"%1\": choose one by its id (see "
                       "\"seqera org list\").")
                    .arg(wanted));
    }
    return std::nullopt;
}

} // namespace seqera::ai
