#include "os/locale.h"

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <langinfo.h>
#include <strings.h>

namespace seqera::os {

namespace {

constexpr const char *kUtf8Ctype = "C.UTF-8";

bool ctypeIsUtf8()
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

const char *nonEmptyEnv(const char *name)
{
    const char *value = std::getenv(name);
    return value && *value ? value : nullptr;
}

} // namespace

bool ensureUtf8Locale()
{
    if (std::setlocale(LC_ALL, "") && ctypeIsUtf8())
        return true;
    if (!std::setlocale(LC_CTYPE, kUtf8Ctype))
        return false;

    // LC_ALL would hide LC_CTYPE: its value moves to the other categories it stood for.
    if (const char *all = nonEmptyEnv("LC_ALL")) {
        for (const char *category :
            { "LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME" })
            setenv(category, all, 1);
        unsetenv("LC_ALL");
    }
    setenv("LC_CTYPE", kUtf8Ctype, 1);
    if (std::setlocale(LC_ALL, ""))
        return ctypeIsUtf8();

    // Another category names a locale that is not installed (LANG=de_DE.UTF-8 in a container
    // without it), so the whole environment is refused and everything would stay "C". Use
    // C.UTF-8 throughout, and keep the language of the messages (Qt's translations) in
    // LANGUAGE, which Qt reads first.
    const char *messages = nonEmptyEnv("LC_MESSAGES");
    if (!messages)
        messages = nonEmptyEnv("LANG");
    if (messages && !nonEmptyEnv("LANGUAGE") && std::strcmp(messages, "C") != 0
        && std::strcmp(messages, "POSIX") != 0)
        setenv("LANGUAGE", messages, 1);
    setenv("LC_ALL", kUtf8Ctype, 1);
    return std::setlocale(LC_ALL, "") && ctypeIsUtf8();
}

} // namespace seqera::os
