#pragma once

// Printing and exit statuses shared by the netdesk-cli commands.
#include <QByteArray>
#include <QString>

#include <cstdio>

namespace netdesk::cli {

constexpr int exitOk = 0;
constexpr int exitFailure = 1; // a system failure or a wrong command line
constexpr int exitInvalid = 2; // wrong input: nothing was done

// The first failure to write standard output (an errno value), or 0. A command's output that did not
// reach its reader is never a success: main() turns it into exit status 1 with the reason.
int& stdoutError();

// Makes sure file descriptors 0, 1 and 2 are open (a closed one is pointed at /dev/null, so no file
// the program opens later can take its number and receive printed text); a closed standard output is
// remembered as an error for the first print.
void guardStandardStreams();

// Flushes standard output (and fsyncs it when it is a regular file); returns the errno of the first
// failure of any print, or 0.
int finishStdout();

void printOut(const QByteArray& bytes);

inline void printOut(const QString& text)
{
    printOut(text.toUtf8());
}

inline void printErr(const QString& line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

} // namespace netdesk::cli
