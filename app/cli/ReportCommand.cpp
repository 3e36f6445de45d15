#include "app/cli/ReportCommand.h"

#include "app/cli/Output.h"
#include "core/followup/Clock.h"
#include "core/i18n/Language.h"
#include "core/io/SecureFile.h"
#include "core/registry/Registry.h"
#include "core/report/ReportSource.h"
#include "ui/report/ReportRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace netdesk::cli {

namespace {

const char* help = R"(usage: netdesk-cli report (CASE.json | --db FILE --record R) --pdf OUT.pdf
                          [--audience patient|professional] [--lang en|de]
                          [--clinic NAME] [--clinician NAME] [--show-outcomes]
                          [--protocol NAME] [--today YYYY-MM-DD]

The printout of a plan as an A4 PDF: for the patient (plain language, next appointments and how
to prepare, questions to ask, a glossary; no doses, no survival figures unless --show-outcomes) or
for a professional (classification and basis, recommendations with regimen, why and full
citations, things to avoid, warnings, prognosis, follow-up schedule, knowledge-base version).

  CASE.json              a case file (netdesk.case/1), planned now; '-' reads standard input
  --db FILE --record R   the latest assessment of patient R in the registry FILE, with the
                         registry's scheduled follow-up dates
  --pdf OUT.pdf          where to write the PDF (written whole or not at all, owner-only;
                         a symbolic link is refused)
  --audience             professional (default) or patient
  --lang                 language of the document (en default, de)
  --clinic, --clinician  names on the document's header and identity block
  --show-outcomes        patient printout: include the reference outcomes the knowledge base marks
                         as suitable for patients
  --protocol NAME        follow-up protocol for a case file (standard, esmo-2020)
  --today YYYY-MM-DD     the printing date (default: today)

exit status: 0 PDF written; 2 wrong input (invalid case, unknown record, missing registry,
language not available for a stored assessment), every problem on standard error; 1 any other
failure
)";

} // namespace

int runReportCommand(const QStringList& args)
{
    QString casePath, dbPath, record, pdfPath, clinic, clinician, protocol;
    QString audienceText = QStringLiteral("professional");
    QString language = QStringLiteral("en");
    QDate today = QDate::currentDate();
    bool showOutcomes = false;
    const QStringList valued{QStringLiteral("--db"),     QStringLiteral("--record"),    QStringLiteral("--pdf"),
                             QStringLiteral("--clinic"), QStringLiteral("--clinician"), QStringLiteral("--protocol"),
                             QStringLiteral("--audience"), QStringLiteral("--lang"),   QStringLiteral("--today")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printOut(QByteArray(help));
            return exitOk;
        }
        if (arg == QLatin1String("--show-outcomes")) {
            showOutcomes = true;
            continue;
        }
        if (valued.contains(arg)) {
            if (i + 1 >= args.size()) {
                printErr(QStringLiteral("netdesk-cli report: %1 needs a value (see --help)").arg(arg));
                return exitFailure;
            }
            const QString value = args.at(++i);
            if (arg == QLatin1String("--db"))
                dbPath = value;
            else if (arg == QLatin1String("--record"))
                record = value;
            else if (arg == QLatin1String("--pdf"))
                pdfPath = value;
            else if (arg == QLatin1String("--clinic"))
                clinic = value;
            else if (arg == QLatin1String("--clinician"))
                clinician = value;
            else if (arg == QLatin1String("--protocol"))
                protocol = value;
            else if (arg == QLatin1String("--audience"))
                audienceText = value;
            else if (arg == QLatin1String("--lang"))
                language = value;
            else {
                today = QDate::fromString(value, Qt::ISODate);
                if (!today.isValid() || value.size() != 10) {
                    printErr(QStringLiteral("netdesk-cli report: --today %1 is not a date; allowed: YYYY-MM-DD")
                                 .arg(value));
                    return exitFailure;
                }
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            printErr(QStringLiteral("netdesk-cli report: unknown option %1 (see --help)").arg(arg));
            return exitFailure;
        } else if (casePath.isEmpty()) {
            casePath = arg;
        } else {
            printErr(QStringLiteral("netdesk-cli report: more than one case file given (%1)").arg(arg));
            return exitFailure;
        }
    }
    const auto audience = audienceFromName(audienceText);
    QStringList wrong;
    if (!audience)
        wrong << QStringLiteral("--audience %1 is not allowed; allowed: patient, professional").arg(audienceText);
    if (pdfPath.isEmpty())
        wrong << QStringLiteral("--pdf: give the output file (OUT.pdf)");
    if (casePath.isEmpty() == dbPath.isEmpty())
        wrong << QStringLiteral("give either a case file or --db FILE --record R");
    if (!dbPath.isEmpty() && record.isEmpty())
        wrong << QStringLiteral("--record: give the patient's record number with --db");
    if (!wrong.isEmpty()) {
        for (const QString& w : wrong)
            printErr(QStringLiteral("netdesk-cli report: ") + w);
        return exitFailure;
    }

    const auto kb = KnowledgeBase::loadEmbedded();
    if (!kb.ok()) {
        printErr(QStringLiteral("netdesk-cli report: the embedded knowledge base is invalid"));
        return exitFailure;
    }
    if (!kb.value()->languages.contains(language)) {
        printErr(QStringLiteral("netdesk-cli report: --lang %1 is not available; allowed: %2")
                     .arg(language, kb.value()->languages.join(QStringLiteral(", "))));
        return exitFailure;
    }
    QString languageError;
    if (!installLanguage(*QCoreApplication::instance(), language, &languageError)) {
        printErr(QStringLiteral("netdesk-cli report: --lang: ") + languageError);
        return exitFailure;
    }
    if (!protocol.isEmpty() && !kb.value()->protocol(protocol)) {
        printErr(QStringLiteral("netdesk-cli report: --protocol %1 is not known; allowed: %2")
                     .arg(protocol, kb.value()->protocolIds().join(QStringLiteral(", "))));
        return exitFailure;
    }
    const auto guide = PatientGuide::loadEmbedded(*kb.value());
    if (!guide.ok()) {
        for (const QString& line : guide.messages())
            printErr(QStringLiteral("netdesk-cli report: patient guide: ") + line);
        return exitFailure;
    }

    Result<ReportInput> input = Problems{};
    std::unique_ptr<Database> db;
    if (!dbPath.isEmpty()) {
        auto opened = Database::openExisting(dbPath);
        if (!opened.ok()) {
            for (const Problem& p : opened.problems()) // "db" is the --db option here
                printErr(QStringLiteral("netdesk-cli report: ") +
                         (p.where == QLatin1String("db") ? QStringLiteral("--") : QString()) + p.toString());
            return anyFailure(opened.problems()) ? exitFailure : exitInvalid;
        }
        db = std::move(opened).value();
        PinnedDateClock clock(today);
        Registry registry(*db, clock, QStringLiteral("netdesk-cli report"), kb.value());
        input = reportFromRegistry(registry, record, language);
    } else {
        const auto bytes = readFileBounded(casePath, maxCaseBytes, QStringLiteral("case"));
        if (!bytes.ok()) {
            for (const Problem& p : bytes.problems())
                printErr(p.toString());
            return anyFailure(bytes.problems()) ? exitFailure : exitInvalid;
        }
        input = reportFromCase(kb.value(), bytes.value(), today, protocol, language);
    }
    if (!input.ok()) {
        bool failure = false;
        for (const Problem& p : input.problems()) {
            printErr(p.toString());
            failure = failure || p.failure;
        }
        return failure ? exitFailure : exitInvalid;
    }
    ReportInput in = std::move(input).value();
    in.audience = *audience;
    in.clinic = clinic;
    in.clinician = clinician;
    in.printed = today;
    in.showOutcomes = showOutcomes;
    const auto doc = buildReport(in, *guide.value());
    if (!doc.ok()) {
        for (const QString& line : doc.messages())
            printErr(QStringLiteral("netdesk-cli report: ") + line);
        return exitFailure;
    }
    const auto pages = writeReportPdf(doc.value(), pdfPath);
    if (!pages.ok()) {
        for (const QString& line : pages.messages())
            printErr(QStringLiteral("netdesk-cli report: ") + line);
        return exitFailure;
    }
    printErr(QStringLiteral("%1: %2 page(s), %3, %4").arg(pdfPath).arg(pages.value()).arg(audienceText, language));
    return exitOk;
}

} // namespace netdesk::cli
