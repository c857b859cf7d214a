// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "widgets/preferences/preferences.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cw {

/// Edit → Preferences (Ctrl+,): network, samples, editor, appearance and language.
/// OK and Apply store the values and put them into effect at once; the language at the
/// next start, which the dialog says.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

private:
    void apply();
    void updateProxyField();

    QSpinBox *m_connectTimeout;
    QSpinBox *m_totalTimeout;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyUrl;
    QCheckBox *m_verifyTls;
    QSpinBox *m_maxResponse;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_languageNote;
};

} // namespace cw
