#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace seqera {

namespace {
void install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void installTranslators(QCoreApplication &app)
{
    const QString ours = QStringLiteral(":/i18n");
    // Qt asks the translator installed last first: the fallback goes in first.
    install(app, QLocale(QLocale::English), QStringLiteral("seqera"), ours);
    install(app, QLocale(), QStringLiteral("qtbase"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, QLocale(), QStringLiteral("seqera"), ours);
}

} // namespace seqera
