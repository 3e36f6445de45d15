#include "core/followup/Scheduler.h"

namespace netdesk {

QString reminderStateName(ReminderState state)
{
    switch (state) {
    case ReminderState::Upcoming:
        return QStringLiteral("upcoming");
    case ReminderState::Due:
        return QStringLiteral("due");
    case ReminderState::Overdue:
        return QStringLiteral("overdue");
    case ReminderState::Done:
        return QStringLiteral("done");
    case ReminderState::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

ReminderState reminderState(const QString& storedStatus, const QDate& dueDate, const QDate& today)
{
    if (storedStatus == QLatin1String("done"))
        return ReminderState::Done;
    if (storedStatus == QLatin1String("cancelled"))
        return ReminderState::Cancelled;
    if (dueDate < today)
        return ReminderState::Overdue;
    if (dueDate <= today.addDays(dueWindowDays))
        return ReminderState::Due;
    return ReminderState::Upcoming;
}

QString testDisplayName(const QString& code)
{
    if (code == QLatin1String("CGA"))
        return QStringLiteral("CgA");
    if (code == QLatin1String("5HIAA"))
        return QStringLiteral("5-HIAA");
    if (code == QLatin1String("NTPROBNP"))
        return QStringLiteral("NT-proBNP");
    return code;
}

QString reminderReason(const PlanFollowUpItem& item, const QString& protocol)
{
    if (!item.because.isEmpty())
        return QStringLiteral("%1; every %2 months (%3 protocol)")
            .arg(item.because.join(QStringLiteral("; ")))
            .arg(item.intervalMonths)
            .arg(protocol);
    QStringList names;
    for (const QString& t : item.kind == QLatin1String("labs") ? item.tests : item.modalities)
        names << testDisplayName(t);
    const QString what =
        item.kind == QLatin1String("labs") ? names.join(QStringLiteral(", ")) : names.join(QStringLiteral(" or "));
    return QStringLiteral("%1 every %2 months (%3 protocol): %4")
        .arg(what)
        .arg(item.intervalMonths)
        .arg(protocol, item.reason);
}

QList<ScheduledItem> scheduleFromPlan(const Plan& plan, const QHash<QString, QDate>& lastDone)
{
    QList<ScheduledItem> out;
    for (const PlanFollowUpItem& item : plan.followUp) {
        ScheduledItem s;
        s.itemKey = item.id;
        s.kind = item.kind;
        s.tests = item.kind == QLatin1String("labs") ? item.tests : item.modalities;
        s.intervalMonths = item.intervalMonths;
        const QDate base = lastDone.value(item.id, plan.assessmentDate);
        s.dueDate = base.addMonths(item.intervalMonths);
        s.reason = reminderReason(item, plan.protocol);
        QStringList notes;
        for (const PlanNote& n : item.notes)
            notes << n.text;
        s.notes = notes.join(QLatin1Char('\n'));
        s.protocol = plan.protocol;
        out << s;
    }
    return out;
}

ScheduledItem nextAfterDone(const ScheduledItem& done, const QDate& doneDate)
{
    ScheduledItem next = done;
    next.dueDate = doneDate.addMonths(done.intervalMonths);
    return next;
}

} // namespace netdesk
