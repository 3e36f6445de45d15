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

QString testDisplayName(const QString& code, const QString& language)
{
    const bool german = language == QLatin1String("de");
    if (code == QLatin1String("CGA"))
        return QStringLiteral("CgA");
    if (code == QLatin1String("5HIAA"))
        return german ? QStringLiteral("5-HIES") : QStringLiteral("5-HIAA");
    if (code == QLatin1String("MRI") && german)
        return QStringLiteral("MRT");
    if (code == QLatin1String("NTPROBNP"))
        return QStringLiteral("NT-proBNP");
    return code;
}

QString testsDisplayText(const QString& kind, const QStringList& tests, const QString& language)
{
    QStringList names;
    for (const QString& t : tests)
        names << testDisplayName(t, language);
    return names.join(kind == QLatin1String("labs")    ? QStringLiteral(", ")
                      : language == QLatin1String("de") ? QStringLiteral(" oder ")
                                                        : QStringLiteral(" or "));
}

QString reminderReason(const PlanFollowUpItem& item, const QString& protocol)
{
    if (!item.because.isEmpty())
        return QStringLiteral("%1; every %2 months (%3 protocol)")
            .arg(item.because.join(QStringLiteral("; ")))
            .arg(item.intervalMonths)
            .arg(protocol);
    const QString what = testsDisplayText(item.kind, item.kind == QLatin1String("labs") ? item.tests : item.modalities);
    return QStringLiteral("%1 every %2 months (%3 protocol): %4")
        .arg(what)
        .arg(item.intervalMonths)
        .arg(protocol, item.reason);
}

std::optional<NextDue> nextDue(int intervalMonths, const QList<SchedulePeriod>& periods, const QDate& courseStart,
                               const QDate& from)
{
    if (periods.isEmpty() || !courseStart.isValid())
        return NextDue{from.addMonths(intervalMonths), intervalMonths};
    for (const SchedulePeriod& p : periods) {
        if (from < courseStart.addYears(p.untilYear))
            return NextDue{from.addMonths(p.months), p.months};
    }
    return std::nullopt;
}

QString periodsToText(const QList<SchedulePeriod>& periods)
{
    QStringList parts;
    for (const SchedulePeriod& p : periods)
        parts << QStringLiteral("%1:%2").arg(p.untilYear).arg(p.months);
    return parts.join(QLatin1Char(','));
}

QList<SchedulePeriod> periodsFromText(const QString& text)
{
    QList<SchedulePeriod> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(QLatin1Char(':'));
        if (fields.size() == 2)
            out << SchedulePeriod{fields.at(0).toInt(), fields.at(1).toInt()};
    }
    return out;
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
        s.periods = item.periods;
        s.courseStart = plan.assessmentDate;
        // From the date this item type was last done, or from the assessment.
        const auto next =
            nextDue(item.intervalMonths, item.periods, s.courseStart, lastDone.value(item.id, plan.assessmentDate));
        if (!next)
            continue;
        s.dueDate = next->date;
        s.intervalMonths = next->intervalMonths;
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

} // namespace netdesk
