// netdesk-cli kb: argument parsing and printing for the knowledge-base operations of netdesk_core.
#include "app/cli/KbCommand.h"

#include "app/cli/GlobalOptions.h"
#include "app/cli/Output.h"

#include "core/followup/Clock.h"
#include "core/registry/KbImpact.h"
#include "core/registry/Registry.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <unistd.h>

namespace netdesk::cli {

namespace {

const char* help = R"(usage: netdesk-cli kb --db FILE [--format text|json] [--today YYYY-MM-DD] [--author NAME]
                    COMMAND [ARGS]

The knowledge base against the patients of a registry.

commands:
  impact --knowledge NEW.json [--reassess all|RECORD[,RECORD...]]
        re-plan the latest case of every active patient with NEW.json (same protocol and
        assessment date) and list, per patient, what would change against the stored plan:
        recommendations added, removed or with another strength or role, avoid entries, warnings,
        follow-up intervals. Summary counts first; --format json gives {"summary": {...},
        "patients": [...]}. Nothing stored is touched, unless --reassess: then each named patient
        whose plan changes (all: every one) gets a new, audited assessment of today with the
        new version.

exit status: 0 success; 2 wrong input (nothing stored; every problem on standard error); 1 any other
failure
)";

int problemsExit(const Problems& problems)
{
    bool failure = false;
    for (const Problem& p : problems) {
        printErr(p.toString());
        failure = failure || p.failure;
    }
    return failure ? exitFailure : exitInvalid;
}

QJsonObject changeJson(const PlanChange& c)
{
    QJsonObject o{{QStringLiteral("what"), c.what}, {QStringLiteral("code"), c.code},
                  {QStringLiteral("change"), c.change}};
    if (!c.before.isEmpty())
        o.insert(QStringLiteral("before"), c.before);
    if (!c.after.isEmpty())
        o.insert(QStringLiteral("after"), c.after);
    return o;
}

QString changeText(const PlanChange& c)
{
    if (c.change == QLatin1String("added"))
        return QStringLiteral("%1 %2 added%3").arg(c.what, c.code, c.after.isEmpty() ? QString() : u' ' + c.after);
    if (c.change == QLatin1String("removed"))
        return QStringLiteral("%1 %2 removed%3").arg(c.what, c.code, c.before.isEmpty() ? QString() : QStringLiteral(" (was ") + c.before + u')');
    return QStringLiteral("%1 %2: %3 %4 -> %5").arg(c.what, c.code, c.change, c.before, c.after);
}

} // namespace

int runKbCommand(const QStringList& args)
{
    GlobalOptions global;
    if (const auto stop = parseGlobalOptions("netdesk-cli kb", args, help, global))
        return *stop;
    if (global.next >= args.size()) {
        printErr(QStringLiteral("netdesk-cli kb: no command given (see --help)"));
        return exitFailure;
    }
    const QString command = args.at(global.next);
    if (command != QLatin1String("impact")) {
        printErr(QStringLiteral("netdesk-cli kb: unknown command %1; allowed: impact (see --help)").arg(command));
        return exitFailure;
    }
    QString knowledge;
    QString reassess;
    const QStringList rest = args.mid(global.next + 1);
    for (qsizetype k = 0; k < rest.size(); ++k) {
        const QString& a = rest.at(k);
        if (a != QLatin1String("--knowledge") && a != QLatin1String("--reassess")) {
            printErr(QStringLiteral("netdesk-cli kb impact: unknown argument %1; allowed: --knowledge, --reassess").arg(a));
            return exitFailure;
        }
        if (k + 1 >= rest.size()) {
            printErr(QStringLiteral("netdesk-cli kb impact: %1 needs a value").arg(a));
            return exitFailure;
        }
        (a == QLatin1String("--knowledge") ? knowledge : reassess) = rest.at(++k);
    }
    if (knowledge.isEmpty()) {
        printErr(QStringLiteral("knowledge: missing; required, the new knowledge-base file (--knowledge NEW.json)"));
        return exitFailure;
    }
    const auto newKb = KnowledgeBase::loadFile(knowledge);
    if (!newKb.ok()) {
        printErr(QStringLiteral("knowledge: %1 is not a valid knowledge base:").arg(knowledge));
        for (const QString& line : newKb.messages())
            printErr(QStringLiteral("  ") + line);
        return exitInvalid;
    }
    if (!QFileInfo::exists(global.dbPath)) {
        printErr(QStringLiteral("db: there is no registry at %1").arg(global.dbPath));
        return exitInvalid;
    }
    auto db = Database::open(global.dbPath);
    if (!db.ok())
        return problemsExit(db.problems());
    const bool json = global.format == QLatin1String("json");
    // Progress on a terminal only (a file or a pipe gets the result alone).
    const bool tty = isatty(STDERR_FILENO) != 0;
    QElapsedTimer timer;
    timer.start();
    qint64 shown = -1;
    const auto report = kbImpact(*db.value(), newKb.value(), [&](qint64 done, qint64 total) {
        if (!tty || done == shown)
            return;
        shown = done;
        std::fprintf(stderr, "\rre-planned %lld of %lld patients", static_cast<long long>(done),
                     static_cast<long long>(total));
        if (done == total)
            std::fputc('\n', stderr);
        std::fflush(stderr);
    });
    if (!report.ok())
        return problemsExit(report.problems());
    const ImpactReport& r = report.value();
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;

    // Re-assessment with the new version: a normal, audited assessment of today for each one named.
    QStringList reassessed;
    if (!reassess.isEmpty()) {
        const QStringList wanted = reassess == QLatin1String("all") ? QStringList() : reassess.split(u',');
        std::unique_ptr<Clock> clock;
        if (global.today.isValid())
            clock = std::make_unique<PinnedDateClock>(global.today);
        else
            clock = std::make_unique<SystemClock>();
        Registry registry(*db.value(), *clock, global.author, newKb.value());
        for (const PatientImpact& p : r.changed) {
            if (!wanted.isEmpty() && !wanted.contains(p.recordNumber, Qt::CaseInsensitive))
                continue;
            const auto a = reassessWith(registry, newKb.value(), p);
            if (!a.ok()) {
                printErr(QStringLiteral("%1: not re-assessed:").arg(p.recordNumber));
                return problemsExit(a.problems());
            }
            reassessed << p.recordNumber;
        }
        for (const QString& w : wanted) {
            if (!reassessed.contains(w, Qt::CaseInsensitive)) {
                printErr(QStringLiteral("reassess: %1 is not among the patients whose plan changes").arg(w));
                return exitInvalid;
            }
        }
    }

    if (json) {
        QJsonObject byKind;
        for (auto it = r.changesByKind.cbegin(); it != r.changesByKind.cend(); ++it)
            byKind.insert(it.key(), it.value());
        QJsonObject summary{{QStringLiteral("patients"), r.patients},
                            {QStringLiteral("changedPatients"), r.changedPatients},
                            {QStringLiteral("changes"), byKind},
                            {QStringLiteral("fromVersion"), r.fromVersion},
                            {QStringLiteral("toVersion"), r.toVersion},
                            {QStringLiteral("seconds"), seconds}};
        if (!r.unplannable.isEmpty())
            summary.insert(QStringLiteral("unplannable"), QJsonArray::fromStringList(r.unplannable));
        if (!reassess.isEmpty())
            summary.insert(QStringLiteral("reassessed"), QJsonArray::fromStringList(reassessed));
        QJsonArray patients;
        for (const PatientImpact& p : r.changed) {
            QJsonArray changes;
            for (const PlanChange& c : p.changes)
                changes.append(changeJson(c));
            patients.append(QJsonObject{{QStringLiteral("recordNumber"), p.recordNumber},
                                        {QStringLiteral("familyName"), p.familyName},
                                        {QStringLiteral("givenName"), p.givenName},
                                        {QStringLiteral("assessmentDate"), p.assessmentDate.toString(Qt::ISODate)},
                                        {QStringLiteral("changes"), changes}});
        }
        // Written by hand so that the summary comes first (a QJsonObject would sort its keys).
        printOut(QByteArray("{\n\"summary\": ") + QJsonDocument(summary).toJson(QJsonDocument::Indented).trimmed() +
                 QByteArray(",\n\"patients\": ") + QJsonDocument(patients).toJson(QJsonDocument::Indented).trimmed() +
                 QByteArray("\n}\n"));
        return exitOk;
    }
    QString text = QStringLiteral("knowledge base %1 -> %2: %3 of %4 active patients' plans would change (%5 s)\n")
                       .arg(r.fromVersion, r.toVersion)
                       .arg(r.changedPatients)
                       .arg(r.patients)
                       .arg(seconds, 0, 'f', 1);
    for (auto it = r.changesByKind.cbegin(); it != r.changesByKind.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    for (const QString& u : r.unplannable)
        text += QStringLiteral("  cannot be planned with the new version: %1\n").arg(u);
    for (const PatientImpact& p : r.changed) {
        text += QStringLiteral("\n%1  %2, %3  (assessed %4)\n")
                    .arg(p.recordNumber, p.familyName, p.givenName, p.assessmentDate.toString(Qt::ISODate));
        for (const PlanChange& c : p.changes)
            text += QStringLiteral("    ") + changeText(c) + u'\n';
    }
    if (!reassessed.isEmpty())
        text += QStringLiteral("\nre-assessed with version %1: %2\n").arg(r.toVersion, reassessed.join(QStringLiteral(", ")));
    printOut(text);
    return exitOk;
}

} // namespace netdesk::cli
