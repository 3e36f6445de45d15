#pragma once

#include <QDate>
#include <QDateTime>

namespace netdesk {

// "Today" and "now" come from a clock so that tests can pin them (reminders, audit times).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// "Today" pinned (netdesk-cli --today), the time of day real: audit times stay true.
class PinnedDateClock final : public Clock
{
public:
    explicit PinnedDateClock(QDate today)
        : m_today(today)
    {
    }
    QDate today() const override { return m_today; }
    QDateTime now() const override { return QDateTime(m_today, QDateTime::currentDateTimeUtc().time(), Qt::UTC); }

private:
    QDate m_today;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate today)
        : m_today(today)
    {
    }
    QDate today() const override { return m_today; }
    QDateTime now() const override { return QDateTime(m_today, QTime(12, 0), Qt::UTC); }
    void setToday(QDate today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace netdesk
