// SPDX-License-Identifier: MIT
#include "widgets/preferences/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cw {

namespace {

enum ProxyMode { ProxyFromEnvironment, ProxyNone, ProxyManual };

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, const QString &accessibleName)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

QGroupBox *group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    QFormLayout *form = nullptr;
    layout->addWidget(group(tr("Network"), &form));
    m_connectTimeout = spinBox(1, 600, tr(" s"), tr("Connect timeout in seconds"));
    m_totalTimeout = spinBox(1, 3600, tr(" s"), tr("Request timeout in seconds"));
    m_proxyMode = new QComboBox;
    m_proxyMode->addItem(tr("From the environment (http_proxy, https_proxy, no_proxy)"), ProxyFromEnvironment);
    m_proxyMode->addItem(tr("No proxy"), ProxyNone);
    m_proxyMode->addItem(tr("This proxy:"), ProxyManual);
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyUrl = new QLineEdit;
    m_proxyUrl->setPlaceholderText(tr("http://proxy.example.com:3128"));
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    m_verifyTls = new QCheckBox(tr("Verify TLS certificates in new projects"));
    m_verifyTls->setToolTip(tr("A project can still turn verification off for a test server; the endpoint editor then warns."));
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    form->addRow(tr("&Request timeout:"), m_totalTimeout);
    form->addRow(tr("&Proxy:"), m_proxyMode);
    form->addRow(QString(), m_proxyUrl);
    form->addRow(QString(), m_verifyTls);

    layout->addWidget(group(tr("Samples"), &form));
    m_maxResponse = spinBox(1, 16 * 1024, tr(" MB"), tr("Largest response in megabytes"));
    m_maxResponse->setToolTip(tr("A larger response stops with an error, so that an endless response or a decompression bomb cannot fill memory or disk."));
    form->addRow(tr("&Largest response:"), m_maxResponse);

    layout->addWidget(group(tr("Editor"), &form));
    m_fontFamily = new QFontComboBox;
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontFamily->setAccessibleName(tr("Editor font"));
    m_fontSize = spinBox(6, 72, tr(" pt"), tr("Editor font size in points"));
    form->addRow(tr("&Font:"), m_fontFamily);
    form->addRow(tr("Font &size:"), m_fontSize);

    layout->addWidget(group(tr("Appearance"), &form));
    m_theme = new QComboBox;
    m_theme->addItem(tr("System"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Preferences::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    m_language->setAccessibleName(tr("Language"));
    m_languageNote = new QLabel(tr("A new language takes effect when Connector Workbench starts again."));
    m_languageNote->setWordWrap(true);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(QString(), m_languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        Preferences defaults = Preferences::defaults();
        defaults.language = m_language->currentData().toString(); // the language is not a "default"
        setPreferences(defaults);
    });
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateProxyField);

    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.connectTimeoutSeconds = m_connectTimeout->value();
    p.totalTimeoutSeconds = m_totalTimeout->value();
    switch (m_proxyMode->currentData().toInt()) {
    case ProxyNone:
        p.proxy = QStringLiteral("none");
        break;
    case ProxyManual:
        p.proxy = m_proxyUrl->text().trimmed();
        break;
    default:
        p.proxy.clear();
        break;
    }
    p.verifyTlsByDefault = m_verifyTls->isChecked();
    p.maxResponseMegabytes = m_maxResponse->value();
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    p.editorFont = font;
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_connectTimeout->setValue(p.connectTimeoutSeconds);
    m_totalTimeout->setValue(p.totalTimeoutSeconds);
    const int mode = p.proxy.isEmpty() ? ProxyFromEnvironment : p.proxy == u"none" ? ProxyNone : ProxyManual;
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(mode));
    m_proxyUrl->setText(mode == ProxyManual ? p.proxy : QString());
    m_verifyTls->setChecked(p.verifyTlsByDefault);
    m_maxResponse->setValue(p.maxResponseMegabytes);
    m_fontFamily->setCurrentFont(p.editorFont);
    m_fontSize->setValue(p.editorFont.pointSize());
    m_theme->setCurrentIndex(m_theme->findData(int(p.theme)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    updateProxyField();
}

void PreferencesDialog::apply()
{
    const Preferences p = preferences();
    p.save();
    p.apply();
}

void PreferencesDialog::updateProxyField()
{
    m_proxyUrl->setEnabled(m_proxyMode->currentData().toInt() == ProxyManual);
}

} // namespace cw
