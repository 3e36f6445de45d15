// The knowledge-base impact window offscreen: a modified knowledge base (one warning dropped) lists
// exactly the patients whose stored plan has it, in words (no code), with the progress bar at the end;
// a refused file says why; re-assessing a chosen patient stores a normal assessment with the new version.
#include "core/followup/Clock.h"
#include "core/registry/Registry.h"
#include "tests/support/ImpactFixture.h"
#include "tests/support/PlanFixture.h"
#include "ui/kb/ImpactDialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

class TestImpactDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsExactlyTheChangedPatientsInWords();
    void refusedFileSaysWhy();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;
    QString m_modifiedKb;
    int m_expected = 0;
};

void TestImpactDialog::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("registry.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
    QVERIFY(m_registry->demo(60, 5).ok());
    m_expected = static_cast<int>(recordsWithStoredWarning(*m_db, QStringLiteral("CGA_CONFOUNDER")).size());
    QVERIFY(m_expected > 0);
    m_modifiedKb = writeKbWithoutWarning(m_dir.filePath(QStringLiteral("kb.json")), QStringLiteral("CGA_CONFOUNDER"),
                                         QStringLiteral("-local"));
    QVERIFY(!m_modifiedKb.isEmpty());
}

void TestImpactDialog::listsExactlyTheChangedPatientsInWords()
{
    ImpactDialog dialog(*m_registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.compare(m_modifiedKb));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("impactTable"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("impactProgress"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("impactSummary"));
    QCOMPARE(table->rowCount(), m_expected);
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(qint64(progress->maximum()), dialog.report().patients);
    QVERIFY2(summary->text().contains(QStringLiteral("%1 of %2").arg(m_expected).arg(dialog.report().patients)),
             qPrintable(summary->text()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString change = table->item(row, 3)->text();
        QVERIFY2(change.startsWith(QStringLiteral("no longer: warning “")), qPrintable(change));
        QVERIFY2(!change.contains(QStringLiteral("CGA_CONFOUNDER")), qPrintable(change));
    }
    // Re-assess the first listed patient only.
    const QString record = table->item(0, 0)->text();
    table->selectRow(0);
    QCOMPARE(dialog.reassess(false), 1);
    const auto history = m_registry->history(record);
    QVERIFY(history.value().assessments.last().kbVersion.endsWith(QStringLiteral("-local")));
    QVERIFY(dialog.compare(m_modifiedKb));
    QCOMPARE(table->rowCount(), m_expected - 1);
    QVERIFY(m_registry->verify().ok());
}

void TestImpactDialog::refusedFileSaysWhy()
{
    ImpactDialog dialog(*m_registry);
    QVERIFY(!dialog.compare(m_dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("impactSummary"))->text().startsWith(
        QStringLiteral("Not a usable knowledge base")));
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("impactTable"))->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("impactReassessAll"))->isEnabled());
}

QTEST_MAIN(TestImpactDialog)
#include "tst_impactdialog.moc"
