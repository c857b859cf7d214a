// SPDX-License-Identifier: MIT
#include "widgets/preferences/translationinstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cw {

namespace {

bool installCatalog(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QLocale installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!installCatalog(locale, QStringLiteral("connectorworkbench"), QStringLiteral(":/i18n")))
        return QLocale(QLocale::English);
    QLocale::setDefault(locale);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    installCatalog(locale, QStringLiteral("qtbase"), qtTranslations);
    installCatalog(locale, QStringLiteral("qscintilla"), qtTranslations);
    return locale;
}

} // namespace cw
