// The case wizard offscreen, driven by the keyboard: an invalid Ki-67 keeps Next disabled with the
// reason shown; a complete small-intestinal NET G1 case is stored with its plan and schedule.
#include "core/followup/Clock.h"
#include "core/model/CaseDraft.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"
#include "ui/wizard/CaseWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QTemporaryDir>
#include <QTextBrowser>
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

// Return in the focused field presses the wizard's default button (Next, then Finish).
void pressReturn(QWizard& w)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
    QTest::keyClick(target, Qt::Key_Return);
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
    void knownRecordShowsTheRegistrysIdentity();
    void otherPatientsRecordIsRefusedOnTheFirstPage();
    void deceasedPatientCannotBeAssessed();
    void reassessmentMarksPrefilledValuesUntilConfirmed();
    void knownRecordTakesPriorTherapiesFromTheLines();
    void wholeCaseIsStored();
    void everyInputIsNamedAndReachedByTab();
    void ecogDueToDiseaseOnlyWithPoorPerformanceStatus();
    void vignettesThroughTheWizard_data();
    void vignettesThroughTheWizard();

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
    QVERIFY(!nextEnabled(w)); // a new patient needs both names
    QVERIFY(field<QLabel>(w, "nameRequired")->isVisible());
    typeInto(w, "field_patient_familyName", QStringLiteral("Test"));
    typeInto(w, "field_patient_givenName", QStringLiteral("Tess"));
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

void TestCaseWizard::knownRecordShowsTheRegistrysIdentity()
{
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("DEMO-000038"), QStringLiteral("Adler"), QStringLiteral("Adam"),
                              QStringLiteral("1944-05-06"), QStringLiteral("male")})
                .ok());
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* existing = field<QLabel>(w, "existingPatient");
    typeInto(w, "field_record", QStringLiteral("DEMO-00003"));
    QVERIFY(!existing->isVisible()); // not a record yet
    typeInto(w, "field_record", QStringLiteral("8"));
    QTRY_VERIFY(existing->isVisible());
    QCOMPARE(existing->text(), QStringLiteral("Existing patient: Adler, Adam, born 1944-05-06, male"));
    // The case takes the registry's identity, read-only.
    QCOMPARE(field<QLineEdit>(w, "field_patient_familyName")->text(), QStringLiteral("Adler"));
    QVERIFY(field<QLineEdit>(w, "field_patient_familyName")->isReadOnly());
    QCOMPARE(field<QLineEdit>(w, "field_patient_birthDate")->text(), QStringLiteral("1944-05-06"));
    QCOMPARE(w.draft().value(QStringLiteral("patient.sex")).toString(), QStringLiteral("male"));
    QVERIFY(nextEnabled(w));
    // Another number: the registry's values do not follow it to a new patient.
    auto* record = field<QLineEdit>(w, "field_record");
    QTest::keyClick(record, Qt::Key_Backspace);
    QTRY_VERIFY(!existing->isVisible());
    QVERIFY(field<QLineEdit>(w, "field_patient_familyName")->text().isEmpty());
    QVERIFY(!field<QLineEdit>(w, "field_patient_familyName")->isReadOnly());
    QVERIFY(!w.draft().value(QStringLiteral("patient.birthDate")).isString());
    QVERIFY(!nextEnabled(w));
}

// The report's scenario: another patient's record number typed with a different name and no birth
// date. Refused on the first page, naming the fields and both values; nothing reaches the registry.
void TestCaseWizard::otherPatientsRecordIsRefusedOnTheFirstPage()
{
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("DEMO-000038"), QStringLiteral("Adler"), QStringLiteral("Adam"),
                              QStringLiteral("1944-05-06"), QStringLiteral("male")})
                .ok());
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeInto(w, "field_patient_familyName", QStringLiteral("Test"));
    typeInto(w, "field_patient_givenName", QStringLiteral("Rev"));
    typeInto(w, "field_record", QStringLiteral("DEMO-000038"));
    auto* familyError = field<QLabel>(w, "error_patient_familyName");
    QTRY_VERIFY(familyError->isVisible());
    QVERIFY2(familyError->text().contains(QStringLiteral("\"Test\" differs from the registry's \"Adler\"")),
             qPrintable(familyError->text()));
    QVERIFY(field<QLabel>(w, "error_patient_givenName")->text().contains(QStringLiteral("\"Rev\"")));
    QVERIFY(!nextEnabled(w));
    pressReturn(w);
    QCOMPARE(w.currentId(), int(CaseWizard::PatientPageId)); // no clinical page reached
    // Correcting the name (emptied: the registry's comes back) lets the user go on.
    auto* family = field<QLineEdit>(w, "field_patient_familyName");
    family->selectAll();
    QTest::keyClick(family, Qt::Key_Delete);
    QTRY_COMPARE(family->text(), QStringLiteral("Adler"));
    QVERIFY(!nextEnabled(w)); // the given name still contradicts
    auto* given = field<QLineEdit>(w, "field_patient_givenName");
    given->selectAll();
    QTest::keyClicks(given, QStringLiteral("adam"));
    QTRY_VERIFY(nextEnabled(w));
    const auto history = m_registry->history(QStringLiteral("DEMO-000038"));
    QVERIFY(history.ok());
    QVERIFY(history.value().assessments.isEmpty());
}

void TestCaseWizard::deceasedPatientCannotBeAssessed()
{
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("P-9"), QStringLiteral("Berg"), QStringLiteral("Bea"),
                              QStringLiteral("1950-01-01"), QStringLiteral("female")})
                .ok());
    QVERIFY(m_registry->setStatus(QStringLiteral("P-9"), QStringLiteral("deceased"), QStringLiteral("2026-10-01")).ok());
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeInto(w, "field_record", QStringLiteral("P-9"));
    auto* existing = field<QLabel>(w, "existingPatient");
    QTRY_VERIFY(existing->isVisible());
    QVERIFY2(existing->text().contains(QStringLiteral("deceased (since 2026-10-01)")), qPrintable(existing->text()));
    QVERIFY(!nextEnabled(w));
}

// Ctrl+Shift+N's start: every value from the course is marked until its page is confirmed (Next), and
// a value the user changes is theirs at once.
void TestCaseWizard::reassessmentMarksPrefilledValuesUntilConfirmed()
{
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("R-1"), QStringLiteral("Reyes"), QStringLiteral("Ana"),
                              QStringLiteral("1961-02-03"), QStringLiteral("female")})
                .ok());
    const QJsonObject previous = QJsonDocument::fromJson(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-27",
      "primarySite":"small_intestine","differentiation":"well","ki67":5,"sstrImaging":"positive",
      "diseaseStatus":"progressive","ecog":1,"metastases":{"liver":true}})").object();
    const QMap<QString, QString> prefilled{
        {QStringLiteral("differentiation"), QStringLiteral("from the assessment of 2026-05-02")},
        {QStringLiteral("ki67"), QStringLiteral("from the assessment of 2026-05-02")},
        {QStringLiteral("primarySite"), QStringLiteral("from the assessment of 2026-05-02")},
        {QStringLiteral("diseaseStatus"), QStringLiteral("from the imaging of 2026-11-20 (progression)")},
        {QStringLiteral("ecog"), QStringLiteral("from the assessment of 2026-05-02")},
        {QStringLiteral("metastases.liver"), QStringLiteral("from the assessment of 2026-05-02")}};
    CaseWizard w(*m_registry, m_clock->today(), QStringLiteral("R-1"), previous, QString(), nullptr, prefilled);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(nextEnabled(w));
    w.next();
    QCOMPARE(w.currentId(), int(CaseWizard::PathologyPageId));
    auto* ki67Note = field<QLabel>(w, "prefill_ki67");
    QVERIFY(ki67Note->isVisible());
    QCOMPARE(ki67Note->text(), QStringLiteral("Pre-filled: from the assessment of 2026-05-02"));
    // Typing a new Ki-67 makes it the user's value: no longer marked.
    auto* ki67 = field<QLineEdit>(w, "field_ki67");
    ki67->selectAll();
    QTest::keyClicks(ki67, QStringLiteral("7"));
    QTRY_VERIFY(!ki67Note->isVisible());
    QVERIFY(field<QLabel>(w, "prefill_differentiation")->isVisible());
    w.next(); // confirms the pathology page
    w.back();
    QVERIFY(!field<QLabel>(w, "prefill_differentiation")->isVisible());
    w.next();
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(CaseWizard::StatusPageId));
    auto* statusNote = field<QLabel>(w, "prefill_diseaseStatus");
    QVERIFY(statusNote->isVisible());
    QCOMPARE(statusNote->text(), QStringLiteral("Pre-filled: from the imaging of 2026-11-20 (progression)"));
    QVERIFY(field<QLabel>(w, "prefill_ecog")->isVisible());
    w.next();
    w.back();
    QVERIFY(!field<QLabel>(w, "prefill_diseaseStatus")->isVisible());
    QVERIFY(!field<QLabel>(w, "prefill_ecog")->isVisible());
}

// Ctrl+N with a known record typed: the prior therapies come from the therapy lines, marked as
// pre-filled and shown ticked on the status page; another record takes them away again.
void TestCaseWizard::knownRecordTakesPriorTherapiesFromTheLines()
{
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("L-1"), QStringLiteral("Lines"), QStringLiteral("Lea"),
                              QStringLiteral("1960-01-01"), QStringLiteral("female")})
                .ok());
    QVERIFY(m_registry->startTherapy({QStringLiteral("L-1"), QStringLiteral("SSA"), QStringLiteral("2026-01-10"), {}}).ok());
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeInto(w, "field_record", QStringLiteral("L-"));
    QVERIFY(!w.draft().value(QStringLiteral("priorTherapies")).isArray());
    typeInto(w, "field_record", QStringLiteral("1"));
    QTRY_COMPARE(w.draft().value(QStringLiteral("priorTherapies")).toArray(), QJsonArray{QStringLiteral("SSA")});
    QCOMPARE(w.draft().prefillNotes(QStringLiteral("priorTherapies")), QStringList{QStringLiteral("from the therapy lines")});
    auto* list = w.page(CaseWizard::StatusPageId)->findChild<QListWidget*>(QStringLiteral("field_priorTherapies"));
    QVERIFY(list);
    const QList<QListWidgetItem*> ssa = list->findItems(QStringLiteral("SSA"), Qt::MatchExactly);
    QCOMPARE(ssa.size(), 1);
    QCOMPARE(ssa.first()->checkState(), Qt::Checked);
    // Another (unknown) number: the line's therapy does not follow it.
    QTest::keyClick(field<QLineEdit>(w, "field_record"), Qt::Key_Backspace);
    QTRY_VERIFY(!w.draft().value(QStringLiteral("priorTherapies")).isArray());
    QCOMPARE(ssa.first()->checkState(), Qt::Unchecked);
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

// Keyboard and screen reader: on every page each input has an accessible name, and Tab from the
// first input reaches every input once, top to bottom, before it reaches the wizard's buttons.
void TestCaseWizard::everyInputIsNamedAndReachedByTab()
{
    QFile file(QStringLiteral(NETDESK_TEST_DATA "/vignettes/p12-carcinoid-syndrome-uncontrolled.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject previous =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("case")).toObject();
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("TAB-1"), QStringLiteral("Tab"), QStringLiteral("Tess"),
                              QStringLiteral("1960-01-01"), QStringLiteral("female")})
                .ok());
    CaseWizard w(*m_registry, m_clock->today(), QStringLiteral("TAB-1"), previous);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    for (int page = 0; page < 6; ++page) {
        QList<QWidget*> inputs;
        for (QWidget* child : w.currentPage()->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(child) || qobject_cast<QComboBox*>(child) ||
                               qobject_cast<QCheckBox*>(child) || qobject_cast<QListWidget*>(child) ||
                               qobject_cast<QTextBrowser*>(child);
            if (input && child->isVisible() && child->isEnabled() && child->focusPolicy() & Qt::TabFocus)
                inputs << child;
        }
        QVERIFY2(!inputs.isEmpty(), qPrintable(QString::number(page)));
        for (QWidget* input : std::as_const(inputs)) {
            const QString name = input->accessibleName().isEmpty() && qobject_cast<QCheckBox*>(input)
                                     ? qobject_cast<QCheckBox*>(input)->text()
                                     : input->accessibleName();
            QVERIFY2(!name.trimmed().isEmpty(), qPrintable(input->objectName()));
        }
        const auto top = [&w](QWidget* x) { return x->mapTo(&w, QPoint(0, 0)).y(); };
        std::stable_sort(inputs.begin(), inputs.end(), [&](QWidget* a, QWidget* b) { return top(a) < top(b); });
        inputs.front()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), inputs.front());
        QList<QWidget*> visited{inputs.front()};
        for (qsizetype i = 1; i < inputs.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget();
        }
        QCOMPARE(visited, inputs);
        if (page < 5) {
            QVERIFY2(nextEnabled(w), qPrintable(w.draft().problems().value(0).toString()));
            w.next();
        }
    }
    QCOMPARE(w.currentId(), int(CaseWizard::ReviewPageId));
}


// "Caused by the cancer itself" is asked only with ECOG 2 or more (the reader refuses it below), has
// an accessible name, and is cleared when ECOG drops below 2.
void TestCaseWizard::ecogDueToDiseaseOnlyWithPoorPerformanceStatus()
{
    QFile file(QStringLiteral(NETDESK_TEST_DATA "/vignettes/p14-sclc-ecog-4-due-to-disease.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject previous =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("case")).toObject();
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("DUE-1"), QStringLiteral("Due"), QStringLiteral("Dana"),
                              QStringLiteral("1950-01-01"), QStringLiteral("male")})
                .ok());
    CaseWizard w(*m_registry, m_clock->today(), QStringLiteral("DUE-1"), previous);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    while (w.currentId() != CaseWizard::ReviewPageId && !w.currentPage()->findChild<QCheckBox*>(
                                                            QStringLiteral("field_ecogDueToDisease"))) {
        QVERIFY2(nextEnabled(w), qPrintable(w.draft().problems().value(0).toString()));
        w.next();
    }
    auto* due = w.currentPage()->findChild<QCheckBox*>(QStringLiteral("field_ecogDueToDisease"));
    auto* ecog = w.currentPage()->findChild<QComboBox*>(QStringLiteral("field_ecog"));
    QVERIFY(due && ecog);
    QVERIFY(!due->accessibleName().isEmpty());
    const auto setEcog = [ecog](int value) {
        ecog->setFocus();
        while (ecog->currentData().toInt() < value)
            QTest::keyClick(ecog, Qt::Key_Down);
        while (ecog->currentData().toInt() > value)
            QTest::keyClick(ecog, Qt::Key_Up);
    };
    // The page starts from the previous case (ECOG 4, caused by the disease), both marked pre-filled.
    QCOMPARE(ecog->currentData().toInt(), 4);
    QVERIFY(due->isVisible());
    QVERIFY(due->isChecked());
    QCOMPARE(w.draft().value(QStringLiteral("ecogDueToDisease")).toBool(), true);
    QVERIFY2(nextEnabled(w), qPrintable(w.draft().problems().value(0).toString()));

    setEcog(1);
    QTRY_VERIFY(!due->isVisible());
    QVERIFY(!due->isChecked());
    QVERIFY(w.draft().value(QStringLiteral("ecogDueToDisease")).isUndefined());

    setEcog(4);
    QTRY_VERIFY(due->isVisible());
    QVERIFY(!due->isChecked());
    due->setFocus();
    QTest::keyClick(due, Qt::Key_Space);
    QVERIFY(due->isChecked());
    QCOMPARE(w.draft().value(QStringLiteral("ecogDueToDisease")).toBool(), true);
    QVERIFY2(nextEnabled(w), qPrintable(w.draft().problems().value(0).toString()));

    setEcog(1);
    QTRY_VERIFY(!due->isVisible());
    QVERIFY(!due->isChecked());
    QVERIFY(w.draft().value(QStringLiteral("ecogDueToDisease")).isUndefined());
    QVERIFY2(w.draft().problemsFor({QStringLiteral("ecogDueToDisease")}).isEmpty(),
             qPrintable(w.draft().problems().value(0).toString()));
    QVERIFY(nextEnabled(w));
}

void TestCaseWizard::vignettesThroughTheWizard_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(NETDESK_TEST_DATA "/vignettes"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject v = QJsonDocument::fromJson(file.readAll()).object();
        if (v.value(QStringLiteral("expect")).toObject().value(QStringLiteral("exit")).toInt() == 0 &&
            !v.contains(QStringLiteral("args")))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

// Each public vignette typed in through the wizard's widgets (keyboard for text and choices, space
// for check boxes), page by page; the stored plan must hold what the vignette expects.
void TestCaseWizard::vignettesThroughTheWizard()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject v = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject c = v.value(QStringLiteral("case")).toObject();
    // Flatten to the wizard's field paths.
    QMap<QString, QJsonValue> fields;
    for (auto it = c.begin(); it != c.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                fields.insert(it.key() + u'.' + in.key(), in.value());
        } else if (it.key() != QLatin1String("schema"))
            fields.insert(it.key(), it.value());
    }
    fields.insert(QStringLiteral("patient.familyName"), QStringLiteral("Vignette"));
    fields.insert(QStringLiteral("patient.givenName"), QFileInfo(path).baseName().left(3));
    CaseWizard w(*m_registry, m_clock->today());
    w.show();
    w.activateWindow(); // mnemonics (Alt+N) reach the active window only
    QVERIFY(QTest::qWaitForWindowActive(&w));
    typeInto(w, "field_record", QStringLiteral("V-") + QFileInfo(path).baseName().left(3));
    for (int page = 0; page < 6; ++page) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QString name = QStringLiteral("field_") + QString(it.key()).replace(u'.', u'_');
            QWidget* widget = w.currentPage()->findChild<QWidget*>(name);
            if (!widget)
                continue;
            if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                const int index = combo->findData(it.value().isDouble() ? QVariant(it.value().toInt())
                                                                        : QVariant(it.value().toString()));
                QVERIFY2(index >= 0, qPrintable(it.key()));
                combo->setFocus();
                while (combo->currentIndex() < index)
                    QTest::keyClick(combo, Qt::Key_Down);
                while (combo->currentIndex() > index)
                    QTest::keyClick(combo, Qt::Key_Up);
            } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
                edit->setFocus();
                edit->selectAll();
                QTest::keyClicks(edit, it.value().isDouble() ? QString::number(it.value().toDouble())
                                                             : it.value().toString());
            } else if (auto* box = qobject_cast<QCheckBox*>(widget)) {
                if (box->isChecked() != it.value().toBool()) {
                    box->setFocus();
                    QTest::keyClick(box, Qt::Key_Space);
                }
            } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
                for (const QJsonValue& item : it.value().toArray()) {
                    const auto found = list->findItems(item.toString(), Qt::MatchExactly);
                    QVERIFY2(!found.isEmpty(), qPrintable(item.toString()));
                    list->setFocus();
                    list->setCurrentItem(found.front());
                    QTest::keyClick(list, Qt::Key_Space);
                }
            }
        }
        if (w.currentId() == CaseWizard::ReviewPageId)
            break;
        QVERIFY2(
            nextEnabled(w),
            qPrintable(QStringLiteral("page %1: %2").arg(w.currentId()).arg(w.draft().problems().value(0).toString())));
        const int before = w.currentId();
        pressReturn(w);
        QCOMPARE(w.currentId(), before + 1);
    }
    QCOMPARE(w.currentId(), int(CaseWizard::ReviewPageId));
    QVERIFY2(w.draft().problems().isEmpty(), qPrintable(w.draft().problems().value(0).toString()));
    // What the plan view shows before the plan is stored: category, each expected recommendation
    // with its why and source, and the next follow-up dates.
    const QJsonObject exp = v.value(QStringLiteral("expect")).toObject();
    const QString shown = field<QTextBrowser>(w, "reviewText")->toPlainText();
    if (exp.contains(QStringLiteral("category")))
        QVERIFY2(shown.contains(exp.value(QStringLiteral("category")).toString().replace(u'_', u' ')), qPrintable(shown));
    const qsizetype recsAt = shown.indexOf(QStringLiteral("\nRecommendations"));
    QVERIFY(recsAt > 0);
    qsizetype recsEnd = shown.indexOf(QStringLiteral("\nAvoid\n"), recsAt);
    if (recsEnd < 0)
        recsEnd = shown.indexOf(QStringLiteral("\nPrognosis"), recsAt);
    const QString recs = shown.mid(recsAt, recsEnd - recsAt);
    for (const QJsonValue& t : exp.value(QStringLiteral("recommend")).toArray())
        QVERIFY2(recs.contains(QStringLiteral("(%1), ").arg(t.toString())), qPrintable(t.toString()));
    for (const QJsonValue& t : exp.value(QStringLiteral("notRecommend")).toArray())
        QVERIFY2(!recs.contains(QStringLiteral("(%1), ").arg(t.toString())), qPrintable(t.toString()));
    QVERIFY(shown.contains(QStringLiteral("Why: ")));
    QVERIFY(shown.contains(QStringLiteral("Sources")));
    QVERIFY(shown.contains(QStringLiteral("; next 20")));
    field<QTextBrowser>(w, "reviewText")->setFocus();
    pressReturn(w);
    QCOMPARE(w.result(), int(QDialog::Accepted));
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    // The stored assessment (read back from the registry) holds the same plan.
    const auto stored = m_registry->latestPlan(QStringLiteral("V-") + QFileInfo(path).baseName().left(3));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().value(QStringLiteral("classification")).toObject().value(QStringLiteral("category")).toString(),
             w.storedPlan().classification.category);
    if (exp.contains(QStringLiteral("category")))
        QCOMPARE(w.storedPlan().classification.category, exp.value(QStringLiteral("category")).toString());
    QStringList recommended;
    for (const PlanRecommendation& r : w.storedPlan().recommendations)
        recommended << r.therapy;
    for (const QJsonValue& t : exp.value(QStringLiteral("recommend")).toArray())
        QVERIFY2(recommended.contains(t.toString()), qPrintable(t.toString()));
    for (const QJsonValue& t : exp.value(QStringLiteral("notRecommend")).toArray())
        QVERIFY2(!recommended.contains(t.toString()), qPrintable(t.toString()));
}

QTEST_MAIN(TestCaseWizard)
#include "tst_casewizard.moc"
