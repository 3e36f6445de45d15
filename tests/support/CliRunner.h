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

inline CliRun runCli(const QStringList& args, const QByteArray& input = {})
{
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
