// netdesk: the workstation. Wires the registry (created on first run in the user's data folder,
// or where the settings or NETDESK_REGISTRY say) to the main window.
#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/i18n/Language.h"
#include "core/registry/AuditLog.h"
#include "core/registry/Registry.h"
#include "ui/MainWindow.h"
#include "ui/settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <QMessageBox>
#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NETDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(NETDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("NETDesk: decision support for metastatic neuroendocrine neoplasms"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the user interface: %1 (default: the settings)")
                                            .arg(netdesk::uiLanguages().join(QStringLiteral(", "))),
                                        QStringLiteral("CODE"));
    parser.addOption(langOption);
    parser.process(app);
    netdesk::Settings settings(netdesk::Settings::defaultFile());
    // The language: --lang, else the settings; a language in the settings that this build lacks falls back to English.
    QString error;
    if (parser.isSet(langOption)) {
        if (!netdesk::installLanguage(app, parser.value(langOption), &error)) {
            std::fprintf(stderr, "netdesk: --lang: %s\n", qPrintable(error));
            return 1;
        }
    } else if (!netdesk::installLanguage(app, settings.text(netdesk::Settings::Key::Language), &error)) {
        std::fprintf(stderr, "netdesk: settings %s: %s; using en\n",
                     qPrintable(netdesk::Settings::name(netdesk::Settings::Key::Language)), qPrintable(error));
    }
    // The registry: NETDESK_REGISTRY, else the settings (default: the user's data folder).
    const QString path = qEnvironmentVariable("NETDESK_REGISTRY", settings.text(netdesk::Settings::Key::RegistryPath));
    const bool firstRun = !QFileInfo::exists(path);
    auto kb = netdesk::KnowledgeBase::loadEmbedded();
    // Only the first run makes a registry; an existing empty or damaged file is refused with the reason.
    auto db = netdesk::Database::open(path, netdesk::Database::schema(),
                                      firstRun ? netdesk::RegistryFileUse::MayBeNew
                                               : netdesk::RegistryFileUse::Existing);
    if (!kb.ok() || !db.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("NETDesk"), (kb.messages() + db.messages()).join(u'\n'));
        return 1;
    }
    netdesk::SystemClock clock;
    const QString user = netdesk::AuditLog::systemUser(); // the account, not $USER
    netdesk::Registry registry(*db.value(), clock, user, kb.value());
    netdesk::MainWindow window(registry, clock.today(), path, settings);
    window.resize(1400, 860);
    window.show();
    if (firstRun && !qEnvironmentVariableIsSet("NETDESK_STARTUP_TIMING")) {
        // First run: say where the new registry is, and offer fictitious demo patients.
        QTimer::singleShot(0, &window, [&] { window.offerDemo(path); });
    }
    if (qEnvironmentVariableIsSet("NETDESK_STARTUP_TIMING")) {
        // Start-up measurement: the time to a shown, painted, usable window; then quit.
        QTimer::singleShot(0, &window, [&] {
            std::printf("startup to usable window: %lld ms\n", static_cast<long long>(started.elapsed()));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
