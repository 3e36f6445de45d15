// Tumour-board presentation offscreen: anonymous by construction (every visible text of every widget
// and window title, for every case of a three-patient agenda with its course, holds none of the
// patients' names, record numbers, birth dates or dates of their course), keyboard navigation, the
// decision panel (a decision may start a therapy line), large type; the board dialog's questions and
// its refusal of a deceased patient.
#include "core/board/BoardView.h"
#include "core/registry/ResultRepository.h"
#include "tests/support/BoardFixture.h"
#include "ui/MainWindow.h"
#include "ui/board/BoardDialog.h"
#include "ui/board/PresentationWindow.h"
#include "ui/course/CourseChart.h"
#include "ui/settings/Settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

using namespace netdesk;
using namespace netdesk::test;

namespace {

// Everything a person in the room could read: window titles, labels (as plain text), buttons, list
// items, text fields, tooltips and accessible names of every visible widget of every window.
QStringList visibleTexts()
{
    QStringList out;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        out << top->windowTitle();
        QList<QWidget*> widgets = top->findChildren<QWidget*>();
        widgets.prepend(top);
        for (QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            out << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle();
            if (auto* chart = qobject_cast<CourseChart*>(w)) {
                out << chart->summaryText() << chart->axisLabels() << chart->axisTitle();
            } else if (auto* label = qobject_cast<QLabel*>(w)) {
                QTextDocument doc;
                doc.setHtml(label->text());
                out << label->text() << doc.toPlainText();
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                out << button->text();
            } else if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
                out << edit->toPlainText() << edit->placeholderText();
            } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
                out << line->text();
            } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
                out << rich->toPlainText();
            } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
                // Lists and tables: every cell of the (first 500) rows, and the headers.
                const QAbstractItemModel* model = view->model();
                for (int r = 0; model && r < std::min(model->rowCount(), 500); ++r) {
                    for (int c = 0; c < model->columnCount(); ++c)
                        out << model->index(r, c).data().toString()
                            << model->index(r, c).data(Qt::ToolTipRole).toString();
                }
                for (int c = 0; model && c < model->columnCount(); ++c)
                    out << model->headerData(c, Qt::Horizontal).toString();
            }
        }
    }
    return out;
}

// The course of each agenda patient (dates chosen so that none is a birth date): therapy lines, marker
// results with and without an upper limit of normal, RECIST imaging with a progression after the
// assessment of 2026-11-02 (so the board sees a review flag), and a question for the board.
struct CourseSeed
{
    const char* record;
    const char* question;
};
const QList<CourseSeed> courseSeeds{
    {"MRN-4711", "Continue the somatostatin analogue after progression?"},
    {"MRN-5822", "PRRT or everolimus next?"},
    {"MRN-6933", ""},
};
const QStringList courseDates{QStringLiteral("2024-03-04"), QStringLiteral("2025-09-16"), QStringLiteral("2025-10-07"),
                              QStringLiteral("2025-01-13"), QStringLiteral("2025-06-17"), QStringLiteral("2026-02-10"),
                              QStringLiteral("2026-11-18"), QStringLiteral("2025-09-09")};
// The presented plan's own date: the one date the slide shows (issue 11), never any other of the course.
const QString planDate = QStringLiteral("2026-11-02");

bool seedCourse(BoardFixture& f)
{
    ResultRepository results(*f.db);
    for (const CourseSeed& seed : courseSeeds) {
        const QString record = QString::fromLatin1(seed.record);
        const auto patient = f.registry->patient(record);
        if (!patient.ok() || !patient.value())
            return false;
        const qint64 id = patient.value()->id;
        if (!f.registry->startTherapy({record, QStringLiteral("SSA"), courseDates.at(0), {}}).ok())
            return false;
        const auto stopped = f.registry->stopTherapy({record,
                                                      0,
                                                      QStringLiteral("SSA"),
                                                      courseDates.at(1),
                                                      QStringLiteral("progression"),
                                                      QStringLiteral("SD"),
                                                      {}});
        if (!stopped.ok())
            return false;
        if (!f.registry->startTherapy({record, QStringLiteral("EVEROLIMUS"), courseDates.at(2), {}}).ok())
            return false;
        const auto marker = [&](const QString& date, double value, std::optional<double> uln) {
            ResultRecord r;
            r.patientId = id;
            r.kind = QStringLiteral("CGA");
            r.value = value;
            r.unit = QStringLiteral("ng/mL");
            r.uln = uln;
            r.resultDate = QDate::fromString(date, Qt::ISODate);
            return results.add(r, QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)).ok();
        };
        const auto scan = [&](const QString& date, const QString& response) {
            ResultRecord r;
            r.patientId = id;
            r.kind = QStringLiteral("IMAGING");
            r.response = response;
            r.resultDate = QDate::fromString(date, Qt::ISODate);
            return results.add(r, QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)).ok();
        };
        if (!marker(courseDates.at(3), 120, 100) || !marker(courseDates.at(4), 260, 100) ||
            !marker(courseDates.at(5), 310, std::nullopt) || !scan(courseDates.at(7), QStringLiteral("PD")) ||
            !scan(courseDates.at(6), QStringLiteral("PD")))
            return false;
        const QString question = QString::fromUtf8(seed.question);
        if (!question.isEmpty()) {
            const auto m = f.registry->board().meeting(f.meetingId);
            for (const BoardCase& c : m.value().cases) {
                if (c.recordNumber == record &&
                    !f.registry->board().setQuestion(f.meetingId, c.position, question).ok())
                    return false;
            }
        }
    }
    return true;
}

// What must not show: the fixture's identifiers and every date of the course, in the app's formats.
QStringList forbidden()
{
    QStringList out = BoardFixture::identifiers();
    for (const QString& iso : courseDates) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        out << d.toString(Qt::ISODate) << d.toString(QStringLiteral("dd.MM.yyyy"))
            << d.toString(QStringLiteral("d MMMM yyyy")) << d.toString(QStringLiteral("MM/dd/yyyy"))
            << d.toString(QStringLiteral("d. MMMM yyyy"));
    }
    return out;
}

} // namespace

class TestPresentation final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noIdentifierOnAnyScreen();
    void keyboardMovesBetweenCasesAndLeaves();
    void decisionPanelRecordsWithoutLeaving();
    void closedMeetingIsReadOnly();
    void panelsAreHighContrast();
    void fromTheMainWindowNothingIdentifyingShows();
    void courseShowsWithoutDates();
    void decisionStartsTherapyLine();
    void boardDialogRefusesDeceasedPatient();
    void boardDialogTakesQuestions();

private:
    std::unique_ptr<PresentationWindow> present(bool readOnly = false);
    std::unique_ptr<BoardFixture> m_f;
};

void TestPresentation::init()
{
    m_f = std::make_unique<BoardFixture>();
    QVERIFY(m_f->setUp());
    QVERIFY(seedCourse(*m_f));
}

void TestPresentation::cleanup()
{
    m_f.reset();
}

std::unique_ptr<PresentationWindow> TestPresentation::present(bool readOnly)
{
    const auto reload = [this]() -> Result<QList<BoardCaseView>> {
        const auto m = m_f->registry->board().meeting(m_f->meetingId);
        if (!m.ok())
            return m.problems();
        return anonymousAgenda(*m_f->registry, m.value());
    };
    const auto save = [this](int position, const QString& status, const QString& text, const QStringList& chosen,
                             const QStringList& startLines) -> Status {
        const auto r = m_f->registry->board().decideAt(m_f->meetingId, position, status, text, chosen, startLines);
        if (!r.ok())
            return r.problems();
        return Done{};
    };
    auto views = reload();
    if (!views.ok())
        qFatal("agenda: %s", qPrintable(views.messages().join(u'\n')));
    auto w = std::make_unique<PresentationWindow>(views.value(), reload, save, readOnly);
    const auto review = m_f->registry->courseReview();
    if (!review.ok())
        qFatal("course review: %s", qPrintable(review.messages().join(u'\n')));
    w->setCourseWords(review.value(), QStringLiteral("en"));
    QStringList lineTherapies;
    for (const KbTherapy& t : m_f->registry->knowledgeBase()->therapies) {
        if (Registry::lineKinds().contains(t.kind))
            lineTherapies << t.code;
    }
    w->setLineTherapies(lineTherapies);
    w->resize(1920, 1080);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qFatal("presentation window not active");
    return w;
}

void TestPresentation::noIdentifierOnAnyScreen()
{
    auto w = present();
    const QStringList ids = forbidden();
    QCOMPARE(ids.size(), 24 + 5 * courseDates.size());
    for (int n = 1; n <= 3; ++n) {
        QCOMPARE(w->currentCase(), n);
        const QStringList texts = visibleTexts();
        const QString all = texts.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("Case %1 of 3").arg(n)));
        QVERIFY(all.contains(QStringLiteral("CONFIDENTIAL")));
        for (const QString& id : ids)
            QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("case %1 shows %2").arg(n).arg(id)));
        QTest::keyClick(w.get(), Qt::Key_Right);
    }
    // Sanity: the walk does see what is on screen (a recommendation and the disease facts).
    QVERIFY(visibleTexts().join(u'\n').contains(QStringLiteral("ECOG")));
}

void TestPresentation::keyboardMovesBetweenCasesAndLeaves()
{
    auto w = present();
    QTest::keyClick(w.get(), Qt::Key_Right);
    QCOMPARE(w->currentCase(), 2);
    QTest::keyClick(w.get(), Qt::Key_PageDown);
    QCOMPARE(w->currentCase(), 3);
    QTest::keyClick(w.get(), Qt::Key_PageDown); // stays on the last
    QCOMPARE(w->currentCase(), 3);
    QTest::keyClick(w.get(), Qt::Key_Left);
    QCOMPARE(w->currentCase(), 2);
    // Page Up works while the decision is being typed; arrows there edit the text.
    auto* text = w->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("ab"));
    QTest::keyClick(text, Qt::Key_Left);
    QCOMPARE(w->currentCase(), 2);
    QTest::keyClick(text, Qt::Key_PageUp);
    QCOMPARE(w->currentCase(), 1);
    // Large type: body text at least 24 px.
    auto* disease = w->findChild<QLabel*>(QStringLiteral("disease"));
    QVERIFY(disease->font().pixelSize() >= 24 || QFontInfo(disease->font()).pixelSize() >= 24);
    // Case 2's typed text is still there when the board comes back to it.
    QTest::keyClick(w.get(), Qt::Key_PageDown);
    QCOMPARE(w->currentCase(), 2);
    QCOMPARE(text->toPlainText(), QStringLiteral("ab"));
    // Left and Right change the case even when a decision button has the focus.
    auto* deferButton = w->findChild<QPushButton*>(QStringLiteral("recordDeferred"));
    deferButton->setFocus();
    QTest::keyClick(deferButton, Qt::Key_Right);
    QCOMPARE(w->currentCase(), 3);
    QTest::keyClick(deferButton, Qt::Key_Left);
    QCOMPARE(w->currentCase(), 2);
    // Esc with an unrecorded decision asks first: Cancel stays, Discard leaves.
    QCOMPARE(w->unsavedDrafts(), 1);
    QString asked;
    const auto answer = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, this, [&asked, button] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(top); box && box->isVisible()) {
                    asked = box->text();
                    box->button(button)->click();
                }
            }
        });
    };
    answer(QMessageBox::Cancel);
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY2(asked.contains(QStringLiteral("not recorded")), qPrintable(asked));
    QVERIFY(w->isVisible());
    answer(QMessageBox::Discard);
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->isVisible());
}

// High contrast for the room: the case panels are black with light text, not light grey.
void TestPresentation::panelsAreHighContrast()
{
    auto w = present();
    for (const char* name : {"disease", "plan"}) {
        auto* label = w->findChild<QLabel*>(QString::fromLatin1(name));
        const QImage image = label->grab().toImage();
        int dark = 0;
        int light = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const int g = qGray(image.pixel(x, y));
                dark += g < 40 ? 1 : 0;
                light += g > 200 ? 1 : 0;
            }
        }
        const int all = ((image.height() + 2) / 3) * ((image.width() + 2) / 3);
        QVERIFY2(dark > all * 8 / 10, qPrintable(QStringLiteral("%1: %2 of %3 pixels dark").arg(QLatin1String(name)).arg(dark).arg(all)));
        QVERIFY2(light > 50, qPrintable(QStringLiteral("%1: no light text").arg(QLatin1String(name))));
    }
}

void TestPresentation::decisionPanelRecordsWithoutLeaving()
{
    auto w = present();
    QTest::keyClick(w.get(), Qt::Key_Right); // case 2
    auto* chosen = w->findChild<QListWidget*>(QStringLiteral("chosen"));
    auto* text = w->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"));
    QVERIFY(chosen->count() > 0);
    chosen->setFocus();
    chosen->setCurrentRow(0);
    QTest::keyClick(chosen, Qt::Key_Space);
    QCOMPARE(chosen->item(0)->checkState(), Qt::Checked);
    const QString code = chosen->item(0)->data(Qt::UserRole).toString();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Start as proposed; restage in 3 months"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    const auto m = m_f->registry->board().meeting(m_f->meetingId);
    const BoardCase& c = m.value().cases.at(1);
    QCOMPARE(c.status, QStringLiteral("discussed"));
    QCOMPARE(c.decision, QStringLiteral("Start as proposed; restage in 3 months"));
    QCOMPARE(c.chosen, QStringList{code});
    QCOMPARE(w->currentCase(), 2);
    QVERIFY(w->isVisible());
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("decisionStatus"))->text().contains(QStringLiteral("discussed")));
    // Deferring an empty decision is allowed; discussing one is not, and the reason shows.
    QTest::keyClick(w.get(), Qt::Key_Right); // case 3
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("decisionStatus"))->text().contains(QStringLiteral("Not recorded")));
    QTest::keyClick(text, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_f->registry->board().meeting(m_f->meetingId).value().cases.at(2).status, QStringLiteral("deferred"));
}

void TestPresentation::closedMeetingIsReadOnly()
{
    QVERIFY(m_f->registry->board().close(m_f->meetingId).ok());
    auto w = present(true);
    QVERIFY(!w->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"))->isEnabled());
    QVERIFY(!w->record(QStringLiteral("discussed")));
    QTest::keyClick(w.get(), Qt::Key_Right);
    QCOMPARE(w->currentCase(), 2);
}

// The desk's way in: Ctrl+B, choose the meeting, present. The main window (patient list, patient
// page) and the board dialog are hidden while the presentation is up, so no window on the shared
// screen identifies anyone; both come back on Esc, and the decision shows on the patient's page.
void TestPresentation::fromTheMainWindowNothingIdentifyingShows()
{
    Settings settings(m_f->dir.filePath(QStringLiteral("netdesk.ini")));
    MainWindow main(*m_f->registry, m_f->clock->today(), QStringLiteral("test"), settings);
    main.show();
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    main.showPatient(QStringLiteral("MRN-5822"));
    QTest::keyClick(&main, Qt::Key_B, Qt::ControlModifier);
    auto* dialog = main.findChild<BoardDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectMeeting(m_f->meetingId);
    QVERIFY(visibleTexts().join(u'\n').contains(QStringLiteral("Zabransky"))); // the desk view is identified
    PresentationWindow* w = dialog->present(false);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(!main.isVisible());
    QVERIFY(!dialog->isVisible());
    for (int n = 1; n <= 3; ++n) {
        const QString all = visibleTexts().join(u'\n');
        QVERIFY(all.contains(QStringLiteral("Case %1 of 3").arg(n)));
        for (const QString& id : forbidden())
            QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("case %1 shows %2").arg(n).arg(id)));
        QVERIFY(all.contains(QStringLiteral("Everolimus"))); // the course is there
        if (n == 2) {
            auto* text = w->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"));
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("Everolimus agreed"));
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        }
        QTest::keyClick(w, Qt::Key_Right);
    }
    QTest::keyClick(w, Qt::Key_Escape);
    QTRY_VERIFY(main.isVisible());
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    main.showPatient(QStringLiteral("MRN-5822"));
    auto* page = main.findChild<QTextBrowser*>(QStringLiteral("patientPage"));
    QTRY_VERIFY(page->toPlainText().contains(QStringLiteral("Everolimus agreed")));
}

// The board sees the course: the question, the plan's age, what changed (the review flag of the
// progression after the assessment) and the chart, with every date given relative to the meeting.
void TestPresentation::courseShowsWithoutDates()
{
    auto w = present();
    const QString all = visibleTexts().join(u'\n');
    QVERIFY(
        all.contains(QStringLiteral("Question for the board: Continue the somatostatin analogue after progression?")));
    QVERIFY2(all.contains(QStringLiteral("Plan of %1, made 25 day(s) before the meeting.").arg(planDate)),
             qPrintable(all));
    // The flag's own text quotes the imaging and assessment dates; here they are relative to the meeting.
    QVERIFY2(all.contains(QStringLiteral("Imaging on day \u22129 shows progressive disease (RECIST PD) after the "
                                         "assessment of day \u221225")),
             qPrintable(all));
    // No date but the plan's own.
    auto isoDates = QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")).globalMatch(all);
    int planDates = 0;
    while (isoDates.hasNext()) {
        QCOMPARE(isoDates.next().captured(), planDate);
        ++planDates;
    }
    QVERIFY(planDates >= 1);
    auto* chart = w->findChild<CourseChart*>(QStringLiteral("courseChart"));
    QVERIFY(chart && chart->isVisible());
    QCOMPARE(chart->mode(), CourseChart::Mode::Anonymous);
    QVERIFY(chart->highContrast());
    const QString summary = chart->summaryText();
    // Names from the knowledge base, reasons and responses in words; no code.
    QVERIFY2(
        summary.contains(QStringLiteral("Somatostatin analogue (octreotide LAR or lanreotide): from 33 month(s) before "
                                        "the meeting to 14 month(s) before the meeting; stopped: progression; best "
                                        "response: stable disease")),
        qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Everolimus: from 14 month(s) before the meeting, running")));
    QVERIFY(summary.contains(QStringLiteral("progressive disease, 9 day(s) before the meeting")));
    QVERIFY(!summary.contains(QStringLiteral("EVEROLIMUS")));
    // Results with an upper limit are shown as multiples of it; the one without is left out, with a note.
    QCOMPARE(chart->scale(), CourseChart::Scale::TimesUln);
    QCOMPARE(chart->plotted(QStringLiteral("CGA")).size(), 2);
    QVERIFY(summary.contains(QStringLiteral("1 marker result(s) without an upper limit of normal")));
    QVERIFY(chart->axisLabels().contains(QStringLiteral("meeting")));
    // Ctrl+U: as measured, all three.
    QTest::keyClick(w.get(), Qt::Key_U, Qt::ControlModifier);
    QCOMPARE(chart->scale(), CourseChart::Scale::Values);
    QCOMPARE(chart->plotted(QStringLiteral("CGA")).size(), 3);
    // Case 3 has no question.
    QTest::keyClick(w.get(), Qt::Key_Right);
    QTest::keyClick(w.get(), Qt::Key_Right);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("question"))->text().contains(QStringLiteral("none recorded")));
}

// "Start the therapy today": off by default, one option per chosen therapy; ticked, the decision opens
// the line in the same transaction.
void TestPresentation::decisionStartsTherapyLine()
{
    auto w = present();
    QTest::keyClick(w.get(), Qt::Key_Right); // case 2
    auto* chosen = w->findChild<QListWidget*>(QStringLiteral("chosen"));
    auto* start = w->findChild<QListWidget*>(QStringLiteral("startLines"));
    QVERIFY(!start->isVisible()); // nothing chosen yet
    int row = -1;
    for (int i = 0; i < chosen->count(); ++i) {
        const QString c = chosen->item(i)->data(Qt::UserRole).toString();
        if (c != QLatin1String("EVEROLIMUS") && c != QLatin1String("SSA") &&
            embeddedKb()->therapies.value(c).kind == QLatin1String("antitumour") && row < 0)
            row = i;
    }
    QVERIFY2(row >= 0, "no recommendation other than the running ones");
    const QString code = chosen->item(row)->data(Qt::UserRole).toString();
    chosen->setFocus();
    chosen->setCurrentRow(row);
    QTest::keyClick(chosen, Qt::Key_Space);
    QCOMPARE(start->count(), 1);
    QVERIFY(start->isVisible());
    QCOMPARE(start->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(start->item(0)->text().startsWith(QStringLiteral("Start a therapy line today: ")));
    start->setFocus();
    start->setCurrentRow(0);
    QTest::keyClick(start, Qt::Key_Space);
    QCOMPARE(start->item(0)->checkState(), Qt::Checked);
    auto* text = w->findChild<QPlainTextEdit*>(QStringLiteral("decisionText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Start now"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("decisionStatus"))->text().contains(QStringLiteral("discussed")));
    const auto lines = m_f->registry->therapyLines(QStringLiteral("MRN-5822"));
    QVERIFY(lines.ok());
    bool opened = false;
    for (const TherapyLine& l : lines.value())
        opened = opened || (l.therapy == code && l.running() && l.startDate == m_f->clock->today());
    QVERIFY2(opened, qPrintable(code));
    // Nothing started for a choice without the tick (case 3).
    QTest::keyClick(w.get(), Qt::Key_Right);
    chosen->setFocus();
    chosen->setCurrentRow(0);
    QTest::keyClick(chosen, Qt::Key_Space);
    const QString other = chosen->item(0)->data(Qt::UserRole).toString();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Chosen, not started"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_f->registry->board().meeting(m_f->meetingId).value().cases.at(2).chosen, QStringList{other});
    const auto after = m_f->registry->therapyLines(QStringLiteral("MRN-6933"));
    QVERIFY(after.ok());
    for (const TherapyLine& l : after.value())
        QVERIFY(!(l.therapy == other && l.startDate == m_f->clock->today()));
}

void TestPresentation::boardDialogRefusesDeceasedPatient()
{
    QVERIFY(
        m_f->registry->setStatus(QStringLiteral("MRN-4711"), QStringLiteral("deceased"), QStringLiteral("2026-11-20"))
            .ok());
    const auto meeting = m_f->registry->board().create(QDate(2026, 12, 4), QStringLiteral("Next board"), {});
    QVERIFY(meeting.ok());
    Settings settings(m_f->dir.filePath(QStringLiteral("netdesk.ini")));
    BoardDialog dialog(*m_f->registry, settings, m_f->clock->today(), QStringLiteral("MRN-4711"));
    dialog.show();
    dialog.selectMeeting(meeting.value().id);
    auto* question = dialog.findChild<QLineEdit*>(QStringLiteral("newQuestion"));
    QTest::keyClicks(question, QStringLiteral("Any option left?"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addCurrent"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("MRN-4711 was not added to the agenda")),
             qPrintable(dialog.lastMessage()));
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("deceased")), qPrintable(dialog.lastMessage()));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("boardMessage"))->isVisible());
    QVERIFY(m_f->registry->board().meeting(meeting.value().id).value().cases.isEmpty());
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("agenda"))->rowCount(), 0);
    QCOMPARE(question->text(), QStringLiteral("Any option left?")); // kept for another try
}

void TestPresentation::boardDialogTakesQuestions()
{
    const auto meeting = m_f->registry->board().create(QDate(2026, 12, 4), QStringLiteral("Next board"), {});
    QVERIFY(meeting.ok());
    Settings settings(m_f->dir.filePath(QStringLiteral("netdesk.ini")));
    BoardDialog dialog(*m_f->registry, settings, m_f->clock->today(), QStringLiteral("MRN-5822"));
    dialog.show();
    dialog.selectMeeting(meeting.value().id);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newQuestion")), QStringLiteral("PRRT now?"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addCurrent")), Qt::LeftButton);
    auto stored = m_f->registry->board().meeting(meeting.value().id).value();
    QCOMPARE(stored.cases.size(), 1);
    QCOMPARE(stored.cases.at(0).question, QStringLiteral("PRRT now?"));
    auto* agenda = dialog.findChild<QTableWidget*>(QStringLiteral("agenda"));
    QCOMPARE(agenda->rowCount(), 1);
    QCOMPARE(agenda->item(0, 1)->text(), QStringLiteral("MRN-5822"));
    QCOMPARE(agenda->item(0, 4)->text(), QStringLiteral("PRRT now?"));
    // Edited in the table while the meeting is open.
    QVERIFY(agenda->item(0, 4)->flags() & Qt::ItemIsEditable);
    agenda->item(0, 4)->setText(QStringLiteral("PRRT or everolimus?"));
    QCOMPARE(m_f->registry->board().meeting(meeting.value().id).value().cases.at(0).question,
             QStringLiteral("PRRT or everolimus?"));
    QVERIFY(dialog.lastMessage().contains(QStringLiteral("saved")));
    // Closed: no longer editable.
    QVERIFY(m_f->registry->board().close(meeting.value().id).ok());
    dialog.selectMeeting(m_f->meetingId); // away and back: the agenda is read again
    dialog.selectMeeting(meeting.value().id);
    agenda = dialog.findChild<QTableWidget*>(QStringLiteral("agenda"));
    QVERIFY(!(agenda->item(0, 4)->flags() & Qt::ItemIsEditable));
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
