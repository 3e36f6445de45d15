#include "app/cli/GlobalOptions.h"

#include "app/cli/Output.h"
#include "core/registry/Database.h"

#include <QProcessEnvironment>

#include <pwd.h>
#include <unistd.h>

namespace netdesk::cli {

std::optional<int> parseGlobalOptions(const char* program, const QStringList& args, const char* help,
                                      GlobalOptions& out)
{
    const QString name = QString::fromLatin1(program);
    out.dbPath = Database::defaultPath();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    out.author = env.value(QStringLiteral("USER"), env.value(QStringLiteral("LOGNAME")));
    if (out.author.isEmpty()) {
        const passwd* pw = ::getpwuid(::getuid());
        out.author = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("unknown");
    }
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
            out.author = value;
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
