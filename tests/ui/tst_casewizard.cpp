// The case wizard offscreen, driven by the keyboard: an invalid Ki-67 keeps Next disabled with the
// reason shown; a complete small-intestinal NET G1 case is stored with its plan and schedule.
#include "core/followup/Clock.h"
#include "core/model/CaseDraft.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"
#include "ui/wizard/CaseWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

template <typename T> T* field(QWizard& w, const char* name)
{
    auto* widget = w.currentPage()->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s on page %d", name, w.currentId());
    return widget;
}

void typeInto(QWizard& w, const char* name, const QString& text)
{
    auto* edit = field<QLineEdit>(w, name);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void choose(QWizard& w, const char* name, const QString& value)
{
    auto* combo = field<QComboBox>(w, name);
    combo->setFocus();
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

bool nextEnabled(QWizard& w)
{
    return w.button(QWizard::NextButton)->isEnabled();
}

} // namespace

class TestCaseWizard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void invalidKi67KeepsNextDisabled();
    void wholeCaseIsStored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;
};

void TestCaseWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("wizard.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
}

void TestCaseWizard::cleanup()
{
    m_registry.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCaseWizard::invalidKi67KeepsNextDisabled()
{
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeInto(w, "field_record", QStringLiteral("W-1"));
    QVERIFY(nextEnabled(w));
    w.next();
    QCOMPARE(w.currentId(), int(CaseWizard::PathologyPageId));
    QVERIFY(!nextEnabled(w)); // nothing to grade yet
    typeInto(w, "field_ki67", QStringLiteral("140"));
    auto* error = field<QLabel>(w, "error_ki67");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("140 is out of range 0–100")), qPrintable(error->text()));
    QVERIFY(!nextEnabled(w));
    auto* ki67 = field<QLineEdit>(w, "field_ki67");
    ki67->selectAll();
    QTest::keyClicks(ki67, QStringLiteral("2"));
    QTRY_VERIFY(nextEnabled(w));
    QVERIFY(!error->isVisible());
    QVERIFY(field<QLabel>(w, "derivedGrade")->text().startsWith(QStringLiteral("NET_G1, grade G1")));
    QVERIFY(field<QLabel>(w, "derivedGrade")->text().contains(QStringLiteral("cut-off")));
}

void TestCaseWizard::wholeCaseIsStored()
{
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeInto(w, "field_record", QStringLiteral("W-2"));
    typeInto(w, "field_patient_familyName", QStringLiteral("Keyboard"));
    typeInto(w, "field_patient_givenName", QStringLiteral("Kim"));
    typeInto(w, "field_patient_birthDate", QStringLiteral("1958-03-01"));
    w.next();
    choose(w, "field_differentiation", QStringLiteral("well"));
    typeInto(w, "field_ki67", QStringLiteral("2"));
    QVERIFY(nextEnabled(w));
    w.next();
    choose(w, "field_primarySite", QStringLiteral("small_intestine"));
    w.next();
    auto* liver = field<QCheckBox>(w, "field_metastases_liver");
    QVERIFY(!nextEnabled(w)); // stage IV needs a site
    liver->setFocus();
    QTest::keyClick(liver, Qt::Key_Space);
    QTRY_VERIFY(nextEnabled(w));
    typeInto(w, "field_metastases_liverInvolvementPercent", QStringLiteral("10"));
    w.next();
    choose(w, "field_diseaseStatus", QStringLiteral("newly_diagnosed"));
    choose(w, "field_sstrImaging", QStringLiteral("positive"));
    auto* resected = field<QCheckBox>(w, "field_primaryResected");
    resected->setFocus();
    QTest::keyClick(resected, Qt::Key_Space);
    QVERIFY(nextEnabled(w));
    w.next();
    QCOMPARE(w.currentId(), int(CaseWizard::ReviewPageId));
    QVERIFY2(w.draft().problems().isEmpty(), qPrintable(w.draft().problems().value(0).toString()));
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
    w.button(QWizard::FinishButton)->click();
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    QCOMPARE(w.storedPlan().classification.category, QStringLiteral("NET_G1"));
    const auto history = m_registry->history(QStringLiteral("W-2"));
    QVERIFY(history.ok());
    QCOMPARE(history.value().patient.familyName, QStringLiteral("Keyboard"));
    QCOMPARE(history.value().assessments.size(), 1);
    QCOMPARE(history.value().items.size(), 2); // markers (CgA, 5-HIAA) and imaging
    bool ssa = false;
    for (const PlanRecommendation& r : w.storedPlan().recommendations)
        ssa = ssa || (r.therapy == QLatin1String("SSA") && r.strength == QLatin1String("preferred"));
    QVERIFY(ssa);
}

QTEST_MAIN(TestCaseWizard)
#include "tst_casewizard.moc"
