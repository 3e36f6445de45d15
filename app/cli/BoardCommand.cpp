#include "app/cli/BoardCommand.h"

#include "app/cli/GlobalOptions.h"
#include "app/cli/Output.h"
#include "core/board/FreeTextScreen.h"
#include "core/followup/Clock.h"
#include "core/i18n/Language.h"
#include "core/registry/PatientRepository.h"
#include "core/registry/Registry.h"
#include "core/report/BoardSummary.h"
#include "ui/report/ReportRenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

namespace netdesk::cli {

namespace {

const char* help = R"(usage: netdesk-cli board --db FILE [--format text|json] [--today YYYY-MM-DD] [--author NAME]
                       COMMAND [ARGS]

Tumour-board meetings in the registry: an agenda of patients (each with their latest assessment),
the board's decision per case (free text, the recommendations chosen, discussed or deferred, with
time and author), closed for good at the end. Every change is in the audit log.

commands:
  create --date YYYY-MM-DD [--title TEXT] [--attendee "NAME: ROLE"]...
                                   a new meeting; prints its number
  add MEETING RECORD [RECORD...] [--question TEXT]
                                   put patients on the agenda, in this order (active patients only;
                                   a deceased or transferred patient is refused); --question with
                                   one record: what the board is asked
  question MEETING CASE --question TEXT
                                   set (or, with "", clear) the question of case CASE (its place)
  decide MEETING RECORD --status discussed|deferred [--decision TEXT] [--choose CODE[,CODE...]]
         [--start CODE[,CODE...]]  record the board's decision for one case; --start opens a therapy
                                   line today for chosen therapies not already running
  close MEETING                    close the meeting: nothing in it can change afterwards
  show MEETING                     the meeting, attendees, agenda and decisions (identified)
  list                             the meetings, newest first
  summary MEETING --pdf OUT.pdf [--anonymous] [--clinic NAME] [--lang en|de]
                                   the summary printout, identified or anonymous

exit status: 0 success; 2 wrong input (nothing stored; every problem on standard error); 1 any other
failure
)";

// Warns at entry when typed text holds a patient's identifier: it is stored as typed (the record
// needs it), and masked in the anonymous summary and presentation.
void warnIdentifiers(const QString& field, const QString& text, const QList<PatientIdentifiers>& patients)
{
    const ScreenedText screened = screenFreeText(text, patients);
    if (screened.clean())
        return;
    printErr(QStringLiteral("warning: the %1 contains a patient's %2: it is stored as typed and masked in the "
                            "anonymous summary and presentation; keep identifiers out of free text")
                 .arg(field, screened.found.join(QStringLiteral(", "))));
}

void warnMeeting(Database& db, const BoardMeeting& m)
{
    const auto ids = agendaIdentifiers(db, m);
    if (!ids.ok())
        return;
    warnIdentifiers(QStringLiteral("meeting title"), m.title, ids.value());
    for (const BoardAttendee& a : m.attendees)
        warnIdentifiers(QStringLiteral("attendee entry"), a.name + QStringLiteral(": ") + a.role, ids.value());
    for (const BoardCase& c : m.cases) {
        warnIdentifiers(QStringLiteral("decision of case %1").arg(c.position), c.decision, ids.value());
        warnIdentifiers(QStringLiteral("question of case %1").arg(c.position), c.question, ids.value());
    }
}

// Before there is an agenda: the registry's patients whose names or record number appear as words.
QList<PatientIdentifiers> patientsNamedIn(Database& db, const QString& text)
{
    QList<PatientIdentifiers> out;
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]{2,}"));
    auto words = wordPattern.globalMatch(text);
    for (int n = 0; words.hasNext() && n < 30; ++n) {
        const QString word = words.next().captured();
        const auto found = PatientRepository(db).search(word, 20);
        if (!found.ok())
            continue;
        for (const PatientRecord& p : found.value().rows)
            out.append({p.familyName, p.givenName, p.recordNumber, {p.birthDate}});
    }
    return out;
}

QString dateText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void printMeeting(const BoardMeeting& m, bool json)
{
    if (json) {
        printOut(QJsonDocument(boardMeetingJson(m)).toJson());
        return;
    }
    QString t = QStringLiteral("meeting %1  %2  %3  %4\n").arg(m.id).arg(m.date.toString(Qt::ISODate), m.title, m.status);
    for (const BoardAttendee& a : m.attendees)
        t += QStringLiteral("  attendee  %1 (%2)\n").arg(a.name, a.role);
    for (const BoardCase& c : m.cases) {
        t += QStringLiteral("  case %1  %2  %3").arg(c.position).arg(c.recordNumber, c.status);
        if (!c.question.isEmpty())
            t += QStringLiteral("  question: \"%1\"").arg(c.question);
        if (!c.chosen.isEmpty())
            t += QStringLiteral("  chosen %1").arg(c.chosen.join(u','));
        if (!c.decision.isEmpty())
            t += QStringLiteral("  \"%1\"").arg(c.decision);
        if (c.decidedAt.isValid())
            t += QStringLiteral("  (%1, %2)").arg(dateText(c.decidedAt), c.decidedBy);
        t += u'\n';
    }
    printOut(t);
}

int problemsExit(const Problems& problems)
{
    bool failure = false;
    for (const Problem& p : problems) {
        printErr(p.toString());
        failure = failure || p.failure;
    }
    return failure ? exitFailure : exitInvalid;
}

} // namespace

int runBoardCommand(const QStringList& args)
{
    GlobalOptions global;
    if (const auto stop = parseGlobalOptions("netdesk-cli board", args, help, global))
        return *stop;
    const QString dbPath = global.dbPath;
    const QString format = global.format;
    const QString author = global.author;
    const QDate today = global.today;
    const qsizetype i = global.next;
    if (i >= args.size()) {
        printErr(QStringLiteral("netdesk-cli board: no command given (see --help)"));
        return exitFailure;
    }
    const QString command = args.at(i);
    const QStringList rest = args.mid(i + 1);
    static const QStringList commands{QStringLiteral("create"), QStringLiteral("add"),  QStringLiteral("decide"),
                                      QStringLiteral("close"),  QStringLiteral("show"), QStringLiteral("list"),
                                      QStringLiteral("summary"), QStringLiteral("question")};
    if (!commands.contains(command)) {
        printErr(QStringLiteral("netdesk-cli board: unknown command %1; allowed: %2 (see --help)")
                     .arg(command, commands.join(QStringLiteral(", "))));
        return exitFailure;
    }
    auto db = Database::openExisting(dbPath); // missing: exit 2; damaged: the reason, exit 1
    if (!db.ok())
        return problemsExit(db.problems());
    auto kb = KnowledgeBase::loadEmbedded();
    if (!kb.ok())
        return problemsExit(kb.problems());
    std::unique_ptr<Clock> clock;
    if (today.isValid())
        clock = std::make_unique<PinnedDateClock>(today);
    else
        clock = std::make_unique<SystemClock>();
    Registry registry(*db.value(), *clock, author, kb.value());
    Board board = registry.board();
    const bool json = format == QLatin1String("json");

    // Options after the command: --name value, repeatable; the rest are positional.
    QMultiMap<QString, QString> options;
    QStringList positional;
    bool anonymous = false;
    for (qsizetype k = 0; k < rest.size(); ++k) {
        const QString& a = rest.at(k);
        if (a == QLatin1String("--anonymous")) {
            anonymous = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            static const QStringList valued{QStringLiteral("--date"),     QStringLiteral("--title"),
                                            QStringLiteral("--attendee"), QStringLiteral("--status"),
                                            QStringLiteral("--decision"), QStringLiteral("--choose"),
                                            QStringLiteral("--pdf"),      QStringLiteral("--clinic"),
                                            QStringLiteral("--lang"),     QStringLiteral("--question"),
                                            QStringLiteral("--start")};
            if (!valued.contains(a)) {
                printErr(QStringLiteral("netdesk-cli board %1: unknown option %2 (see --help)").arg(command, a));
                return exitFailure;
            }
            if (k + 1 >= rest.size()) {
                printErr(QStringLiteral("netdesk-cli board %1: %2 needs a value").arg(command, a));
                return exitFailure;
            }
            options.insert(a.mid(2), rest.at(++k));
        } else {
            positional << a;
        }
    }
    const auto meetingNumber = [&](qint64& id) {
        bool ok = false;
        id = positional.value(0).toLongLong(&ok);
        if (!ok || id < 1) {
            printErr(QStringLiteral("meeting: \"%1\" is not a meeting number (see board list)").arg(positional.value(0)));
            return false;
        }
        return true;
    };

    if (command == QLatin1String("create")) {
        const QString dateText = options.value(QStringLiteral("date"));
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid() || dateText.size() != 10) {
            printErr(QStringLiteral("date: \"%1\" is not a date; allowed: YYYY-MM-DD").arg(dateText));
            return exitInvalid;
        }
        QList<BoardAttendee> attendees;
        const QStringList given = options.values(QStringLiteral("attendee"));
        for (auto it = given.crbegin(); it != given.crend(); ++it) // QMultiMap: newest first
            attendees.append({it->section(u':', 0, 0).trimmed(), it->section(u':', 1).trimmed()});
        const auto made = board.create(date, options.value(QStringLiteral("title")), attendees);
        if (!made.ok())
            return problemsExit(made.problems());
        QString typed = made.value().title;
        for (const BoardAttendee& a : attendees)
            typed += QStringLiteral(" ; ") + a.name + QStringLiteral(": ") + a.role;
        const QList<PatientIdentifiers> named = patientsNamedIn(*db.value(), typed);
        warnIdentifiers(QStringLiteral("meeting title"), made.value().title, named);
        for (const BoardAttendee& a : attendees)
            warnIdentifiers(QStringLiteral("attendee entry"), a.name + QStringLiteral(": ") + a.role, named);
        printMeeting(made.value(), json);
        return exitOk;
    }
    if (command == QLatin1String("list")) {
        const auto all = board.meetings();
        if (!all.ok())
            return problemsExit(all.problems());
        if (json) {
            QJsonArray a;
            for (const BoardMeeting& m : all.value())
                a.append(boardMeetingJson(m));
            printOut(QJsonDocument(a).toJson());
        } else {
            QString t;
            for (const BoardMeeting& m : all.value())
                t += QStringLiteral("%1  %2  %3  %4 case(s)  %5\n")
                         .arg(m.id)
                         .arg(m.date.toString(Qt::ISODate), m.status)
                         .arg(m.cases.size())
                         .arg(m.title);
            printOut(t);
        }
        return exitOk;
    }
    qint64 id = 0;
    if (!meetingNumber(id))
        return exitInvalid;
    Result<BoardMeeting> result = Problems{};
    if (command == QLatin1String("add")) {
        if (positional.size() < 2) {
            printErr(QStringLiteral("record: give at least one record number after the meeting"));
            return exitInvalid;
        }
        if (options.contains(QStringLiteral("question"))) {
            if (positional.size() != 2) {
                printErr(QStringLiteral("question: give one record with --question (each case has its own question)"));
                return exitInvalid;
            }
            result = board.add(id, positional.at(1), options.value(QStringLiteral("question")));
        } else {
            result = board.add(id, positional.mid(1)); // all or none
        }
    } else if (command == QLatin1String("question")) {
        bool ok = false;
        const int position = positional.value(1).toInt(&ok);
        if (positional.size() != 2 || !ok || position < 1) {
            printErr(QStringLiteral("case: give the meeting and the case number (its place on the agenda)"));
            return exitInvalid;
        }
        if (!options.contains(QStringLiteral("question"))) {
            printErr(QStringLiteral("question: missing; give --question TEXT (\"\" clears it)"));
            return exitInvalid;
        }
        result = board.setQuestion(id, position, options.value(QStringLiteral("question")));
        if (result.ok())
            warnMeeting(*db.value(), result.value());
    } else if (command == QLatin1String("decide")) {
        if (positional.size() != 2) {
            printErr(QStringLiteral("record: give the meeting and one record number"));
            return exitInvalid;
        }
        QStringList chosen;
        for (const QString& c : options.value(QStringLiteral("choose")).split(u',', Qt::SkipEmptyParts))
            chosen << c.trimmed();
        QStringList start;
        for (const QString& c : options.value(QStringLiteral("start")).split(u',', Qt::SkipEmptyParts))
            start << c.trimmed();
        result = board.decide(id, positional.at(1), options.value(QStringLiteral("status")),
                              options.value(QStringLiteral("decision")), chosen, start);
    } else if (command == QLatin1String("close")) {
        result = board.close(id);
    } else if (command == QLatin1String("show")) {
        result = board.meeting(id);
    } else { // summary
        const QString pdf = options.value(QStringLiteral("pdf"));
        if (pdf.isEmpty()) {
            printErr(QStringLiteral("pdf: give the output file with --pdf OUT.pdf"));
            return exitInvalid;
        }
        QString languageError;
        const QString lang = options.value(QStringLiteral("lang"), QStringLiteral("en"));
        if (!installLanguage(*QCoreApplication::instance(), lang, &languageError)) {
            printErr(QStringLiteral("lang: ") + languageError);
            return exitFailure;
        }
        const auto m = board.meeting(id);
        if (!m.ok())
            return problemsExit(m.problems());
        const auto doc = buildBoardSummary(*db.value(), m.value(), anonymous, options.value(QStringLiteral("clinic")),
                                           clock->today());
        if (!doc.ok())
            return problemsExit(doc.problems());
        const auto pages = writeReportPdf(doc.value(), pdf);
        if (!pages.ok())
            return problemsExit(pages.problems());
        printErr(QStringLiteral("%1: %2 page(s), %3").arg(pdf).arg(pages.value()).arg(anonymous ? QStringLiteral("anonymous") : QStringLiteral("identified")));
        return exitOk;
    }
    if (!result.ok())
        return problemsExit(result.problems());
    if (command == QLatin1String("add")) {
        warnMeeting(*db.value(), result.value()); // the title and decisions against the new agenda
    } else if (command == QLatin1String("decide")) {
        if (const auto ids = agendaIdentifiers(*db.value(), result.value()); ids.ok())
            warnIdentifiers(QStringLiteral("decision"), options.value(QStringLiteral("decision")), ids.value());
    }
    printMeeting(result.value(), json);
    return exitOk;
}

} // namespace netdesk::cli
