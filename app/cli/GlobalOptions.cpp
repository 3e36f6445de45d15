#include "app/cli/GlobalOptions.h"

#include "app/cli/Output.h"
#include "core/registry/AuditLog.h"
#include "core/registry/Database.h"


namespace netdesk::cli {

std::optional<int> parseGlobalOptions(const char* program, const QStringList& args, const char* help,
                                      GlobalOptions& out)
{
    const QString name = QString::fromLatin1(program);
    out.dbPath = Database::defaultPath();
    // The actor is the account the system says this process runs as (not $USER, which anyone can
    // set); --author only adds a display name beside it.
    out.author = AuditLog::systemUser();
    qsizetype i = 0;
    for (; i < args.size() && args.at(i).startsWith(QLatin1String("--")); i += 2) {
        const QString& opt = args.at(i);
        if (opt == QLatin1String("--help")) {
            printOut(QByteArray(help));
            return exitOk;
        }
        if (i + 1 >= args.size()) {
            printErr(QStringLiteral("%1: %2 needs a value (see --help)").arg(name, opt));
            return exitFailure;
        }
        const QString value = args.at(i + 1);
        if (opt == QLatin1String("--db")) {
            out.dbPath = value;
        } else if (opt == QLatin1String("--format")) {
            out.format = value;
        } else if (opt == QLatin1String("--author")) {
            const auto actor = AuditLog::actorWithDisplayName(value);
            if (!actor.ok()) {
                printErr(actor.messages().join(u'\n'));
                return exitInvalid;
            }
            out.author = actor.value();
        } else if (opt == QLatin1String("--today")) {
            out.today = QDate::fromString(value, Qt::ISODate);
            if (!out.today.isValid() || value.size() != 10) {
                printErr(QStringLiteral("%1: --today %2 is not a date; allowed: YYYY-MM-DD").arg(name, value));
                return exitFailure;
            }
        } else {
            printErr(QStringLiteral("%1: unknown option %2 (see --help)").arg(name, opt));
            return exitFailure;
        }
    }
    if (out.format != QLatin1String("text") && out.format != QLatin1String("json")) {
        printErr(QStringLiteral("%1: --format %2 is not allowed; allowed: text, json").arg(name, out.format));
        return exitFailure;
    }
    out.next = i;
    return std::nullopt;
}

} // namespace netdesk::cli
