#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace netdesk {

// A problem found in input: where it is (a field name or JSON path) and what is wrong.
struct Problem
{
    QString where;
    QString message;
    bool failure = false; // true: the system failed (I/O, database); false: the input was wrong

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

using Problems = QList<Problem>;

inline Problem failure(const QString& where, const QString& message)
{
    return {where, message, true};
}

inline bool anyFailure(const Problems& problems)
{
    for (const Problem& p : problems) {
        if (p.failure)
            return true;
    }
    return false;
}

// Errors are values: a result holds either a value or every problem found.
template <typename T> class Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Problems problems)
        : m_problems(std::move(problems))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const Problems& problems() const { return m_problems; }

    QStringList messages() const
    {
        QStringList lines;
        for (const Problem& p : m_problems)
            lines << p.toString();
        return lines;
    }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

} // namespace netdesk
