// SPDX-License-Identifier: MIT
// connector-workbench: the desktop application. It only sets up the application object,
// parses the command line and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include "models/core/support/version.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferences.h"
#include "widgets/preferences/translationinstaller.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Connector Workbench"));
    QApplication::setOrganizationName(QStringLiteral("ConnectorWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("connector-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/connector-workbench.svg")));

    // Before anything calls tr(): the language is read once per start.
    const cw::Preferences preferences = cw::Preferences::load();
    cw::installTranslations(preferences.language);
    preferences.apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design, run and export Fivetran connectors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A project file to open."));
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo project.")});
    parser.process(app);

    cw::MainWindow window;
    window.show();

    QSettings settings;
    const QStringList files = parser.positionalArguments();
    const bool firstLaunch = !settings.value(QStringLiteral("launchedBefore")).toBool();
    settings.setValue(QStringLiteral("launchedBefore"), true);
    bool opened = window.offerRecovery();
    if (opened)
        ; // the recovered work comes first; the user can open anything else afterwards
    else if (!files.isEmpty())
        opened = window.openFile(files.first());
    else if (parser.isSet(QStringLiteral("demo")) || firstLaunch)
        opened = window.openDemoProject();
    else if (const QString last = settings.value(QStringLiteral("recentFiles")).toStringList().value(0);
             !last.isEmpty() && QFileInfo::exists(last))
        opened = window.openFile(last); // carry on where the user left off
    if (!opened)
        window.newProject();
    return QApplication::exec();
}
