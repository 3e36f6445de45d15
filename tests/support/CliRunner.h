#pragma once

// Runs the built netdesk-cli as a user would: arguments, optional standard input, exit status,
// standard output and standard error.
#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace netdesk::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The date the tests live on: every `plan` run gets --today so that results never depend on the
// machine's clock (a run that sets --today itself keeps its own).
inline QString testToday()
{
    return QStringLiteral("2026-11-27");
}

inline CliRun runCli(QStringList args, const QByteArray& input = {})
{
    if (args.value(0) == QLatin1String("plan") && !args.contains(QStringLiteral("--today")) &&
        !args.contains(QStringLiteral("--help"))) {
        args.insert(1, QStringLiteral("--today"));
        args.insert(2, testToday());
    }
    QProcess p;
    p.start(QStringLiteral(NETDESK_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        qFatal("netdesk-cli did not start: %s", NETDESK_CLI_PATH);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("netdesk-cli did not finish");
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace netdesk::test
