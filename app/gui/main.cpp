// netdesk: the workstation. Wires the registry (created on first run in the user's data folder,
// or NETDESK_REGISTRY) to the main window.
#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/registry/Registry.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcessEnvironment>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NETDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(NETDESK_VERSION));
    const QString path = qEnvironmentVariable("NETDESK_REGISTRY", netdesk::Database::defaultPath());
    auto kb = netdesk::KnowledgeBase::loadEmbedded();
    auto db = netdesk::Database::open(path);
    if (!kb.ok() || !db.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("NETDesk"), (kb.messages() + db.messages()).join(u'\n'));
        return 1;
    }
    netdesk::SystemClock clock;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    netdesk::Registry registry(*db.value(), clock, user, kb.value());
    netdesk::MainWindow window(registry, clock.today(), path);
    window.resize(1400, 860);
    window.show();
    return QApplication::exec();
}
