// Grabs a tumour-board slide to PNG, through the desk's own way in (BoardDialog::present), offscreen:
//   QT_QPA_PLATFORM=offscreen board_screenshot REGISTRY MEETING OUT.png [CASE] [WIDTH HEIGHT]
// or a patient's course chart in dated mode (as the patient page shows it), today as the reference:
//   QT_QPA_PLATFORM=offscreen board_screenshot REGISTRY --chart RECORD OUT.png [WIDTH HEIGHT]
// or the main window with a patient's page (the course chart beside it):
//   QT_QPA_PLATFORM=offscreen board_screenshot REGISTRY --window RECORD OUT.png [WIDTH HEIGHT] [--review]
// "Today" is the meeting's date, so the review flags are those the board would see. For the docs'
// screenshots; not a test.
#include "core/guideline/KnowledgeBase.h"
#include "core/registry/Registry.h"
#include "ui/MainWindow.h"
#include "ui/board/BoardDialog.h"
#include "ui/board/PresentationWindow.h"
#include "ui/course/CourseChart.h"
#include "ui/settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QTextStream>

using namespace netdesk;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: board_screenshot REGISTRY MEETING OUT.png [CASE] [WIDTH HEIGHT]\n";
        return 1;
    }
    auto db = Database::open(args.at(1));
    auto kb = KnowledgeBase::loadEmbedded();
    if (!db.ok() || !kb.ok()) {
        err << (db.ok() ? kb.messages() : db.messages()).join(u'\n') << '\n';
        return 1;
    }
    SystemClock system;
    Registry probe(*db.value(), system, QStringLiteral("board_screenshot"), kb.value());
    if (args.at(2) == QLatin1String("--window") && args.size() >= 5) {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("netdesk.ini")));
        MainWindow window(probe, system.today(), args.at(1), settings);
        window.resize(args.size() > 6 ? args.at(5).toInt() : 1600, args.size() > 6 ? args.at(6).toInt() : 1000);
        window.show();
        if (args.contains(QStringLiteral("--review"))) {
            if (auto* only = window.findChild<QCheckBox*>(QStringLiteral("reviewOnly")))
                only->setChecked(true);
        }
        window.showPatient(args.at(3));
        app.processEvents();
        return window.grab().save(args.at(4)) ? 0 : 1;
    }
    if (args.at(2) == QLatin1String("--chart") && args.size() >= 5) {
        const auto history = probe.history(args.at(3));
        const auto review = probe.courseReview();
        if (!history.ok() || !review.ok()) {
            err << (history.ok() ? review.messages() : history.messages()).join(u'\n') << '\n';
            return 1;
        }
        CourseChart chart;
        chart.setCourse(history.value().therapyLines, history.value().results, system.today(), CourseChart::Mode::Dated,
                        *kb.value(), review.value().get());
        chart.resize(args.size() > 6 ? args.at(5).toInt() : 900, args.size() > 6 ? args.at(6).toInt() : 420);
        return chart.grab().save(args.at(4)) ? 0 : 1;
    }
    const qint64 meetingId = args.at(2).toLongLong();
    const auto meeting = probe.board().meeting(meetingId);
    if (!meeting.ok()) {
        err << meeting.messages().join(u'\n') << '\n';
        return 1;
    }
    PinnedDateClock clock(meeting.value().date);
    Registry registry(*db.value(), clock, QStringLiteral("board_screenshot"), kb.value());
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("netdesk.ini")));
    BoardDialog dialog(registry, settings, clock.today(), QString());
    dialog.show();
    dialog.selectMeeting(meetingId);
    PresentationWindow* window = dialog.present(false);
    if (!window) {
        err << dialog.lastMessage() << '\n';
        return 1;
    }
    const int width = args.size() > 6 ? args.at(5).toInt() : 1920;
    const int height = args.size() > 6 ? args.at(6).toInt() : 1080;
    window->resize(width, height);
    window->showCase(args.size() > 4 ? args.at(4).toInt() - 1 : 0);
    app.processEvents();
    const bool saved = window->grab().save(args.at(3));
    window->close();
    if (!saved) {
        err << "cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
