#include "ui/MainWindow.h"

#include "core/followup/Scheduler.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/i18n/Language.h"
#include "core/interop/PlanText.h"
#include "core/interop/ReviewWords.h"
#include "core/registry/LabTests.h"
#include "core/registry/Reassessment.h"
#include "core/registry/Registry.h"
#include "ui/board/BoardDialog.h"
#include "ui/course/CourseChart.h"
#include "ui/kb/ImpactDialog.h"
#include "ui/plan/PlanView.h"
#include "ui/registry/DoneDialog.h"
#include "ui/registry/TherapyDialog.h"
#include "ui/registry/PatientListModel.h"
#include "ui/registry/ReminderModel.h"
#include "ui/report/ReportDialog.h"
#include "ui/settings/Settings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/wizard/CaseWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace netdesk {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString sexText(const QString& sex)
{
    if (sex == QLatin1String("female"))
        return MainWindow::tr("female");
    if (sex == QLatin1String("male"))
        return MainWindow::tr("male");
    if (sex == QLatin1String("other"))
        return MainWindow::tr("other");
    return MainWindow::tr("sex unknown");
}

QString statusText(const QString& status)
{
    if (status == QLatin1String("deceased"))
        return MainWindow::tr("deceased");
    if (status == QLatin1String("transferred"))
        return MainWindow::tr("transferred");
    return MainWindow::tr("active");
}

} // namespace

MainWindow::MainWindow(Registry& registry, const QDate& today, const QString& registryPath, Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_settings(settings)
    , m_today(today)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NETDesk"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    buildPatientList(left);
    auto* middle = new QSplitter(Qt::Vertical, splitter);
    m_page = new QTextBrowser(middle);
    m_page->setObjectName(QStringLiteral("patientPage"));
    m_page->setAccessibleName(tr("Patient page"));
    m_page->setHtml(tr("<h2>NETDesk</h2><p>Decision support for the treating clinician. Choose a patient on the left, "
                       "or a reminder on the right.</p>"));
    // The course beside the page: therapy lines, markers (as measured or × ULN) and imaging on one
    // dated time axis.
    auto* course = new QWidget(middle);
    auto* courseLayout = new QVBoxLayout(course);
    courseLayout->setContentsMargins(0, 0, 0, 0);
    m_timesUln = new QCheckBox(tr("Markers as multiples of the upper limit of normal (× ULN)"), course);
    m_timesUln->setObjectName(QStringLiteral("timesUln"));
    m_trend = new CourseChart(course);
    m_trend->setObjectName(QStringLiteral("courseChart"));
    m_trend->setAccessibleName(tr("Course: therapy lines, markers and imaging"));
    m_trend->setMinimumHeight(280);
    courseLayout->addWidget(m_timesUln);
    courseLayout->addWidget(m_trend, 1);
    connect(m_timesUln, &QCheckBox::toggled, m_trend, [this](bool on) {
        m_trend->setScale(on ? CourseChart::Scale::TimesUln : CourseChart::Scale::Values);
    });
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);
    auto* right = new QWidget(splitter);
    m_reminderModel = new ReminderModel(m_registry, today, this);
    buildReminders(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    setCentralWidget(splitter);
    // Columns as wide as their first page's contents (no cut-off dates or names at 100-150 %
    // scaling), measured once: resizing on every search would cost each keystroke.
    m_patients->horizontalHeader()->setStretchLastSection(false);
    // The Review column is computed per shown row: sized from its header and a typical value,
    // not by asking every row.
    for (int c = 0; c < PatientListModel::Review; ++c)
        m_patients->resizeColumnToContents(c);
    m_patients->setColumnWidth(PatientListModel::Review,
                               m_patients->fontMetrics().horizontalAdvance(tr("⚑ review: %n reason(s)", nullptr, 2)) +
                                   16);
    const int columnsWidth = m_patients->horizontalHeader()->length();
    m_patients->horizontalHeader()->setStretchLastSection(true);
    m_reminders->horizontalHeader()->setStretchLastSection(false);
    m_reminders->resizeColumnsToContents();
    const int reminderColumns = m_reminders->horizontalHeader()->length();
    m_reminders->horizontalHeader()->setStretchLastSection(true);
    // The patient list and the reminders as wide as their columns (nothing cut off), the patient
    // page takes the rest.
    const int scroll = m_patients->verticalScrollBar()->sizeHint().width() + 2 * m_patients->frameWidth() + 30;
    const int listWidth = columnsWidth + scroll;
    const int reminderWidth = reminderColumns + scroll;
    splitter->setSizes({listWidth, std::max(420, 1400 - listWidth - reminderWidth), reminderWidth});
    statusBar()->showMessage(tr("Registry: %1").arg(registryPath));
    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    QAction* newPatient = caseMenu->addAction(tr("&New patient and assessment…"));
    newPatient->setShortcut(QKeySequence::New);
    connect(newPatient, &QAction::triggered, this, [this] { newAssessment(); });
    QAction* reassess = caseMenu->addAction(tr("New &assessment of this patient…"));
    reassess->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(reassess, &QAction::triggered, this, [this] {
        if (!m_currentRecord.isEmpty())
            newAssessment(m_currentRecord);
    });
    caseMenu->addSeparator();
    QAction* startLine = caseMenu->addAction(tr("S&tart a therapy line…"));
    startLine->setObjectName(QStringLiteral("startTherapyAction"));
    startLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(startLine, &QAction::triggered, this, [this] { editTherapy(TherapyDialog::Mode::Start); });
    QAction* stopLine = caseMenu->addAction(tr("St&op a therapy line…"));
    stopLine->setObjectName(QStringLiteral("stopTherapyAction"));
    stopLine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(stopLine, &QAction::triggered, this, [this] { editTherapy(TherapyDialog::Mode::Stop); });
    caseMenu->addSeparator();
    QAction* printAction = caseMenu->addAction(tr("&Print or save PDF…"));
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, [this] {
        if (m_currentRecord.isEmpty()) {
            statusBar()->showMessage(tr("Choose a patient first: the printout is of their latest plan."), 5000);
            return;
        }
        ReportDialog dialog(m_registry, m_currentRecord, m_settings, m_today, this);
        dialog.exec();
    });
    caseMenu->addSeparator();
    QAction* quit = caseMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu* boardMenu = menuBar()->addMenu(tr("&Board"));
    QAction* boardAction = boardMenu->addAction(tr("Tumour board &meetings…"));
    boardAction->setObjectName(QStringLiteral("boardAction"));
    boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(boardAction, &QAction::triggered, this, [this] {
        auto* dialog = new BoardDialog(m_registry, m_settings, m_today, m_currentRecord, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] {
            if (!m_currentRecord.isEmpty())
                showPatient(m_currentRecord);
        });
        dialog->open();
    });
    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction* settingsAction = toolsMenu->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    QAction* findAction = toolsMenu->addAction(tr("&Find patient"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction* impactAction = toolsMenu->addAction(tr("&Impact of a knowledge-base update…"));
    impactAction->setObjectName(QStringLiteral("impactAction"));
    connect(impactAction, &QAction::triggered, this, [this] {
        auto* dialog = new ImpactDialog(m_registry, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] {
            m_patientModel->setSearch(m_search->text());
            m_reminderModel->refresh();
            updateCounts();
            if (!m_currentRecord.isEmpty())
                showPatient(m_currentRecord);
        });
        dialog->open();
    });
    QAction* remindersAction = toolsMenu->addAction(tr("&Reminders"));
    remindersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(remindersAction, &QAction::triggered, this, [this] { m_reminders->setFocus(); });
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About NETDesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPatientList(QWidget* parent)
{
    auto* layout = new QVBoxLayout(parent);
    m_search = new QLineEdit(parent);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search by name or record number"));
    m_search->setAccessibleName(tr("Patient search"));
    m_search->setClearButtonEnabled(true);
    m_patientModel = new PatientListModel(m_registry, this);
    m_patients = makeTable(parent, QStringLiteral("patientTable"));
    m_patients->setModel(m_patientModel);
    m_patients->setAccessibleName(tr("Patients"));
    m_patientCount = new QLabel(parent);
    m_patientCount->setObjectName(QStringLiteral("patientCount"));
    auto* reviewOnly = new QCheckBox(tr("Only patients who need &review"), parent);
    reviewOnly->setObjectName(QStringLiteral("reviewOnly"));
    reviewOnly->setToolTip(tr("Patients whose course since their last assessment asks for a new one"));
    connect(reviewOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_patientModel->setReviewOnly(on);
        updateCounts();
    });
    layout->addWidget(m_search);
    layout->addWidget(reviewOnly);
    layout->addWidget(m_patientCount);
    layout->addWidget(m_patients);

    // Search as you type: a short pause coalesces fast typing into one query.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(15);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_patientModel->setSearch(m_search->text()); });
    connect(m_patientModel, &PatientListModel::totalChanged, this, [this] { updateCounts(); });
    connect(m_patients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const PatientRecord* p = m_patientModel->patientAt(current.row()))
                    showPatient(p->recordNumber);
            });
}

void MainWindow::buildReminders(QWidget* parent)
{
    auto* layout = new QVBoxLayout(parent);
    m_reminderFilter = new QComboBox(parent);
    m_reminderFilter->setObjectName(QStringLiteral("reminderFilter"));
    m_reminderFilter->setAccessibleName(tr("Reminder filter"));
    m_reminderFilter->addItem(tr("Due in the next 14 days"));
    m_reminderFilter->addItem(tr("Overdue"));
    m_reminderFilter->addItem(tr("Needs a new assessment"));
    m_reminderCount = new QLabel(parent);
    m_reminderCount->setObjectName(QStringLiteral("reminderCount"));
    m_reminders = makeTable(parent, QStringLiteral("reminderTable"));
    m_reminders->setModel(m_reminderModel);
    m_reminders->setAccessibleName(tr("Reminders"));
    // The reason is long: it shows, wrapped, under the table for the current reminder (and as the
    // row's tooltip) instead of in a column too narrow to read.
    m_reminders->setColumnHidden(ReminderModel::Reason, true);
    auto* reason = new QLabel(parent);
    reason->setObjectName(QStringLiteral("reminderReason"));
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_reminders->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, reason](const QModelIndex& current) {
                const ReminderRow* r = m_reminderModel->reminderAt(current.row());
                reason->setText(r ? (r->item.notes.isEmpty() ? r->item.reason : r->item.reason + u'\n' + r->item.notes)
                                  : QString());
            });
    connect(m_reminderModel, &QAbstractItemModel::modelReset, reason, &QLabel::clear);
    auto* markDone = new QPushButton(tr("Mark &done…"), parent);
    markDone->setObjectName(QStringLiteral("markDoneButton"));
    // Patients the course review flags, with the reasons under the table for the current one.
    m_reviewModel = new PatientListModel(m_registry, this);
    m_reviewModel->setReviewOnly(true, false); // read when the view is chosen
    m_review = makeTable(parent, QStringLiteral("reviewTable"));
    m_review->setModel(m_reviewModel);
    m_review->setAccessibleName(tr("Patients who need a new assessment"));
    for (int c : {int(PatientListModel::GivenName), int(PatientListModel::BirthDate), int(PatientListModel::Sex),
                  int(PatientListModel::Status)})
        m_review->setColumnHidden(c, true);
    m_review->setVisible(false);
    connect(m_review->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, reason](const QModelIndex& current) {
                reason->setText(m_reviewModel->reviewReasons(current.row()).join(u'\n'));
            });
    connect(m_review, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const PatientRecord* p = m_reviewModel->patientAt(index.row()))
            showPatient(p->recordNumber);
    });
    layout->addWidget(m_reminderFilter);
    layout->addWidget(m_reminderCount);
    layout->addWidget(m_reminders, 1);
    layout->addWidget(m_review, 1);
    layout->addWidget(reason);
    layout->addWidget(markDone);
    connect(markDone, &QPushButton::clicked, this, [this] {
        const ReminderRow* row = m_reminderModel->reminderAt(m_reminders->currentIndex().row());
        if (!row)
            return;
        auto* dialog = new DoneDialog(m_registry, *row, m_today, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString record = row->recordNumber;
        connect(dialog, &QDialog::accepted, this, [this, record] {
            m_reminderModel->refresh();
            updateCounts();
            showPatient(record);
        });
        dialog->open(); // window-modal, and tests can reach it
    });
    connect(m_reminderFilter, &QComboBox::currentIndexChanged, this, [this, markDone, reason](int index) {
        const bool review = index == 2;
        m_reminders->setVisible(!review);
        m_review->setVisible(review);
        markDone->setVisible(!review);
        reason->clear();
        if (review)
            m_reviewModel->setSearch(QString());
        else
            m_reminderModel->setFilter(index == 0 ? ReminderModel::Filter::Due : ReminderModel::Filter::Overdue);
        updateCounts();
    });
    connect(m_reminders, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const ReminderRow* r = m_reminderModel->reminderAt(index.row()))
            showPatient(r->recordNumber);
    });
}

void MainWindow::showCourse(const PatientHistory& history)
{
    const KnowledgeBasePtr& kb = m_registry.knowledgeBase();
    if (!kb) {
        m_trend->clear();
        return;
    }
    const auto rules = m_registry.courseReview();
    m_trend->setCourse(history.therapyLines, history.results, m_today, CourseChart::Mode::Dated, *kb,
                       rules.ok() ? rules.value().get() : nullptr, installedLanguage(*QCoreApplication::instance()));
    m_trend->setScale(m_timesUln->isChecked() ? CourseChart::Scale::TimesUln : CourseChart::Scale::Values);
}

void MainWindow::updateCounts()
{
    m_patientCount->setText(tr("%n patient(s)", nullptr, static_cast<int>(m_patientModel->totalCount())));
    if (m_review && m_review->isVisible())
        m_reminderCount->setText(
            tr("%n patient(s) need a new assessment", nullptr, static_cast<int>(m_reviewModel->totalCount())));
    else
        m_reminderCount->setText(tr("%n item(s)", nullptr, static_cast<int>(m_reminderModel->totalCount())));
}

void MainWindow::newAssessment(const QString& recordNumber)
{
    QJsonObject previous;
    QMap<QString, QString> prefilled;
    if (!recordNumber.isEmpty()) {
        // The last stored case brought up to date from the course (the disease status from imaging
        // since), dated today; every value not typed now says where it came from.
        const auto history = m_registry.history(recordNumber);
        const auto last = m_registry.latestCase(recordNumber);
        if (history.ok() && last.ok()) {
            const ReassessmentStart start = reassessmentStart(history.value(), last.value(), m_today);
            previous = start.caseObject;
            for (auto it = start.sources.constBegin(); it != start.sources.constEnd(); ++it)
                prefilled.insert(it.key(), prefillText(it.value()));
        }
    }
    CaseWizard wizard(m_registry, m_today, recordNumber, previous, m_settings.text(Settings::Key::DefaultProtocol), this,
                      prefilled);
    if (wizard.exec() == QDialog::Accepted) {
        m_patientModel->setSearch(m_search->text());
        m_reminderModel->refresh();
        updateCounts();
        showPatient(wizard.storedRecord());
    }
}

void MainWindow::editTherapy(TherapyDialog::Mode mode)
{
    if (m_currentRecord.isEmpty()) {
        statusBar()->showMessage(tr("Choose a patient first."), 5000);
        return;
    }
    auto* dialog = new TherapyDialog(m_registry, m_currentRecord, mode, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString record = m_currentRecord;
    connect(dialog, &QDialog::accepted, this, [this, record] {
        m_patientModel->setSearch(m_search->text());
        if (m_reviewModel)
            m_reviewModel->setSearch(QString());
        showPatient(record);
    });
    dialog->open();
}

QString MainWindow::prefillText(const PrefillSource& source)
{
    const QString date = source.date.toString(Qt::ISODate);
    switch (source.kind) {
    case PrefillSource::Kind::Imaging: {
        QString outcome = source.detail;
        if (outcome == QLatin1String("progression") || outcome == QLatin1String("PD"))
            outcome = tr("progression");
        else if (outcome == QLatin1String("stable") || outcome == QLatin1String("SD"))
            outcome = tr("stable disease");
        else if (outcome == QLatin1String("response") || outcome == QLatin1String("PR") || outcome == QLatin1String("CR"))
            outcome = tr("response");
        return tr("from the imaging of %1 (%2)").arg(date, outcome);
    }
    case PrefillSource::Kind::TherapyLines:
        return tr("from the therapy lines");
    case PrefillSource::Kind::LastAssessment:
        break;
    }
    return tr("from the assessment of %1").arg(date);
}

void MainWindow::editSettings()
{
    QList<QPair<QString, QString>> protocols;
    QList<QPair<QString, QString>> languages;
    if (const KnowledgeBasePtr& kb = m_registry.knowledgeBase()) {
        const QString lang = m_settings.text(Settings::Key::Language);
        for (const KbProtocol& p : kb->protocols) {
            const QString title = p.title.get(lang).isEmpty() ? p.title.get(kb->languages.value(0)) : p.title.get(lang);
            protocols.append({p.id, title});
        }
        for (const QString& l : kb->languages)
            languages.append({l, l == QLatin1String("de") ? QStringLiteral("Deutsch")
                                 : l == QLatin1String("en") ? QStringLiteral("English")
                                                            : l});
    }
    SettingsDialog dialog(m_settings, protocols, languages, this);
    dialog.exec();
}

QString MainWindow::aboutText() const
{
    QString kbText;
    if (const KnowledgeBasePtr& kb = m_registry.knowledgeBase()) {
        const QMap<QString, int> counts = kb->reviewCounts();
        QStringList states; // in words, never "approved": a review state says how far a statement was checked
        for (const QString& state : {QStringLiteral("source_checked"), QStringLiteral("pending"), QStringLiteral("draft")}) {
            if (counts.value(state) > 0)
                states << QStringLiteral("%1 %2").arg(counts.value(state)).arg(review::words(state).toHtmlEscaped());
        }
        const QString statement = kb->clinicalReviewStatement.get(kb->languages.value(0));
        kbText = tr("<p>Knowledge base <b>%1</b>, version <b>%2</b><br/><b>%3</b><br/>Review status: %4 statements "
                    "(%5)<br/><small>SHA-256 %6</small></p>")
                     .arg(kb->id.toHtmlEscaped(), kb->version.toHtmlEscaped(),
                          (statement.isEmpty() ? review::noClinicalReview() : statement).toHtmlEscaped())
                     .arg(std::accumulate(counts.cbegin(), counts.cend(), 0))
                     .arg(states.join(QStringLiteral(", ")), kb->sha256.left(16));
        kbText += QStringLiteral("<p><i>%1</i></p>")
                      .arg(kb->disclaimer.get(kb->languages.value(0)).toHtmlEscaped());
    }
    return tr("<h3>NETDesk %1</h3><p>Decision support for metastatic neuroendocrine neoplasms.</p>"
              "<p><b>NETDesk supports the treating clinician's decision; it does not replace it.</b> Every "
              "recommendation shows its source and how far it was checked: 'checked against its source' means it "
              "was read in a cited primary source, not that a clinician reviewed it; 'pending: not yet checked' "
              "marks statements pending clinical review.</p>")
               .arg(QApplication::applicationVersion().toHtmlEscaped()) +
           kbText;
}

void MainWindow::offerDemo(const QString& registryPath)
{
    QMessageBox box(QMessageBox::Information, tr("Welcome to NETDesk"),
                    tr("A new, empty patient registry was created at:\n%1\n\n"
                       "Load 40 demo patients to try NETDesk? They are fictitious, their record numbers start "
                       "with DEMO-, and each page says so.")
                        .arg(registryPath),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("firstRunBox"));
    QPushButton* load = box.addButton(tr("Load &demo patients"), QMessageBox::AcceptRole);
    box.addButton(tr("&Start empty"), QMessageBox::RejectRole);
    box.setDefaultButton(load);
    box.exec();
    if (box.clickedButton() != load)
        return;
    const auto loaded = m_registry.demo(40);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Demo patients"), loaded.messages().join(u'\n'));
        return;
    }
    m_patientModel->setSearch(m_search->text());
    m_reminderModel->refresh();
    updateCounts();
    statusBar()->showMessage(tr("40 fictitious demo patients loaded (record numbers DEMO-…)"), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NETDesk"), aboutText());
}

void MainWindow::showPatient(const QString& recordNumber)
{
    m_currentRecord = recordNumber;
    const auto history = m_registry.history(recordNumber);
    if (!history.ok()) {
        m_page->setHtml(QStringLiteral("<p>%1</p>").arg(escaped(history.messages().join(u'\n'))));
        return;
    }
    const PatientHistory& h = history.value();
    QString html =
        tr("<h2>%1, %2</h2><p>Record %3 · born %4 · %5 · <b>%6</b>%7</p>")
            .arg(escaped(h.patient.familyName), escaped(h.patient.givenName), escaped(h.patient.recordNumber),
                 h.patient.birthDate.toString(Qt::ISODate), sexText(h.patient.sex), statusText(h.patient.status),
                 h.patient.statusDate.isValid() ? tr(" since %1").arg(h.patient.statusDate.toString(Qt::ISODate))
                                                : QString());
    if (h.patient.recordNumber.startsWith(QLatin1String("DEMO-")))
        html += tr("<p><b>⚠ Fictitious demo patient</b>: generated to try NETDesk, not a real person.</p>");
    const QString language = installedLanguage(*QCoreApplication::instance());
    // What changed since the plan: each reason with its source and review state.
    const auto flags = m_registry.reviewFlags(recordNumber, language);
    if (flags.ok() && !flags.value().isEmpty()) {
        html += QStringLiteral("<div style='border:2px solid #a40000; padding:4px'>") +
                tr("<h3>⚑ Needs a new assessment</h3>") + QStringLiteral("<ul>");
        for (const ReviewFlag& f : flags.value())
            html += QStringLiteral("<li>%1 <small>(%2; %3)</small></li>")
                        .arg(escaped(f.text), tr("source: %1").arg(escaped(f.evidence.join(QStringLiteral(", ")))),
                             review::words(f.review));
        html += QStringLiteral("</ul>") + tr("<p>Ctrl+Shift+N starts the new assessment from the course.</p>") +
                QStringLiteral("</div>");
    }
    html += tr("<h3>Therapy lines</h3>");
    if (h.therapyLines.isEmpty()) {
        html += tr("<p>None recorded. Ctrl+T starts one.</p>");
    } else {
        const auto rules = m_registry.courseReview();
        const auto tests = LabTests::embedded();
        // The note column only when a line has a note.
        const bool notes = std::any_of(h.therapyLines.cbegin(), h.therapyLines.cend(),
                                       [](const TherapyLine& l) { return !l.note.isEmpty(); });
        html += QStringLiteral("<table cellspacing='4'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                               "<th align='left'>%3</th><th align='left'>%4</th>%5</tr>")
                    .arg(tr("Therapy"), tr("Started"), tr("Stopped"), tr("Best response"),
                         notes ? QStringLiteral("<th align='left'>%1</th>").arg(tr("Note")) : QString());
        for (const TherapyLine& l : h.therapyLines) {
            QString stopped = tr("running");
            if (!l.running())
                stopped = tr("%1 (%2)").arg(l.stopDate.toString(Qt::ISODate),
                                            rules.ok() ? rules.value()->stopReasonLabel(l.stopReason, language)
                                                       : l.stopReason);
            const QString response = l.bestResponse.isEmpty() ? QString()
                                     : tests.ok()            ? tests.value()->responseLabel(l.bestResponse, language)
                                                             : l.bestResponse;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>%5</tr>")
                        .arg(escaped(therapyName(m_registry, l.therapy, language)),
                             l.startDate.toString(Qt::ISODate), escaped(stopped), escaped(response),
                             notes ? QStringLiteral("<td>%1</td>").arg(escaped(l.note)) : QString());
        }
        html += QStringLiteral("</table>");
    }
    html += tr("<h3>Follow-up</h3><table cellspacing='4'>");
    for (const FollowUpRecord& f : h.items) {
        if (f.status == QLatin1String("cancelled"))
            continue;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(f.dueDate.toString(Qt::ISODate),
                         f.status == QLatin1String("done") ? tr("done %1").arg(f.doneDate.toString(Qt::ISODate))
                                                           : tr("scheduled"),
                         escaped(testsDisplayText(f.kind, f.tests)), escaped(f.reason));
    }
    html += QStringLiteral("</table>");
    html += tr("<h3>Results</h3><ul>");
    const auto labTests = LabTests::embedded();
    for (auto r = h.results.crbegin(); r != h.results.crend(); ++r) { // newest first
        QString text;
        if (r->value) {
            text = QStringLiteral("%1 %2 %3").arg(testDisplayName(r->kind), QLocale().toString(*r->value), escaped(r->unit));
            if (r->uln && *r->uln > 0)
                text += tr(" (upper limit of normal %1; %2 × ULN)")
                            .arg(QLocale().toString(*r->uln), QLocale().toString(*r->value / *r->uln, 'f', 1));
        } else {
            const QString recist = r->recist();
            QString words = recist;
            if (labTests.ok() && !recist.contains(u'/'))
                words = labTests.value()->responseLabel(recist, language);
            else if (recist == QLatin1String("CR/PR"))
                words = tr("response (recorded before RECIST categories)");
            text = tr("imaging: %1").arg(escaped(words));
            if (!r->note.isEmpty())
                text += QStringLiteral(" — ") + escaped(r->note);
        }
        html += QStringLiteral("<li>%1 %2</li>").arg(r->resultDate.toString(Qt::ISODate), text);
    }
    html += QStringLiteral("</ul>");
    showCourse(h);
    const auto decisions = m_registry.board().decisionsFor(recordNumber);
    if (decisions.ok() && !decisions.value().isEmpty()) {
        html += tr("<h3>Tumour board</h3><ul>");
        for (const BoardDecision& d : decisions.value())
            html += QStringLiteral("<li>%1 · %2 · <b>%3</b>%4%5</li>")
                        .arg(d.meetingDate.toString(Qt::ISODate), escaped(d.meetingTitle), d.boardCase.status,
                             d.boardCase.decision.isEmpty() ? QString() : QStringLiteral(": ") + escaped(d.boardCase.decision),
                             d.boardCase.chosen.isEmpty()
                                 ? QString()
                                 : tr(" (chosen: %1)").arg(escaped(d.boardCase.chosen.join(QStringLiteral(", ")))));
        html += QStringLiteral("</ul>");
    }
    html += tr("<h3>Assessments</h3><ul>");
    for (const AssessmentRecord& a : h.assessments)
        html +=
            QStringLiteral("<li>%1 · %2 · protocol %3 · knowledge base %4 · by %5</li>")
                .arg(a.assessmentDate.toString(Qt::ISODate), a.category, a.protocol, a.kbVersion, escaped(a.author));
    html += QStringLiteral("</ul>");
    // The stored plan in the screen's language when the knowledge base that made it has that language
    // (planned again from the stored case), else as stored.
    auto plan = m_registry.latestPlanIn(recordNumber, installedLanguage(*QCoreApplication::instance()));
    if (!plan.ok())
        plan = m_registry.latestPlan(recordNumber);
    if (plan.ok() && !plan.value().isEmpty()) {
        QHash<QString, QDate> next;
        for (const FollowUpRecord& f : h.items) {
            if (f.status == QLatin1String("scheduled"))
                next.insert(f.itemKey, f.dueDate);
        }
        html += tr("<hr/>") + PlanView::toHtml(plan.value(), next);
    }
    m_page->setHtml(html);
}

} // namespace netdesk
