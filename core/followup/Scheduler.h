#pragma once

#include "core/guideline/Plan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

// Reminder states (clinical.md §8): scheduled items are upcoming, due (within the window) or
// overdue by their date; done and cancelled are stored states.
enum class ReminderState { Upcoming, Due, Overdue, Done, Cancelled };

QString reminderStateName(ReminderState state);

constexpr int dueWindowDays = 14;

// The state of an item on `today`.
ReminderState reminderState(const QString& storedStatus, const QDate& dueDate, const QDate& today);

// One item to schedule, derived from a plan's follow-up item.
struct ScheduledItem
{
    QString itemKey;   // the protocol item id ("markers", "imaging", "ntprobnp")
    QString kind;      // labs | imaging
    QStringList tests; // lab tests or imaging modalities
    int intervalMonths = 0;
    QList<SchedulePeriod> periods; // a course that changes interval and ends (after complete resection)
    QDate courseStart;             // the assessment date the periods count from
    QDate dueDate;
    QString reason;
    QString notes; // confounders and preparation, one per line
    QString protocol;
};

// The next item of each follow-up item in the plan. The next due date counts from the last date the
// item type was actually done (lastDone), or from the assessment date when it never was.
QList<ScheduledItem> scheduleFromPlan(const Plan& plan, const QHash<QString, QDate>& lastDone);

// When the next test is due after one done on `from`, and at what interval: the interval of the period
// `from` falls in. Empty when the course is over (after its last period).
struct NextDue
{
    QDate date;
    int intervalMonths = 0;
};
std::optional<NextDue> nextDue(int intervalMonths, const QList<SchedulePeriod>& periods, const QDate& courseStart,
                               const QDate& from);

QString periodsToText(const QList<SchedulePeriod>& periods);
QList<SchedulePeriod> periodsFromText(const QString& text);

// "CgA, 5-HIAA every 3 months (standard): ..." from a plan item.
QString reminderReason(const PlanFollowUpItem& item, const QString& protocol);

// Test and modality names as clinicians write them, in `language` (empty: English; "de": 5-HIES, MRT).
QString testDisplayName(const QString& code, const QString& language = {});
// "CgA, 5-HIAA" for labs, "CT or MRI" for imaging.
QString testsDisplayText(const QString& kind, const QStringList& tests, const QString& language = {});

} // namespace netdesk
