// netdesk-cli registry: argument parsing and printing for the registry operations of netdesk_core.
#include "app/cli/RegistryCommand.h"

#include "app/cli/GlobalOptions.h"
#include "app/cli/Output.h"

#include "core/followup/Clock.h"
#include "core/followup/Scheduler.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/interop/PlanJson.h"
#include "core/registry/LabTests.h"
#include "core/ProblemCap.h"
#include "core/io/SecureFile.h"
#include "core/registry/Registry.h"
#include "core/registry/TherapyLineRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdio>
#include <memory>


namespace {

using namespace netdesk;

using namespace netdesk::cli;

void out(const QString& text)
{
    printOut(text);
}
void err(const QString& line)
{
    printErr(line);
}

const char* help = R"(usage: netdesk-cli registry [--db FILE] [--format text|json] [--today YYYY-MM-DD] [--author NAME]
                            COMMAND [ARGS]

The patient registry (SQLite). --db defaults to the user's data folder (netdesk/registry.sqlite);
it is created, owner-only, when missing.

commands:
  add-patient --record R --family NAME --given NAME [--birth YYYY-MM-DD] [--sex female|male|other|unknown]
  list [--search TEXT] [--limit N]        patients by record number or name prefix ("smi", "smith jo")
  assess RECORD CASE.json [--protocol NAME] [--knowledge FILE]
                                          plan the case and store it with its follow-up schedule
  history RECORD                          assessments, follow-up items and results of a patient
  due [--within DAYS] [--limit N]         items due from today to today + DAYS (default 14)
  overdue [--limit N]                     items past their due date
  done ITEM [--date D] [--result VALUE --unit U [--uln ULN] [--test CODE]] [--outcome CR|PR|SD|PD|NE [--note TEXT]]
                                          mark an item done (today by default); schedules the next from D
  result ITEM --result VALUE --unit U [--uln ULN] [--test CODE] [--date D] | --outcome O [--note TEXT]
                                          another result for a done item (5-HIAA after CgA)
  units                                   the tests, their allowed units (with help) and the RECIST categories
  therapy start --record R --therapy CODE [--date D] [--note TEXT]
  therapy stop --record R (--line ID | --therapy CODE) --reason REASON [--date D] [--response CR|PR|SD|PD|NE]
                [--note TEXT]             reasons: progression, toxicity, completed, patient_choice, death, other
  therapy list --record R                 the patient's therapy lines, by start date
  review [--record R] [--limit N] [--lang en|de]
                                          patients who need a new assessment, with the reasons
  cancel ITEM --reason TEXT
  set-status RECORD deceased|transferred --date D
  set-identity RECORD --reason TEXT [--family NAME] [--given NAME] [--birth YYYY-MM-DD|""] [--sex S]
                                          correct a registered identity (audited with the reason);
                                          assess refuses a case whose patient contradicts the registry
  backup FILE                             a consistent online copy, then verified
  verify                                  integrity check and audit chain
  demo --patients N [--seed S]            add N synthetic patients (no real people)

Lists print the first page (200 rows, or --limit) and the total count. A lab result's unit must be one
the lab-tests data allows for the test (see units); --uln is the upper limit of normal printed on the
lab report, in the result's unit. Imaging results are RECIST 1.1 categories (the first vocabulary
response, stable, progression is still accepted).
exit status: 0 success; 2 wrong input (nothing stored; every problem on standard error); 1 any other failure
)";

struct Parsed
{
    QStringList positional;
    QMap<QString, QString> options;
};

// Options all take a value; `allowed` lists the ones this command knows.
bool parse(const QStringList& args, const QStringList& allowed, Parsed& parsed, QString& error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            const QString name = a.mid(2);
            if (!allowed.contains(name)) {
                error = QStringLiteral("unknown option %1; allowed: %2")
                            .arg(a, allowed.isEmpty() ? QStringLiteral("none")
                                                      : QStringLiteral("--") + allowed.join(QStringLiteral(", --")));
                return false;
            }
            if (i + 1 >= args.size()) {
                error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            parsed.options.insert(name, args.at(++i));
        } else {
            parsed.positional << a;
        }
    }
    return true;
}

int reportProblems(const Problems& problems)
{
    for (const Problem& p : problems)
        err(p.toString());
    return anyFailure(problems) ? exitFailure : exitInvalid;
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QJsonObject reminderJson(const ReminderRow& row, const QDate& today)
{
    QJsonObject o = itemJson(row.item);
    o.insert(QStringLiteral("state"), reminderStateName(reminderState(row.item.status, row.item.dueDate, today)));
    o.insert(QStringLiteral("patient"), QJsonObject{{QStringLiteral("recordNumber"), row.recordNumber},
                                                    {QStringLiteral("familyName"), row.familyName},
                                                    {QStringLiteral("givenName"), row.givenName}});
    return o;
}

QString testsText(const FollowUpRecord& f)
{
    return testsDisplayText(f.kind, f.tests);
}

QString reminderLine(const ReminderRow& row, const QDate& today)
{
    const FollowUpRecord& f = row.item;
    QString line = QStringLiteral("%1  %2  %3  %4, %5 (%6)  %7 %8\n    %9\n")
                       .arg(QString::number(f.id).rightJustified(7), f.dueDate.toString(Qt::ISODate),
                            reminderStateName(reminderState(f.status, f.dueDate, today)).leftJustified(8),
                            row.familyName, row.givenName, row.recordNumber, f.kind, testsText(f), f.reason);
    for (const QString& note : f.notes.split(u'\n', Qt::SkipEmptyParts))
        line += QStringLiteral("    note: ") + note + u'\n';
    return line;
}

QString patientLine(const PatientRecord& p)
{
    return QStringLiteral("%1  %2, %3  born %4  %5  %6%7\n")
        .arg(p.recordNumber.leftJustified(12), p.familyName, p.givenName,
             p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QStringLiteral("?"), p.sex, p.status,
             p.statusDate.isValid() ? QStringLiteral(" since ") + p.statusDate.toString(Qt::ISODate) : QString());
}

QString itemLine(const FollowUpRecord& f, const QDate& today)
{
    QString state = reminderStateName(reminderState(f.status, f.dueDate, today));
    if (f.doneDate.isValid())
        state += QStringLiteral(" on ") + f.doneDate.toString(Qt::ISODate);
    if (!f.cancelReason.isEmpty())
        state += QStringLiteral(" (") + f.cancelReason + u')';
    return QStringLiteral("  item %1  due %2  %3 %4  %5\n")
        .arg(QString::number(f.id), f.dueDate.toString(Qt::ISODate), f.kind, testsText(f), state);
}

QJsonObject resultJson(const ResultRecord& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("date"), r.resultDate.toString(Qt::ISODate)}};
    if (r.followUpItemId > 0)
        o.insert(QStringLiteral("itemId"), r.followUpItemId);
    if (r.value) {
        o.insert(QStringLiteral("value"), *r.value);
        o.insert(QStringLiteral("unit"), r.unit);
    }
    if (r.uln) {
        o.insert(QStringLiteral("uln"), *r.uln);
        o.insert(QStringLiteral("timesUln"), *r.value / *r.uln);
    }
    if (!r.outcome.isEmpty())
        o.insert(QStringLiteral("outcome"), r.outcome); // first vocabulary, as stored
    if (r.kind == QLatin1String("IMAGING"))
        o.insert(QStringLiteral("recist"), r.recist());
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

QString resultText(const ResultRecord& r)
{
    if (!r.value)
        return QStringLiteral("imaging: %1%2")
            .arg(r.recist(), r.note.isEmpty() ? QString() : QStringLiteral(" (") + r.note + u')');
    QString text = QStringLiteral("%1 %2 %3").arg(testDisplayName(r.kind), QString::number(*r.value), r.unit);
    if (r.uln)
        text += QStringLiteral(" (ULN %1, %2 × ULN)").arg(QString::number(*r.uln), QString::number(*r.value / *r.uln, 'f', 1));
    return text;
}

QString lineText(const TherapyLine& l)
{
    QString text = QStringLiteral("  line %1  %2  %3 – %4")
                       .arg(QString::number(l.id), l.therapy.leftJustified(12), l.startDate.toString(Qt::ISODate),
                            l.running() ? QStringLiteral("running") : l.stopDate.toString(Qt::ISODate));
    if (!l.running())
        text += QStringLiteral("  stopped: %1").arg(l.stopReason);
    if (!l.bestResponse.isEmpty())
        text += QStringLiteral("  best response %1").arg(l.bestResponse);
    if (!l.note.isEmpty())
        text += QStringLiteral("  (%1)").arg(l.note);
    return text + u'\n';
}

QJsonObject countsJson(const VerifyReport& report)
{
    QJsonObject counts;
    for (auto it = report.rowCounts.cbegin(); it != report.rowCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return counts;
}

QString countsText(const VerifyReport& report)
{
    QStringList parts;
    for (auto it = report.rowCounts.cbegin(); it != report.rowCounts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

int parseLimit(const Parsed& p, int& limit)
{
    if (!p.options.contains(QStringLiteral("limit")))
        return exitOk;
    bool ok = false;
    limit = p.options.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        err(QStringLiteral("limit: \"%1\" is not allowed; allowed: a whole number 1–100000")
                .arg(p.options.value(QStringLiteral("limit"))));
        return exitInvalid;
    }
    return exitOk;
}

} // namespace

int runRegistryCommand(const QStringList& allArgs)
{
    // Global options come before the command.
    GlobalOptions global;
    if (const auto stop = parseGlobalOptions("netdesk-cli registry", allArgs, help, global))
        return *stop;
    QString dbPath = global.dbPath;
    const QString format = global.format;
    const QString author = global.author;
    QDate today = global.today.isValid() ? global.today : QDate::currentDate();
    const bool todayGiven = global.today.isValid();
    const qsizetype i = global.next;
    if (i >= allArgs.size()) {
        err(QString::fromUtf8(help));
        return exitFailure;
    }
    const QString command = allArgs.at(i);
    const QStringList args = allArgs.mid(i + 1);
    if (args.contains(QStringLiteral("--help"))) {
        out(QString::fromUtf8(help));
        return exitOk;
    }
    static const QMap<QString, QStringList> optionsOf{
        {QStringLiteral("add-patient"),
         {QStringLiteral("record"), QStringLiteral("family"), QStringLiteral("given"), QStringLiteral("birth"),
          QStringLiteral("sex")}},
        {QStringLiteral("list"), {QStringLiteral("search"), QStringLiteral("limit")}},
        {QStringLiteral("assess"), {QStringLiteral("protocol"), QStringLiteral("knowledge")}},
        {QStringLiteral("history"), {}},
        {QStringLiteral("due"), {QStringLiteral("within"), QStringLiteral("limit")}},
        {QStringLiteral("overdue"), {QStringLiteral("limit")}},
        {QStringLiteral("done"),
         {QStringLiteral("date"), QStringLiteral("result"), QStringLiteral("unit"), QStringLiteral("test"),
          QStringLiteral("outcome"), QStringLiteral("uln"), QStringLiteral("note")}},
        {QStringLiteral("result"),
         {QStringLiteral("date"), QStringLiteral("result"), QStringLiteral("unit"), QStringLiteral("test"),
          QStringLiteral("outcome"), QStringLiteral("uln"), QStringLiteral("note")}},
        {QStringLiteral("units"), {}},
        {QStringLiteral("therapy"),
         {QStringLiteral("record"), QStringLiteral("therapy"), QStringLiteral("date"), QStringLiteral("note"),
          QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("response")}},
        {QStringLiteral("review"), {QStringLiteral("record"), QStringLiteral("limit"), QStringLiteral("lang")}},
        {QStringLiteral("cancel"), {QStringLiteral("reason")}},
        {QStringLiteral("set-status"), {QStringLiteral("date")}},
        {QStringLiteral("set-identity"),
         {QStringLiteral("reason"), QStringLiteral("family"), QStringLiteral("given"), QStringLiteral("birth"),
          QStringLiteral("sex")}},
        {QStringLiteral("backup"), {}},
        {QStringLiteral("verify"), {}},
        {QStringLiteral("demo"), {QStringLiteral("patients"), QStringLiteral("seed")}},
    };
    static const QMap<QString, int> positionalOf{
        {QStringLiteral("add-patient"), 0}, {QStringLiteral("list"), 0},   {QStringLiteral("assess"), 2},
        {QStringLiteral("history"), 1},     {QStringLiteral("due"), 0},    {QStringLiteral("overdue"), 0},
        {QStringLiteral("done"), 1},        {QStringLiteral("cancel"), 1}, {QStringLiteral("result"), 1},
        {QStringLiteral("set-status"), 2},  {QStringLiteral("backup"), 1}, {QStringLiteral("verify"), 0},
        {QStringLiteral("demo"), 0},        {QStringLiteral("units"), 0},  {QStringLiteral("therapy"), 1},
        {QStringLiteral("review"), 0},      {QStringLiteral("set-identity"), 1}};
    if (!optionsOf.contains(command)) {
        err(QStringLiteral("netdesk-cli registry: unknown command %1 (see --help)").arg(command));
        return exitFailure;
    }
    Parsed p;
    QString parseError;
    if (!parse(args, optionsOf.value(command), p, parseError)) {
        err(QStringLiteral("netdesk-cli registry %1: %2").arg(command, parseError));
        return exitFailure;
    }
    if (p.positional.size() != positionalOf.value(command)) {
        err(QStringLiteral("netdesk-cli registry %1: expects %2 argument(s), got %3 (see --help)")
                .arg(command)
                .arg(positionalOf.value(command))
                .arg(p.positional.size()));
        return exitFailure;
    }

    const auto kb = [&]() -> Result<KnowledgeBasePtr> {
        if (!p.options.contains(QStringLiteral("knowledge")))
            return KnowledgeBase::loadEmbedded();
        const QString path = p.options.value(QStringLiteral("knowledge"));
        const auto bytes = readKnowledgeFile(path);
        if (!bytes.ok())
            return bytes.problems();
        return KnowledgeBase::load(bytes.value());
    }();
    if (!kb.ok()) {
        err(QStringLiteral("netdesk-cli registry: the knowledge base is invalid:"));
        for (const Problem& problem : capped(kb.problems()))
            err(QStringLiteral("  ") + problem.toString());
        return exitFailure;
    }
    // Not about a registry: no file is opened.
    if (command == QLatin1String("units")) {
        const auto labs = LabTests::embedded();
        if (!labs.ok())
            return reportProblems(labs.problems());
        if (format == QLatin1String("json")) {
            QJsonArray tests;
            for (const LabTest& t : labs.value()->tests) {
                QJsonArray units;
                for (const LabUnit& u : t.units)
                    units.append(QJsonObject{{QStringLiteral("unit"), u.unit},
                                             {QStringLiteral("aliases"), QJsonArray::fromStringList(u.aliases)},
                                             {QStringLiteral("help"), u.help.value(QStringLiteral("en"))}});
                tests.append(QJsonObject{{QStringLiteral("test"), t.code},
                                         {QStringLiteral("label"), t.label.value(QStringLiteral("en"))},
                                         {QStringLiteral("units"), units}});
            }
            out(json({{QStringLiteral("version"), labs.value()->version},
                      {QStringLiteral("tests"), tests},
                      {QStringLiteral("imaging"), QJsonArray::fromStringList(labs.value()->responseCodes())}}));
        } else {
            QString text;
            for (const LabTest& t : labs.value()->tests) {
                text += QStringLiteral("%1 (%2)\n").arg(t.code, t.label.value(QStringLiteral("en")));
                for (const LabUnit& u : t.units)
                    text += QStringLiteral("  %1  %2%3\n")
                                .arg(u.unit.leftJustified(10), u.help.value(QStringLiteral("en")),
                                     u.aliases.isEmpty() ? QString()
                                                         : QStringLiteral(" (also written %1)")
                                                               .arg(u.aliases.join(QStringLiteral(", "))));
            }
            text += QStringLiteral("IMAGING (RECIST 1.1)\n");
            for (const RecistResponse& r : labs.value()->responses)
                text += QStringLiteral("  %1  %2\n").arg(r.code.leftJustified(10), r.label.value(QStringLiteral("en")));
            out(text);
        }
        return exitOk;
    }
    // Only the commands that make a registry may create the file: a mistyped --db must not turn into
    // an empty registry that reports "nothing due".
    // A missing, empty, cut or foreign file is refused with the reason before SQLite touches it.
    const bool creates = command == QLatin1String("add-patient") || command == QLatin1String("demo");
    auto db = Database::open(dbPath, Database::schema(),
                             creates ? RegistryFileUse::MayBeNew : RegistryFileUse::Existing);
    if (!db.ok())
        return reportProblems(db.problems()); // 2 when missing, 1 when the file or the system failed
    std::unique_ptr<Clock> clock;
    if (todayGiven)
        clock = std::make_unique<PinnedDateClock>(today);
    else
        clock = std::make_unique<SystemClock>();
    today = clock->today();
    Registry registry(*db.value(), *clock, author, kb.value());
    const bool asJson = format == QLatin1String("json");
    const auto itemId = [&](qint64& id) {
        bool ok = false;
        id = p.positional.at(0).toLongLong(&ok);
        if (!ok || id < 1) {
            err(QStringLiteral("item: \"%1\" is not an item number; allowed: a whole number ≥ 1")
                    .arg(p.positional.at(0)));
            return false;
        }
        return true;
    };

    if (command == QLatin1String("add-patient")) {
        const auto r =
            registry.addPatient({p.options.value(QStringLiteral("record")), p.options.value(QStringLiteral("family")),
                                 p.options.value(QStringLiteral("given")), p.options.value(QStringLiteral("birth")),
                                 p.options.value(QStringLiteral("sex"))});
        if (!r.ok())
            return reportProblems(r.problems());
        out(asJson ? json(patientJson(r.value())) : QStringLiteral("added ") + patientLine(r.value()));
        return exitOk;
    }
    if (command == QLatin1String("list")) {
        int limit = defaultPageSize;
        if (parseLimit(p, limit) != exitOk)
            return exitInvalid;
        const auto r = registry.list(p.options.value(QStringLiteral("search")), limit);
        if (!r.ok())
            return reportProblems(r.problems());
        if (asJson) {
            QJsonArray rows;
            for (const PatientRecord& pr : r.value().rows)
                rows.append(patientJson(pr));
            out(json({{QStringLiteral("total"), r.value().total}, {QStringLiteral("patients"), rows}}));
        } else {
            QString text = QStringLiteral("%1 patient(s)%2\n")
                               .arg(r.value().total)
                               .arg(r.value().total > r.value().rows.size()
                                        ? QStringLiteral(", first %1 shown").arg(r.value().rows.size())
                                        : QString());
            for (const PatientRecord& pr : r.value().rows)
                text += patientLine(pr);
            out(text);
        }
        return exitOk;
    }
    if (command == QLatin1String("assess")) {
        const auto bytes = readFileBounded(p.positional.at(1), maxCaseBytes, QStringLiteral("case"));
        if (!bytes.ok())
            return reportProblems(bytes.problems());
        const QString protocol = p.options.value(QStringLiteral("protocol"));
        if (!protocol.isEmpty() && !kb.value()->protocol(protocol)) {
            err(QStringLiteral("protocol: \"%1\" is not a follow-up protocol; allowed: %2")
                    .arg(protocol, kb.value()->protocolIds().join(QStringLiteral(", "))));
            return exitInvalid;
        }
        const auto r = registry.assess(p.positional.at(0), bytes.value(), protocol);
        if (!r.ok())
            return reportProblems(r.problems());
        const AssessOutcome& a = r.value();
        if (asJson) {
            QJsonArray items;
            for (const FollowUpRecord& f : a.scheduled)
                items.append(itemJson(f));
            out(json({{QStringLiteral("assessmentId"), a.assessment.id},
                      {QStringLiteral("recordNumber"), p.positional.at(0)},
                      {QStringLiteral("category"), a.assessment.category},
                      {QStringLiteral("protocol"), a.assessment.protocol},
                      {QStringLiteral("cancelledItems"), a.cancelled},
                      {QStringLiteral("scheduled"), items},
                      {QStringLiteral("plan"), planToJsonObject(a.plan)}}));
        } else {
            QString text = QStringLiteral("assessment %1 stored for %2: %3, protocol %4; %5 open item(s) superseded\n")
                               .arg(QString::number(a.assessment.id), p.positional.at(0), a.assessment.category,
                                    a.assessment.protocol)
                               .arg(a.cancelled);
            for (const FollowUpRecord& f : a.scheduled)
                text += itemLine(f, today) + QStringLiteral("    ") + f.reason + u'\n';
            out(text);
        }
        return exitOk;
    }
    if (command == QLatin1String("history")) {
        const auto r = registry.history(p.positional.at(0));
        if (!r.ok())
            return reportProblems(r.problems());
        const PatientHistory& h = r.value();
        if (asJson) {
            QJsonArray assessments;
            for (const AssessmentRecord& a : h.assessments)
                assessments.append(QJsonObject{
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("assessmentDate"), a.assessmentDate.toString(Qt::ISODate)},
                    {QStringLiteral("createdAt"), a.createdAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("author"), a.author},
                    {QStringLiteral("category"), a.category},
                    {QStringLiteral("protocol"), a.protocol},
                    {QStringLiteral("knowledgeBase"), QJsonObject{{QStringLiteral("id"), a.kbId},
                                                                  {QStringLiteral("version"), a.kbVersion},
                                                                  {QStringLiteral("sha256"), a.kbSha256}}}});
            QJsonArray items;
            for (const FollowUpRecord& f : h.items) {
                QJsonObject o = itemJson(f);
                o.insert(QStringLiteral("state"), reminderStateName(reminderState(f.status, f.dueDate, today)));
                items.append(o);
            }
            QJsonArray results;
            for (const ResultRecord& res : h.results)
                results.append(resultJson(res));
            QJsonArray lines;
            for (const TherapyLine& l : h.therapyLines)
                lines.append(therapyLineJson(l));
            out(json({{QStringLiteral("patient"), patientJson(h.patient)},
                      {QStringLiteral("assessments"), assessments},
                      {QStringLiteral("items"), items},
                      {QStringLiteral("results"), results},
                      {QStringLiteral("therapyLines"), lines}}));
        } else {
            QString text = patientLine(h.patient);
            text += QStringLiteral("assessments (%1):\n").arg(h.assessments.size());
            for (const AssessmentRecord& a : h.assessments)
                text += QStringLiteral("  %1  %2  %3  protocol %4  by %5  knowledge base %6\n")
                            .arg(QString::number(a.id), a.assessmentDate.toString(Qt::ISODate), a.category, a.protocol,
                                 a.author, a.kbVersion);
            text += QStringLiteral("follow-up items (%1):\n").arg(h.items.size());
            for (const FollowUpRecord& f : h.items)
                text += itemLine(f, today);
            text += QStringLiteral("results (%1):\n").arg(h.results.size());
            for (const ResultRecord& res : h.results)
                text += QStringLiteral("  %1  %2\n").arg(res.resultDate.toString(Qt::ISODate), resultText(res));
            text += QStringLiteral("therapy lines (%1):\n").arg(h.therapyLines.size());
            for (const TherapyLine& l : h.therapyLines)
                text += lineText(l);
            out(text);
        }
        return exitOk;
    }
    if (command == QLatin1String("due") || command == QLatin1String("overdue")) {
        int limit = defaultPageSize;
        if (parseLimit(p, limit) != exitOk)
            return exitInvalid;
        int within = dueWindowDays;
        if (p.options.contains(QStringLiteral("within"))) {
            bool ok = false;
            within = p.options.value(QStringLiteral("within")).toInt(&ok);
            if (!ok) {
                err(QStringLiteral("within: \"%1\" is not allowed; allowed: a whole number of days 0–3660")
                        .arg(p.options.value(QStringLiteral("within"))));
                return exitInvalid;
            }
        }
        const auto r = command == QLatin1String("due") ? registry.due(within, limit) : registry.overdue(limit);
        if (!r.ok())
            return reportProblems(r.problems());
        if (asJson) {
            QJsonArray items;
            for (const ReminderRow& row : r.value().rows)
                items.append(reminderJson(row, today));
            out(json({{QStringLiteral("today"), today.toString(Qt::ISODate)},
                      {QStringLiteral("total"), r.value().total},
                      {QStringLiteral("items"), items}}));
        } else {
            QString text =
                command == QLatin1String("due")
                    ? QStringLiteral("%1 item(s) due from %2 to %3")
                          .arg(r.value().total)
                          .arg(today.toString(Qt::ISODate), today.addDays(within).toString(Qt::ISODate))
                    : QStringLiteral("%1 item(s) overdue on %2").arg(r.value().total).arg(today.toString(Qt::ISODate));
            text += r.value().total > r.value().rows.size()
                        ? QStringLiteral(", first %1 shown\n").arg(r.value().rows.size())
                        : QStringLiteral("\n");
            for (const ReminderRow& row : r.value().rows)
                text += reminderLine(row, today);
            out(text);
        }
        return exitOk;
    }
    if (command == QLatin1String("done")) {
        qint64 id = 0;
        if (!itemId(id))
            return exitInvalid;
        const auto r =
            registry.markDone({id, p.options.value(QStringLiteral("date")), p.options.value(QStringLiteral("result")),
                               p.options.value(QStringLiteral("unit")), p.options.value(QStringLiteral("test")),
                               p.options.value(QStringLiteral("outcome")), p.options.value(QStringLiteral("uln")),
                               p.options.value(QStringLiteral("note"))});
        if (!r.ok())
            return reportProblems(r.problems());
        const DoneOutcome& d = r.value();
        if (asJson) {
            out(json({{QStringLiteral("done"), itemJson(d.done)},
                      {QStringLiteral("next"), d.next ? QJsonValue(itemJson(*d.next)) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("result"),
                       d.result ? QJsonValue(resultJson(*d.result)) : QJsonValue(QJsonValue::Null)}}));
        } else {
            QString text = QStringLiteral("item %1 done on %2")
                               .arg(QString::number(d.done.id), d.done.doneDate.toString(Qt::ISODate));
            if (d.result)
                text += QStringLiteral(", result ") + resultText(*d.result);
            text += u'\n';
            text += d.next
                        ? QStringLiteral("next: item %1 due %2 (%3 months from the done date)\n")
                              .arg(QString::number(d.next->id), d.next->dueDate.toString(Qt::ISODate))
                              .arg(d.next->intervalMonths)
                        : QStringLiteral(
                              "no next item: the patient is no longer active, or this follow-up course is complete\n");
            out(text);
        }
        return exitOk;
    }
    if (command == QLatin1String("result")) {
        qint64 id = 0;
        if (!itemId(id))
            return exitInvalid;
        const auto r =
            registry.addResult({id, p.options.value(QStringLiteral("date")), p.options.value(QStringLiteral("result")),
                                p.options.value(QStringLiteral("unit")), p.options.value(QStringLiteral("test")),
                                p.options.value(QStringLiteral("outcome")), p.options.value(QStringLiteral("uln")),
                                p.options.value(QStringLiteral("note"))});
        if (!r.ok())
            return reportProblems(r.problems());
        out(asJson ? json(resultJson(r.value()))
                   : QStringLiteral("result %1 stored for item %2: %3\n")
                         .arg(QString::number(r.value().id), QString::number(id), resultText(r.value())));
        return exitOk;
    }
    if (command == QLatin1String("cancel")) {
        qint64 id = 0;
        if (!itemId(id))
            return exitInvalid;
        const auto r = registry.cancel(id, p.options.value(QStringLiteral("reason")));
        if (!r.ok())
            return reportProblems(r.problems());
        out(asJson ? json(itemJson(r.value()))
                   : QStringLiteral("item %1 cancelled: %2\n").arg(QString::number(id), r.value().cancelReason));
        return exitOk;
    }
    if (command == QLatin1String("set-status")) {
        const auto r =
            registry.setStatus(p.positional.at(0), p.positional.at(1), p.options.value(QStringLiteral("date")));
        if (!r.ok())
            return reportProblems(r.problems());
        out(asJson ? json(patientJson(r.value())) : patientLine(r.value()));
        return exitOk;
    }
    if (command == QLatin1String("set-identity")) {
        IdentityChange change;
        const auto optional = [&](const char* name) -> std::optional<QString> {
            const QString key = QLatin1String(name);
            return p.options.contains(key) ? std::optional<QString>(p.options.value(key)) : std::nullopt;
        };
        change.familyName = optional("family");
        change.givenName = optional("given");
        change.birthDate = optional("birth");
        change.sex = optional("sex");
        change.reason = p.options.value(QStringLiteral("reason"));
        const auto r = registry.setIdentity(p.positional.at(0), change);
        if (!r.ok())
            return reportProblems(r.problems());
        out(asJson ? json(patientJson(r.value())) : patientLine(r.value()));
        return exitOk;
    }
    if (command == QLatin1String("backup") || command == QLatin1String("verify")) {
        const bool backup = command == QLatin1String("backup");
        const auto r = backup ? registry.backup(p.positional.at(0)) : registry.verify();
        if (!r.ok()) {
            err(backup ? QStringLiteral("backup FAILED:") : QStringLiteral("verify FAILED:"));
            return reportProblems(r.problems());
        }
        if (asJson) {
            QJsonObject o{{QStringLiteral("ok"), true},
                          {QStringLiteral("auditEntries"), r.value().auditEntries},
                          {QStringLiteral("rowCounts"), countsJson(r.value())}};
            if (backup)
                o.insert(QStringLiteral("file"), p.positional.at(0));
            out(json(o));
        } else {
            out(backup
                    ? QStringLiteral("backup written to %1 and verified: opens, integrity ok, audit chain intact (%2 "
                                     "entries), row counts match (%3)\n")
                          .arg(p.positional.at(0))
                          .arg(r.value().auditEntries)
                          .arg(countsText(r.value()))
                    : QStringLiteral("verify ok: integrity ok, foreign keys ok, audit chain intact (%1 entries); %2\n")
                          .arg(r.value().auditEntries)
                          .arg(countsText(r.value())));
        }
        return exitOk;
    }
    if (command == QLatin1String("therapy")) {
        const QString action = p.positional.at(0);
        const QString record = p.options.value(QStringLiteral("record"));
        if (record.isEmpty()) {
            err(QStringLiteral("record: missing; give --record R"));
            return exitInvalid;
        }
        const auto allowedHere = [&](const QStringList& allowed) {
            for (auto it = p.options.cbegin(); it != p.options.cend(); ++it) {
                if (!allowed.contains(it.key())) {
                    err(QStringLiteral("netdesk-cli registry therapy %1: --%2 does not apply; allowed: --%3")
                            .arg(action, it.key(), allowed.join(QStringLiteral(", --"))));
                    return false;
                }
            }
            return true;
        };
        if (action == QLatin1String("start")) {
            if (!allowedHere({QStringLiteral("record"), QStringLiteral("therapy"), QStringLiteral("date"),
                              QStringLiteral("note")}))
                return exitFailure;
            const auto r = registry.startTherapy({record, p.options.value(QStringLiteral("therapy")),
                                                  p.options.value(QStringLiteral("date")),
                                                  p.options.value(QStringLiteral("note"))});
            if (!r.ok())
                return reportProblems(r.problems());
            out(asJson ? json(therapyLineJson(r.value())) : QStringLiteral("started") + lineText(r.value()));
            return exitOk;
        }
        if (action == QLatin1String("stop")) {
            if (!allowedHere({QStringLiteral("record"), QStringLiteral("therapy"), QStringLiteral("line"),
                              QStringLiteral("date"), QStringLiteral("reason"), QStringLiteral("response"),
                              QStringLiteral("note")}))
                return exitFailure;
            TherapyStopInput in;
            in.recordNumber = record;
            if (p.options.contains(QStringLiteral("line"))) {
                bool ok = false;
                in.lineId = p.options.value(QStringLiteral("line")).toLongLong(&ok);
                if (!ok || in.lineId < 1) {
                    err(QStringLiteral("line: \"%1\" is not a line number; allowed: a whole number ≥ 1 (see therapy "
                                       "list)")
                            .arg(p.options.value(QStringLiteral("line"))));
                    return exitInvalid;
                }
                if (p.options.contains(QStringLiteral("therapy"))) {
                    err(QStringLiteral("line: give --line or --therapy, not both"));
                    return exitInvalid;
                }
            }
            in.therapy = p.options.value(QStringLiteral("therapy"));
            in.date = p.options.value(QStringLiteral("date"));
            in.reason = p.options.value(QStringLiteral("reason"));
            in.bestResponse = p.options.value(QStringLiteral("response"));
            in.note = p.options.value(QStringLiteral("note"));
            const auto r = registry.stopTherapy(in);
            if (!r.ok())
                return reportProblems(r.problems());
            out(asJson ? json(therapyLineJson(r.value())) : QStringLiteral("stopped") + lineText(r.value()));
            return exitOk;
        }
        if (action == QLatin1String("list")) {
            if (!allowedHere({QStringLiteral("record")}))
                return exitFailure;
            const auto r = registry.therapyLines(record);
            if (!r.ok())
                return reportProblems(r.problems());
            if (asJson) {
                QJsonArray lines;
                for (const TherapyLine& l : r.value())
                    lines.append(therapyLineJson(l));
                out(json({{QStringLiteral("recordNumber"), record}, {QStringLiteral("therapyLines"), lines}}));
            } else {
                QString text = QStringLiteral("%1: %2 therapy line(s)\n").arg(record).arg(r.value().size());
                for (const TherapyLine& l : r.value())
                    text += lineText(l);
                out(text);
            }
            return exitOk;
        }
        err(QStringLiteral("netdesk-cli registry therapy: unknown action %1; allowed: start, stop, list").arg(action));
        return exitFailure;
    }
    if (command == QLatin1String("review")) {
        const QString lang = p.options.value(QStringLiteral("lang"), QStringLiteral("en"));
        if (!kb.value()->languages.contains(lang)) {
            err(QStringLiteral("lang: '%1' is not available; allowed: %2")
                    .arg(lang, kb.value()->languages.join(QStringLiteral(", "))));
            return exitInvalid;
        }
        const auto flagsJson = [](const QList<ReviewFlag>& flags) {
            QJsonArray a;
            for (const ReviewFlag& f : flags)
                a.append(reviewFlagJson(f));
            return a;
        };
        const auto flagsText = [](const QList<ReviewFlag>& flags) {
            QString text;
            for (const ReviewFlag& f : flags)
                text += QStringLiteral("    %1  %2 [%3; %4]\n")
                            .arg(f.date.toString(Qt::ISODate), f.text, f.evidence.join(QStringLiteral(", ")), f.review);
            return text;
        };
        if (p.options.contains(QStringLiteral("record"))) {
            const QString record = p.options.value(QStringLiteral("record"));
            const auto r = registry.reviewFlags(record, lang);
            if (!r.ok())
                return reportProblems(r.problems());
            if (asJson)
                out(json({{QStringLiteral("recordNumber"), record},
                          {QStringLiteral("today"), today.toString(Qt::ISODate)},
                          {QStringLiteral("needsReview"), !r.value().isEmpty()},
                          {QStringLiteral("flags"), flagsJson(r.value())}}));
            else
                out(r.value().isEmpty() ? QStringLiteral("%1: no change since the plan asks for a new assessment\n")
                                              .arg(record)
                                        : QStringLiteral("%1 needs a new assessment:\n").arg(record) +
                                              flagsText(r.value()));
            return exitOk;
        }
        int limit = defaultPageSize;
        if (parseLimit(p, limit) != exitOk)
            return exitInvalid;
        const auto r = registry.needsReview(limit, lang);
        if (!r.ok())
            return reportProblems(r.problems());
        if (asJson) {
            QJsonArray patients;
            for (const ReviewRow& row : r.value().rows) {
                QJsonObject o = patientJson(row.patient);
                o.insert(QStringLiteral("assessmentDate"), row.assessmentDate.toString(Qt::ISODate));
                o.insert(QStringLiteral("flags"), flagsJson(row.flags));
                patients.append(o);
            }
            out(json({{QStringLiteral("today"), today.toString(Qt::ISODate)},
                      {QStringLiteral("total"), r.value().total},
                      {QStringLiteral("patients"), patients}}));
        } else {
            QString text = QStringLiteral("%1 patient(s) need a new assessment%2\n")
                               .arg(r.value().total)
                               .arg(r.value().total > r.value().rows.size()
                                        ? QStringLiteral(", first %1 shown").arg(r.value().rows.size())
                                        : QString());
            for (const ReviewRow& row : r.value().rows)
                text += QStringLiteral("%1  %2, %3  plan of %4\n")
                            .arg(row.patient.recordNumber.leftJustified(12), row.patient.familyName,
                                 row.patient.givenName, row.assessmentDate.toString(Qt::ISODate)) +
                        flagsText(row.flags);
            out(text);
        }
        return exitOk;
    }
    // demo
    bool ok = false;
    const int patients = p.options.value(QStringLiteral("patients")).toInt(&ok);
    if (!ok) {
        err(QStringLiteral("patients: \"%1\" is not allowed; allowed: a whole number 1–1000000")
                .arg(p.options.value(QStringLiteral("patients"))));
        return exitInvalid;
    }
    const quint32 seed =
        p.options.contains(QStringLiteral("seed")) ? p.options.value(QStringLiteral("seed")).toUInt() : 20261127u;
    const auto r = registry.demo(patients, seed);
    if (!r.ok())
        return reportProblems(r.problems());
    out(asJson ? json({{QStringLiteral("ok"), true}, {QStringLiteral("rowCounts"), countsJson(r.value())}})
               : QStringLiteral("demo registry %1: %2\n").arg(db.value()->path(), countsText(r.value())));
    return exitOk;
}
