// SPDX-License-Identifier: MIT
#include "widgets/preferences/preferences.h"

#include <QDir>
#include <QFontDatabase>
#include <QSettings>

#include "models/core/http/httpdefaults.h"
#include "widgets/preferences/theme.h"

namespace cw {

namespace {

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme themeFromName(const QString &name)
{
    if (name == u"light")
        return Preferences::Theme::Light;
    if (name == u"dark")
        return Preferences::Theme::Dark;
    return Preferences::Theme::System;
}

Preferences &currentPreferences()
{
    static Preferences preferences = Preferences::defaults();
    return preferences;
}

} // namespace

Preferences Preferences::current()
{
    return currentPreferences();
}

Preferences Preferences::defaults()
{
    Preferences preferences;
    preferences.editorFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return preferences;
}

Preferences Preferences::load()
{
    const Preferences d = defaults();
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    Preferences p;
    p.connectTimeoutSeconds = std::clamp(settings.value(QStringLiteral("connectTimeout"), d.connectTimeoutSeconds).toInt(), 1, 600);
    p.totalTimeoutSeconds = std::clamp(settings.value(QStringLiteral("totalTimeout"), d.totalTimeoutSeconds).toInt(), 1, 3600);
    p.proxy = settings.value(QStringLiteral("proxy"), d.proxy).toString().trimmed();
    p.verifyTlsByDefault = settings.value(QStringLiteral("verifyTls"), d.verifyTlsByDefault).toBool();
    p.maxResponseMegabytes = std::clamp(settings.value(QStringLiteral("maxResponseMB"), d.maxResponseMegabytes).toInt(), 1, 16 * 1024);
    QFont font = d.editorFont;
    if (const QString family = settings.value(QStringLiteral("editorFontFamily")).toString(); !family.isEmpty())
        font.setFamily(family);
    if (const int size = settings.value(QStringLiteral("editorFontSize")).toInt(); size > 0)
        font.setPointSize(std::clamp(size, 6, 72));
    p.editorFont = font;
    p.theme = themeFromName(settings.value(QStringLiteral("theme")).toString());
    p.language = settings.value(QStringLiteral("language")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    settings.setValue(QStringLiteral("connectTimeout"), connectTimeoutSeconds);
    settings.setValue(QStringLiteral("totalTimeout"), totalTimeoutSeconds);
    settings.setValue(QStringLiteral("proxy"), proxy);
    settings.setValue(QStringLiteral("verifyTls"), verifyTlsByDefault);
    settings.setValue(QStringLiteral("maxResponseMB"), maxResponseMegabytes);
    settings.setValue(QStringLiteral("editorFontFamily"), editorFont.family());
    settings.setValue(QStringLiteral("editorFontSize"), editorFont.pointSize());
    settings.setValue(QStringLiteral("theme"), themeName(theme));
    settings.setValue(QStringLiteral("language"), language);
}

void Preferences::apply() const
{
    HttpDefaults network;
    network.connectTimeoutMs = connectTimeoutSeconds * 1000;
    network.totalTimeoutMs = totalTimeoutSeconds * 1000;
    network.proxy = proxy;
    network.maxBodySize = qint64(maxResponseMegabytes) * 1024 * 1024;
    setHttpDefaults(network);
    applyTheme(theme);
    currentPreferences() = *this;
    emit PreferencesNotifier::instance()->changed();
}

QStringList Preferences::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("connectorworkbench_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(int(qstrlen("connectorworkbench_"))).chopped(3);
    if (!languages.contains(u"en"))
        languages.prepend(QStringLiteral("en"));
    return languages;
}

PreferencesNotifier *PreferencesNotifier::instance()
{
    static PreferencesNotifier *notifier = new PreferencesNotifier;
    return notifier;
}

} // namespace cw
