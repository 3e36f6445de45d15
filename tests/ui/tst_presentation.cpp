// Tumour-board presentation offscreen: anonymous by construction (every visible text of every widget
// and window title, for every case of a three-patient agenda, holds none of the patients' names,
// record numbers or birth dates), keyboard navigation, the decision panel, large type.
#include "core/board/BoardView.h"
#include "tests/support/BoardFixture.h"
#include "ui/MainWindow.h"
#include "ui/board/BoardDialog.h"
#include "ui/board/PresentationWindow.h"
#include "ui/settings/Settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QTextEdit>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

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
            out << w->toolTip() << w->accessibleName() << w->windowTitle();
            if (auto* label = qobject_cast<QLabel*>(w)) {
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
                        out << model->index(r, c).data().toString();
                }
                for (int c = 0; model && c < model->columnCount(); ++c)
                    out << model->headerData(c, Qt::Horizontal).toString();
            }
        }
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

private:
    std::unique_ptr<PresentationWindow> present(bool readOnly = false);
    std::unique_ptr<BoardFixture> m_f;
};

void TestPresentation::init()
{
    m_f = std::make_unique<BoardFixture>();
    QVERIFY(m_f->setUp());
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
        return anonymousAgenda(*m_f->db, m.value());
    };
    const auto save = [this](int position, const QString& status, const QString& text, const QStringList& chosen) -> Status {
        const auto r = m_f->registry->board().decideAt(m_f->meetingId, position, status, text, chosen);
        if (!r.ok())
            return r.problems();
        return Done{};
    };
    auto views = reload();
    if (!views.ok())
        qFatal("agenda: %s", qPrintable(views.messages().join(u'\n')));
    auto w = std::make_unique<PresentationWindow>(views.value(), reload, save, readOnly);
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
    const QStringList ids = BoardFixture::identifiers();
    QCOMPARE(ids.size(), 24);
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
        for (const QString& id : BoardFixture::identifiers())
            QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("case %1 shows %2").arg(n).arg(id)));
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

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
