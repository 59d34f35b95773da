#pragma once

#include <functional>

class QObject;

// Whether the Secret Service's default collection (where libsecret, QtKeychain's backend on
// Linux, keeps entries) is locked, asked over D-Bus. libsecret reports a locked collection as
// empty and a removal from it as done, so "nothing there" and "removed" are only believed once
// the collection is known not to be locked. Other keychains report their own errors through
// QtKeychain: there, and in a build without D-Bus, the answer is Unknown.
namespace seqera::os {

enum class KeyringLock {
    Unlocked,
    Locked,
    Unknown, // no session bus, no Secret Service, another backend
    NoAnswer, // the service did not answer in time (a hung keyring)
};

// `done` is called exactly once, in `context`.
void askKeyringLock(QObject *context, int timeoutMs, std::function<void(KeyringLock)> done);

} // namespace seqera::os
