// locale.h in standard C++: the user's locale, with no way to ask whether its codeset is UTF-8
// (nl_langinfo is POSIX). Returns false: Qt says itself when the locale is not UTF-8.
#include "os/locale.h"

#include <clocale>

namespace seqera::os {

bool ensureUtf8Locale()
{
    std::setlocale(LC_ALL, "");
    return false;
}

} // namespace seqera::os
