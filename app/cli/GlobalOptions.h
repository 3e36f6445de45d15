#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk::cli {

// The options that come before a registry or board command: --db, --format, --today, --author.
struct GlobalOptions
{
    QString dbPath;
    QString format = QStringLiteral("text");
    QString author; // the account (getpwuid of the effective uid), with --author as "account (as NAME)"
    QDate today;    // empty: the system clock
    qsizetype next = 0; // index of the command in args
};

// Parses them from args; prints `help` for --help. Returns an exit status to stop with, or
// nothing to go on with the command at args[next].
std::optional<int> parseGlobalOptions(const char* program, const QStringList& args, const char* help,
                                      GlobalOptions& out);

} // namespace netdesk::cli
