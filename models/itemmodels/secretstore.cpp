// SPDX-License-Identifier: MIT
#include "models/itemmodels/secretstore.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace cw {

namespace {

QString keyFor(const QString &projectPath, const QString &field)
{
    return QFileInfo(projectPath).absoluteFilePath() + u'/' + field;
}

QStringList secretKeys(const Project &project)
{
    QStringList keys;
    for (const ConfigurationField &field : project.configuration) {
        if (field.secret)
            keys << field.key;
    }
    return keys;
}

const QString kFallbackSetting = QStringLiteral("secrets/fileFallback");

} // namespace

SecretStore::SecretStore(QString fileDirectory, QString service, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(fileDirectory))
    , m_service(std::move(service))
{
    // A read of an entry that does not exist tells whether a keychain answers at all.
    auto *probe = new QKeychain::ReadPasswordJob(m_service, this);
    probe->setAutoDelete(true);
    probe->setKey(QStringLiteral("probe"));
    connect(probe, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
        m_probed = true;
        m_keychainWorks = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        m_keychainError = m_keychainWorks ? QString() : job->errorString();
        Q_EMIT backendChanged();
        const QList<std::function<void()>> pending = std::exchange(m_pending, {});
        for (const auto &work : pending)
            work();
    });
    probe->start();
}

QString SecretStore::defaultFileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/secrets");
}

SecretStore::Backend SecretStore::backend() const
{
    if (!m_probed)
        return Backend::Probing;
    if (m_keychainWorks)
        return Backend::Keychain;
    return fileFallbackChosen() ? Backend::File : Backend::Memory;
}

bool SecretStore::fileFallbackChosen() const
{
    return QSettings().value(kFallbackSetting, false).toBool();
}

void SecretStore::setFileFallbackChosen(bool chosen)
{
    QSettings().setValue(kFallbackSetting, chosen);
    Q_EMIT backendChanged();
}

void SecretStore::whenProbed(std::function<void()> work)
{
    if (m_probed)
        work();
    else
        m_pending.append(std::move(work));
}

void SecretStore::store(const QString &projectPath, const Project &project, const ConfigurationValues &values)
{
    if (projectPath.isEmpty())
        return;
    ConfigurationValues secrets;
    for (const QString &key : secretKeys(project))
        secrets.insert(key, values.value(key));
    whenProbed([this, projectPath, secrets] {
        switch (backend()) {
        case Backend::Keychain:
            for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
                QKeychain::Job *job = nullptr;
                if (it.value().isEmpty()) {
                    auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
                    remove->setKey(keyFor(projectPath, it.key()));
                    job = remove;
                } else {
                    auto *write = new QKeychain::WritePasswordJob(m_service, this);
                    write->setKey(keyFor(projectPath, it.key()));
                    write->setTextData(it.value());
                    job = write;
                }
                job->setAutoDelete(true);
                connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
                    if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
                        Q_EMIT failed(tr("The keychain did not store a secret: %1").arg(finished->errorString()));
                });
                job->start();
            }
            break;
        case Backend::File:
            storeInFile(projectPath, secrets);
            break;
        case Backend::Memory:
        case Backend::Probing:
            break;
        }
    });
}

void SecretStore::load(const QString &projectPath, const Project &project, std::function<void(ConfigurationValues)> done)
{
    const QStringList keys = secretKeys(project);
    if (projectPath.isEmpty() || keys.isEmpty()) {
        done({});
        return;
    }
    whenProbed([this, projectPath, keys, done] {
        if (backend() == Backend::File) {
            done(loadFromFile(projectPath));
            return;
        }
        if (backend() != Backend::Keychain) {
            done({});
            return;
        }
        // One read per field; `done` hears once all have answered.
        auto result = std::make_shared<ConfigurationValues>();
        auto remaining = std::make_shared<int>(int(keys.size()));
        for (const QString &key : keys) {
            auto *read = new QKeychain::ReadPasswordJob(m_service, this);
            read->setAutoDelete(true);
            read->setKey(keyFor(projectPath, key));
            connect(read, &QKeychain::Job::finished, this, [result, remaining, done, key](QKeychain::Job *job) {
                if (job->error() == QKeychain::NoError)
                    result->insert(key, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
                if (--*remaining == 0)
                    done(*result);
            });
            read->start();
        }
    });
}

QString SecretStore::filePathFor(const QString &projectPath) const
{
    const QByteArray id = QCryptographicHash::hash(QFileInfo(projectPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + u'/' + QString::fromLatin1(id.left(32)) + QStringLiteral(".json");
}

void SecretStore::storeInFile(const QString &projectPath, const ConfigurationValues &secrets)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            object.insert(it.key(), it.value());
    }
    const QString path = filePathFor(projectPath);
    if (object.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(m_directory);
    ::chmod(QFile::encodeName(m_directory).constData(), 0700);
    // Created 0600 from the start, so the values are never readable by others, not even briefly.
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        Q_EMIT failed(tr("Cannot write the secrets file %1.").arg(path));
        return;
    }
    ::fchmod(fd, 0600);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        Q_EMIT failed(tr("Cannot write the secrets file %1.").arg(path));
    }
}

ConfigurationValues SecretStore::loadFromFile(const QString &projectPath) const
{
    ConfigurationValues values;
    QFile file(filePathFor(projectPath));
    if (!file.open(QIODevice::ReadOnly))
        return values;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

} // namespace cw
