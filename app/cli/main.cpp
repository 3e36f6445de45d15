// netdesk-cli: the command-line twin of NETDesk. Only wiring: parsing arguments, reading files,
// printing; everything clinical happens in netdesk_core.
#include "app/cli/Output.h"
#include "app/cli/BoardCommand.h"
#include "app/cli/KbCommand.h"
#include "app/cli/RegistryCommand.h"
#include "app/cli/ReportCommand.h"
#include "core/guideline/Engine.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/i18n/Language.h"
#include "core/interop/PlanJson.h"
#include "core/interop/PlanText.h"
#include "core/ProblemCap.h"
#include "core/io/SecureFile.h"
#include "core/model/CaseReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

using namespace netdesk;
using namespace netdesk::cli;

constexpr int exitInvalidCase = exitInvalid;

const char* mainHelp = R"(netdesk-cli: NETDesk on the command line (decision support for the treating clinician).

usage: netdesk-cli COMMAND [OPTIONS]

commands:
  plan CASE.json    compute the explained plan for a case (netdesk.case/1); '-' reads standard input
  registry ...      the patient registry: patients, assessments, follow-up reminders, backups
                    (netdesk-cli registry --help)
  report ...        the patient or professional printout as PDF (netdesk-cli report --help)
  board ...         tumour-board meetings: agenda, decisions, summary PDF (netdesk-cli board --help)
  kb ...            the knowledge base against a registry: impact of a new version (netdesk-cli kb --help)

options:
  --help            this text (also: netdesk-cli plan --help)
  --version         the program and embedded knowledge-base versions

exit status: 0 success, 2 invalid case (every problem on standard error), 1 any other failure
)";

const char* planHelp = R"(usage: netdesk-cli plan CASE.json [--format json|text] [--protocol NAME]
                        [--knowledge FILE] [--lang CODE] [--today YYYY-MM-DD]

Computes the explained plan for a case (netdesk.case/1) and prints it.

  CASE.json           the case file; '-' reads it from standard input
  --format json|text  json (netdesk.plan/1, the default) or text for a terminal
  --protocol NAME     follow-up protocol of the knowledge base (standard, esmo-2020)
  --knowledge FILE    use this knowledge-base file instead of the embedded one
  --lang CODE         language of the texts and headings (en, de)
  --today YYYY-MM-DD  the date used for a case without assessmentDate and as the future limit

A case over 1 MiB (a knowledge base over 16 MiB) is refused before it is read; so is input
that is not UTF-8. At most 50 problems are printed, then "... and N more".

exit status: 0 plan printed; 2 invalid case (including input that is not JSON), every problem
on standard error, one a line, each naming its field; 1 any other failure (unreadable file,
unknown option, protocol or language, invalid knowledge base, output not written whole)
)";

Result<KnowledgeBasePtr> loadKnowledge(const QString& path)
{
    if (path.isEmpty())
        return KnowledgeBase::loadEmbedded();
    const auto bytes = readKnowledgeFile(path);
    if (!bytes.ok())
        return bytes.problems();
    return KnowledgeBase::load(bytes.value());
}

int version()
{
    const auto kb = KnowledgeBase::loadEmbedded();
    QString line = QStringLiteral("netdesk-cli %1").arg(QString::fromLatin1(NETDESK_VERSION));
    if (kb.ok())
        line += QStringLiteral(" (knowledge base %1 %2, sha256 %3)")
                    .arg(kb.value()->id, kb.value()->version, kb.value()->sha256);
    printOut((line + QLatin1Char('\n')).toUtf8());
    return exitOk;
}

int plan(const QStringList& args)
{
    QString casePath;
    QString format = QStringLiteral("json");
    QString protocol;
    QString knowledgePath;
    QString language;
    QDate today = QDate::currentDate();
    bool haveCase = false;

    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printOut(QByteArray(planHelp));
            return exitOk;
        }
        const bool takesValue = arg == QLatin1String("--format") || arg == QLatin1String("--protocol") ||
                                arg == QLatin1String("--knowledge") || arg == QLatin1String("--lang") ||
                                arg == QLatin1String("--today");
        if (takesValue) {
            if (i + 1 >= args.size()) {
                printErr(QStringLiteral("netdesk-cli plan: %1 needs a value (see --help)").arg(arg));
                return exitFailure;
            }
            const QString value = args.at(++i);
            if (arg == QLatin1String("--format"))
                format = value;
            else if (arg == QLatin1String("--protocol"))
                protocol = value;
            else if (arg == QLatin1String("--knowledge"))
                knowledgePath = value;
            else if (arg == QLatin1String("--lang"))
                language = value;
            else {
                today = QDate::fromString(value, Qt::ISODate);
                if (!today.isValid() || value.size() != 10) {
                    printErr(
                        QStringLiteral("netdesk-cli plan: --today %1 is not a date; allowed: YYYY-MM-DD").arg(value));
                    return exitFailure;
                }
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            printErr(QStringLiteral("netdesk-cli plan: unknown option %1 (see --help)").arg(arg));
            return exitFailure;
        } else if (!haveCase) {
            casePath = arg;
            haveCase = true;
        } else {
            printErr(QStringLiteral("netdesk-cli plan: more than one case file given (%1)").arg(arg));
            return exitFailure;
        }
    }
    if (!haveCase) {
        printErr(QStringLiteral("netdesk-cli plan: no case file given (a path, or - for standard input; see --help)"));
        return exitFailure;
    }
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        printErr(QStringLiteral("netdesk-cli plan: --format %1 is not allowed; allowed: json, text").arg(format));
        return exitFailure;
    }

    const auto kb = loadKnowledge(knowledgePath);
    if (!kb.ok()) {
        printErr(QStringLiteral("netdesk-cli plan: the knowledge base %1 is invalid:")
                     .arg(knowledgePath.isEmpty() ? QStringLiteral("(embedded)") : knowledgePath));
        for (const Problem& p : capped(kb.problems()))
            printErr(QStringLiteral("  ") + p.toString());
        return exitFailure;
    }
    const Engine engine(kb.value());
    if (!protocol.isEmpty() && !kb.value()->protocol(protocol)) {
        printErr(QStringLiteral("netdesk-cli plan: --protocol %1 is not known; allowed: %2")
                     .arg(protocol, kb.value()->protocolIds().join(QStringLiteral(", "))));
        return exitFailure;
    }
    if (!language.isEmpty() && !kb.value()->languages.contains(language)) {
        printErr(QStringLiteral("netdesk-cli plan: --lang %1 is not available; allowed: %2")
                     .arg(language, kb.value()->languages.join(QStringLiteral(", "))));
        return exitFailure;
    }
    // The same language for the headings and labels of the text format.
    QString languageError;
    if (!language.isEmpty() && !installLanguage(*QCoreApplication::instance(), language, &languageError)) {
        printErr(QStringLiteral("netdesk-cli plan: --lang: ") + languageError);
        return exitFailure;
    }

    // Bounded: /dev/zero or a 60 MB file is refused after 1 MiB, before any parsing.
    const auto input = readFileBounded(casePath, maxCaseBytes, QStringLiteral("case"));
    if (!input.ok()) {
        for (const Problem& p : input.problems())
            printErr(p.failure ? QStringLiteral("netdesk-cli plan: ") + p.toString() : p.toString());
        return anyFailure(input.problems()) ? exitFailure : exitInvalidCase;
    }
    const auto parsed = CaseReader::read(input.value(), {today, {}});
    if (!parsed.ok()) {
        for (const QString& line : parsed.messages())
            printErr(line);
        return exitInvalidCase;
    }
    const auto result = engine.plan(parsed.value(), {protocol, language});
    if (!result.ok()) {
        for (const QString& line : result.messages())
            printErr(QStringLiteral("netdesk-cli plan: ") + line);
        return exitFailure;
    }
    printOut(format == QLatin1String("json") ? planToJson(result.value()) : planToText(result.value()).toUtf8());
    return exitOk;
}

int run(int argc, char* argv[]);

} // namespace

int main(int argc, char* argv[])
{
    netdesk::cli::guardStandardStreams(); // before anything opens a file that could take fd 1
    const int status = run(argc, argv);
    if (const int error = netdesk::cli::finishStdout(); error != 0) {
        netdesk::cli::printErr(QStringLiteral("netdesk-cli: cannot write to standard output: %1; the output is "
                                              "incomplete")
                                   .arg(netdesk::ioReason(error)));
        return netdesk::cli::exitFailure;
    }
    return status;
}

namespace {

int run(int argc, char* argv[])
{
    // Reports lay text out with fonts, which needs a GUI application; it never opens a window.
    bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    for (int a = 2; argc > 1 && qstrcmp(argv[1], "board") == 0 && a < argc; ++a)
        report = report || qstrcmp(argv[a], "summary") == 0; // the board summary is a printout too
    if (report && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netdesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(NETDESK_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printErr(QString::fromLatin1(mainHelp));
        return exitFailure;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printOut(QByteArray(mainHelp));
        return exitOk;
    }
    if (command == QLatin1String("--version"))
        return version();
    if (command == QLatin1String("plan"))
        return plan(args);
    if (command == QLatin1String("registry"))
        return runRegistryCommand(args);
    if (command == QLatin1String("report"))
        return runReportCommand(args);
    if (command == QLatin1String("kb"))
        return runKbCommand(args);
    if (command == QLatin1String("board"))
        return runBoardCommand(args);
    printErr(QStringLiteral("netdesk-cli: unknown command %1 (see --help)").arg(command));
    return exitFailure;
}

} // namespace
