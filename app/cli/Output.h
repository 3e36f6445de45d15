#pragma once

// Printing and exit statuses shared by the netdesk-cli commands.
#include <QByteArray>
#include <QString>

#include <cstdio>

namespace netdesk::cli {

constexpr int exitOk = 0;
constexpr int exitFailure = 1; // a system failure or a wrong command line
constexpr int exitInvalid = 2; // wrong input: nothing was done

inline void printOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

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
