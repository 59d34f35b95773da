#pragma once

#include "util/error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace seqera {

// Where a profile's secret (its TokenSet) lives. Every operation reports once through its
// callback; an absent secret is read as nullopt without an error.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Keychain, File };
    using ReadCallback = std::function<void(const std::optional<QByteArray> &, const Error &)>;
    using DoneCallback = std::function<void(const Error &)>;

    using QObject::QObject;

    virtual Kind kind() const = 0;
    // "the system keyring (Secret Service)" or the file's path: for `seqera status`.
    virtual QString location(const QString &profile) const = 0;

    virtual void read(const QString &profile, ReadCallback done) = 0;
    virtual void write(const QString &profile, const QByteArray &secret, DoneCallback done) = 0;
    virtual void remove(const QString &profile, DoneCallback done) = 0;

    static QString kindName(Kind kind)
    {
        return kind == Kind::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
    }
};

} // namespace seqera
