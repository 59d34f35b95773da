#pragma once

namespace seqera::os {

// Qt depends on a UTF-8 LC_CTYPE. In a C or POSIX locale (containers, `env -i`, cron), or one
// that is not UTF-8 or not installed, Qt 6.8 switches by itself but first prints a four-line
// "Detected locale "C" ... not UTF-8" warning on every run. Called first in main(), before
// the Q(Core)Application exists, this makes the same switch quietly: LC_CTYPE becomes
// C.UTF-8 in the environment (Qt and the programs we start read it from there) and in the
// process; the other categories, the user's language included, stay as they were (LC_ALL is
// spread over them). Returns false when the locale is still not UTF-8 (no C.UTF-8 on the
// system): Qt then says so itself.
bool ensureUtf8Locale();

} // namespace seqera::os
