// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"

namespace cw {

/// Where the values of secret configuration fields live between sessions: the system
/// keychain (QtKeychain: Secret Service / KWallet, macOS Keychain, Windows Credential Store)
/// when one answers; otherwise only memory, unless the user chose a file readable by them
/// alone (0600, in a 0700 folder under the application's data directory). Never the project
/// file, the samples or an export. Keys are "<project file>/<field key>".
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend { Probing, Keychain, File, Memory };

    /// Probes the keychain at once (asynchronously); `fileDirectory` is where the 0600 files
    /// go when the keychain is missing and the user opted in. `service` names the entries.
    explicit SecretStore(QString fileDirectory = defaultFileDirectory(),
                         QString service = QStringLiteral("Connector Workbench"), QObject *parent = nullptr);

    static QString defaultFileDirectory();

    Backend backend() const;
    /// Why the keychain is not used (the keychain's own error), for the user.
    QString keychainError() const { return m_keychainError; }
    /// The user's choice, stored in QSettings: keep secrets in a 0600 file when there is no
    /// keychain. Off by default.
    bool fileFallbackChosen() const;
    void setFileFallbackChosen(bool chosen);

    /// Stores the values of `project`'s secret fields for the project file `projectPath`
    /// (an untitled project has none and keeps them in memory). Empty values are removed.
    void store(const QString &projectPath, const Project &project, const ConfigurationValues &values);
    /// Reads the secret fields of `project` stored for `projectPath` and hands them to
    /// `done` (later, on this object's thread); fields without a stored value are absent.
    void load(const QString &projectPath, const Project &project, std::function<void(ConfigurationValues)> done);

    /// The file the fallback uses for a project.
    QString filePathFor(const QString &projectPath) const;

Q_SIGNALS:
    void backendChanged();
    void failed(const QString &message);

private:
    void whenProbed(std::function<void()> work);
    void storeInFile(const QString &projectPath, const ConfigurationValues &secrets);
    ConfigurationValues loadFromFile(const QString &projectPath) const;

    QString m_directory;
    QString m_service;
    bool m_probed = false;
    bool m_keychainWorks = false;
    QString m_keychainError;
    QList<std::function<void()>> m_pending;
};

} // namespace cw
