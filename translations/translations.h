#pragma once

class QCoreApplication;

namespace seqera {

// Installs the catalogs for the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), most
// specific first: ours (":/i18n/seqera_<lang>.qm"), then Qt's own (qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath: the command-line parser's and the network's messages), and
// under both the English plural forms, so that a C or unset locale still reads "1 minute" and
// "5 minutes". The one place both programs load translations.
void installTranslators(QCoreApplication &app);

} // namespace seqera
