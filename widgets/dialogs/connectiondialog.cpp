// SPDX-License-Identifier: MIT
#include "widgets/dialogs/connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/project/configtemplate.h"
#include "models/core/project/projectvalidator.h"
#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {

enum FieldColumn { KeyColumn, LabelColumn, SecretColumn, RequiredColumn, DefaultColumn, FieldColumnCount };

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &accessibleName)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool cellChecked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

/// A lowercase identifier a configuration field may have, from what the user typed.
QString fieldKey(QString text)
{
    return text.trimmed().toLower();
}

} // namespace

ConnectionDialog::ConnectionDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_baseUrl(new QLineEdit(this))
    , m_headers(makeTable(this, {tr("Header"), tr("Value")}, tr("Headers sent with every request")))
    , m_authType(new QComboBox(this))
    , m_apiKeyIn(new QComboBox(this))
    , m_authForm(new QFormLayout)
    , m_verifyTls(new QCheckBox(tr("Verify TLS certificates"), this))
    , m_tlsWarning(new QLabel(this))
    , m_fields(makeTable(this, {tr("Key"), tr("Label"), tr("Secret"), tr("Required"), tr("Default")},
                         tr("Configuration fields")))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connection and Auth of %1").arg(document->displayName()));
    resize(760, 720);

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connection);
    auto *urlForm = new QFormLayout;
    m_baseUrl->setPlaceholderText(tr("https://api.example.com/v1 or {{ config.base_url }}"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    urlForm->addRow(tr("Base URL"), m_baseUrl);
    connectionLayout->addLayout(urlForm);
    connectionLayout->addWidget(new QLabel(tr("Headers sent with every request (values may use {{ config.key }}):"), this));
    connectionLayout->addWidget(m_headers);
    auto *headerButtons = new QHBoxLayout;
    auto *addHeader = new QPushButton(tr("Add Header"), this);
    auto *removeHeader = new QPushButton(tr("Remove Header"), this);
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    connectionLayout->addLayout(headerButtons);
    m_verifyTls->setToolTip(tr("Turn off only for a test server with a self-signed certificate: the warning stays "
                               "visible while it is off"));
    m_tlsWarning->setText(tr("⚠ TLS verification off: anyone on the network path can read and change this "
                             "project's traffic, credentials included."));
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    m_tlsWarning->setWordWrap(true);
    connectionLayout->addWidget(m_verifyTls);
    connectionLayout->addWidget(m_tlsWarning);

    auto *auth = new QGroupBox(tr("Authentication"), this);
    auth->setLayout(m_authForm);
    m_authType->setAccessibleName(tr("Authentication scheme"));
    m_authType->addItem(tr("None"), int(AuthType::None));
    m_authType->addItem(tr("API key"), int(AuthType::ApiKey));
    m_authType->addItem(tr("Bearer token"), int(AuthType::Bearer));
    m_authType->addItem(tr("HTTP basic"), int(AuthType::Basic));
    m_authType->addItem(tr("OAuth 2 client credentials"), int(AuthType::OAuth2ClientCredentials));
    m_authForm->addRow(tr("Scheme"), m_authType);
    addAuthLine(QStringLiteral("apiKeyName"), tr("Key name"), tr("X-API-Key"), false);
    m_apiKeyIn->setAccessibleName(tr("Send the key in"));
    m_apiKeyIn->addItem(tr("a header"), QStringLiteral("header"));
    m_apiKeyIn->addItem(tr("the query string"), QStringLiteral("query"));
    m_authForm->addRow(tr("Send it in"), m_apiKeyIn);
    addAuthLine(QStringLiteral("apiKeyValue"), tr("Key"), QStringLiteral("{{ config.api_key }}"), true);
    addAuthLine(QStringLiteral("token"), tr("Token"), QStringLiteral("{{ config.api_token }}"), true);
    addAuthLine(QStringLiteral("username"), tr("User name"), QStringLiteral("{{ config.username }}"), false);
    addAuthLine(QStringLiteral("password"), tr("Password"), QStringLiteral("{{ config.password }}"), true);
    addAuthLine(QStringLiteral("tokenUrl"), tr("Token URL"), tr("https://auth.example.com/oauth/token"), false);
    addAuthLine(QStringLiteral("clientId"), tr("Client ID"), QStringLiteral("{{ config.client_id }}"), false);
    addAuthLine(QStringLiteral("clientSecret"), tr("Client secret"), QStringLiteral("{{ config.client_secret }}"), true);
    addAuthLine(QStringLiteral("scopes"), tr("Scopes"), tr("read:orders read:customers"), false);
    auto *authNote = new QLabel(tr("Credentials belong in secret configuration fields: write {{ config.key }}; a "
                                   "field it names that does not exist yet is added as a secret one."),
                                this);
    authNote->setWordWrap(true);
    m_authForm->addRow(authNote);

    auto *configuration = new QGroupBox(tr("Configuration fields (configuration.json)"), this);
    auto *configurationLayout = new QVBoxLayout(configuration);
    m_fields->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    configurationLayout->addWidget(m_fields);
    auto *fieldButtons = new QHBoxLayout;
    auto *addField = new QPushButton(tr("Add Field"), this);
    auto *removeField = new QPushButton(tr("Remove Field"), this);
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch();
    configurationLayout->addLayout(fieldButtons);

    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));

    auto *layout = new QVBoxLayout(this);
    m_headers->setMaximumHeight(m_headers->verticalHeader()->defaultSectionSize() * 4 + m_headers->horizontalHeader()->sizeHint().height());
    layout->addWidget(connection);
    layout->addWidget(auth);
    layout->addWidget(configuration, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow({});
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
        validate();
    });
    connect(addField, &QPushButton::clicked, this, [this] {
        addFieldRow({});
        m_fields->setCurrentCell(m_fields->rowCount() - 1, KeyColumn);
        m_fields->editItem(m_fields->item(m_fields->rowCount() - 1, KeyColumn));
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    load(document->project());
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        validate();
    });
    connect(m_verifyTls, &QCheckBox::toggled, this, [this](bool on) {
        m_tlsWarning->setVisible(!on);
        validate();
    });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    for (QLineEdit *line : std::as_const(m_auth))
        connect(line, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_apiKeyIn, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    connect(m_headers, &QTableWidget::itemChanged, this, &ConnectionDialog::validate);
    connect(m_fields, &QTableWidget::itemChanged, this, &ConnectionDialog::validate);
    updateRows();
    validate();
    m_baseUrl->setFocus();
}

QLineEdit *ConnectionDialog::addAuthLine(const QString &name, const QString &label, const QString &placeholder,
                                         bool secretValue)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    line->setAccessibleName(label);
    if (secretValue)
        line->setToolTip(tr("A template such as %1; the value itself is entered in Configuration, kept out of the "
                            "project file").arg(placeholder));
    m_authForm->addRow(label, line);
    m_auth.insert(name, line);
    return line;
}

QLineEdit *ConnectionDialog::authField(const QString &name) const
{
    return m_auth.value(name);
}

void ConnectionDialog::addHeaderRow(const Header &header)
{
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(header.name));
    m_headers->setItem(row, 1, new QTableWidgetItem(header.value));
}

void ConnectionDialog::addFieldRow(const ConfigurationField &field)
{
    const QSignalBlocker blocker(m_fields);
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, KeyColumn, new QTableWidgetItem(field.key));
    m_fields->setItem(row, LabelColumn, new QTableWidgetItem(field.label));
    m_fields->setItem(row, SecretColumn, checkItem(field.secret));
    m_fields->setItem(row, RequiredColumn, checkItem(field.required));
    auto *value = new QTableWidgetItem(field.defaultValue);
    value->setToolTip(tr("Written to configuration.json and the project file; never for secret fields"));
    m_fields->setItem(row, DefaultColumn, value);
    // The description is not shown, but must survive the round trip through the table.
    m_fields->item(row, KeyColumn)->setData(Qt::UserRole, field.description);
}

void ConnectionDialog::load(const Project &project)
{
    const Connection &c = project.connection;
    m_baseUrl->setText(c.baseUrl);
    for (const Header &header : c.headers)
        addHeaderRow(header);
    m_authType->setCurrentIndex(std::max(0, m_authType->findData(int(c.auth.type))));
    auto set = [this](const char *name, const QString &value) { m_auth.value(QLatin1String(name))->setText(value); };
    set("apiKeyName", c.auth.apiKeyName);
    m_apiKeyIn->setCurrentIndex(std::max(0, m_apiKeyIn->findData(c.auth.apiKeyIn)));
    set("apiKeyValue", c.auth.apiKeyValue);
    set("token", c.auth.token);
    set("username", c.auth.username);
    set("password", c.auth.password);
    set("tokenUrl", c.auth.tokenUrl);
    set("clientId", c.auth.clientId);
    set("clientSecret", c.auth.clientSecret);
    set("scopes", c.auth.scopes);
    m_verifyTls->setChecked(c.verifyTls);
    m_tlsWarning->setVisible(!c.verifyTls);
    for (const ConfigurationField &field : project.configuration)
        addFieldRow(field);
    for (int column : {int(KeyColumn), int(SecretColumn), int(RequiredColumn)})
        m_fields->resizeColumnToContents(column);
}

void ConnectionDialog::updateRows()
{
    const auto type = AuthType(m_authType->currentData().toInt());
    auto show = [this](QWidget *widget, bool visible) { m_authForm->setRowVisible(widget, visible); };
    auto line = [this](const char *name) { return m_auth.value(QLatin1String(name)); };
    show(line("apiKeyName"), type == AuthType::ApiKey);
    show(m_apiKeyIn, type == AuthType::ApiKey);
    show(line("apiKeyValue"), type == AuthType::ApiKey);
    show(line("token"), type == AuthType::Bearer);
    show(line("username"), type == AuthType::Basic);
    show(line("password"), type == AuthType::Basic);
    for (const char *name : {"tokenUrl", "clientId", "clientSecret", "scopes"})
        show(line(name), type == AuthType::OAuth2ClientCredentials);
}

Project ConnectionDialog::project() const
{
    Project project = m_document->project();
    Connection &c = project.connection;
    c.baseUrl = m_baseUrl->text().trimmed();
    c.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = cellText(m_headers, row, 0);
        if (!name.isEmpty())
            c.headers.append({name, cellText(m_headers, row, 1)});
    }
    auto get = [this](const char *name) { return m_auth.value(QLatin1String(name))->text().trimmed(); };
    // Only the chosen scheme's values are kept, so the file says what is sent.
    c.auth = Auth();
    c.auth.type = AuthType(m_authType->currentData().toInt());
    QStringList secretTemplates;
    switch (c.auth.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey:
        c.auth.apiKeyName = get("apiKeyName");
        c.auth.apiKeyIn = m_apiKeyIn->currentData().toString();
        c.auth.apiKeyValue = get("apiKeyValue");
        secretTemplates << c.auth.apiKeyValue;
        break;
    case AuthType::Bearer:
        c.auth.token = get("token");
        secretTemplates << c.auth.token;
        break;
    case AuthType::Basic:
        c.auth.username = get("username");
        c.auth.password = get("password");
        secretTemplates << c.auth.password;
        break;
    case AuthType::OAuth2ClientCredentials:
        c.auth.tokenUrl = get("tokenUrl");
        c.auth.clientId = get("clientId");
        c.auth.clientSecret = get("clientSecret");
        c.auth.scopes = get("scopes");
        secretTemplates << c.auth.clientSecret;
        break;
    }
    c.verifyTls = m_verifyTls->isChecked();

    project.configuration.clear();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        ConfigurationField field;
        field.key = fieldKey(cellText(m_fields, row, KeyColumn));
        if (field.key.isEmpty())
            continue;
        field.label = cellText(m_fields, row, LabelColumn);
        field.secret = cellChecked(m_fields, row, SecretColumn);
        field.required = cellChecked(m_fields, row, RequiredColumn);
        field.defaultValue = field.secret ? QString() : cellText(m_fields, row, DefaultColumn);
        if (const QTableWidgetItem *key = m_fields->item(row, KeyColumn))
            field.description = key->data(Qt::UserRole).toString();
        project.configuration.append(field);
    }
    // Fields that the connection's templates name but nobody defined yet.
    QStringList templates{c.baseUrl, c.auth.apiKeyValue, c.auth.token, c.auth.username, c.auth.password,
                          c.auth.tokenUrl, c.auth.clientId, c.auth.clientSecret};
    for (const Header &header : std::as_const(c.headers))
        templates << header.value;
    QStringList secretKeys;
    for (const QString &text : std::as_const(secretTemplates))
        secretKeys << templateReferences(text);
    for (const QString &text : std::as_const(templates)) {
        for (const QString &key : templateReferences(text)) {
            if (project.configurationField(key))
                continue;
            ConfigurationField field;
            field.key = key;
            field.secret = secretKeys.contains(key);
            field.required = true;
            project.configuration.append(field);
        }
    }
    return project;
}

void ConnectionDialog::validate()
{
    const Project candidate = project();
    m_problemList.clear();
    QStringList lines;
    bool errors = false;
    for (const ProjectFile::Problem &problem : ProjectValidator::validate(candidate)) {
        if (!problem.pointer.startsWith(QStringLiteral("/connection")) && !problem.pointer.startsWith(QStringLiteral("/configuration")))
            continue;
        errors = errors || problem.isError();
        m_problemList << (problem.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + problem.message;
        lines << (problem.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message);
    }
    // project() lists the table's fields first, then those the templates name that no row
    // defines; of these, the ones the project does not have yet are what OK adds.
    qsizetype listed = 0;
    for (int row = 0; row < m_fields->rowCount(); ++row)
        listed += cellText(m_fields, row, KeyColumn).isEmpty() ? 0 : 1;
    QStringList added;
    for (const ConfigurationField &field : candidate.configuration.mid(listed)) {
        if (!m_document->project().configurationField(field.key))
            added << (field.secret ? tr("%1 (secret)").arg(field.key) : field.key);
    }
    if (!added.isEmpty())
        lines << tr("OK also adds the configuration field(s) %1 that the templates name.").arg(added.join(QStringLiteral(", ")));
    m_problems->setText(lines.join(u'\n'));
    m_problems->setStyleSheet(errors ? QStringLiteral("color: #c01c28;") : QString());
    m_problems->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!errors);
}

void ConnectionDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Project after = project();
    if (after != m_document->project())
        m_document->edit(after, tr("Edit connection and auth"));
    QDialog::accept();
}

} // namespace cw
