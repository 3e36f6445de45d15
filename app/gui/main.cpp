// netdesk: the workstation. Wires the registry (created on first run in the user's data folder,
// or where the settings or NETDESK_REGISTRY say) to the main window.
#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/registry/Registry.h"
#include "ui/MainWindow.h"
#include "ui/settings/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <QMessageBox>
#include <QProcessEnvironment>
#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NETDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(NETDESK_VERSION));
    // The registry: NETDESK_REGISTRY, else the settings (default: the user's data folder).
    netdesk::Settings settings(netdesk::Settings::defaultFile());
    const QString path = qEnvironmentVariable("NETDESK_REGISTRY", settings.text(netdesk::Settings::Key::RegistryPath));
    const bool firstRun = !QFileInfo::exists(path);
    auto kb = netdesk::KnowledgeBase::loadEmbedded();
    auto db = netdesk::Database::open(path);
    if (!kb.ok() || !db.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("NETDesk"), (kb.messages() + db.messages()).join(u'\n'));
        return 1;
    }
    netdesk::SystemClock clock;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
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
