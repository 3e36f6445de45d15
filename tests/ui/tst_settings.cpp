// The settings class: defaults from its one table, values kept in the file it was given.
#include "core/registry/Database.h"
#include "ui/settings/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace netdesk;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndRoundTrip();
};

void TestSettings::defaultsAndRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("netdesk.ini"));
    {
        Settings s(file);
        QCOMPARE(s.text(Settings::Key::RegistryPath), Database::defaultPath());
        QCOMPARE(s.text(Settings::Key::DefaultProtocol), QStringLiteral("standard"));
        QCOMPARE(s.text(Settings::Key::PrintAudience), QStringLiteral("professional"));
        QCOMPARE(s.text(Settings::Key::Language), QStringLiteral("en"));
        s.setValue(Settings::Key::ClinicName, QStringLiteral("NET Centre"));
        s.setValue(Settings::Key::RegistryPath, dir.filePath(QStringLiteral("r.sqlite")));
    }
    Settings again(file);
    QCOMPARE(again.text(Settings::Key::ClinicName), QStringLiteral("NET Centre"));
    QCOMPARE(again.text(Settings::Key::RegistryPath), dir.filePath(QStringLiteral("r.sqlite")));
    QVERIFY(Settings::defaultFile().endsWith(QStringLiteral("netdesk/netdesk.ini")));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
