// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>
#include <QString>

namespace cw {

/// The user's preferences, stored with QSettings under "preferences/". load() gives the
/// stored values (or the defaults), save() stores them and apply() puts them into effect:
/// network defaults for every request, the theme, and the editor font (CodeEditor listens
/// to PreferencesNotifier). The language takes effect at the next start.
struct Preferences {
    enum class Theme { System, Light, Dark };

    int connectTimeoutSeconds = 10;
    int totalTimeoutSeconds = 60;
    /// Empty: the environment's proxy variables; "none": no proxy; else a proxy URL.
    QString proxy;
    /// Whether new projects verify TLS certificates (a project can still opt out).
    bool verifyTlsByDefault = true;
    /// Responses larger than this stop with an error instead of filling memory and disk.
    int maxResponseMegabytes = 1024;
    QFont editorFont;
    Theme theme = Theme::System;
    /// Empty: follow the system locale; else a language code such as "de" or "en".
    QString language;

    static Preferences defaults();
    static Preferences load();
    void save() const;
    /// Applies everything but the language, makes these the current() ones and tells
    /// listeners.
    void apply() const;
    /// The preferences last applied (defaults() until then), for widgets being built.
    static Preferences current();

    /// The languages the application has a catalog for, as codes ("en", "de").
    static QStringList availableLanguages();

    bool operator==(const Preferences &) const = default;
};

/// Tells widgets that the preferences changed (editor fonts follow live).
class PreferencesNotifier final : public QObject
{
    Q_OBJECT

public:
    static PreferencesNotifier *instance();

signals:
    void changed();

private:
    PreferencesNotifier() = default;
};

} // namespace cw
