// The main window offscreen: the registry models pass QAbstractItemModelTester, search as you type
// narrows the patient list, choosing a patient shows its page, and the reminders panel switches
// between due and overdue items.
#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/interop/PlanJson.h"
#include "core/registry/LabTests.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"
#include "ui/MainWindow.h"
#include "ui/course/CourseChart.h"
#include "ui/settings/Settings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/plan/PlanView.h"
#include "ui/registry/DoneDialog.h"
#include "ui/registry/TherapyDialog.h"
#include "ui/registry/PatientListModel.h"
#include "ui/registry/ReminderModel.h"
#include "ui/report/ReportDialog.h"
#include "ui/report/ReportRenderer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace netdesk;
using namespace netdesk::test;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTheModelTester();
    void patientModelFetchesLazily();
    void searchAsYouType();
    void choosingAPatientShowsTheirPage();
    void remindersSwitchBetweenDueAndOverdue();
    void planViewShowsSeverityAndReviewInWords();
    void markingAReminderDoneSchedulesTheNext();
    void settingsDialogStoresCheckedValues();
    void aboutNamesVersionKnowledgeBaseAndLimits();
    void printDialogSavesThePatientsPlanAsPdf();
    void printerAndPdfLayTheSamePages();
    void firstRunOffersFictitiousDemoPatients();
    void courseReviewInTheListRemindersAndPage();
    void therapyLinesFromThePatientPage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Settings> m_settings;
};

void TestMainWindow::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("ui.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("netdesk.ini")));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
    QVERIFY(m_registry->demo(450, 7).ok());
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("MRN-77"), QStringLiteral("Zeller"), QStringLiteral("Quentin"),
                              QStringLiteral("1955-01-02"), QStringLiteral("male")})
                .ok());
}

void TestMainWindow::cleanupTestCase()
{
    m_registry.reset();
    m_db.reset();
    m_dir.reset();
}

void TestMainWindow::modelsPassTheModelTester()
{
    PatientListModel patients(*m_registry);
    QAbstractItemModelTester patientTester(&patients, QAbstractItemModelTester::FailureReportingMode::QtTest);
    patients.setSearch(QStringLiteral("a"));
    patients.setSearch(QString());
    while (patients.canFetchMore({}))
        patients.fetchMore({});
    QCOMPARE(patients.rowCount(), 451);
    ReminderModel reminders(*m_registry, m_clock->today());
    QAbstractItemModelTester reminderTester(&reminders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    reminders.setFilter(ReminderModel::Filter::Overdue);
    reminders.setFilter(ReminderModel::Filter::Due, 30);
    QVERIFY(reminders.rowCount() > 0);
}

void TestMainWindow::patientModelFetchesLazily()
{
    PatientListModel patients(*m_registry);
    QCOMPARE(patients.totalCount(), 451);
    QCOMPARE(patients.rowCount(), 200); // the first page only
    QVERIFY(patients.canFetchMore({}));
    patients.fetchMore({});
    QCOMPARE(patients.rowCount(), 400);
}

void TestMainWindow::searchAsYouType()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("patientTable"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("patientCount"));
    QVERIFY(search && table && count);
    QCOMPARE(count->text(), QStringLiteral("451 patient(s)"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zell"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PatientListModel::RecordNumber).data().toString(), QStringLiteral("MRN-77"));
    QCOMPARE(count->text(), QStringLiteral("1 patient(s)"));
    search->clear();
    QTRY_COMPARE(count->text(), QStringLiteral("451 patient(s)"));
}

void TestMainWindow::choosingAPatientShowsTheirPage()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("patientTable"));
    auto* page = window.findChild<QTextBrowser*>(QStringLiteral("patientPage"));
    QTest::keyClicks(search, QStringLiteral("DEMO-000003"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);
    QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("Record DEMO-000003")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Follow-up")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("protocol")));
    // The current plan, as stored: recommendations with their sources, the tumour board always.
    QVERIFY(page->toPlainText().contains(QStringLiteral("Recommendations")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Multidisciplinary tumour board")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Source: Seed")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("Decision support for the treating clinician")));
    // The course chart: one point per stored CgA result, dated; × ULN leaves out results without one.
    auto* course = window.findChild<CourseChart*>(QStringLiteral("courseChart"));
    QVERIFY(course);
    QCOMPARE(course->mode(), CourseChart::Mode::Dated);
    const auto history = m_registry->history(QStringLiteral("DEMO-000003"));
    qsizetype cga = 0;
    qsizetype withUln = 0;
    for (const ResultRecord& r : history.value().results) {
        cga += r.kind == QLatin1String("CGA") && r.value ? 1 : 0;
        withUln += r.kind == QLatin1String("CGA") && r.value && r.uln ? 1 : 0;
    }
    QCOMPARE(course->plotted(QStringLiteral("CGA")).size(), cga);
    for (const TherapyLine& l : history.value().therapyLines)
        QVERIFY2(course->summaryText().contains(l.startDate.toString(Qt::ISODate)), qPrintable(course->summaryText()));
    window.findChild<QCheckBox*>(QStringLiteral("timesUln"))->setChecked(true);
    QCOMPARE(course->scale(), CourseChart::Scale::TimesUln);
    QCOMPARE(course->plotted(QStringLiteral("CGA")).size(), withUln);
}

void TestMainWindow::planViewShowsSeverityAndReviewInWords()
{
    // A critical warning and a pending item: the words are there, not only colour.
    const auto plan = planFor(merged(parseObject(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02",
        "primarySite":"pancreas","differentiation":"well","ki67":2,"sstrImaging":"positive","diseaseStatus":"progressive",
        "ecog":0,"primaryResected":true,"priorSurgery":["pancreatoduodenectomy"],"priorTherapies":["SSA"],
        "metastases":{"liver":true,"largestLiverLesionCm":3,"liverLesionCount":1}})"),
                                     {}));
    QVERIFY(plan.ok);
    const QJsonObject planJson = planToJsonObject(plan.plan);
    const QString html = PlanView::toHtml(planJson);
    QTextDocument doc;
    doc.setHtml(html);
    const QString text = doc.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("CRITICAL LIVER_ABSCESS_RISK")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(text.contains(QStringLiteral("[pending: not yet checked]")));
    QVERIFY(text.contains(QStringLiteral("[checked against its source]")));
    QVERIFY(!text.contains(QStringLiteral("approved")));
    QVERIFY(!text.contains(QStringLiteral("earlier wording")));

    // A plan stored under the earlier wording: 'approved' reads as pending with a note of what it
    // meant; a plan without clinicalReview reads as none. The stored JSON is not changed.
    const QJsonObject stored = storedUnderEarlierWording(planJson);
    QTextDocument old;
    old.setHtml(PlanView::toHtml(stored));
    const QString oldText = old.toPlainText();
    QVERIFY(oldText.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(oldText.contains(QStringLiteral("earlier wording 'approved', which meant only checked against a primary text")));
    QVERIFY(oldText.contains(QStringLiteral("[pending: not yet checked]")));
    QVERIFY(QJsonDocument(stored).toJson().contains("\"approved\""));
    QVERIFY(text.contains(QStringLiteral("Later line")));
    QVERIFY(html.contains(QStringLiteral("title=\"Strosberg J et al.")) ||
            html.contains(QStringLiteral("title=\"Yao JC")));
}

void TestMainWindow::remindersSwitchBetweenDueAndOverdue()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* filter = window.findChild<QComboBox*>(QStringLiteral("reminderFilter"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("reminderTable"));
    auto* page = window.findChild<QTextBrowser*>(QStringLiteral("patientPage"));
    QVERIFY(filter && table && page);
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(table->model()->index(0, ReminderModel::State).data().toString(), QStringLiteral("due"));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QTRY_COMPARE(table->model()->index(0, ReminderModel::State).data().toString(), QStringLiteral("overdue"));
    // Opening a reminder opens its patient.
    const QString record = table->model()->index(0, ReminderModel::RecordNumber).data().toString();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("Record ") + record));
}

void TestMainWindow::markingAReminderDoneSchedulesTheNext()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("reminderTable"));
    auto* button = window.findChild<QPushButton*>(QStringLiteral("markDoneButton"));
    QVERIFY(table && button);
    // The first labs item due in the next 14 days.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r)
        if (!table->model()->index(r, ReminderModel::Tests).data().toString().contains(QStringLiteral("CT")))
            row = r;
    QVERIFY(row >= 0);
    const qint64 before = static_cast<ReminderModel*>(table->model())->totalCount();
    const ReminderRow item = *static_cast<ReminderModel*>(table->model())->reminderAt(row);
    table->setCurrentIndex(table->model()->index(row, 0));
    button->click();
    DoneDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<DoneDialog*>()) != nullptr);
    auto* value = dialog->findChild<QLineEdit*>(QStringLiteral("doneValue"));
    auto* unit = dialog->findChild<QComboBox*>(QStringLiteral("doneUnit"));
    auto* uln = dialog->findChild<QLineEdit*>(QStringLiteral("doneUln"));
    auto* help = dialog->findChild<QLabel*>(QStringLiteral("doneUnitHelp"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("doneError"));
    QVERIFY(value && unit && uln && help && error);
    // Only the units of the data file for the chosen test, each explained.
    QStringList units;
    for (int i = 0; i < unit->count(); ++i)
        units << unit->itemText(i);
    const QString testCode = dialog->findChild<QComboBox*>(QStringLiteral("doneTest"))->currentData().toString();
    const auto labTests = LabTests::embedded();
    QVERIFY(labTests.ok() && labTests.value()->test(testCode));
    QCOMPARE(units, labTests.value()->test(testCode)->unitNames());
    QVERIFY(!units.contains(QStringLiteral("banana")));
    QVERIFY(!help->text().isEmpty());
    QTest::keyClicks(value, QStringLiteral("88"));
    QTest::keyClicks(uln, QStringLiteral("-5"));
    dialog->accept(); // a negative upper limit: refused, the dialog stays open and says why
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("uln")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    uln->clear();
    QTest::keyClicks(uln, QStringLiteral("100"));
    dialog->accept();
    QTRY_VERIFY(window.findChild<DoneDialog*>() == nullptr || !window.findChild<DoneDialog*>()->isVisible());
    // The item left the due list; its next one is due one interval after today.
    QTRY_COMPARE(static_cast<ReminderModel*>(table->model())->totalCount(), before - 1);
    const auto history = m_registry->history(item.recordNumber);
    bool next = false;
    for (const FollowUpRecord& f : history.value().items)
        next = next || (f.itemKey == item.item.itemKey && f.status == QLatin1String("scheduled") &&
                        f.dueDate == m_clock->today().addMonths(item.item.intervalMonths));
    QVERIFY(next);
    // The result keeps its unit and the report's upper limit of normal.
    bool stored = false;
    for (const ResultRecord& r : history.value().results)
        stored = stored || (r.value && *r.value == 88 && r.uln && *r.uln == 100 && !r.unit.isEmpty());
    QVERIFY(stored);
}

// The settings dialog (Ctrl+,): a refused registry path names the field and stores nothing; valid
// values typed and chosen with the keyboard land in the settings file.
void TestMainWindow::settingsDialogStoresCheckedValues()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    int result = -1;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog);
        connect(dialog, &QDialog::finished, this, [&result](int r) { result = r; });
        auto* registry = dialog->findChild<QLineEdit*>(QStringLiteral("settingRegistry"));
        auto* clinic = dialog->findChild<QLineEdit*>(QStringLiteral("settingClinic"));
        auto* protocol = dialog->findChild<QComboBox*>(QStringLiteral("settingProtocol"));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("settingLanguage"));
        QVERIFY(registry && clinic && protocol && language);
        QVERIFY(!registry->accessibleName().isEmpty() && !protocol->accessibleName().isEmpty());
        QCOMPARE(protocol->count(), 2);
        registry->setFocus();
        registry->selectAll();
        QTest::keyClicks(registry, QStringLiteral("relative/registry.sqlite"));
        clinic->setFocus();
        QTest::keyClicks(clinic, QStringLiteral("NET Centre Nord"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->lastError().startsWith(QStringLiteral("Registry file:")), qPrintable(dialog->lastError()));
        QCOMPARE(m_settings->text(Settings::Key::ClinicName), QString()); // nothing stored
        registry->selectAll();
        QTest::keyClicks(registry, m_dir->filePath(QStringLiteral("other/registry.sqlite")));
        protocol->setFocus();
        QTest::keyClick(protocol, Qt::Key_Down);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        dialog->accept();
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier); // opens the dialog (modal)
    QCOMPARE(result, int(QDialog::Accepted));
    QCOMPARE(m_settings->text(Settings::Key::ClinicName), QStringLiteral("NET Centre Nord"));
    QCOMPARE(m_settings->text(Settings::Key::RegistryPath), m_dir->filePath(QStringLiteral("other/registry.sqlite")));
    QCOMPARE(m_settings->text(Settings::Key::DefaultProtocol), QStringLiteral("esmo-2020"));
    QCOMPARE(m_settings->text(Settings::Key::Language), QStringLiteral("de"));
    m_settings->setValue(Settings::Key::DefaultProtocol, QStringLiteral("standard"));
    m_settings->setValue(Settings::Key::Language, QStringLiteral("en"));
}

void TestMainWindow::aboutNamesVersionKnowledgeBaseAndLimits()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    const QString about = window.aboutText();
    const KnowledgeBasePtr kb = m_registry->knowledgeBase();
    QVERIFY(about.contains(kb->id));
    QVERIFY(about.contains(kb->version));
    QVERIFY(!about.contains(QStringLiteral("approved")));
    QVERIFY(about.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(about.contains(QStringLiteral("checked against its source")));
    QVERIFY(about.contains(QStringLiteral("pending: not yet checked")));
    QVERIFY(about.contains(QStringLiteral("does not replace it")));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETDESK_VERSION));
    QVERIFY(window.aboutText().contains(QStringLiteral("NETDesk " NETDESK_VERSION)));
}

// Ctrl+P on a patient's page opens the print dialog; the German patient printout of the stored
// (English) plan is saved as PDF with the registry's next dates; the professional one holds the
// knowledge-base version.
void TestMainWindow::printDialogSavesThePatientsPlanAsPdf()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPatient(QStringLiteral("DEMO-000004"));
    const QString pdf = m_dir->filePath(QStringLiteral("printout.pdf"));
    QString error = QStringLiteral("dialog not opened");
    QTimer::singleShot(0, this, [&] {
        auto* dialog = window.findChild<ReportDialog*>();
        if (!dialog)
            return;
        auto* audience = dialog->findChild<QComboBox*>(QStringLiteral("reportAudience"));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("reportLanguage"));
        audience->setCurrentIndex(audience->findData(QStringLiteral("patient")));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        error = dialog->savePdf(pdf) ? QString() : dialog->lastError();
        audience->setCurrentIndex(audience->findData(QStringLiteral("professional")));
        const auto professional = dialog->document();
        if (!professional.ok() || !professional.value().html.contains(m_registry->knowledgeBase()->version))
            error = QStringLiteral("professional document without the knowledge-base version");
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils): the PDF's text is not checked");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Ihr Behandlungsplan")), qPrintable(text.left(300)));
    const auto history = m_registry->history(QStringLiteral("DEMO-000004"));
    QVERIFY(history.ok());
    for (const FollowUpRecord& f : history.value().items) {
        if (f.status == QLatin1String("scheduled")) {
            const QString due = QLocale(QStringLiteral("de")).toString(f.dueDate, QStringLiteral("d. MMMM yyyy"));
            QVERIFY2(text.contains(due), qPrintable(due));
        }
    }
}

// The printer path (print preview and paper) lays the document out like the PDF: same page count.
void TestMainWindow::printerAndPdfLayTheSamePages()
{
    Settings settings(m_dir->filePath(QStringLiteral("print.ini")));
    ReportDialog dialog(*m_registry, QStringLiteral("DEMO-000004"), settings, m_clock->today());
    const auto doc = dialog.document();
    QVERIFY2(doc.ok(), qPrintable(doc.messages().join(u'\n')));
    const auto pdfPages = writeReportPdf(doc.value(), m_dir->filePath(QStringLiteral("same.pdf")));
    QVERIFY(pdfPages.ok());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir->filePath(QStringLiteral("printer.pdf")));
    printer.setPageLayout(reportPageLayout());
    const auto printed = renderReport(doc.value(), printer);
    QVERIFY(printed.ok());
    QCOMPARE(printed.value(), pdfPages.value());
}

// First run: the new registry's place is said, and demo patients are offered; they are marked as
// fictitious on their page.
void TestMainWindow::firstRunOffersFictitiousDemoPatients()
{
    const QString path = m_dir->filePath(QStringLiteral("first-run.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    Registry registry(*db.value(), *m_clock, QStringLiteral("tester"), embeddedKb());
    MainWindow window(registry, m_clock->today(), path, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("firstRunBox"));
        if (!box)
            return;
        shown = box->text();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().contains(QStringLiteral("demo")))
                b->click();
        }
    });
    window.offerDemo(path);
    QVERIFY2(shown.contains(path), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("fictitious")));
    const auto list = registry.list(QString(), 5);
    QVERIFY(list.ok());
    QCOMPARE(list.value().total, 40);
    window.showPatient(list.value().rows.front().recordNumber);
    QVERIFY(window.findChild<QTextBrowser*>(QStringLiteral("patientPage"))
                ->toPlainText()
                .contains(QStringLiteral("Fictitious demo patient")));
}




// The course review in the workstation: the "needs review" filter and column of the patient list,
// the reminders' third view, and the reasons with their sources on the patient page; recording
// progression on imaging flags a patient, a new assessment clears it.
void TestMainWindow::courseReviewInTheListRemindersAndPage()
{
    PatientListModel flagged(*m_registry);
    QAbstractItemModelTester tester(&flagged, QAbstractItemModelTester::FailureReportingMode::QtTest);
    flagged.setReviewOnly(true);
    QVERIFY2(flagged.rowCount() > 0, "the demo registry has patients who need review");
    QVERIFY(flagged.totalCount() < 451);
    for (int r = 0; r < flagged.rowCount(); ++r)
        QVERIFY(!flagged.reviewReasons(r).isEmpty());
    QVERIFY(flagged.index(0, PatientListModel::Review).data().toString().startsWith(QStringLiteral("⚑ review: ")));

    // A fresh patient: assessed today, not flagged; imaging PD after the assessment flags them.
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("MRN-88"), QStringLiteral("Yilmaz"), QStringLiteral("Yara"),
                              QStringLiteral("1960-06-06"), QStringLiteral("female")})
                .ok());
    const auto assessed = m_registry->assess(QStringLiteral("MRN-88"), R"({"schema":"netdesk.case/1",
      "assessmentDate":"2026-11-02","primarySite":"small_intestine","differentiation":"well","ki67":5,
      "sstrImaging":"positive","diseaseStatus":"stable","ecog":0,"metastases":{"liver":true}})");
    QVERIFY2(assessed.ok(), qPrintable(assessed.messages().join(u'\n')));
    QVERIFY(m_registry->reviewFlags(QStringLiteral("MRN-88")).value().isEmpty());
    qint64 imaging = 0;
    for (const FollowUpRecord& f : assessed.value().scheduled)
        if (f.kind == QLatin1String("imaging"))
            imaging = f.id;
    QVERIFY(imaging > 0);
    DoneInput pd;
    pd.itemId = imaging;
    pd.date = QStringLiteral("2026-11-20");
    pd.outcome = QStringLiteral("PD");
    QVERIFY(m_registry->markDone(pd).ok());

    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* reviewOnly = window.findChild<QCheckBox*>(QStringLiteral("reviewOnly"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("patientTable"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("patientSearch"));
    auto* page = window.findChild<QTextBrowser*>(QStringLiteral("patientPage"));
    QVERIFY(reviewOnly && table && search && page);
    reviewOnly->setChecked(true);
    QTest::keyClicks(search, QStringLiteral("yilm"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PatientListModel::RecordNumber).data().toString(), QStringLiteral("MRN-88"));
    QVERIFY(table->model()->index(0, PatientListModel::Review).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("progressive disease")));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("Needs a new assessment")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("source: ")));
    QVERIFY(page->toPlainText().contains(QStringLiteral("progressive disease")));
    // The reminders' third view lists the flagged patients with the count.
    auto* filter = window.findChild<QComboBox*>(QStringLiteral("reminderFilter"));
    auto* reviewTable = window.findChild<QTableView*>(QStringLiteral("reviewTable"));
    auto* reminderCount = window.findChild<QLabel*>(QStringLiteral("reminderCount"));
    filter->setCurrentIndex(2);
    QTRY_VERIFY(reviewTable->isVisible());
    QVERIFY(!window.findChild<QTableView*>(QStringLiteral("reminderTable"))->isVisible());
    QVERIFY(reviewTable->model()->rowCount() > 0);
    QVERIFY2(reminderCount->text().contains(QStringLiteral("need a new assessment")), qPrintable(reminderCount->text()));
    // A new assessment answers the progression: no longer flagged.
    const auto again = m_registry->assess(QStringLiteral("MRN-88"), R"({"schema":"netdesk.case/1",
      "assessmentDate":"2026-11-25","primarySite":"small_intestine","differentiation":"well","ki67":5,
      "sstrImaging":"positive","diseaseStatus":"progressive","ecog":0,"metastases":{"liver":true}})");
    QVERIFY2(again.ok(), qPrintable(again.messages().join(u'\n')));
    QVERIFY(m_registry->reviewFlags(QStringLiteral("MRN-88")).value().isEmpty());
    window.showPatient(QStringLiteral("MRN-88"));
    QVERIFY(!page->toPlainText().contains(QStringLiteral("Needs a new assessment")));
}

void TestMainWindow::therapyLinesFromThePatientPage()
{
    MainWindow window(*m_registry, m_clock->today(), QStringLiteral("test"), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<QTextBrowser*>(QStringLiteral("patientPage"));
    window.showPatient(QStringLiteral("MRN-77"));
    QVERIFY(page->toPlainText().contains(QStringLiteral("None recorded")));
    // Stopping with no running line says so and stores nothing.
    window.findChild<QAction*>(QStringLiteral("stopTherapyAction"))->trigger();
    TherapyDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<TherapyDialog*>()) != nullptr);
    QVERIFY(!dialog->hasChoices());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("therapyError"))->text().contains(QStringLiteral("no running")));
    dialog->reject();
    QTRY_VERIFY(window.findChild<TherapyDialog*>() == nullptr);
    window.findChild<QAction*>(QStringLiteral("startTherapyAction"))->trigger();
    QTRY_VERIFY((dialog = window.findChild<TherapyDialog*>()) != nullptr);
    auto* therapy = dialog->findChild<QComboBox*>(QStringLiteral("therapyChoice"));
    const int ssa = therapy->findData(QStringLiteral("SSA"));
    QVERIFY(ssa >= 0);
    QVERIFY2(therapy->itemText(ssa) != QStringLiteral("SSA"), "the therapy is offered by name, not by code");
    for (int i = 0; i < therapy->count(); ++i)
        QVERIFY2(therapy->itemData(i).toString() != QStringLiteral("TUMOR_BOARD"), "a board is not a therapy line");
    therapy->setCurrentIndex(ssa);
    const QString ssaName = therapy->itemText(ssa);
    auto* date = dialog->findChild<QLineEdit*>(QStringLiteral("therapyDate"));
    date->setText(QStringLiteral("2026-11-30")); // in the future
    dialog->accept();
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("therapyError"))->isVisible());
    QVERIFY(m_registry->therapyLines(QStringLiteral("MRN-77")).value().isEmpty());
    date->setText(QStringLiteral("2026-11-20"));
    dialog->accept();
    QTRY_VERIFY(window.findChild<TherapyDialog*>() == nullptr);
    QCOMPARE(m_registry->therapyLines(QStringLiteral("MRN-77")).value().size(), 1);
    QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("running")));
    QVERIFY2(page->toPlainText().contains(ssaName), qPrintable(ssaName));
    // Stop it for progression with the best response in words.
    window.findChild<QAction*>(QStringLiteral("stopTherapyAction"))->trigger();
    QTRY_VERIFY((dialog = window.findChild<TherapyDialog*>()) != nullptr);
    QVERIFY(dialog->hasChoices());
    auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("therapyStopReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("progression")));
    auto* response = dialog->findChild<QComboBox*>(QStringLiteral("therapyBestResponse"));
    response->setCurrentIndex(response->findData(QStringLiteral("SD")));
    QCOMPARE(response->currentText(), QStringLiteral("stable disease"));
    dialog->findChild<QLineEdit*>(QStringLiteral("therapyDate"))->setText(QStringLiteral("2026-11-26"));
    dialog->accept();
    QTRY_VERIFY(window.findChild<TherapyDialog*>() == nullptr);
    const auto lines = m_registry->therapyLines(QStringLiteral("MRN-77"));
    QCOMPARE(lines.value().first().stopReason, QStringLiteral("progression"));
    QCOMPARE(lines.value().first().bestResponse, QStringLiteral("SD"));
    QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("stable disease")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
